"""Levels the numbering shows: subsections '1.1', '1.2' whose section line went unfound ('21 异步方法', or a title
written with no number) sit under that line, as '2.1' sits under its '第二章'; and a title after a list's item '4.'
over the list's next '1.' is the list's holder's sibling, not a part of item 4. One walk each, after the outline's
nesting is decided."""

from __future__ import annotations

from dataclasses import replace

from reader.text.candidate import Candidate, depth_of, with_lines
from reader.text.decimals import decimal_parts
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Heading, Paragraph

_SECTION_NUMBER = lazy(r"([0-9]{1,2}(?:[.．][0-9]{1,2})*)(?![0-9.．])")  # '16 使用搜索API', a section set as a title
_CHAPTERS = ("zhang", "bian", "bufen", "pian")  # 第二章 is section 2 of a paper numbered '2.1'
_ABOVE = 3  # the lost section's line stands a few lines over its first subsection at most
_TITLE_MAX = 30  # a title line is short
_STOPS = "。！？；：，,.;:!?"  # and ends without a sentence's stop


def _subsection(m: HeadingMatch | None) -> tuple[int, ...]:
    """The numbers of a decimal subsection ('21.1' → (21, 1)), or () for any other heading."""
    if m is None or m.family != "decimal" or m.level < 2:
        return ()
    parts = decimal_parts(m.marker)
    return parts if len(parts) == m.level else ()


def _section(text: str, m: HeadingMatch | None) -> tuple[int, ...]:
    """The section number a heading names: '2.1' (2, 1), '第二章' (2,), an unnumbered '16 使用搜索API' (16,)."""
    if m is not None and m.family == "decimal":
        return decimal_parts(m.marker) or (m.number,)
    if m is not None and m.family in _CHAPTERS:
        return (m.number,)
    if m is None and (found := _SECTION_NUMBER.match(text.strip())):
        return decimal_parts(found.group(1))
    return ()


def _line_above(paragraphs: list[Paragraph], at: int, since: int, section: tuple[int, ...]) -> int:
    """The lost section's line just above its first subsection, or -1: a line numbered as the section ('21 异步方法',
    a line or two up), or a short title line right over it ('方案比较、设计与论证' over '1.1方案比较'). An excerpt
    that starts inside section 3 has no such line, and its '3.1' stays at the top."""
    for i in range(at - 1, max(since, at - 1 - _ABOVE), -1):
        text = paragraphs[i].text.strip()
        found = _SECTION_NUMBER.match(text)
        if found is not None and decimal_parts(found.group(1)) == section and len(text) <= _TITLE_MAX:
            return i
        if i == at - 1 and 0 < len(text) <= _TITLE_MAX and text[-1] not in _STOPS and not text[0].isdigit():
            return i
    return -1


def lost_section_lines(candidates: list[Candidate], paragraphs: list[Paragraph]) -> list[Candidate]:
    """'21.1 生产者' at the top where its section '21 异步方法' went unfound, while '16.1' sits under its '16 …': the
    section's line just above it is taken as the section, over it and its siblings ('21.2'). Only where every
    subsection of its length found under its section stands at depth 2 and this one stands at the top."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    named = {s for n in chosen if (s := _section(paragraphs[candidates[n].index].text, candidates[n].match))}
    depth = {n: depth_of(candidates[n], candidates) for n in chosen}
    under: dict[int, set[int]] = {}  # subsection length → depths where their section line stands over them
    for n in chosen:
        if (parts := _subsection(candidates[n].match)) and parts[:-1] in named:
            under.setdefault(len(parts), set()).add(depth[n])
    if not under:
        return candidates
    lines: dict[int, int] = {}  # each lost section's paragraph → its parent (the top)
    members: dict[int, list[int]] = {}  # and the subsections it holds (their paragraphs)
    lost, line, before = (), -1, -1
    for n in chosen:
        c = candidates[n]
        parts = _subsection(c.match)
        if depth[n] == 1 and not (lost and parts[:-1] == lost):
            lost = ()
            if parts and parts[:-1] not in named and under.get(len(parts)) == {2} \
                    and (line := _line_above(paragraphs, c.index, before, parts[:-1])) >= 0:
                lost, lines[line] = parts[:-1], -1
        if lost and depth[n] == 1:
            members.setdefault(line, []).append(c.index)
        before = c.index
    if not lines:
        return candidates
    candidates, at = with_lines(candidates, lines)
    position = {c.index: n for n, c in enumerate(candidates)}
    for line, held in members.items():
        for i in held:
            candidates[position[i]].parent = at[line]
    return candidates


def _unnumbered(h: Heading, m: HeadingMatch | None) -> bool:
    """A title with no number of its own (a note's sub-title has none either)."""
    return not h.marker and (m is None or m.family == "sub")


def titles_over_restarts(headings: list[Heading], matches: list[HeadingMatch | None]) -> list[Heading]:
    """'泛型数组列表' right after '4.toString方法' (under the title 'Object：所有类的超类') and right over the next
    list's '1.访问数组列表元素' at item 4's level: the list starting again shows the title stands over it, beside the
    title that held the first list, not inside item 4."""
    out = list(headings)
    holder: dict[int, int] = {}  # depth → the latest heading at that depth
    for k, h in enumerate(headings):
        if 0 < k < len(headings) - 1 and _unnumbered(h, matches[k]):
            item, after = matches[k - 1], matches[k + 1]
            x, y = headings[k - 1], headings[k + 1]
            above = holder.get(x.depth - 1, -1)
            if (item is not None and after is not None and item.family == after.family != "sub"
                    and item.level == after.level and item.number >= 2 and after.number == 1
                    and h.depth == x.depth + 1 == y.depth + 1 and above >= 0 and _unnumbered(headings[above], matches[above])):
                out[k] = replace(h, depth=x.depth - 1)
        holder[h.depth] = k
        for depth in [d for d in holder if d > h.depth]:
            del holder[depth]
    return out
