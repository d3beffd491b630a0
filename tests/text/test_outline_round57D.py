"""Round 57D: where the title depth model puts a section right under its part ('典型场景' stacked over '当 Agent 无事可做',
a Markdown '##' over its first '###' whose marks are gone), the titles after that section which the model is unsure of
(odds between its `take` and `keep`) are that section's siblings, inside the same part, up to the next title it reads
as a part. A section set apart from its part by text opens no such run, and a title the model reads as a part ends
one: those stay as the model leaves them."""

from __future__ import annotations

import math

import pytest

from reader.text import titledepth
from reader.text.candidate import Candidate
from reader.text.model import Paragraph
from reader.text.trees import TreeModel

BODY = "这一节说明该场景下系统如何处理，给出具体的操作步骤和注意事项。"
PART, SURE, UNSURE = 0.8, 0.3, 0.45  # the stub model's take is 0.4, its keep 0.5


def _parents(rows: list[tuple[float, bool]], monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Titles (odds of the upper level, body under it?) as paragraphs and candidates; the parent of each after
    `nest_titles`, as a title number (-1 at the top)."""
    paragraphs: list[Paragraph] = []
    candidates: list[Candidate] = []
    for n, (_, body) in enumerate(rows):
        candidates.append(Candidate(len(paragraphs), None, "container"))
        paragraphs.append(Paragraph(f"标题{n}", 2 * len(paragraphs) + 1, 0))
        if body:
            paragraphs.append(Paragraph(BODY, 2 * len(paragraphs) + 1, 0))
    odds = [p for p, _ in rows]
    model = TreeModel(("p",), 0.4, 0.5, lambda x: math.log(x[0] / (1 - x[0])))
    monkeypatch.setattr(titledepth, "depth_model", lambda: model)
    monkeypatch.setattr(titledepth, "depth_features", lambda c, p, top: [[odds[k]] for k in range(len(top))])
    titledepth.nest_titles(candidates, paragraphs)
    return [c.parent for c in candidates]


CASES = [
    # a part right over its first section, the sections after it unsure: all inside the part
    ("stacked run", [(PART, False), (SURE, True), (UNSURE, True), (UNSURE, True), (PART, True)], [-1, 0, 0, 0, -1]),
    # two parts, each over its first section: each run ends at the next part
    ("two runs", [(PART, False), (SURE, True), (UNSURE, True), (PART, False), (SURE, True), (UNSURE, True)],
     [-1, 0, 0, -1, 3, 3]),
    # a sure section under the run's first one keeps the run going
    ("sure in a run", [(PART, False), (SURE, True), (SURE, True), (UNSURE, True), (UNSURE, True)], [-1, 0, 0, 0, 0]),
]

LEFT_ALONE = [
    # the section is set apart from its part by text: no stacked run, the unsure titles stay at the top
    ("body between", [(PART, True), (SURE, True), (UNSURE, True), (SURE, True), (UNSURE, True)],
     [-1, 0, -1, 0, -1]),
    # unsure titles before any stacked section stay at the top
    ("unsure first", [(PART, True), (UNSURE, True), (UNSURE, True), (PART, False), (SURE, True), (SURE, True)],
     [-1, -1, -1, -1, 3, 3]),
]


@pytest.mark.parametrize("rows, parents", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unsure_titles_join_the_stacked_section(rows, parents, monkeypatch):
    assert _parents(rows, monkeypatch) == parents


@pytest.mark.parametrize("rows, parents", [c[1:] for c in LEFT_ALONE], ids=[c[0] for c in LEFT_ALONE])
def test_titles_outside_a_stacked_run_stay(rows, parents, monkeypatch):
    assert _parents(rows, monkeypatch) == parents
