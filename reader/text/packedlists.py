"""A list set line after line whose items run as sentences, then a blank line and a short title numbered on from its
last item ('4. uC/OS可靠性更高，…' / '' / '5.总结'): the list has ended, and the line is the next section of the count
the list sat inside, not its next item."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

_CLAUSE = frozenset("，。；,;")  # an item that runs as a sentence


def packed_list_ends(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None], i: int) -> bool:
    """Line `i` stands a blank line below an arabic list of two or more items packed line after line, the last of
    them a sentence, and is itself a short title with no clause in it."""
    if i < 2:
        return False
    m, last, first = matches[i], matches[i - 1], matches[i - 2]
    if m is None or last is None or first is None or first.family != "arabic" or first.number >= last.number:
        return False
    packed = paragraphs[i - 1].line == paragraphs[i - 2].line + 1
    apart = paragraphs[i].line > paragraphs[i - 1].line + 1
    sentence = not _CLAUSE.isdisjoint(paragraphs[i - 1].text)
    return packed and apart and sentence and _CLAUSE.isdisjoint(paragraphs[i].text)
