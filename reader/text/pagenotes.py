"""A PDF page's footnotes, set between a paragraph cut by the page break and its rest on the next page.

An extractor writes a page as it lies: its text, then the notes at its foot ('安全内参：… https://…'), then the next
page. A sentence the break cut ('…已成为各行业发展面临' / notes / '的重大议题。') reads on only when the notes are
taken out of its way; a note is never a paragraph's next words, and each stays, as a paragraph of its own, after the
paragraph it interrupted.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from reader.text.lazyre import lazy
from reader.text.lineshape import ends_sentence

_MAX_NOTES = 4  # lines a page's foot holds here; a longer run between two page starts is a page of text
# A note: a web address in it, or a note's own number before its words ('① 参见…', '12 张三：《…》').
_NOTE = lazy(r"^(?:[①-⑳]|\d{1,3}[ \u3000]+\S)|(?:https?://|www\.)\S")
_HEAD = 300  # characters of a line searched for an address: a long line costs no more
_NOT_COUNTED = r"(?![\d.．年月日号條条章节節个個项項次名位万萬亿億%％])"  # a raised mark, not a count
_NUMBERED = lazy(r"(\d{1,3})[ \u3000]+\S")  # '6 我国 76 个光子…': a note's number, then its words


def foot_notes(lines: Sequence[Any]) -> tuple[list[Any], dict[int, list[Any]]]:
    """The lines without the page feet that cut a sentence, and those feet by the original line they go after.

    A foot is a run of at most four note lines that starts a page of its own (the notes' numbers above it were taken
    for page numbers) and ends at the next page's start or at the end, under a line cut mid-sentence. Its notes go
    after the paragraph that holds the next page's first line (key: that line's number), or at the end (key: -1).
    Lines are `Line` tuples (`text`, `line`, `page_start`).
    """
    starts = [k for k, ln in enumerate(lines) if ln.page_start and k] + [len(lines)]
    feet: dict[int, list[Any]] = {}
    taken: set[int] = set()
    for a, b in zip(starts, starts[1:]):
        if (0 < b - a <= _MAX_NOTES and not ends_sentence(lines[a - 1].text)
                and all(_NOTE.search(lines[k].text[:_HEAD]) for k in range(a, b))):
            feet[lines[b].line if b < len(lines) else -1] = list(lines[a:b])
            taken.update(range(a, b))
    for a, b in zip([0] + starts, starts) if len(starts) > 1 else ():  # notes set above a page's number (an
        k = _raised_foot(lines, a, b, taken)  # extract whose page numbers were found), under the page's last words
        if k is not None:
            feet[lines[b].line if b < len(lines) else -1] = list(lines[k:b])
            taken.update(range(k, b))
    if not taken:
        return list(lines), feet
    return [ln for k, ln in enumerate(lines) if k not in taken], feet


def place_notes(paragraphs: list[tuple[str, tuple[tuple[int, int], ...]]], feet: dict[int, list[Any]]
                ) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """The paragraphs with each foot's notes, one paragraph a note, after the paragraph holding its key line."""
    if not feet:
        return paragraphs
    out = []
    for text, starts in paragraphs:
        out.append((text, starts))
        for _, line in starts:
            out.extend((note.text, ((0, note.line),)) for note in feet.get(line, ()))
    out.extend((note.text, ((0, note.line),)) for note in feet.get(-1, ()))
    return out


def _raised_foot(lines: Sequence[Any], a: int, b: int, taken: set[int]) -> int | None:
    """Where the notes at the foot of the page lines[a:b] start, when they stand above the page number (the next page,
    or the end, follows them): a run of at most four lines under a line cut mid-sentence, opened by a note whose number
    the page's text carries raised after a word ('…百亿倍6，目前…' over '6 我国 76 个光子…')."""
    for k in range(b - 1, max(a, b - _MAX_NOTES) - 1, -1):
        m = _NUMBERED.match(lines[k].text)
        if m is None or k == a or k in taken or ends_sentence(lines[k - 1].text):
            continue
        mark = re.compile(r"(?<!第)[\u4e00-\u9fff”）》]" + m.group(1) + _NOT_COUNTED)  # (no '第6条', no '6个')
        if any(mark.search(lines[j].text) for j in range(a, k)):
            return k
    return None
