"""Adding to the library off the GUI thread: list fields first (batch by batch), then the text index; cancellable.

The worker opens its own connection to the catalogue (SQLite connections stay on their thread; WAL lets the
window read meanwhile). Wire it as:

    importer = LibraryImport(paths.library_file, parent=window)
    importer.entries_listed.connect(lambda entries: [window.document_list.add_entry(e) for e in entries])
    importer.progress.connect(window.status.show_progress)      # (phase, done, total)
    importer.finished.connect(window.show_import_report)      # ImportReport (failed files with reasons)
    importer.start([folder])          # Add Folder…, Add Files…, drops; importer.cancel() stops after the batch
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.storage import importer
from reader.storage.library import Library, LibraryError

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(str, int, int)
    entries_listed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)


class _Run(QRunnable):
    def __init__(self, db_path: Path, paths: list[str], index: bool, signals: _Signals,
                 stop: threading.Event) -> None:
        super().__init__()
        self._db_path, self._paths, self._index, self._signals, self._stop = db_path, paths, index, signals, stop
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            library = Library(self._db_path)
        except LibraryError as exc:
            self._emit(self._signals.failed, str(exc))
            return
        try:
            report = importer.import_paths(library, self._paths, progress=self._listed(library),
                                           cancelled=self._stop.is_set)
            updated = [library.get(p) for p in report.changed + report.relinked]
            if any(updated):
                self._emit(self._signals.entries_listed, [e for e in updated if e is not None])
            if self._index and not self._stop.is_set():
                importer.index_pending(library, progress=lambda d, t: self._emit(self._signals.progress,
                                                                                  "indexing", d, t),
                                       cancelled=self._stop.is_set)
            self._emit(self._signals.finished, report)
        except (LibraryError, OSError) as exc:
            self._emit(self._signals.failed, str(exc))
        finally:
            library.close()

    def _listed(self, library: Library):
        """After each committed batch: progress, and the documents new since the last batch, for the list."""
        since = [library.max_doc_id()]

        def progress(done: int, total: int) -> None:
            self._emit(self._signals.progress, "listing", done, total)
            fresh = library.entries_since(since[0])
            if fresh:
                since[0] = max(e.doc_id for e in fresh)
                self._emit(self._signals.entries_listed, fresh)
        return progress

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            log.debug("import finished after its receiver was deleted")


class LibraryImport(QObject):
    """One import at a time (a second start waits in the pool); signals arrive on the GUI thread."""

    progress = Signal(str, int, int)  # phase ('listing' | 'indexing'), done, total
    entries_listed = Signal(object)  # list[Entry]: new documents after each batch, then changed/relinked ones
    finished = Signal(object)  # reader.storage.importer.ImportReport
    failed = Signal(str)  # the catalogue could not be opened or written

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.entries_listed.connect(self.entries_listed)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)

    def start(self, paths: list[str], index: bool = True) -> None:
        self._stop.clear()
        self._pool.start(_Run(self._db_path, list(paths), index, self._signals, self._stop))

    def cancel(self) -> None:
        """Stop after the batch in hand (what is committed stays)."""
        self._stop.set()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

