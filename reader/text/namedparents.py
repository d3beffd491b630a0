"""Sections their subsections name: '3、案例分析——ASF' right over '3.1 简介' is section 3, whatever the count before.

A decimal number names its section: '3.1' is the first subsection of section 3. Where the line right over an accepted
'N.1' opens with that same N ('3、…', '14 如何实现服务化', '5. …') and reads as a short title, the writer numbered the
section and its subsections alike, so that line is section N even where the count of its family seemed broken (a part
that starts its '1、' again, a '14 ' after '13.' that lost its point).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from reader.text.candidate import Candidate, ancestors, with_lines
from reader.text.decimals import decimal_parts
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_TITLE_MAX = 30  # '4、案例分析 —— CNCF': a section's name, not a sentence
_SECTION = lazy(r"\s*(\d{1,2})(?:\\?[.．]|、|[ \u3000])[ \u3000]*(\S[^\t]*)")  # '3、', '14 ', '2\. ' (Markdown)
_NOT_TITLE = frozenset("。；;，,：:")  # a sentence or a label ends so (a question may title a section)
_REACH = 200  # candidates looked back through for the section before: a section's subsections are not many
_PAGE = lazy(r"[ \u3000.…·]\d+")  # '2 设计方案 1': a contents entry's page number


def _section_number(text: str) -> int:
    """The number a short title line opens with ('3、案例分析——ASF' → 3), or 0."""
    if len(text) > 2 * _TITLE_MAX or not text.lstrip()[:1].isdigit():
        return 0
    m = _SECTION.fullmatch(text.strip())
    if m is None:
        return 0
    title = m.group(2).rstrip()
    if len(title) > _TITLE_MAX or title[-1:] in _NOT_TITLE or _PAGE.search(title[-4:]) or title[:1].isdigit():
        return 0
    return int(m.group(1))


def named_parents(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> list[Candidate]:
    """Take back each line right over its own first subsection ('3、…' over '3.1 …') as that section, over the
    subsections numbered from it; it stands beside the section of its family before it ('2、' before '3、')."""
    at = {c.index: n for n, c in enumerate(candidates)}
    found: dict[int, tuple[int, int]] = {}  # paragraph → (its number, paragraph of its first subsection)
    opening = next((c.index for c in candidates if c.accepted), -1)  # '5. 业务场景' atop an excerpt is its title
    for c in candidates:
        m = c.match
        if not c.accepted or m is None or m.family != "decimal" or m.level != 2 or m.number != 1 or c.index == 0:
            continue
        above = c.index - 1
        if above <= opening or above in at and candidates[at[above]].accepted:
            continue
        number = _section_number(paragraphs[above].text)
        if number and decimal_parts(m.marker)[:1] == (number,):
            found[above] = (number, c.index)
    if not found:
        return candidates
    starts = [c.index for c in candidates]
    lines: dict[int, int] = {}
    taken: dict[int, int] = {}  # number → parent of the section taken back with it ('14' before '15')
    for i, (number, first) in sorted(found.items()):
        beside = _beside(candidates, bisect.bisect_left(starts, i), number)
        lines[i] = beside if beside is not None else taken.get(number - 1, _above(candidates, at[first], number))
        taken[number] = lines[i]
    out, placed = with_lines(candidates, lines)
    where = {c.index: k for k, c in enumerate(out)}
    order = sorted(found)
    for i, stop in zip(order, order[1:] + [len(paragraphs)]):  # each section's stretch looked through once
        number, first = found[i]
        old = out[where[first]].parent
        for k in range(where[first], len(out)):  # no slice: a copy of the rest per section would be quadratic
            c = out[k]
            m = c.match
            if c.index >= stop:
                break
            if c.parent != old:
                continue
            if m is None or m.family != "decimal" or m.level != 2 or decimal_parts(m.marker)[:1] != (number,):
                break  # the next of its level closes the section
            c.parent = placed[i]
    return out


def _beside(candidates: list[Candidate], before: int, number: int) -> int | None:
    """The parent of the section numbered one less, in a few candidates before position `before` ('2、' before
    '3、'), or None."""
    for k in range(before - 1, max(-1, before - 1 - _REACH), -1):
        c = candidates[k]
        m = c.match
        if c.accepted and m is not None and m.number == number - 1 and (m.family == "arabic" or m.family == "decimal"
                                                                        and m.level == 1):
            return c.parent
    return None


def _above(candidates: list[Candidate], first: int, number: int) -> int:
    """Where the section stands when none numbered one less is near: over its first subsection's parent, but beside a
    section of a count that parent is in ('4.如何使用缓存?' held '5.1' while '5' was missing)."""
    for parent in ancestors(candidates, candidates[first].parent):
        m = candidates[parent].match
        if m is None or m.number >= number or not (m.family == "arabic" or m.family == "decimal" and m.level == 1):
            return parent
    return -1
