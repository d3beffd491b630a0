"""Keyword matching across scripts and automatic keywords (placeholder: refined by the foundation issue)."""

from __future__ import annotations

import re


def find_all(text: str, words: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Spans of each word in text."""
    return {w: [(m.start(), m.end()) for m in re.finditer(re.escape(w), text)] for w in words if w}


def auto_keywords(text: str, n: int = 10) -> list[str]:
    """jieba TF-IDF keywords."""
    import jieba.analyse

    return list(jieba.analyse.extract_tags(text, topK=n))
