"""Search the whole library: a field (objectName librarySearch) and ranked results with a highlighted snippet.

Self-contained: give it the catalogue's path and the window's Jobs; connect `result_activated(path, offset,
length)` to open the document at the hit (offset and length are Python indices into the cleaned text).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QListView, QStyle, QVBoxLayout, QWidget

from reader.ui.fields import ClearingField
from reader.ui.search_results import HIT_ROLE, Results, ResultsView, RichDelegate
from reader.ui.tuning import KEYBOARD_DELAY_MS
from reader.ui.workers import Jobs

if TYPE_CHECKING:
    from reader.storage.search import Hit

DEBOUNCE_MS = 250  # typing 监督 searches once, for 监督
LIMIT = 50  # results shown; one more is asked for, to know whether more documents match than are shown


def _search_file(db_path: Path, query: str, limit: int) -> list[Hit]:
    """The search, its module imported on the worker: the window shows without it (reader.storage.search)."""
    from reader.storage.search import search_file

    return search_file(db_path, query, limit)


class LibrarySearch(QWidget):
    """A search field and the ranked results; searching runs on the window's worker pool."""

    result_activated = Signal(object, int, int)  # path, offset, length of the hit in the cleaned text (-1: title)

    def __init__(self, db_path: Path, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._jobs = jobs
        self._version = 0
        self._open_first: str | None = None  # the query whose first result opens when it comes (Enter typed first)
        self._down_first: str | None = None  # the query whose results Down goes into when they come (Down typed first)
        self._query = self._shown = ""  # the query searched last; the one the results shown are for
        self.field = ClearingField(objectName="librarySearch")
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(objectName="librarySearchStatus")
        self.status.setWordWrap(True)  # a long line ('The first 50 documents found; …') must not widen the sidebar
        self._says: Callable[[], str] | None = None  # the status line's text, made again in another UI language
        self._indexing = False  # documents are still being indexed: an empty result may not be the last word
        self.hidden: set[str] = set()  # paths removed from the library whose removal is still being written
        self.chosen: Hit | None = None  # the result result_activated is for: its words find it in a text read again
        self._retranslate()
        self.model = Results(self)
        self.results = ResultsView()
        self.results.setObjectName("librarySearchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.field.textChanged.connect(self._timer.start)
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._entered)
        self.field.down_pressed.connect(self._into_results)
        self.results.activated.connect(self._activated)
        self._key_timer = QTimer(self, singleShot=True, interval=KEYBOARD_DELAY_MS)
        self._key_timer.timeout.connect(self._open_current)
        self.results.moved_by_key.connect(self._key_timer.start)
        if not self.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick):
            self.results.clicked.connect(self._activated)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The field's hint and the status line, again when the UI language changes while the window is open."""
        self.field.setPlaceholderText(self.tr("Search the library (文号:… 机关:…)"))
        if self._says is not None:
            self.status.setText(self._says())

    def _say(self, says: Callable[[], str] | None) -> None:
        self._says = says
        self.status.setText(says() if says is not None else "")

    def set_indexing(self, indexing: bool) -> None:
        """While the library is being indexed (a first start, a folder added) an empty result says so, rather than
        a bare 'Nothing found' the index may soon contradict."""
        self._indexing = indexing
        if self._says is not None:
            self.status.setText(self._says())

    def set_converter(self, convert: Callable[[str, str], str]) -> None:
        """Snippets follow the displayed script: convert(text, document's own script) -> text as displayed."""
        self.model.convert = convert
        self.model.layoutChanged.emit()

    def search(self, query: str) -> None:
        """Show the results for a query (as if typed)."""
        self.field.setText(query)
        self._search_now()

    def refresh(self) -> None:
        """The catalogue changed (documents indexed or gone): search the query in the field again, so results typed
        before the library was indexed (a first start, a folder being added) do not stay "Nothing found"."""
        if self.field.text().strip() and not self._timer.isActive():
            self._search()

    @Slot()
    def _search_now(self) -> None:
        self._timer.stop()
        self._search()

    @Slot()
    def _entered(self) -> None:
        """Enter opens the result the reader is on, else the first; typed before the results came, it searches now
        and opens the first of them (as Down then waiting did)."""
        if self._timer.isActive() or self._shown != self.field.text():
            self._open_first = self.field.text()
            self._search_now()
            return
        if self.model.rowCount():
            index = self.results.currentIndex()
            if not index.isValid():
                index = self.model.index(0, 0)
                self.results.setCurrentIndex(index)
            self._activated(index)

    @Slot()
    def _typed(self) -> None:
        self._open_first = self._down_first = None  # Enter or Down was for the words before

    @Slot()
    def _search(self) -> None:
        self._version += 1
        version = self._version
        query = self._query = self.field.text()
        if not query.strip():
            self.model.set_hits([])
            self._say(None)
            return
        self._say(lambda: self.tr("Searching…"))
        self._jobs.submit(_search_file, self._db_path, query, LIMIT + 1,
                          on_done=lambda hits: self._show(version, hits),
                          on_error=lambda exc: self._failed(version, exc))

    def _show(self, version: int, hits: list[Hit]) -> None:
        if version != self._version:
            return  # computed for an older query
        again, self._shown = self._shown == self._query, self._query  # again: a refresh as files were indexed
        total = getattr(hits, "total", None)  # every match counted (reader.storage.search.Found)
        exact = getattr(hits, "exact", True)
        if self.hidden:
            shown = [hit for hit in hits if hit.path not in self.hidden]
            total = None if total is None else max(len(shown), total - (len(hits) - len(shown)))
            hits = shown
        more, hits = len(hits) > LIMIT or (total or 0) > LIMIT, hits[:LIMIT]
        if hits != self.model.hits:  # the same hits again (a refresh): the row the reader is on stays current
            on = self.results.currentIndex().data(HIT_ROLE) if again else None  # a refresh with others: it stays
            self.model.set_hits(hits)
            kept = [row for row, hit in enumerate(hits) if on is not None and hit.path == on.path][:1]
            self.results.setCurrentIndex(self.model.index(kept[0], 0) if kept else QModelIndex())  # no key: not opened
        if more and total is not None:  # '79 documents match; the best 50 are shown'
            self._say(lambda: self._matching(total, exact))
        elif more:  # '50 documents' would say that is all there are
            self._say(lambda: self.tr("The first %n documents found; more match (add a word to narrow)", "", LIMIT))
        else:
            self._say(lambda: self.tr("%n documents", "", len(hits)) if hits else self._nothing())
        if self._open_first == self._shown:
            self._open_first = None
            if hits:
                self.results.setCurrentIndex(self.model.index(0, 0))
                self._activated(self.model.index(0, 0))
        elif self._down_first == self._shown:
            self._down_first = None
            self._into_results()

    def _matching(self, total: int, exact: bool) -> str:
        said = (self.tr("%n documents match; the best {0} are shown", "", total) if exact
                else self.tr("About %n documents match; the best {0} are shown", "", total))
        return said.replace(str(total), f"{total:,}", 1).format(LIMIT)

    def _nothing(self) -> str:
        return self.tr("Nothing found yet: indexing the library…") if self._indexing else self.tr("Nothing found")

    def _failed(self, version: int, exc: Exception) -> None:
        if version != self._version:
            return
        from reader.storage.query import QueryError

        self.model.set_hits([])
        if isinstance(exc, QueryError):
            self._say(lambda: self.tr("Type one or more characters, or a filter such as 文号:国发〔2019〕3号"))
        else:
            self._say(lambda: self.tr("The library cannot be searched: {0}").format(exc))

    @Slot()
    def _into_results(self) -> None:
        """Down in the field moves into the results (typed before they came: once they come, not into the words
        before's): onto the first one, which opens as a row arrowed onto does (a row already current stays)."""
        if self._timer.isActive() or self._shown != self.field.text():
            self._down_first = self.field.text()
            return
        if self.model.rowCount() == 0 or not self.results.isVisible():
            return
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.model.index(0, 0))
            self._key_timer.start()
        self.results.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def _open_current(self) -> None:
        """The row the keys stopped on opens at its hit, so the row marked is the document shown."""
        index = self.results.currentIndex()
        if index.isValid():
            self._activated(index)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        self._key_timer.stop()  # Enter right after an arrow: opened once
        hit: Hit = index.data(HIT_ROLE)
        if hit is not None:  # a hit in its header: the document's top, where the header is shown
            self.chosen = hit
            self.result_activated.emit(hit.path, 0 if hit.field else hit.offset, hit.length)
