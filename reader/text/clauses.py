"""The clause around a place in Chinese text, for a double-click's selection: Qt's word bounds know only Latin
punctuation and spaces, so a double-click in Chinese took a whole run of clauses up to the next Latin mark."""

from __future__ import annotations

CLAUSE_MARKS = frozenset("，。、；：？！…—“”‘’「」『』（）《》〈〉【】〔〕\u3000")


def clause_around(text: str, at: int) -> tuple[int, int]:
    """Bounds of the clause holding index `at` of `text` (between Chinese punctuation marks, or the text's ends)."""
    at = max(0, min(at, len(text)))
    left = next((i + 1 for i in range(at - 1, -1, -1) if text[i] in CLAUSE_MARKS), 0)
    right = next((i for i in range(at, len(text)) if text[i] in CLAUSE_MARKS), len(text))
    return left, right
