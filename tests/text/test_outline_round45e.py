"""Round 45e: a Mermaid diagram's first line ('flowchart LR', 'sequenceDiagram'), left alone on its line when a
Markdown thesis or design note loses its code fence, opens code and is never a title; the words alone, a title that
names a flow chart and an English phrase stay what they were (rule: `lineshape.diagram_line` in `notes.code_line`)."""

from __future__ import annotations

import pytest

from reader.text.notes import code_edge, code_line

DIAGRAMS = {
    "a flow chart left to right": "flowchart LR",
    "a flow chart top down, indented": "    flowchart TD",
    "an older graph, bottom to top": "graph BT",
    "a sequence diagram": "sequenceDiagram",
    "a state diagram, version 2": "stateDiagram-v2",
    "an entity-relation diagram, a space after it": "erDiagram ",
    "a class diagram": "classDiagram",
}

NOT_DIAGRAMS = {  # what must stay as it was: no diagram's opening line
    "the word alone": "graph",
    "a title naming a flow chart": "流程图设计",
    "a mixed title": "flowchart 绘制方法",
    "an English phrase": "Graph Theory",
    "a direction missing": "flowchart",
    "a longer English line": "flowchart LR shows the data path",
}


@pytest.mark.parametrize("line", DIAGRAMS.values(), ids=list(DIAGRAMS))
def test_a_diagrams_opening_line_is_code(line):
    assert code_line(line) and code_edge(line)


@pytest.mark.parametrize("line", NOT_DIAGRAMS.values(), ids=list(NOT_DIAGRAMS))
def test_other_lines_are_no_diagram(line):
    assert not code_line(line)
