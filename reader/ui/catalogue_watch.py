"""The document list follows the catalogue when another program changes it (`zhreader library add` or `remove`, a
second window): the catalogue's files are watched, and once they changed it is read again on a worker (its counts
first: a reading position written changes nothing listed) and what was added or removed elsewhere is listed or
unlisted, the rows selected, the document shown and a search typed staying as they are."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from reader.storage.catalogue import Signature, changes, files_stamp, listing
from reader.ui.workers import Jobs

log = logging.getLogger(__name__)

CATALOGUE_DELAY_MS = 600  # a command adding a folder writes batch after batch: one reading per delay at most


class CatalogueWatch(QObject):
    """Watches the catalogue's files; applies to the list what changed in the catalogue without the window."""

    changed = Signal(bool)  # rows were listed or unlisted (True: some were added, to be indexed)

    def __init__(self, db_path: Path, jobs: Jobs, document_list, documents, importer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._jobs = jobs
        self._list = document_list
        self._documents = documents  # the DocumentController: its library and the rows the reader removed
        self._importer = importer  # the window's own import process lists what it adds: read once it has ended
        self._known: Signature | None = None  # the catalogue's counts when it was last read
        self._read: dict | None = None  # path -> Entry, as last read (None: not read yet)
        self._local = 0  # the window's own listings and removals so far: a reading made across one is made again
        self._reading = self._again = self._closed = False
        self.readings = 0  # catalogue readings applied (for the tests)
        self._timer = QTimer(self, singleShot=True, interval=CATALOGUE_DELAY_MS)
        self._timer.timeout.connect(self._read_now)
        self._watcher = QFileSystemWatcher(self)
        self._stamp: tuple | None = None  # the catalogue files' state when a change was last seen
        self._watcher.fileChanged.connect(self._on_disk)
        self._watcher.directoryChanged.connect(self._on_disk)
        for signal in (documents.entry_added, documents.entry_removed, importer.entries_listed, importer.entries_gone):
            signal.connect(self._touched)
        importer.ended.connect(self._soon)
        self._watch()
        self._soon()  # the first reading: what was added between the list's reading at start-up and now

    def _watch(self) -> None:
        """The catalogue, its write-ahead log (where another connection's writes land) and their folder (the log is
        made again after the last connection closed: a file watched and deleted is no longer watched)."""
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        paths = (self._db_path, Path(f"{self._db_path}-wal"), self._db_path.parent)
        missing = [str(p) for p in paths if str(p) not in watched and p.exists()]
        if missing:
            self._watcher.addPaths(missing)

    @Slot()
    def _soon(self, *_args) -> None:
        if not self._timer.isActive() and not self._closed:  # not put off again by each write: read while they go on
            self._timer.start()

    @Slot(str)
    def _on_disk(self, _path: str) -> None:
        """A change the files show: not one that only touched their attributes (SQLite run as root hands the log to
        the catalogue's owner each time a connection opens it, the window's own readings included: read every 0.6 s)."""
        stamp = files_stamp(self._db_path)
        if stamp != self._stamp:
            self._stamp = stamp
            self._soon()

    @Slot()
    def _touched(self, *_args) -> None:
        self._local += 1

    @Slot()
    def _read_now(self) -> None:
        self._watch()
        library = self._documents.library
        if self._closed or library is None or library.read_only or self._importing():
            return  # (an in-memory session's catalogue is its own; the import's end reads again)
        if self._reading:
            self._again = True
            return
        if self._documents.writes.pending:  # a write of the window's own (an Undo Removal's rows) may or may not be
            self._soon()  # in the snapshot, and its end may come after the reading: it would be undone
            return
        self._reading, local = True, self._local
        listed = None if self._read is not None else {e.path: e for e in self._list.entries()}  # the first reading
        # is compared with the list (the catalogue at start-up and the window's own changes since): a document
        # removed elsewhere before it was made is unlisted too
        self._jobs.submit(listing, self._db_path, self._known,
                          on_done=lambda result: self._arrived(local, listed, result), on_error=self._failed)

    def _importing(self) -> bool:
        """The window's own import lists or unlists rows (indexing alone lists nothing, and may run for minutes)."""
        return any(label != "index" for label in self._importer.requests())

    def _arrived(self, local: int, listed: dict | None, result) -> None:
        self._reading = False
        signature, entries = result
        if self._again or entries is not None and (local != self._local or self._importing()):
            self._again = False
            self._soon()  # the list changed meanwhile: compared with a catalogue read before, it would be undone
            return
        if entries is None or self._closed:
            return
        self._known = signature
        before = self._read if self._read is not None else listed
        self._read = {entry.path: entry for entry in entries}
        added, gone, changed = changes(before, entries, self._list.listed_entry, self._documents.removals.hidden)
        self.readings += 1
        if changed:
            self._list.refresh_entries(changed)
        if added:
            self._list.add_entries(added)
        for path in gone:  # the document shown stays on screen; its row goes as any row removed
            self._list.remove_path(path)
        if added or gone:
            log.info("catalogue changed elsewhere: %d listed, %d unlisted", len(added), len(gone))
            self.changed.emit(bool(added))

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        log.warning("cannot read the library again: %s", exc)

    def shutdown(self) -> None:
        """The window closes: nothing more is read or applied."""
        self._closed = True
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
