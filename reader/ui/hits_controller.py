"""Keyword and find hits over the reading view: matching on a worker, highlight layers, scroll-bar marks, F3."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QColor

from reader.text.hits import Hits
from reader.text.keywords import find_all
from reader.ui.highlight import HitHighlighter, HitMarks
from reader.ui.reading_pane import ReadingView
from reader.ui.workers import Jobs

FIND_COLOUR = QColor("#c8e65a")  # lime: unlike any keyword colour (the palette starts with amber)


class HitsController(QObject):
    """Owns the hits of the keywords and of the find query for the displayed text (display indices)."""

    keyword_counts = Signal(dict)
    keyword_position = Signal(int, int)  # current (0-based, -1 none), total
    find_result = Signal(int, int)

    def __init__(self, view: ReadingView, jobs: Jobs) -> None:
        super().__init__(view)
        self._view = view
        self._jobs = jobs
        self._keywords: list[str] = []
        self._colours: dict[str, QColor] = {}
        self._hits = Hits()
        self._current: int | None = None
        self._query = ""
        self._find = Hits()
        self._find_current: int | None = None
        self._keyword_layer = HitHighlighter(view, apply=lambda s: view.set_layer("keywords", s))
        self._find_layer = HitHighlighter(view, apply=lambda s: view.set_layer("find", s))
        self.marks = HitMarks(view.verticalScrollBar())

    @property
    def hits(self) -> Hits:
        return self._hits

    def current_hit(self) -> int | None:
        return self._current

    # --- keywords -----------------------------------------------------------------------------------------

    def set_keywords(self, words: list[str], colours: Mapping[str, QColor]) -> None:
        self._keywords = list(words)
        self._colours = dict(colours)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Match again on the displayed text (after a keyword, document or script change)."""
        text = self._view.displayed_text()
        words = list(self._keywords)
        if words and text:
            self._jobs.submit(find_all, text, words, on_done=lambda s, t=text, w=words: self._keywords_found(t, w, s))
        else:
            self._keywords_found(text, words, {w: [] for w in words})
        if self._query:
            self._search(self._query, keep=True)

    def _keywords_found(self, text: str, words: list[str], spans: dict) -> None:
        if text is not self._view.displayed_text() or words != self._keywords:
            return  # the text or the keywords changed meanwhile; a newer refresh follows
        old = self._hits[self._current] if self._current is not None and self._current < len(self._hits) else None
        self._hits = Hits.from_spans(spans)
        self._current = self._hits.index_of(old.start, old.end) if old else None
        view = self._view
        self._keyword_layer.set_hits(self._hits, self._colours, view.to_qt, view.from_qt, self._current)
        self._update_marks()
        self.keyword_counts.emit(self._hits.counts())
        self.keyword_position.emit(-1 if self._current is None else self._current, len(self._hits))

    def _update_marks(self) -> None:
        """Marks for every hit, placed again by HitMarks whenever the document's layout changes size."""
        hits = list(self._hits)
        fallback = QColor("#888888")
        self.marks.track(self._view.document(), [self._view.to_qt(h.start) for h in hits],
                         [self._colours.get(h.word, fallback) for h in hits], self._current)

    @Slot()
    def next_keyword(self) -> None:
        self._step_keyword(forward=True)

    @Slot()
    def previous_keyword(self) -> None:
        self._step_keyword(forward=False)

    def _step_keyword(self, forward: bool) -> None:
        hits = self._hits
        if not hits:
            return
        if self._current is None:
            top = self._view.display.to_display(self._view.top_offset())
            index = hits.first_from(top) if forward else hits.previous_before(top)
        else:
            start = hits[self._current].start
            index = hits.next_after(start) if forward else hits.previous_before(start)
        self._current = index
        self._keyword_layer.set_current(index)
        if index is not None:
            self._view.reveal_display(hits[index].start, hits[index].end)
        self.marks.set_current_index(index)
        self.keyword_position.emit(-1 if index is None else index, len(hits))

    # --- find ---------------------------------------------------------------------------------------------

    @Slot(str)
    def find(self, query: str) -> None:
        self._query = query.strip()
        self._find_current = None
        self._search(self._query, keep=False)

    def _search(self, query: str, keep: bool) -> None:
        text = self._view.displayed_text()
        if not query or not text:
            self._find = Hits()
            self._find_layer.clear()
            self.find_result.emit(-1, 0)
            return
        self._jobs.submit(find_all, text, [query], on_done=lambda s, t=text: self._found(t, query, s, keep))

    def _found(self, text: str, query: str, spans: dict, keep: bool) -> None:
        if text is not self._view.displayed_text() or query != self._query:
            return
        old = self._find[self._find_current] if keep and self._find_current is not None else None
        self._find = Hits.from_spans(spans)
        if old is not None:
            self._find_current = self._find.index_of(old.start, old.end)
        else:
            top = self._view.display.to_display(self._view.top_offset())
            self._find_current = self._find.first_from(top)
        self._show_find(reveal=not keep)

    def _show_find(self, reveal: bool) -> None:
        view = self._view
        self._find_layer.set_hits(self._find, {self._query: FIND_COLOUR}, view.to_qt, view.from_qt, self._find_current)
        index = self._find_current
        if reveal and index is not None:
            view.reveal_display(self._find[index].start, self._find[index].end)
        self.find_result.emit(-1 if index is None else index, len(self._find))

    @Slot()
    def find_next(self) -> None:
        self._step_find(True)

    @Slot()
    def find_previous(self) -> None:
        self._step_find(False)

    def _step_find(self, forward: bool) -> None:
        if not self._find:
            return
        if self._find_current is None:
            self._find_current = 0 if forward else len(self._find) - 1
        else:
            start = self._find[self._find_current].start
            self._find_current = self._find.next_after(start) if forward else self._find.previous_before(start)
        self._show_find(reveal=True)

    @Slot()
    def clear_find(self) -> None:
        self.find("")

    @property
    def find_active(self) -> bool:
        return bool(self._query)
