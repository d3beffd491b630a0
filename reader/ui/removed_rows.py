"""Rows the reader removed stay removed: an import request (a refresh after an open, a watched folder's check, an
added folder) that was under way when a row went may still list its document afterwards, read before the removal was
written; that listing is dropped and the removal written again, so neither the list nor the catalogue brings back a
document the reader removed. A request started after the removal (the folder added again) lists it as usual.
The other way round, a row the reader brought back (Undo Removal) after a request started is not taken away by that
request's 'gone' notice, made from a catalogue read between the removal's write and the undo's."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from reader.storage.library import Entry


class RemovedRows(QObject):
    """Filters the import's listings by the rows removed since the running request started."""

    def __init__(self, importer, documents, document_list, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._importer = importer
        self._documents = documents
        self._list = document_list
        self._serial = 0  # removals seen so far
        self._started = 0  # the serial when the running request started
        self._removed: dict[str, int] = {}  # path -> serial of its removal, while requests are running or queued
        self._taken: set[str] = set()  # paths the reader removed this session
        self._back: set[str] = set()  # of those, the ones listed again since the last request started
        self.dropped = 0  # listings dropped, for the tests
        documents.entry_removed.connect(self._removed_now)
        documents.entry_added.connect(self._listed_again)
        importer.started.connect(self._request_started)
        importer.ended.connect(self._request_ended)
        importer.entries_listed.connect(self._listed)

    @Slot(object)
    def _removed_now(self, path: str) -> None:
        self._serial += 1
        self._taken.add(path)
        if self._importer.busy:
            self._removed[path] = self._serial

    @Slot(object)
    def _listed_again(self, entry: Entry) -> None:
        self._removed.pop(entry.path, None)  # the reader listed it again
        if entry.path in self._taken:
            self._back.add(entry.path)

    @Slot(str)
    def _request_started(self, _label: str) -> None:
        self._started = self._serial
        self._back.clear()  # this request reads the catalogue after those rows came back

    @Slot()
    def _request_ended(self) -> None:
        if not self._importer.busy:
            self._removed.clear()

    @Slot(object)
    def _listed(self, entries: list) -> None:
        late = [e.path for e in entries if self._removed.get(e.path, 0) > self._started]
        if late:
            self.dropped += len(late)
            gone = set(late)
            entries = [e for e in entries if e.path not in gone]
            if self._documents.library is not None:
                self._documents.removals.remove(late)  # written after the request's own write: removed for good
        if entries:
            self._list.add_entries(entries)

    def still_gone(self, paths: list[str]) -> list[str]:
        """The paths of a request's 'gone' notice whose rows the reader did not bring back since it started."""
        return [path for path in paths if path not in self._back]
