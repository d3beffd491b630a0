"""A chapter's decimal sections listed with no notes under them are sections still, as its sibling chapters' are.

A course's notes number each week's sections '7.1' … '7.5' (a week's plan written before its notes, or a week whose
notes were never taken): the titles then stand one after another and read as a list, though every other week's
'N.1' … 'N.k' are the note's sections. Linear time: each run is looked at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.text.decimals import decimal_parts
from reader.text.listruns import FEW_TITLED, NOTES

_TITLE_MAX = 40  # a section's title bare on its line, a guest's name and post in it; a longer line is a note
_KEPT_MIN = 2  # runs of the same level kept as sections: one is no family's habit
_ENDS = "。；;，,：:！!"
_LISTING = "、，,；;"  # '数字类型：整数类型、浮点数类型': terms noted after the colon, no subtitle
_RUN_MIN = 2  # a lone '7.1' reads as it does alone


def _bare_titles(run: Sequence[Any]) -> bool:
    """'7.3 正氣凜然：《左傳》晏子不死君難' line after line: titles (a subtitle after a colon, a question), no sentence
    run in."""
    return all(c.match is not None and c.match.title
               and (not c.match.terminator or c.match.terminator in "？?" and not c.match.rest
                    or c.match.terminator in "：:" and c.match.rest and not any(p in c.match.rest for p in _LISTING))
               and len(c.match.title) + len(c.match.rest) <= _TITLE_MAX
               and (c.match.rest or c.match.title)[-1] not in _ENDS for c in run)


def _stacked(run: Sequence[Any]) -> bool:
    """The titles stand one after another, no text between: a week's plan, not a list of points made in its text."""
    return all(b.index == a.index + 1 for a, b in zip(run, run[1:]))


def _one_chapter(run: Sequence[Any]) -> tuple[int, ...] | None:
    """The chapter all the run's numbers name ('7.1' … '7.5' → (7,)), counting on from 1, or None."""
    parts = [decimal_parts(c.match.marker) for c in run]
    head = parts[0][:-1]
    if not head or any(p[:-1] != head for p in parts) or [p[-1] for p in parts] != list(range(1, len(parts) + 1)):
        return None
    return head


def like_its_chapters(runs: Sequence[Sequence[Any]]) -> None:
    """A decimal run read as a list ('7.1' … '7.5' one after another, under 第7周) whose numbers name their own chapter,
    one between chapters whose runs of that level are kept as sections, where those kept outnumber the ones read as
    lists: the week's sections, as the other weeks' are."""
    by_key: dict[str, list[Sequence[Any]]] = {}
    for run in runs:
        if run and run[0].key.startswith("decimal") and run[0].key != "decimal1":
            by_key.setdefault(run[0].key, []).append(run)
    for group in by_key.values():
        kept = [run for run in group if all(c.accepted for c in run)]
        listed = [run for run in group if not run[0].accepted and run[0].reason.startswith((FEW_TITLED, NOTES))]
        if len(kept) < _KEPT_MIN or len(kept) <= len(listed):
            continue
        chapters = {chapter for run in kept if (chapter := _one_chapter(run)) is not None}
        for run in listed:
            chapter = _one_chapter(run) if len(run) >= _RUN_MIN and _stacked(run) and _bare_titles(run) else None
            if chapter is not None and chapter not in chapters and min(chapters, default=chapter) < chapter \
                    < max(chapters, default=chapter):
                for c in run:
                    c.accepted, c.reason = True, ""


def holds_subsections(runs: Sequence[Sequence[Any]], candidates: Sequence[Any]) -> None:
    """A decimal run read as a list ('3.1' … '3.8', most a bare title line after line) of which a member holds its own
    numbered subsections ('3.1' over '3.1.1' …) is the section's subsections: a list's item is not numbered on into
    a deeper level (one pass over the candidates, one over the runs)."""
    holders = {id(candidates[c.parent]) for c in candidates
               if c.parent >= 0 and c.accepted and c.match is not None and c.match.family == "decimal"
               and candidates[c.parent].match is not None and candidates[c.parent].match.family == "decimal"
               and decimal_parts(c.match.marker)[:-1] == decimal_parts(candidates[c.parent].match.marker)}
    for run in runs:
        first = run[0]
        if len(run) < _RUN_MIN or first.accepted or not first.key.startswith("decimal") or first.key == "decimal1" \
                or not first.reason.startswith(FEW_TITLED) or not any(id(c) in holders for c in run):
            continue
        if all(c.match is not None and c.match.terminator in ("", "：", ":", "？", "?") and c.match.title
               and len(c.match.title) <= _TITLE_MAX and "，" not in c.match.title and "," not in c.match.title
               for c in run):  # titles, a subtitle after a colon: no sentence
            for c in run:
                c.accepted, c.reason = True, ""
