"""Reading positions written on a thread of their own: the import process holds the library's write lock for a
batch at a time and a commit may checkpoint the log, so a write made where the reader scrolls would hold the screen."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from reader.storage.schema import to_db_path

log = logging.getLogger(__name__)

WAIT_MS = 10000  # this thread may wait for an import's batch: nobody waits for it
_UPDATE = ("UPDATE documents SET position = ?, opened = ? WHERE id = (SELECT doc_id FROM locations WHERE path = ?)")


class PositionWriter:
    """The latest position of each document, written soon after it is given (a newer one replaces one not yet
    written); `flush` waits for them, as closing does."""

    def __init__(self, db_path: Path, on_error: Callable[[str], None] | None = None) -> None:
        self._path = db_path
        self._on_error = on_error
        self._told = False  # a failure was told and no write has succeeded since
        self._pending: dict[str, tuple[int, float]] = {}
        self._latest: dict[str, int] = {}  # every position given this session: a new entry gets it once catalogued
        self._busy = False  # the thread is writing what it took from _pending
        self._closed = False
        self._cond = threading.Condition()
        self.written = 0  # transactions committed (a figure for tests and benchmarks)
        self.thread_ids: set[int] = set()  # the threads that wrote (for tests: never the GUI's)
        self._thread = threading.Thread(target=self._run, name="position-writer", daemon=True)
        self._thread.start()

    def put(self, path: str, position: int) -> None:
        """Keep this as the document's position; written on the thread, the caller never waits."""
        with self._cond:
            self._latest[path] = position
            if not self._closed:
                self._pending[path] = (position, time.time())
                self._cond.notify()

    def again(self, path: str) -> None:
        """The document was (re)catalogued: a position given before its entry existed is written now."""
        with self._cond:
            if path in self._latest:
                self.put(path, self._latest[path])

    def latest(self, path: str) -> int | None:
        """The newest position given for this document this session (it may not be written yet)."""
        with self._cond:
            return self._latest.get(path)

    def flush(self, timeout: float) -> bool:
        """Wait until what was given is written; False when it still is not after `timeout` seconds."""
        end = time.monotonic() + timeout
        with self._cond:
            while self._pending or self._busy:
                left = end - time.monotonic()
                if left <= 0 or not self._thread.is_alive():
                    return False
                self._cond.wait(left)
        return True

    def close(self, timeout: float) -> None:
        """Write what is waiting (up to `timeout` seconds), then stop the thread."""
        if not self.flush(timeout):
            with self._cond:
                log.warning("library busy: %d reading positions not saved", len(self._pending))
        with self._cond:
            self._closed = True
            self._pending.clear()
            self._cond.notify_all()
        self._thread.join(1.0)

    def _run(self) -> None:
        db: sqlite3.Connection | None = None
        try:
            while True:
                with self._cond:
                    while not self._pending and not self._closed:
                        self._cond.wait()
                    if self._closed:
                        return
                    batch, self._pending = self._pending, {}
                    self._busy = True
                try:
                    if db is None:
                        db = sqlite3.connect(str(self._path), isolation_level=None, timeout=WAIT_MS / 1000)
                        db.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
                    self._write(db, batch)
                except sqlite3.Error as exc:
                    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
                    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                        self._keep(batch)  # an import's batch outlasted the wait: tried again, nothing lost
                    else:
                        self._failed(exc)
                except OverflowError as exc:
                    log.warning("reading positions not saved: %s", exc)
                finally:
                    with self._cond:
                        self._busy = False
                        self._cond.notify_all()
        finally:
            if db is not None:
                db.close()

    def _write(self, db: sqlite3.Connection, batch: dict[str, tuple[int, float]]) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            for path, (position, opened) in batch.items():
                db.execute(_UPDATE, (position, opened, to_db_path(path)))
            db.execute("COMMIT")
        except BaseException:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise
        self.written += 1
        self.thread_ids.add(threading.get_ident())
        self._told = False

    def _keep(self, batch: dict[str, tuple[int, float]]) -> None:
        with self._cond:
            self._pending = {**batch, **self._pending}
            self._cond.wait(0.25)

    def _failed(self, exc: sqlite3.Error) -> None:
        log.warning("reading positions not saved: %s", exc)
        if not self._told and self._on_error is not None:
            self._told = True
            self._on_error(f"cannot write the library: {exc}")
