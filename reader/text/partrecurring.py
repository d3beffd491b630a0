"""Sub-titles said again under each section inside a part: '主要特点' and '流行度' under 'Rust', again under 'Go',
all inside '现代编程语言及其发展现状' — the sections are the part's, the recurring titles a level below each of them,
as in a flat outline (`recurring.nest_recurring_titles`)."""

from __future__ import annotations

from collections import defaultdict

from reader.text.model import Paragraph
from reader.text.punctuation import label_name
from reader.text.recurring import nest_recurring_run

_SIBLINGS_MIN = 3  # a section, its sub-title, and the next section at least
_HEADS_MIN = 3  # a sub-title under three sections, each named once: twice may be one topic in a review and a plan
# ('LFAPAC 开源布道者' in 2022's part and 2023's), under a title said again, a part's title missed ('讨论内容')


def nest_recurring_in_parts(candidates: list, paragraphs: list[Paragraph]) -> None:
    """In an outline of unnumbered titles some of which stand under a part, the titles under each part are read as
    a flat outline is: a title that recurs, each time right after a different sibling, goes under that sibling.
    Numbers say their own levels, so an outline holding any is left alone; so is a part that holds its own title
    again or one said before it ('会议议题', '讨论内容' of the next meeting): it ran on past its end."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    if any(candidates[n].key not in ("container", "named") for n in chosen) \
            or all(candidates[n].parent < 0 for n in chosen):
        return
    under: dict[int, list[int]] = defaultdict(list)
    for n in chosen:
        if candidates[n].parent >= 0:
            under[candidates[n].parent].append(n)
    names = {n: label_name(paragraphs[candidates[n].index].text) for n in chosen}
    first: dict[str, int] = {}
    for n in chosen:
        first.setdefault(names[n], n)
    for base, run in under.items():  # said already: the part's own title or one before it
        if len(run) >= _SIBLINGS_MIN and all(first[names[n]] > base for n in run):
            nest_recurring_run(candidates, run, [names[n] for n in run], base, _HEADS_MIN)
