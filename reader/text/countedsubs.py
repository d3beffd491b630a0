"""'3.7 角色（rbac）' between '3.6 统计报表' and '3.8 整合': a subsection whose title opens with a character that
also measures ('3.7 角' is three jiao seven, '2.3 周' weeks, '4.2 次' times), which `match_heading` turns down alone;
its siblings numbered around it, one number apart under the same section, show it is the missing one (issue class 3,
as `countedsections` does it for the top level)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.countedsections import MEASURES
from reader.text.decimals import decimal_parts
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.markerwords import QUANTITY_FOLLOWERS
from reader.text.model import Paragraph

# '3.7 角色（rbac）', '2.3.4 周报汇总': a decimal number of two or three parts, a space, then a short title of Chinese
# words with no digit (a measure goes on with numbers: '3.5 万元', '1.5 倍 2 次') and no sentence punctuation; a
# name in Latin letters may follow it ('9.2 角色表 sys_role': a design's table, a measure names no identifier)
_COUNTED_SUB = lazy(r"[ \t\u3000]*([0-9]{1,2}(?:[.．][0-9]{1,2}){1,2})[ \t\u3000]+"
                    r"([\u4e00-\u9fff][^\s0-9０-９。！？；;：:，,、.．]{1,29}"
                    r"(?:[ \t\u3000]{1,4}[A-Za-z][A-Za-z_]{0,39})?)")


def counted_subsections(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None]) -> None:
    """Give the line numbered for a one-number gap between two sibling subsections its number and title, when its
    title opens with a counting character (two passes: the subsections there, then the lines in their gaps)."""
    known: dict[tuple[int, ...], int] = {}
    for i, m in enumerate(matches):
        if m is not None and m.family == "decimal" and m.level > 1:
            known.setdefault(decimal_parts(m.marker), i)
    if len(known) < 2:
        return
    for i, m in enumerate(matches):
        if m is not None:
            continue
        text = paragraphs[i].text
        if not text[:1].isdigit() and not text.lstrip()[:1].isdigit():
            continue  # cheap: a subsection's line opens with its number
        found = _COUNTED_SUB.fullmatch(text.rstrip())
        if found is None or found.group(2)[0] not in QUANTITY_FOLLOWERS or found.group(2)[1] in MEASURES:
            continue  # ('3.5 万元', '1.2 个月': a compound unit measures, it opens no title)
        parts = decimal_parts(found.group(1))
        before, after = parts[:-1] + (parts[-1] - 1,), parts[:-1] + (parts[-1] + 1,)
        if parts not in known and known.get(before, i) < i < known.get(after, -1):
            matches[i] = HeadingMatch("decimal", found.group(1), found.group(2), "", parts[-1], len(parts),
                                      found.end(2))
            known[parts] = i  # (a second line numbered alike is no gap's)

