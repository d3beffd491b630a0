"""The window's writes to the library, which never make the reader wait: the import process (or a second window)
holds the database's write lock for a batch at a time and a commit may checkpoint the log, so the writes run, in
the order given, on a thread of their own with its own connection; what the window does with a write's result
(list the row it wrote) comes back to the GUI thread. A read-only session's in-memory library is written here."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.storage.library import Library, LibraryBusy, LibraryError

log = logging.getLogger(__name__)

GUI_WAIT_MS = 30  # the longest a write on the GUI thread (an in-memory library's) waits for another's lock
RETRY_MS = 250
CLOSE_WAIT_MS = 3000  # closing: what is still pending waits this long once (the reader is leaving anyway)
KEEP_WAIT_MS = 30000  # closing: a write that must not be lost (an undo's rows) waits out an import's batch
THREAD_WAIT_MS = 10000  # the writer's thread may wait for an import's batch: nobody waits for it

Work = Callable[[Library], Any]
Done = Callable[[Any], None]


def guarded(call, default=None):
    """Run a library call; a database error is logged and the window carries on without it."""
    try:
        return call()
    except (LibraryError, sqlite3.Error) as exc:
        log.warning("library: %s", exc)
        return default


class LibraryWriter(QObject):
    """Owns the writes not yet made, in order; a later write under the same key (a document's reading position)
    replaces the one waiting. `write(work, done)`: `work(library)` runs on the writer's thread, then `done(result)`
    on the GUI thread (`failed_with(exc)` instead when it failed for good)."""

    failed = Signal(str)  # a write that cannot be made (full disk, read-only file): the reader is told, once a run
    _landed = Signal(object)  # (done, result, error) from the thread, delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._told = False  # a failure was told and no write has succeeded since (one notice, not one per write)
        self._count = 0  # writes given whose result has not come back to the GUI thread yet
        self._cond = threading.Condition()
        self._queue: dict[Hashable, tuple[Work, Done | None, Done | None, bool]] = {}
        self._running = False  # the thread is making a write it took from the queue
        self._running_kept = False  # and that write must not be lost at closing
        self._closed = False
        self._thread: threading.Thread | None = None
        self._path = None
        self._here: Library | None = None  # an in-memory library: written on this thread
        self._timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._timer.timeout.connect(self._retry_here)
        self._landed.connect(self._deliver)
        self.thread_writes = 0  # writes made on the writer's thread (a figure for tests and benchmarks)

    def attach(self, library: Library) -> None:
        """Write to this library: a file's on a thread of its own, an in-memory one (read-only session) here."""
        if library.read_only:
            self._here = library
            return
        self._path = library.path
        self._thread = threading.Thread(target=self._run, name="library-writer", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Writes given whose result the window has not taken in yet."""
        return self._count

    def write(self, work: Work, done: Done | None = None, key: Hashable | None = None,
              failed_with: Done | None = None, keep: bool = False) -> None:
        """Make this write after those already given; the caller never waits. `keep`: closing waits for it (and
        those before it) up to KEEP_WAIT_MS, not CLOSE_WAIT_MS (rows the reader was told are back)."""
        if self._closed:
            log.warning("library: a change given after closing is not saved")
            return
        key = object() if key is None else key
        self._count += 1
        with self._cond:
            if self._queue.pop(key, None) is not None:
                self._count -= 1  # replaced before it was made
            self._queue[key] = (work, done, failed_with, keep)
            self._cond.notify_all()
        if self._thread is None and len(self._queue) == 1 and not self._timer.isActive():
            self._retry_here()

    # --- on the writer's thread ---

    def _run(self) -> None:
        library: Library | None = None
        try:
            while True:
                with self._cond:
                    while not self._queue and not self._closed:
                        self._cond.wait()
                    if self._closed:
                        return
                    key, item = next(iter(self._queue.items()))
                    work, done, failed_with, keep = item
                    del self._queue[key]
                    self._running, self._running_kept = True, keep
                try:
                    if library is None:
                        library = Library.joined(self._path)
                        library.set_wait(THREAD_WAIT_MS)
                    result, error = work(library), None
                    self.thread_writes += 1
                except LibraryBusy:  # an import's batch outlasted the wait: tried again, nothing lost, order kept
                    with self._cond:
                        self._queue = {key: item, **self._queue}
                        self._running = self._running_kept = False
                        self._cond.wait(RETRY_MS / 1000)
                    continue
                except (LibraryError, sqlite3.Error) as exc:
                    result, error = None, exc
                try:
                    self._landed.emit((done, result, error, failed_with))
                except RuntimeError:  # the window went while this write waited past the closing flush
                    return
                with self._cond:
                    self._running = self._running_kept = False
                    self._cond.notify_all()
        finally:
            if library is not None:
                library.close()

    # --- on the GUI thread ---

    @Slot(object)
    def _deliver(self, landed: tuple) -> None:
        done, result, error, failed_with = landed
        self._count = max(0, self._count - 1)
        if self._closed:
            return
        if error is not None:
            self._fail(error, failed_with)
        else:
            self._told = False
            if done is not None:
                done(result)

    def _fail(self, error: BaseException, failed_with: Done | None) -> None:
        log.warning("library: %s", error)
        if failed_with is not None:
            failed_with(error)
        if not self._told:
            self._told = True
            self.failed.emit(str(error))

    @Slot()
    def _keeps(self) -> bool:
        """A write that must not be lost is running or waiting (called with the condition held)."""
        return self._running_kept or any(item[3] for item in self._queue.values())

    def _retry_here(self) -> None:
        """An in-memory library (or none attached yet): written on the GUI thread, kept while busy."""
        while self._queue:
            key, (work, done, failed_with, _keep) = next(iter(self._queue.items()))
            try:
                result = work(self._here) if self._here is not None else None
            except LibraryBusy:
                self._timer.start()
                return
            except (LibraryError, sqlite3.Error) as exc:
                self._queue.pop(key, None)
                self._count -= 1
                self._fail(exc, failed_with)
                continue
            if self._queue.get(key, (None,))[0] is work:
                del self._queue[key]
            self._count -= 1
            self._told = False
            if done is not None:
                done(result)

    def flush(self, library: Library | None = None) -> None:
        """Closing: what is pending gets one longer wait for the lock; what still cannot be written is logged. No
        result is taken in after this (the window is going)."""
        self._timer.stop()
        if self._thread is None:
            if self._queue and self._here is not None:
                try:
                    self._here.set_wait(CLOSE_WAIT_MS)
                except sqlite3.Error:
                    pass
                self._retry_here()
                self._timer.stop()
        else:
            start = time.monotonic()
            with self._cond:
                while (self._queue or self._running) and self._thread.is_alive():
                    left = start + (KEEP_WAIT_MS if self._keeps() else CLOSE_WAIT_MS) / 1000 - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(left)
        with self._cond:
            if self._queue or self._running_kept:
                log.warning("library busy: %d changes not saved%s", len(self._queue) + self._running_kept,
                            " (an undo's rows among them)" if self._keeps() else "")
            self._queue.clear()
            self._closed = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(1.0)
        self._count = 0
