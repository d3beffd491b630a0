"""A Chinese talk's slides titled in English ('Live Demo', 'Workflow', 'Issues', 'Summary'): a speaker who titles
most slides in English titles them all so, and the titles found already show the form. So a short English line
standing apart between blank lines, over Chinese text or a numbered list, is one more slide's title when three or
more such lines are titles already and they are no fewer than the lines it would add; in a text set without blank
lines, any such line between its neighbours. A writer's notes show the habit with fewer: where one such title is found
('Committer' beside the Chinese ones) and blank lines set the text's paragraphs apart, a line so standing ('PMC'), or a
lower-case name alone ('functools'), is one more, unless a colon introduces it ('输出结果：' over 'Hello World': its
output); lower-case words ('git stash') are a command line. One pass."""

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
_NAME = lazy(r"[a-z][A-Za-z0-9+#&'-]*")  # 'functools', 'epoll': a lower-case name alone, in notes


def _slide(text: str) -> bool:
    text = text.strip()
    return len(text) <= _LINE_MAX and text[:1].isascii() and _SLIDE.fullmatch(text) is not None


def _note_title(text: str) -> bool:
    """'PMC', 'Spring API', 'functools': a slide's title, or a lower-case name alone."""
    return _slide(text) or len(text.strip()) <= _LINE_MAX and _NAME.fullmatch(text.strip()) is not None


def latin_siblings(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                   found: Collection[int]) -> set[int]:
    """The English slide titles the rules missed beside the ones they found (a talk titled in English throughout,
    or notes whose blank-line-set text shows one such title already)."""
    count = len(paragraphs)
    shown = sum(1 for i in found if _slide(paragraphs[i].text))
    if shown < _FOUND_MIN:
        return _note_siblings(paragraphs, matches, found)
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



def _note_siblings(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                   found: Collection[int]) -> set[int]:
    """Where fewer titles show the habit: each English line set apart by blank lines over Chinese text, in a text
    whose blank lines set apart more than such lines (in a record set line under line, 'Agenda' and 'Minute' alone
    between blank lines are no parts), none brought in by a colon, no more of them than found."""
    shown = sum(1 for i in found if _note_title(paragraphs[i].text))
    if not shown:
        return set()
    more: set[int] = set()
    apart = 0  # the lines set apart by blank lines: English titles found or added count twice (above and below)
    last = ""  # the latest title found above
    for i in range(1, len(paragraphs) - 1):
        before, p, after = paragraphs[i - 1], paragraphs[i], paragraphs[i + 1]
        apart += line_gap(before, p) >= 2
        if i in found:
            last = p.text
        if i in found or matches[i] is not None or not _note_title(p.text) or p.text.strip() in last \
                or line_gap(before, p) < 2 or line_gap(p, after) < 2 or before.text.rstrip()[-1:] in "：:" \
                or CJK.search(after.text[:20]) is None:
            continue  # ('Region Base' under 'Region Base 模型' names its picture again)
        more.add(i)
    if len(more) > shown or apart <= 2 * (shown + len(more)):
        return set()
    return more
