"""Adding to the library without blocking the window: a separate process lists files batch by batch (each batch
committed), then builds the text index; its messages arrive as the process writes them. Cancellable.

A process rather than a thread: cleaning a long document holds Python's interpreter lock for long stretches,
which would freeze the window; the process has its own, and its own connection (WAL lets the window read
meanwhile). It is started with QProcess (not multiprocessing, which would re-run the app's main module).
Wire it as:

    importer = LibraryImport(paths.library_file, parent=window)
    importer.entries_listed.connect(window.document_list.add_entries)
    importer.entries_updated.connect(window.document_list.refresh_entries)  # the full pass's counts, titles
    importer.progress.connect(window.status.show_progress)      # (phase, done, total)
    importer.finished.connect(window.show_import_report)      # ImportReport (failed files with reasons)
    importer.start([folder])          # Add Folder…, Add Files…, drops; importer.cancel() stops after the batch
    importer.check()                  # start-up, a watched folder changed: missing files, moved ones found again
    importer.relink(old, new)         # Locate… (refused in the report's `failed` when the text differs)
    importer.entries_gone.connect(window.document_list.remove_path)   # rows a relink or merge replaced
    # closeEvent: importer.shutdown()
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal, Slot

import reader

log = logging.getLogger(__name__)

SHUTDOWN_WAIT_MS = 300  # on close, how long a stopping import may take to end by itself before it is killed


class LibraryImport(QObject):
    """Imports one after another; signals are emitted on the GUI thread as the process reports."""

    progress = Signal(str, int, int)  # phase ('listing' | 'indexing'), done, total
    reading = Signal(str, int)  # path, size: the full pass is reading this long file whole (seconds, no progress)
    entries_listed = Signal(object)  # list[Entry]: new documents after each batch, then changed/relinked ones
    entries_updated = Signal(object)  # list[Entry]: rows the full pass read whole (count, title, date)
    entries_gone = Signal(object)  # list[str]: paths no longer shown (relinked elsewhere, merged)
    watch = Signal(object)  # list[str]: the watched folders and the directories below them
    ended = Signal()  # a request's process has exited (the next queued one starts right after)
    started = Signal(str)  # the label of the request now running: 'import' | 'refresh' | 'check' | 'relink'
    finished = Signal(object)  # reader.storage.importer.ImportReport
    failed = Signal(str)  # the catalogue could not be opened or written, or the import process died

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._waiting: deque[tuple[object, bool, str]] = deque()  # request, index after it, label
        self._label = ""
        self._process: QProcess | None = None
        self._buffer = b""
        self._ended = False
        self._closed = False  # after shutdown: a timer or a watcher firing while the window closes starts nothing
        self._stop_dir = tempfile.TemporaryDirectory(prefix="zhreader-import-")
        self._stop = Path(self._stop_dir.name) / "stop"

    @property
    def busy(self) -> bool:
        return self._process is not None or bool(self._waiting)

    def pid(self) -> int:
        """The running import process (0 when none)."""
        return self._process.processId() if self._process is not None else 0

    def start(self, paths: list[str], index: bool = True, label: str = "import") -> None:
        """Add files and folders (folders become watched), then index what is not indexed yet. The label says
        who asked ('import': the reader), for `requests()`."""
        self._queue(list(paths), index, label)

    def refresh(self, path: str) -> None:
        """An opened file is not as catalogued: read it again, unless the reader removes it from the list first."""
        self._queue({"refresh": [path]}, True, "refresh")

    def check(self) -> None:
        """Mark missing files, re-read changed ones, rescan the watched folders (new files, moved ones)."""
        if not any(label == "check" for _, _, label in self._waiting):  # one queued check is enough
            self._queue({"check": True}, True, "check")

    def relink(self, old_path: str, new_path: str) -> None:
        """Locate…: the missing document at old_path is the file at new_path (only if its text is the same)."""
        self._queue({"relink": [old_path, new_path]}, True, "relink")

    @property
    def current(self) -> str:
        """The label of the running request ('' when none); still set while its `finished` is delivered."""
        return self._label if self._process is not None else ""

    def requests(self) -> list[str]:
        """Labels of the running request and the queued ones, in order."""
        return ([self._label] if self._process is not None else []) + [label for _, _, label in self._waiting]

    def _queue(self, request: object, index: bool, label: str) -> None:
        if self._closed:
            return
        self._waiting.append((request, index, label))
        if self._process is None:
            self._next()

    def cancel(self) -> None:
        """Stop after the batch in hand (what is committed stays); queued imports are dropped."""
        self._waiting.clear()
        if self._process is not None:
            self._stop.touch()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running import ends (tests, shutdown); its messages are still delivered."""
        if self._process is not None:
            self._process.waitForFinished(msecs)
        return self._process is None

    def shutdown(self) -> None:
        """On close: cancel, give the process a moment to end after its batch, then end it; take no new request.

        The window closes at once (it waited up to 5 s for a big folder's batch): every batch is one transaction,
        so a kill loses only the batch in hand and writes nothing half-way; what was added stays."""
        self._closed = True
        self.cancel()
        process = self._process  # (its end, delivered while waiting, clears self._process)
        if process is not None and not process.waitForFinished(SHUTDOWN_WAIT_MS):
            process.kill()
            if not process.waitForFinished(2000):  # reaped at once after SIGKILL; bounded in any case
                log.warning("import process still running at close (pid %s)", process.processId())

    def _next(self) -> None:
        if not self._waiting:
            return
        request, index, self._label = self._waiting.popleft()
        self._stop.unlink(missing_ok=True)
        self._buffer = b""
        self._ended = False
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        root = str(Path(reader.__file__).resolve().parent.parent)
        env.insert("PYTHONPATH", os.pathsep.join(p for p in (root, env.value("PYTHONPATH")) if p))
        process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._process_finished)
        self._process = process
        process.start(sys.executable, ["-m", "reader.storage.import_process", str(self._db_path),
                                       "1" if index else "0", str(self._stop)])
        process.write(json.dumps(request, ensure_ascii=True).encode("ascii"))
        process.closeWriteChannel()
        self.started.emit(self._label)

    @Slot()
    def _read(self) -> None:
        process = self.sender() if isinstance(self.sender(), QProcess) else self._process
        if process is None:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        if lines:
            from reader.storage.import_process import decode  # with the importer's classes: not before the first
        for line in lines:
            if line.strip():
                self._deliver(decode(line.decode("ascii")))

    def _deliver(self, message: tuple) -> None:
        kind = message[0]
        if kind == "progress":
            self.progress.emit(*message[1:])
        elif kind == "reading":
            self.reading.emit(*message[1:])
        elif kind == "listed":
            self.entries_listed.emit(message[1])
        elif kind == "updated":
            self.entries_updated.emit(message[1])
        elif kind == "gone":
            self.entries_gone.emit(message[1])
        elif kind == "watch":
            self.watch.emit(message[1])
        elif kind in ("finished", "failed"):
            self._ended = True
            (self.finished if kind == "finished" else self.failed).emit(message[1])

    @Slot(int, QProcess.ExitStatus)
    def _process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        self._read()
        if self._closed:  # stopped on purpose at close (killed if its batch ran long): nothing went wrong
            log.debug("import process stopped at close (%s, %s)", code, status)
        elif not self._ended:
            errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
            log.warning("import process ended (%s, %s): %s", code, status, errors[-500:])
            self.failed.emit(f"the import stopped unexpectedly (exit status {code})")
        self._process = None
        process.deleteLater()
        self.ended.emit()
        self._next()
