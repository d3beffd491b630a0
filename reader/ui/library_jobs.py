"""Adding to the library without blocking the window: a separate process lists files batch by batch (each batch
committed), then builds the text index; the window polls its messages. Cancellable.

A process rather than a thread: cleaning a long document holds Python's interpreter lock for long stretches,
which would freeze the window; the process has its own, and its own connection (WAL lets the window read
meanwhile). Wire it as:

    importer = LibraryImport(paths.library_file, parent=window)
    importer.entries_listed.connect(lambda entries: [window.document_list.add_entry(e) for e in entries])
    importer.progress.connect(window.status.show_progress)      # (phase, done, total)
    importer.finished.connect(window.show_import_report)      # ImportReport (failed files with reasons)
    importer.start([folder])          # Add Folder…, Add Files…, drops; importer.cancel() stops after the batch
    # closeEvent: importer.shutdown()
"""

from __future__ import annotations

import logging
import multiprocessing
import queue as queue_module
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.storage.importer import process_main

log = logging.getLogger(__name__)

POLL_MS = 40
MESSAGES_PER_POLL = 20  # a poll never takes long, whatever arrived meanwhile


class LibraryImport(QObject):
    """Imports one after another; signals are emitted on the GUI thread from polled messages."""

    progress = Signal(str, int, int)  # phase ('listing' | 'indexing'), done, total
    entries_listed = Signal(object)  # list[Entry]: new documents after each batch, then changed/relinked ones
    finished = Signal(object)  # reader.storage.importer.ImportReport
    failed = Signal(str)  # the catalogue could not be opened or written, or the import process died

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._context = multiprocessing.get_context("spawn")
        self._waiting: deque[tuple[list[str], bool]] = deque()
        self._process = None
        self._queue = None
        self._stop = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self._process is not None or bool(self._waiting)

    def start(self, paths: list[str], index: bool = True) -> None:
        self._waiting.append((list(paths), index))
        if self._process is None:
            self._next()

    def cancel(self) -> None:
        """Stop after the batch in hand (what is committed stays); queued imports are dropped."""
        self._waiting.clear()
        if self._stop is not None:
            self._stop.set()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running import ends (tests, shutdown); its messages are still delivered."""
        if self._process is not None:
            self._process.join(msecs / 1000)
        self._poll()
        return self._process is None

    def shutdown(self) -> None:
        """On close: cancel, give the process a moment to commit its batch, then end it."""
        self.cancel()
        if self._process is not None:
            self._process.join(5)
            if self._process.is_alive():
                self._process.terminate()
            self._process = None
        self._timer.stop()

    def _next(self) -> None:
        if not self._waiting:
            self._timer.stop()
            return
        paths, index = self._waiting.popleft()
        self._queue = self._context.Queue()
        self._stop = self._context.Event()
        self._process = self._context.Process(target=process_main, daemon=True,
                                              args=(self._db_path, paths, index, self._queue, self._stop))
        self._process.start()
        self._timer.start()

    @Slot()
    def _poll(self) -> None:
        if self._process is None:
            return
        for _ in range(MESSAGES_PER_POLL):
            try:
                message = self._queue.get_nowait()
            except queue_module.Empty:
                break
            if self._deliver(message):
                return
        else:
            return  # more waiting: next poll
        if not self._process.is_alive():
            try:  # a last message may have arrived between the check and the exit
                message = self._queue.get_nowait()
            except queue_module.Empty:
                status = self._process.exitcode
                self._end()
                self.failed.emit(f"the import stopped unexpectedly (exit status {status})")
                self._next()
                return
            self._deliver(message)

    def _deliver(self, message: tuple) -> bool:
        """Emit one message; True when it ended the import."""
        kind = message[0]
        if kind == "progress":
            self.progress.emit(*message[1:])
        elif kind == "listed":
            self.entries_listed.emit(message[1])
        elif kind in ("finished", "failed"):
            self._end()
            (self.finished if kind == "finished" else self.failed).emit(message[1])
            self._next()
            return True
        return False

    def _end(self) -> None:
        if self._process is not None:
            self._process.join(5)
        self._process = None
        self._queue = None
        self._stop = None
