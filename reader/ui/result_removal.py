"""Remove from List on a library search result. Found by hand (session 75): Delete in the results did nothing while
Delete in the list removes, and a document removed while a query was shown stayed among the results, marked, until
the next search a few seconds later. Delete (and Library › Remove from List) now removes the result the reader is
on, with Undo Removal as in the list; its row leaves the results at once and the next result is shown in its place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from reader.storage.library import Entry
from reader.ui.library_search import HIT_ROLE, LibrarySearch


class ResultRemoval(QObject):
    """Removes the current search result's document while the results take the list's place."""

    def __init__(self, search: LibrarySearch, document_list, documents, action: QAction,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._list = document_list
        self._dropped: set[str] = set()  # results dropped on removal: an undo brings them back into the results
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), search.results)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # as in the list: the field's Delete stays the field's
        shortcut.activated.connect(action.trigger)
        documents.entry_removed.connect(self._drop)
        documents.entry_added.connect(self._listed_again)

    def confirm(self, remove: Callable[[list[str], str, str], None]) -> None:
        """remove(paths, then, title) for the result the reader is on while results are shown, else the list's."""
        results = self._search.results
        index = results.currentIndex()
        hit = index.data(HIT_ROLE) if results.isVisible() and index.isValid() else None
        if hit is None:
            self._list.confirm_removal(remove)
            return
        then = self._next_result(index.row(), hit.path)
        entry = self._list.listed_entry(hit.path)
        remove([hit.path], then, self._list.display_title(entry) if entry is not None else hit.title)
        hits = self._search.model.hits
        row = next((r for r, h in enumerate(hits) if then and h.path == then), -1)
        if row >= 0:  # the result shown in its place is the one marked (set without a key: not opened again)
            results.setCurrentIndex(self._search.model.index(row, 0))

    def _next_result(self, row: int, path: str) -> str:
        """The result below (else above) whose document is listed and its file there: shown in its place."""
        hits = self._search.model.hits
        for other in [*range(row + 1, len(hits)), *range(row - 1, -1, -1)]:
            entry = self._list.listed_entry(hits[other].path)
            if hits[other].path != path and entry is not None and not entry.missing:
                return hits[other].path
        return ""

    @Slot(object)
    def _drop(self, path: str) -> None:
        """A removed document's results go at once (the search again, a moment later, leaves it out and counts)."""
        model = self._search.model
        if not any(hit.path == path for hit in model.hits):
            return
        on = self._search.results.currentIndex().data(HIT_ROLE)
        kept = [hit for hit in model.hits if hit.path != path]
        model.set_hits(kept)
        self._dropped.add(path)
        row = next((r for r, hit in enumerate(kept) if on is not None and hit.path == on.path), -1)
        if row >= 0:
            self._search.results.setCurrentIndex(model.index(row, 0))
        self._search.refresh()

    @Slot(object)
    def _listed_again(self, entry: Entry) -> None:
        if entry.path in self._dropped:  # Undo Removal: found again
            self._dropped.discard(entry.path)
            self._search.refresh()
