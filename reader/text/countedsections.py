"""'9 升级' between '8 恢复' and '10 安全': a section numbered with a bare number whose title starts with a character
that also measures ('9 升' litres, '12 月' December, '5 周' weeks), which `match_heading` turns down alone; the
sections numbered around it, one number apart, show it is one of them (issue class 3)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.markerwords import QUANTITY_FOLLOWERS, UNITS
from reader.text.model import Paragraph

# '9 升级', '12 月报汇总': a bare number, a space, then a short title of Chinese words with no digit (a measure or a
# date goes on with numbers: '12 月 5 日', '3 天 2 晚') and no punctuation; two characters at least ('5 周' alone counts)
_COUNTED_TOP = lazy(r"[ \t\u3000]*([0-9]{1,2})[ \t\u3000]+([\u4e00-\u9fff][^\s0-9０-９。！？；;：:，,、.．]{1,29})")
MEASURES = QUANTITY_FOLLOWERS | UNITS | set("里斤克")  # a unit's second character: '万元', '个月', '公里'
_RUN_MIN = 3  # sections around the gap that show the count
_BODY_MIN = 30  # a paragraph longer than a title


def counted_sections(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None]) -> None:
    """Fill a gap of the top-level bare-numbered sections with the lines numbered for it whose title opens with a
    counting character; after the last section, its next number only over a paragraph of text (one pass)."""
    tops = [(i, m.number) for i, m in enumerate(matches)
            if m is not None and m.family == "decimal" and m.level == 1 and "." not in m.marker]
    if len(tops) < _RUN_MIN:
        return
    ends = tops[1:] + [(len(matches), 0)]
    for (start, number), (stop, following) in zip(tops, ends):
        if following and following <= number + 1:
            continue  # no gap: nothing is missing between them
        found = [(i, m) for i in range(start + 1, stop) if matches[i] is None
                 and (m := _counted_top(paragraphs[i].text)) is not None]
        if following and [m.number for _, m in found] == list(range(number + 1, following)):
            for i, m in found:
                matches[i] = m
        elif not following and found and found[0][1].number == number + 1 and _bodied(paragraphs, found[0][0]):
            matches[found[0][0]] = found[0][1]  # the last section: '5 周报制度' after '4 日志管理', over its text


def _counted_top(text: str) -> HeadingMatch | None:
    """'9 升级' as a section's number and title, when its title opens with a counting character; else None."""
    m = _COUNTED_TOP.fullmatch(text.rstrip())
    if m is None or m.group(2)[0] not in QUANTITY_FOLLOWERS or m.group(2)[1] in MEASURES:
        return None  # ('3 万元', '6 个月', '5 公里': a compound unit measures, it opens no title)
    return HeadingMatch("decimal", m.group(1), m.group(2), "", int(m.group(1)), 1, m.end(2))


def _bodied(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """A paragraph of text right under line `i`."""
    return i + 1 < len(paragraphs) and len(paragraphs[i + 1].text.strip()) > _BODY_MIN
