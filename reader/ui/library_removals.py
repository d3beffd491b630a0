"""Removing many rows from the library without freezing the window: the rows go from the list at once, the library
forgets them a slice per event-loop turn (a row copy each, reader.storage.removal), and the index entries of the
documents that went are deleted after, on a worker with its own connection (a long text's tokens take a good part
of a second to make again); a search leaves them out meanwhile."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from reader.storage.library import Library
from reader.storage.counts import counts_left
from reader.storage.removal import fill_counts_at, finish_unindexing_at, unindexing_left
from reader.ui.library_writes import LibraryWriter
from reader.ui.workers import Jobs

log = logging.getLogger(__name__)

SLICE = 40  # paths forgotten per event-loop turn (a few milliseconds each slice at 2,000 documents)
START_SWEEP_MS = 3000  # at start, what a window closed mid-way left in the index is deleted once the reader started
COUNT_RETRY_MS = 30000  # counting that failed (the library locked past the worker's wait: an import's long batch)
COUNT_TRIES = 5  # runs that may fail in a row before counting waits for the next start


class Removals(QObject):
    """The paths still to be forgotten, in order; `hidden` holds those removed from the list but not yet written,
    which the library search leaves out meanwhile."""

    def __init__(self, writes: LibraryWriter, jobs: Jobs, library: Callable[[], Library | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writes = writes
        self._jobs = jobs
        self._library = library
        self._paths: deque[str] = deque()
        self.hidden: set[str] = set()
        self.slices = 0  # writes handed to the writer, for the tests
        self.sweeps = 0  # worker runs that deleted index entries
        self._sweeping = False  # a worker run is under way
        self._writing = False  # a slice is with the writer
        self._again = False  # more documents went while it ran
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)
        library_now = library()
        if library_now is not None and not library_now.read_only and unindexing_left(library_now.connection):
            QTimer.singleShot(START_SWEEP_MS, self, self.sweep)
        self.counted = 0  # worker runs that counted texts of a library indexed before counts were kept
        self._count_failures = 0  # failed runs in a row
        if library_now is not None and not library_now.read_only and counts_left(library_now.connection):
            QTimer.singleShot(START_SWEEP_MS, self, self.count)

    @property
    def busy(self) -> bool:
        """Paths still to be forgotten (or waiting in the writer for the lock), or index entries being deleted."""
        return bool(self._paths) or self._sweeping or self._writing or bool(self.hidden and self._writes.pending)

    def remove(self, paths: list[str]) -> None:
        """Forget these paths, a slice per turn from the next one on."""
        self._paths.extend(paths)
        self.hidden.update(paths)
        self._timer.start(0)

    def keep(self, path: str) -> None:
        """The reader lists a path again (opened, added) before its removal was written: it is not removed after all
        (its add would be written first, then the removal)."""
        if path in self.hidden:
            self.hidden.discard(path)
            self._paths = deque(p for p in self._paths if p != path)

    @Slot()
    def _step(self) -> None:
        library = self._library()
        if library is None:
            self._paths.clear()
            return
        if self._writing or not self._paths:  # one slice at a time: the next goes once this one is written
            return
        self.slices += 1
        chunk = [self._paths.popleft() for _ in range(min(SLICE, len(self._paths)))]
        self._writing = True  # written on the writer's thread, after the writes given before it (an add, an undo)
        self._writes.write(lambda written: written.remove_paths(chunk), lambda gone: self._forgotten(chunk, gone),
                           failed_with=lambda _exc: self._forgotten(chunk, 0))

    def _forgotten(self, chunk: list[str], gone: int) -> None:
        self._writing = False
        self.hidden.difference_update(chunk)
        if gone:
            self.sweep()
        if self._paths:
            self._timer.start(0)

    @Slot()
    def sweep(self) -> None:
        """Delete the index entries of the documents removed (on a worker, a quarter of a second a run)."""
        library = self._library()
        if library is None or library.read_only:
            return
        if self._sweeping:
            self._again = True
            return
        self._sweeping, self._again = True, False
        self._jobs.submit(finish_unindexing_at, library.path, on_done=self._swept, on_error=self._sweep_failed)

    def _swept(self, left: int) -> None:
        self._sweeping = False
        self.sweeps += 1
        if left or self._again:
            self.sweep()

    def _sweep_failed(self, exc: Exception) -> None:
        self._sweeping = False
        log.warning("library: index entries of removed documents not deleted yet: %s", exc)

    @Slot()
    def count(self) -> None:
        """Count, on a worker, the texts an older release indexed (a quarter of a second a run, run after run until
        none is left); search ranks by counts once they all are."""
        library = self._library()
        if library is None or library.read_only:
            return
        self._jobs.submit(fill_counts_at, library.path, on_done=self._counted, on_error=self._count_failed)

    def _counted(self, left: int) -> None:
        self.counted += 1
        self._count_failures = 0
        if left:
            self.count()
        else:
            log.info("library: every text counted; search ranks every match")

    def _count_failed(self, exc: Exception) -> None:
        """A failed run is tried again a while later (a lock held past the worker's wait passes), not only at the
        next start: until every text is counted, search ranks the old way for the whole session."""
        self._count_failures += 1
        if self._count_failures < COUNT_TRIES:
            log.info("library: texts not counted yet (tried again in %d s): %s", COUNT_RETRY_MS // 1000, exc)
            QTimer.singleShot(COUNT_RETRY_MS, self, self.count)
        else:
            log.warning("library: texts not counted yet (tried again at next start): %s", exc)

    def flush(self) -> None:
        """Closing: what is still to be forgotten goes to the writer in one write (the reader is leaving); index
        entries still to be deleted are deleted at the next start."""
        self._timer.stop()
        library = self._library()
        if self._paths and library is not None:
            chunk = list(self._paths)
            self._writes.write(lambda written: written.remove_paths(chunk))
        self._paths.clear()
