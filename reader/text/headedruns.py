"""Numbered runs whose items head sections whatever their shape: a notice's points under its addressee, an interview's
questions each answered by a paragraph of its own, a judgment's kinds of evidence each over its items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.text.headers import addressee_index
from reader.text.lazyre import lazy
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.proofkinds import evidence_run

SECTION_BODY = 20  # '1.申请书。载明申请事项。' notes its item; a section's run-in body is a paragraph
_ASKED_MIN = 3
_ANSWER_LABEL = lazy(r"(?:A[0-9]{0,2}|答)[ \t\u3000]*[：:]")


def _asked(run: Sequence[Any], paragraphs: Sequence[Paragraph]) -> int:
    """How many items are a question that a paragraph of its own answers (no next item right under it)."""
    count = 0
    for c in run:  # (the line under an item is read only when the item asks: most items do not)
        if not (paragraphs[c.index].text.rstrip()[-1:] in "？?" or c.match is not None and c.match.family == "question"):
            continue  # 'Q1：…，…？就…' asks
        after = paragraphs[c.index + 1].text.strip() if c.index + 1 < len(paragraphs) else ""
        count += (len(after) > SECTION_BODY and match_heading(after) is None
                  or _ANSWER_LABEL.fullmatch(after) is not None)  # 'A1：' over the answer
    return count


def notice_points(run: Sequence[Any], paragraphs: Sequence[Paragraph]) -> bool:
    """'各单位：' over '一、时间安排 2021年1月23日起，…': a notice's points, sections however they run on."""
    return len(run) >= 2 and run[0].parent < 0 and run[0].match is not None and run[0].match.family == "cn" \
        and 0 <= addressee_index(paragraphs) < run[0].index


def heads_by_kind(run: Sequence[Any], paragraphs: Sequence[Paragraph]) -> bool:
    """'1.你在 AI课程学习中，是否接触过…？' over its answer, and the next; '1、书证、物证：', '2、被害人陈述：': items that
    head what follows them by what they are (questions, kinds of evidence), not by a title's shape."""
    return len(run) >= _ASKED_MIN and 3 * _asked(run, paragraphs) >= 2 * len(run) or evidence_run(run, paragraphs)
