"""A rule's chapters named without numbers: '总则', '收入管理', '支出管理', '附则', each alone over its 第X条 (or over
its 一、 when the provisions are counted so)."""

from __future__ import annotations

from collections.abc import Callable

from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

_LAW_PARTS = frozenset("总则 總則 附则 附則".split())  # the chapter names every rule opens or closes with
_NAME_MAX = 15  # '收入管理', '会员的权利和义务': a chapter is named in a few words
_PARTS_MIN = 2  # with 总则 or 附则 among them; without, this many more (a title over 第一条 and a stray line aside)
_ARTICLES_MIN = 4
_FAMILIES = ("tiao", "cn")  # 第X条, or 一、 numbering a rule's provisions straight through its parts
_STOPS = "。！？；，,;!?：:"
_ENDS = "。！？；.!?;”」）)"


def unnumbered_chapters(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], plain: list[int],
                        is_body: Callable[[str], bool]) -> set[int]:
    """Short plain lines each right over a 第X条 (or 一、) whose count runs on from the one before the line: a rule
    set in chapters that carry only their names (as many a firm's or a school's 管理办法 is). They hold the provisions
    below them, as 第X章 would; a line over 第一条 alone, or over a count that starts again, is a title of its own."""
    if any(m is not None and m.family == "zhang" for m in matches):
        return set()  # numbered chapters: a name over an article inside one is a section (`unnumbered_sections`)
    for family in _FAMILIES:
        if found := _parts_over(paragraphs, matches, plain, is_body, family):
            return found
    return set()


def _count(matches: list[HeadingMatch | None], family: str) -> tuple[dict[int, int], dict[int, int]]:
    """Each line of the family with its number, and each one's predecessor in the family (line -> line)."""
    lines = [i for i, m in enumerate(matches) if m is not None and m.family == family]
    return {i: matches[i].number for i in lines}, {b: a for a, b in zip(lines, lines[1:])}


def _name_line(paragraphs: list[Paragraph], i: int, is_body: Callable[[str], bool]) -> bool:
    """A short line with no stop in it and no body text: a chapter's or a section's name, by its shape."""
    text = "".join(paragraphs[i].text.split())
    return bool(text) and len(text) <= _NAME_MAX and not any(c in _STOPS for c in text) \
        and not is_body(paragraphs[i].text)


def _parts_over(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], plain: list[int],
                is_body: Callable[[str], bool], family: str) -> set[int]:
    """The named chapters over one family's count, or none."""
    number, previous = _count(matches, family)
    if len(number) < _ARTICLES_MIN:
        return set()
    found = set()
    for i in plain:
        nxt = i + 1
        if nxt not in number or not _name_line(paragraphs, i, is_body) or not _set_off(paragraphs, i, is_body):
            continue
        before = previous.get(nxt)
        if (number[nxt] == 1 and before is None) or (before is not None and number[nxt] == number[before] + 1):
            found.add(i)
    named = sum("".join(paragraphs[i].text.split()) in _LAW_PARTS for i in found)
    if len(found) < _PARTS_MIN + (0 if named else 1) or not any(number[i + 1] == 1 for i in found):
        return set()
    return found


def _set_off(paragraphs: list[Paragraph], i: int, is_body: Callable[[str], bool]) -> bool:
    """A chapter's name follows the text's title or the last provision's text, a sentence; after a short line that
    is no sentence (a table's cell: '初始就业岗位' over '发展就业岗位' over '六、…') it is a cell itself."""
    if i <= 1:
        return True
    above = paragraphs[i - 1].text.rstrip()
    return above[-1:] in _ENDS or is_body(above)


def unnumbered_sections(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], plain: list[int],
                        is_body: Callable[[str], bool]) -> dict[int, HeadingMatch]:
    """'一般规定', '报销标准' alone right over a 第X条 inside a 第X章, the count running on past them: the chapter's
    sections named without 第X节, as a 节 each (they hold the articles down to the next one or the next chapter)."""
    chapters = [i for i, m in enumerate(matches) if m is not None and m.family == "zhang"]
    if not chapters or any(m is not None and m.family == "jie" for m in matches):
        return {}
    number, previous = _count(matches, "tiao")
    found = {}
    for i in plain:
        nxt, before = i + 1, previous.get(i + 1)
        if i < chapters[0] or nxt not in number or not _name_line(paragraphs, i, is_body):
            continue
        if before is None and not (i - 1 in chapters and number[nxt] == 1):
            continue  # no article before it: only a name right under the chapter's line, over 第一条, opens one
        if before is not None and number[nxt] != number[before] + 1:
            continue  # the count starts again: no section of this chapter's articles
        above = matches[i - 1]
        if (above is not None and above.family == "zhang") or _set_off(paragraphs, i, is_body):
            found[i] = HeadingMatch("jie", "", paragraphs[i].text.strip(), "", len(found) + 1)
    return found if len(found) >= _PARTS_MIN else {}
