"""A law's contents list with no name: its chapter lines one after another, which the text repeats below.

'第一章　总则' / '第二章　火灾预防' / … '附　则' standing together with nothing between them, the same chapters
following below with their articles: the block is a contents list whose label was lost (an image, a page's sidebar)
or never written, not a run of empty chapters. A chapter always holds text, so three chapter lines in a row, two of one
family, that the document names again further down list the chapters; a list of a book's chapters that nothing repeats
(a syllabus, a reading list) is left alone. Linear time.
"""

from __future__ import annotations

from reader.text.contents import CONTENTS_ENTRY, contents_key, last_lines, list_end
from reader.text.markers import STRUCTURAL_RANK, HeadingMatch
from reader.text.model import Paragraph

_LISTED = frozenset(f for f in STRUCTURAL_RANK if f != "tiao")  # 编, 分编, 部分, 章, 节 … an article holds text on its line
_SAME_FAMILY_MIN = 3  # chapter lines in a row: two may be a part over its first chapter
_ENTRY_MAX = 40  # an entry's length, page number and leaders included
_ENDS = "。；;，,：:！!？?"  # a sentence, a clause or a label ends so; an entry never does
_UNNUMBERED_MAX = 8  # '附　则', '序言': an unnumbered entry among them, its words spaced out as a law's are


def _entry(p: Paragraph, m: HeadingMatch | None) -> bool:
    """A short line that may stand in a chapter list: a chapter-like unit's line, or a short unnumbered name."""
    text = p.text.strip()
    if not text or len(text) > _ENTRY_MAX or text[-1] in _ENDS:
        return False
    if m is not None:
        return m.family in _LISTED and not m.rest
    return len("".join(text.split())) <= _UNNUMBERED_MAX


def chapter_contents(paragraphs: list[Paragraph], matches: list[HeadingMatch | None]) -> dict[int, str]:
    """The lines of an unnamed list of a law's chapters ('第一章 总则' … '第四章 附则', page numbers or none) that
    the document repeats below: line -> why. Blocks are found in one pass; the keys are built only when one qualifies."""
    blocks: list[tuple[int, int]] = []
    start = -1
    for i, (p, m) in enumerate(zip(paragraphs, matches)):
        if _entry(p, m):
            start = i if start < 0 else start
            continue
        if start >= 0:
            blocks.append((start, i))
        start = -1
    if start >= 0:
        blocks.append((start, len(paragraphs)))
    blocks = [b for b in blocks if sum(m is not None for m in matches[b[0]:b[1]]) >= _SAME_FAMILY_MIN]
    if not blocks:
        return {}
    last = last_lines(paragraphs, _ENTRY_MAX, contents_key)
    out: dict[int, str] = {}
    for start, stop in blocks:
        end = list_end(paragraphs, start, stop, contents_key)
        again = [k for k in range(start, end) if last.get(contents_key(paragraphs[k].text), -1) >= end]
        numbered = [k for k in range(start, end) if matches[k] is not None]
        if numbered and _one_family(matches, start, end) and 2 * sum(matches[k] is not None for k in again) >= len(
                numbered):  # most chapters it names follow: a page's sidebar of a book's chapters is another list's
            out.update((k, CONTENTS_ENTRY) for k in sorted(set(numbered) | set(again)))  # ('附则' after the last)
    return out


def _one_family(matches: list[HeadingMatch | None], start: int, stop: int) -> bool:
    """Three or more lines of one chapter-like family numbered on, starting over only under a higher unit (a code's
    '第一编' lists its chapters from 第一章, and so does '第二编'): chapters that follow chapters with no text."""
    last: dict[str, int] = {}  # family -> the number it last had
    count: dict[str, int] = {}  # family -> its lines numbered on
    for m in matches[start:stop]:
        if m is None:
            continue
        rank = STRUCTURAL_RANK[m.family]
        for family in [f for f in last if STRUCTURAL_RANK[f] > rank]:
            last[family] = 0  # a new part: its chapters start over
        if m.number <= last.get(m.family, 0):
            return False  # numbered back: not one list (or the text's chapters again)
        last[m.family] = m.number
        count[m.family] = count.get(m.family, 0) + 1
    return max(count.values(), default=0) >= _SAME_FAMILY_MIN
