"""A Chinese talk's slides titled in English ('Live Demo', 'Workflow', 'Issues', 'Summary'): a speaker who titles
most slides in English titles them all so, and the titles found already show the form. So a short English line
standing apart between blank lines, over Chinese text or a numbered list, is one more slide's title when three or
more such lines are titles already and they are no fewer than the lines it would add; in a text set without blank
lines, any such line between its neighbours. One pass."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reader.text.latinnames import CJK, NOTE_LABELS
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Packed, Paragraph, line_gap

# 'Issues', 'Face detection and Face recognition', 'How to learn anything in one Month': a capital, seven words at
# most, no sentence's stop or colon
_SLIDE = lazy(r"[A-Z][A-Za-z0-9+#&'-]*(?: [A-Za-z0-9+#&'/-]+){0,6}")
_LINE_MAX = 40
_FOUND_MIN = 3  # titles in English already found: the speaker's habit, not a stray English line
_NUMBERED = lazy(r"[0-9]{1,2}[.、．]")  # 'Issues' over '1. Data source：'


def _slide(text: str) -> bool:
    text = text.strip()
    return len(text) <= _LINE_MAX and text[:1].isascii() and _SLIDE.fullmatch(text) is not None


def latin_siblings(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                   found: Collection[int]) -> set[int]:
    """The English slide titles the rules missed beside the ones they found (a talk titled in English throughout)."""
    count = len(paragraphs)
    shown = sum(1 for i in found if _slide(paragraphs[i].text))
    if shown < _FOUND_MIN:
        return set()
    more: set[int] = set()
    packed = Packed(paragraphs)  # type: ignore[arg-type]  # no blank lines at all: none sets a line apart (asked late)
    last = ""  # the latest title found above
    for i in range(1, count - 1):
        if i in found:
            last = paragraphs[i].text
        if i in found or matches[i] is not None or not _slide(paragraphs[i].text):
            continue
        if paragraphs[i].text.strip() in last:
            continue  # 'Region Base' under 'Region Base 模型': the slide's picture named again, no new part
        if (line_gap(paragraphs[i - 1], paragraphs[i]) < 2 or line_gap(paragraphs[i], paragraphs[i + 1]) < 2) \
                and (not packed or paragraphs[i].text.strip() in NOTE_LABELS):
            continue  # a line among others: a list's or a code block's ('Tip' over its note, in a packed text)
        after = paragraphs[i + 1].text.strip()
        if CJK.search(after[:20]) is None and _NUMBERED.match(after) is None:
            continue  # English over English: a quotation or an English passage, no Chinese slide's title
        more.add(i)
    return more if len(more) <= shown else set()
