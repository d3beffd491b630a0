"""The window's writes to the library, which never make the reader wait: the import process (or a second window)
holds the database's write lock for a batch at a time, so a write that finds it held is kept and retried shortly
instead of blocking the event loop for up to the database's busy timeout."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.storage.library import Library, LibraryBusy, LibraryError

log = logging.getLogger(__name__)

GUI_WAIT_MS = 30  # the longest a write on the GUI thread waits for another connection's lock
RETRY_MS = 250
CLOSE_WAIT_MS = 3000  # closing: what is still pending waits this long once (the reader is leaving anyway)


class LibraryWriter(QObject):
    """Owns the writes still waiting for the lock, in order; a later write under the same key (a document's reading
    position) replaces the one waiting."""

    failed = Signal(str)  # a write that cannot be made (full disk, read-only file): the reader is told, once a run

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._told = False  # a failure was told and no write has succeeded since (one notice, not one per write)
        self._pending: dict[Hashable, Callable[[], object]] = {}
        self._timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._timer.timeout.connect(self._retry)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def write(self, call: Callable[[], object], key: Hashable | None = None) -> None:
        """Run a library write now, or once the lock is free (after the writes already waiting)."""
        key = object() if key is None else key
        self._pending.pop(key, None)
        self._pending[key] = call
        if len(self._pending) == 1:
            self._retry()

    @Slot()
    def _retry(self) -> None:
        while self._pending:
            key, call = next(iter(self._pending.items()))
            try:
                call()
            except LibraryBusy:
                self._timer.start()
                return
            except (LibraryError, sqlite3.Error) as exc:
                log.warning("library: %s", exc)
                if not self._told:
                    self._told = True
                    self.failed.emit(str(exc))
            else:
                self._told = False
            if self._pending.get(key) is call:
                del self._pending[key]

    def flush(self, library: Library | None) -> None:
        """Closing: give what is pending one longer wait for the lock; what still cannot be written is logged."""
        self._timer.stop()
        if self._pending and library is not None:
            try:
                library.set_wait(CLOSE_WAIT_MS)
            except sqlite3.Error:
                pass
            self._retry()
            self._timer.stop()
        if self._pending:
            log.warning("library busy: %d changes not saved", len(self._pending))
            self._pending.clear()
