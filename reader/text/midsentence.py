"""A line right under one that ends on a comma ('…用户想要的是更多细节、解释还是确认，' over '以适当地响应用') goes on with
that sentence: a title never starts in the middle of one, so an unnumbered line there is the sentence's next piece (a
PDF's wrapped line set apart by its indent, a chat's next clause), not a heading. Each look is constant: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.model import Paragraph, line_gap
from reader.text.writermarks import writer_marked

_OPEN = frozenset("，、")  # a clause left open: the sentence goes on (a text in ASCII marks ends loose lines on ',')


def continues_sentence(paragraphs: Sequence[Paragraph], i: int, written: Sequence[Paragraph] | None = None) -> bool:
    """Paragraph `i`, opening on a word, stands on the line right under one whose text ends on a comma as written
    (`written`: the paragraphs before half-width marks were read full-width), the format marking neither."""
    if i <= 0 or writer_marked(paragraphs[i]):
        return False
    if not paragraphs[i].text.lstrip()[:1].isalnum():  # '# slice', '【要点】', '● 目标': the writer's own title mark
        return False
    before = paragraphs[i - 1]
    return (written or paragraphs)[i - 1].text.rstrip()[-1:] in _OPEN and not before.heading_level and line_gap(before, paragraphs[i]) == 1


def drop_continuations(candidates: list, paragraphs: Sequence[Paragraph],
                       written: Sequence[Paragraph] | None = None) -> None:
    """An unnumbered title right under a line ending on a comma goes on with its sentence: not kept."""
    for c in candidates:
        if c.accepted and c.match is None and continues_sentence(paragraphs, c.index, written):
            c.accepted = False
            c.reason = "it goes on with the sentence the line above leaves open on a comma: no title"
