"""Speed of keyword highlighting in a QTextEdit holding a ~1 M-character document (offscreen).

Reports: merging hits, building every selection vs. only those near the view, the rebuilds while scrolling
(longest), moving the current hit (F3), placing the scroll-bar marks and painting them.
Run: python bench/highlight_bench.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "docs"
WORDS = ["发展", "国务院", "人民", "经济", "改革", "政府"]


def _material() -> str:
    files = sorted((REPO / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    base = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    base = "𠮷" + base  # an astral character so the UTF-16 map is not the trivial one
    return (base * (1_000_000 // len(base) + 1))[:1_000_000]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from PySide6.QtWidgets import QApplication, QTextEdit

    from reader.text.hits import Hits
    from reader.text.keywords import find_all
    from reader.ui.compat import guard_none_refcount
    from reader.ui.highlight import HitHighlighter, HitMarks, build_selections, keyword_colour, layout_fractions
    from reader.ui.utf16 import Utf16Map

    guard_none_refcount()
    app = QApplication.instance() or QApplication([])
    text = _material()
    editor = QTextEdit()
    editor.setReadOnly(True)
    editor.resize(900, 700)
    editor.setPlainText(text)
    editor.show()
    app.processEvents()
    umap = Utf16Map(text)
    colours = {w: keyword_colour(i) for i, w in enumerate(WORDS)}
    print(f"document: {len(text):,} characters, {editor.document().blockCount():,} paragraphs")

    spans = find_all(text, WORDS)
    t0 = time.perf_counter()
    hits = Hits.from_spans(spans)
    print(f"merge {len(hits):,} hits (Hits.from_spans):      {_ms(time.perf_counter() - t0)}")

    t0 = time.perf_counter()
    every = build_selections(editor.document(), hits, colours, umap.to_utf16)
    print(f"build every selection ({len(every):,}):           {_ms(time.perf_counter() - t0)}  (not used: reference)")
    del every

    applied = []
    highlighter = HitHighlighter(editor, apply=lambda s: (applied.append(len(s)), editor.setExtraSelections(s)))
    t0 = time.perf_counter()
    highlighter.set_hits(hits, colours, umap.to_utf16, umap.from_utf16)
    app.processEvents()
    print(f"highlight near the view ({applied[-1]} selections) + paint: {_ms(time.perf_counter() - t0)}")

    bar = editor.verticalScrollBar()
    longest = 0.0
    for k in range(1, 41):
        t0 = time.perf_counter()
        bar.setValue(bar.maximum() * k // 40)
        app.processEvents()
        longest = max(longest, time.perf_counter() - t0)
    print(f"scroll jumps (40), longest incl. rebuild + paint:  {_ms(longest)}")

    longest = 0.0
    index = hits.first_from(0)
    for _ in range(50):
        index = hits.next_after(hits[index].start)
        t0 = time.perf_counter()
        highlighter.set_current(index)
        app.processEvents()
        longest = max(longest, time.perf_counter() - t0)
    print(f"F3 (set_current), longest of 50:                   {_ms(longest)}")

    positions = [umap.to_utf16(h.start) for h in hits]
    t0 = time.perf_counter()
    layout_fractions(editor.document(), positions)
    laid_out = editor.document().lastBlock().layout().lineCount() > 0
    print(f"mark positions, {len(hits):,} hits ({'laid out' if laid_out else 'layout pending'}):  {_ms(time.perf_counter() - t0)}")
    marks = HitMarks(bar)
    t0 = time.perf_counter()
    marks.track(editor.document(), positions, [colours[h.word] for h in hits], current=0)
    marks.repaint()
    print(f"marks track (measure + paint):                     {_ms(time.perf_counter() - t0)}")
    t0 = time.perf_counter()
    marks.set_current_index(len(hits) // 2)
    marks.repaint()
    print(f"marks current moved (F3) + paint:                  {_ms(time.perf_counter() - t0)}")

    fresh = QTextEdit()
    fresh.resize(900, 700)
    fresh.setPlainText(text)
    fresh.show()
    app.processEvents()
    t0 = time.perf_counter()
    layout_fractions(fresh.document(), positions)
    print(f"mark positions right after opening (no forced layout): {_ms(time.perf_counter() - t0)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
