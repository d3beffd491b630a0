"""Keyword and find matching as the worker runs it: plain text in, hits out, so a job never touches a widget."""

from __future__ import annotations

from collections.abc import Mapping

from reader.text.hits import Hits
from reader.text.keywords import find_all_shown, word_forms
from reader.ui.body_positions import META_BASE, TITLE_BASE


def _spans(text: str, words: list[str], shown: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[int, int]]]:
    if not text:
        return {w: [] for w in words}
    return find_all_shown(text, words, shown)


def matched(text: str, words: list[str], config: str | None = None, cache_dir: str = "",
            header: tuple[str, str] = ("", ""),
            typed_in: Mapping[str, str] | None = None) -> tuple[Hits, dict[str, int]]:
    """The hits of words in a text (and in the title and metadata line shown above it, at TITLE_BASE and META_BASE
    on: a reader sees 北京日报 in 'Source: 北京日报' as in the text) and their counts, made on the
    worker (68,000 hits cost the window 0.6 s); each word is searched for in its other forms too: as the text shown
    through `config` gives it (软件 → 軟體 in Taiwan's words), and one typed in a region's words (`typed_in`: word ->
    that display) as the Simplified word it stands for there (滑鼠 → 鼠标)."""
    # nothing to search (no document): no converter is loaded, as this runs on the GUI thread then
    shown = {w: word_forms(w, config, cache_dir, (typed_in or {}).get(w)) for w in words} if text or any(header) else {}
    spans = _spans(text, words, shown)
    for base, line in zip((TITLE_BASE, META_BASE), header):  # a label's letters are word-joined: never matched
        for word, found in (_spans(line, words, shown) if line else {}).items():
            spans[word] = [(base + s, base + e) for s, e in found] + list(spans.get(word, []))
    hits = Hits.from_spans(spans)
    return hits, hits.counts()
