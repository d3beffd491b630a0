"""A lecture's notes name their lecture at the top ('第一课.2 纳什均衡案例分析' over the lecturer's byline): that line
is the document's title, not a part holding the rest, when no other lecture of its count stands in the text."""

from __future__ import annotations

from collections import Counter

from reader.text.model import Paragraph

_LECTURE_KEYS = frozenset(("di-课", "di-讲", "di-課", "di-講"))
_OPENING = 6  # the lines of a handout's head: a course line, the lecture's title, the lecturer, a reading note
_HEAD_LINE_MAX = 40  # a head's line is short: running text before the lecture's name makes it a part of that text
_SENTENCE_ENDS = ("。", "！", "？", "；")
LECTURE_TITLE = "the lecture's own title atop its notes (the text's only lecture of its count): the document's name"


def drop_lecture_title(candidates: list, paragraphs: list[Paragraph]) -> None:
    """The only '第N课' / '第N讲' of a text, standing in its head (only short lines above it) with sections after
    it, names the lecture the notes are of: it is dropped, and the sections under it rise a level."""
    counts = Counter(c.key for c in candidates)  # every line of the family, kept or not: a second lecture is a part
    for n, c in enumerate(candidates):
        if not c.accepted or c.key not in _LECTURE_KEYS or counts[c.key] != 1 or c.index >= _OPENING:
            continue
        head = [paragraphs[k].text.strip() for k in range(c.index)]
        if any(len(t) > _HEAD_LINE_MAX or t.endswith(_SENTENCE_ENDS) for t in head):
            continue  # a lecture named after text of its own: a part of that text
        if any(d.accepted for d in candidates[n + 1:]):
            c.accepted, c.reason = False, LECTURE_TITLE
        return
