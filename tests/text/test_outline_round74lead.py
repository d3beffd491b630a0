"""A loop of parents some outline rule makes ends a walk up the units instead of holding the outline's worker at full
CPU for good (74K found one such rule; seven more walks had no bound)."""

from __future__ import annotations

import threading

import pytest

from reader.text.candidate import Candidate, depth_of
from reader.text.closings import lift_chapter_notes
from reader.text.model import Paragraph


def _loop() -> list[Candidate]:
    """Two units, each the other's parent: what a faulty rule leaves."""
    return [Candidate(0, None, "container", parent=1), Candidate(1, None, "container", parent=0)]


def _ends(call) -> object:
    """The call's result, or a failure when it is still walking after a long wait (no hang of the test run)."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "walked the loop for ever"
    return out[0]


@pytest.mark.parametrize("at", [0, 1])
def test_depth_of_a_unit_in_a_loop_is_found(at):
    candidates = _loop()
    assert _ends(lambda: depth_of(candidates[at], candidates)) >= 1


def test_the_chapter_note_rule_ends_on_a_loop():
    candidates = _loop() + [Candidate(2, None, "named", parent=0)]
    paragraphs = [Paragraph("3.6 演算法的限制", 1, 0), Paragraph("其他", 2, 9), Paragraph("本章要點", 3, 12)]
    _ends(lambda: lift_chapter_notes(candidates, paragraphs))
