"""Parallel parts: the runs under each of a document's parts that repeat one another's titles are sections alike."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.text.listruns import FEW_TITLED

_TITLE_MAX = 8  # a part's recurring section is named in a word or two ('习题', '加固建议'), never an agenda's item


def _title(c: Any) -> str:
    """A member's title as its siblings under another part would write it: no closing colon, no spaces."""
    return "".join(c.match.title.split()).rstrip("：:")


def parallel_sections(runs: Sequence[Sequence[Any]], reasons: list[str]) -> list[str]:
    """The rules' verdicts, with a run read as a list for its few heading-like items kept as sections where one of
    its titles is that of a member of a run they keep under another part ('1）演示 2）根因 3）加固建议' under each
    case '1、SQL注入', '2、命令注入' …; each week's '2.6 习题' as '5.7 习题'): a reader sees the parts repeat their
    sections, whatever the count of such runs elsewhere. Runs under no part (an agenda over its minutes) are left
    to the rules."""
    kept: dict[tuple[str, str], set[int]] = {}  # (family, title) -> the parts holding it
    for run, reason in zip(runs, reasons):
        up = run[0].parent
        if not reason and up >= 0:
            for c in run:
                title = _title(c)
                if len(title) <= _TITLE_MAX:
                    parts = kept.setdefault((c.key, title), set())
                    if len(parts) < 2:  # two parts tell whether another part than a run's own holds the title
                        parts.add(up)
    if not kept:
        return reasons
    return ["" if reason.startswith(FEW_TITLED) and run[0].parent >= 0 and any(
        kept.get((c.key, _title(c)), {run[0].parent}) - {run[0].parent} for c in run)
        else reason for run, reason in zip(runs, reasons)]
