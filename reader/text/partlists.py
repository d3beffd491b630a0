"""A part's name standing inside a list of part titles ('引言', '问卷篇', '数据篇', '结语' on a site's menu atop a
chapter; '绪论', '…', '参考文献', '致谢' in a thesis's running list of its chapters) is an entry of that list, not the
part: a part's title stands over its text, while a list's entries stand among other short titles with no sentence
between them. One pass measures each run of bare lines; each look after it is constant: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.model import Paragraph

_BARE_MAX = 30  # a title's or a menu entry's length; a sentence runs longer
_STOPS = frozenset("。，；！？,;!?：:")  # a clause, a field or a sentence: no entry of a list of titles
_RUN_MIN = 5  # bare lines in the run, the name among them: a list, not two titles stacked over a text
_PAGE_MAX = 4  # '2', 'xii': a page's number between the entries, part of neither


def _page_number(text: str) -> bool:
    """'2', 'xii' alone: a page's number, which a list of titles may carry between its entries."""
    text = text.strip()
    return 0 < len(text) <= _PAGE_MAX and (text.isdigit() or text.isascii() and text.isalpha()
                                           and set(text.lower()) <= set("ivxlc"))


_BULLETS = frozenset("*-+•·●○■□◆◇▪–—>")  # a list's item, as under '参考' its links are


def _bare(p: Paragraph) -> bool:
    """A short line without a clause's or a field's mark, not marked a heading by its format nor a list's item by a
    bullet: a title or an entry."""
    text = p.text.strip()
    return (0 < len(text) <= _BARE_MAX and p.heading_level == 0 and not p.listed and text[0] not in _BULLETS
            and not _STOPS.intersection(text))


def listed_parts(paragraphs: Sequence[Paragraph], named: set[int], matches: Sequence[object]) -> set[int]:
    """The named parts ('引言', '致谢') whose nearest lines on both sides (a page's number aside; the title over the
    first line) are bare unnumbered titles, in a run of `_RUN_MIN` bare lines or more that goes on two lines past it
    (or to the text's end): entries of a list of the text's parts. A name over its own '附录1 …' or '1.1 …', or the
    last title over the text, heads them."""
    if not named:
        return set()
    kinds = [0 if _page_number(p.text) else 1 if _bare(p) else 2 for p in paragraphs]  # 0 page, 1 bare, 2 other
    run = [0] * len(paragraphs)  # each bare line's count of bare lines in its run (page numbers pass through)
    rest = [0] * len(paragraphs)  # and of those after it, the text's end counting as many
    start = 0
    for k in range(len(paragraphs) + 1):
        if k == len(paragraphs) or kinds[k] == 2:
            count = sum(1 for j in range(start, k) if kinds[j] == 1)
            after = _RUN_MIN if k == len(paragraphs) else 0
            for j in range(k - 1, start - 1, -1):
                run[j], rest[j] = count, after
                after += kinds[j] == 1
            start = k + 1
    found = set()
    for i in named:
        if kinds[i] != 1 or run[i] < _RUN_MIN or rest[i] < 2:
            continue
        before = next((j for j in range(i - 1, max(i - 3, -1), -1) if kinds[j] != 0), -1)
        after = next((j for j in range(i + 1, min(i + 3, len(paragraphs))) if kinds[j] != 0), -1)
        name = "".join(paragraphs[i].text.split())
        if (i == 0 or before >= 0 and _entry(before, paragraphs, kinds, matches, name)) and after >= 0 \
                and _entry(after, paragraphs, kinds, matches, name):  # the title over the first line
            found.add(i)
    return found


def _entry(j: int, paragraphs: Sequence[Paragraph], kinds: list[int], matches: Sequence[object], name: str) -> bool:
    """A bare line with no number of its own, not the name's own item ('附录1 …' under '附录'): another entry."""
    return kinds[j] == 1 and matches[j] is None and not "".join(paragraphs[j].text.split()).startswith(name)


def drop_entries(candidates: list, entries: set[int]) -> None:
    """The unnumbered titles `listed_parts` found to be a list's entries are not kept, whichever pass proposed them."""
    for c in candidates:
        if c.accepted and c.index in entries and not c.numbered():
            c.accepted, c.reason = False, "a part's name among a list's bare titles: the list's entry, not the part"
