"""A flow drawn in text: '1. 准备阶段 (PREPARE)' / '↓' / '2. 游戏开始 (GAME_START)' — the boxes an arrow line joins are
the steps of one diagram (a code block's drawing, its fence gone), never the document's sections."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate
from reader.text.model import Paragraph

_ARROWS = frozenset("↓⬇⇓▼")  # a line of these alone joins the box above to the box below
REASON = "a box of a flow drawn in text (an arrow line '↓' joins it to the next): a step of the diagram, no section"


def _arrow(p: Paragraph) -> bool:
    text = p.text.strip()
    return bool(text) and len(text) <= 3 and set(text) <= _ARROWS


def drop_flow_steps(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """The candidates right above or right below an arrow line are set aside as a flow's boxes."""
    for c in candidates:
        i = c.index
        if c.accepted and (i > 0 and _arrow(paragraphs[i - 1]) or i + 1 < len(paragraphs) and _arrow(paragraphs[i + 1])):
            c.accepted, c.reason = False, REASON
