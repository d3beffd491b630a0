"""The library's side of the window: search across every document, and indexing new documents for it.

Indexing runs in a separate process (reader.ui.library_jobs), started once the window is shown and again after
documents were added; a search result opens its document at the hit and selects it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.ui.library_jobs import LibraryImport
from reader.ui.library_search import LibrarySearch
from reader.ui.reading_pane import ReadingView
from reader.ui.workers import Jobs

INDEX_DELAY_MS = 1500  # after the window is shown, or after documents were added: let the reader start first


class LibraryPanel(QObject):
    """Owns the search widget, the indexing process and the hit to select once its document is shown."""

    open_requested = Signal(str, int)  # path, cleaned-text offset to show

    def __init__(self, db_path: Path, jobs: Jobs, reading: ReadingView, parent: QObject) -> None:
        super().__init__(parent)
        self.search = LibrarySearch(db_path, jobs)
        self.importer = LibraryImport(db_path, parent=self)
        self._reading = reading
        self._pending: tuple[str, int, int] | None = None  # (path, offset, length) to select when shown
        self._index_timer = QTimer(self, singleShot=True, interval=INDEX_DELAY_MS)
        self._index_timer.timeout.connect(self._index)
        self.search.result_activated.connect(self._result_chosen)

    def attach(self, document_list) -> None:
        """Put the search field above the document list; results take the list's place while there is a query."""
        layout = document_list.parentWidget().layout()
        layout.insertWidget(layout.indexOf(document_list), self.search)
        self._list = document_list
        self.search.field.textChanged.connect(self._query_changed)
        self._query_changed("")

    @Slot(str)
    def _query_changed(self, text: str) -> None:
        searching = bool(text.strip())
        self.search.results.setVisible(searching)
        self.search.status.setVisible(searching)
        self._list.setVisible(not searching)
        layout = self._list.parentWidget().layout()
        layout.setStretchFactor(self.search, 1 if searching else 0)
        layout.setStretchFactor(self._list, 0 if searching else 1)

    def index_soon(self) -> None:
        """Documents were added (or the window was shown): index what is not indexed yet, a moment later."""
        self._index_timer.start()

    @Slot()
    def _index(self) -> None:
        if self.importer.busy:
            self._index_timer.start()
        else:
            self.importer.start([])

    @Slot(str, int, int)
    def _result_chosen(self, path: str, offset: int, length: int) -> None:
        self._pending = (path, offset, length) if offset >= 0 else None
        self.open_requested.emit(path, max(0, offset))

    def shown(self, path: str) -> None:
        """The window shows a document: if it is the one a search result asked for, select the hit."""
        if self._pending is not None and self._pending[0] == path:
            self._select_pending()

    @Slot()
    def _select_pending(self) -> None:
        if self._pending is None:
            return
        _path, offset, length = self._pending
        display = self._reading.display
        if self._reading.busy:
            QTimer.singleShot(50, self._select_pending)  # still moving to the place: select once it is there
            return
        self._pending = None
        self._reading.select_display(display.to_display(offset), display.to_display(offset + length))

    def shutdown(self) -> None:
        self._index_timer.stop()
        self.importer.shutdown()
