"""Adding to the library without blocking the window: a separate process lists files batch by batch (each batch
committed), then builds the text index; its messages arrive as the process writes them. Cancellable.

A process rather than a thread: cleaning a long document holds Python's interpreter lock for long stretches,
which would freeze the window; the process has its own, and its own connection (WAL lets the window read
meanwhile). It is started with QProcess (not multiprocessing, which would re-run the app's main module).
Wire it as:

    importer = LibraryImport(paths.library_file, parent=window)
    importer.entries_listed.connect(window.document_list.add_entries)
    importer.progress.connect(window.status.show_progress)      # (phase, done, total)
    importer.finished.connect(window.show_import_report)      # ImportReport (failed files with reasons)
    importer.start([folder])          # Add Folder…, Add Files…, drops; importer.cancel() stops after the batch
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
from reader.storage.import_process import decode

log = logging.getLogger(__name__)


class LibraryImport(QObject):
    """Imports one after another; signals are emitted on the GUI thread as the process reports."""

    progress = Signal(str, int, int)  # phase ('listing' | 'indexing'), done, total
    entries_listed = Signal(object)  # list[Entry]: new documents after each batch, then changed/relinked ones
    finished = Signal(object)  # reader.storage.importer.ImportReport
    failed = Signal(str)  # the catalogue could not be opened or written, or the import process died

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._waiting: deque[tuple[list[str], bool]] = deque()
        self._process: QProcess | None = None
        self._buffer = b""
        self._ended = False
        self._stop_dir = tempfile.TemporaryDirectory(prefix="zhreader-import-")
        self._stop = Path(self._stop_dir.name) / "stop"

    @property
    def busy(self) -> bool:
        return self._process is not None or bool(self._waiting)

    def pid(self) -> int:
        """The running import process (0 when none)."""
        return self._process.processId() if self._process is not None else 0

    def start(self, paths: list[str], index: bool = True) -> None:
        self._waiting.append((list(paths), index))
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
        """On close: cancel, give the process a moment to commit its batch, then end it."""
        self.cancel()
        if self._process is not None:
            if not self._process.waitForFinished(5000):
                self._process.kill()
                self._process.waitForFinished(2000)

    def _next(self) -> None:
        if not self._waiting:
            return
        paths, index = self._waiting.popleft()
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
        process.write(json.dumps(paths, ensure_ascii=True).encode("ascii"))
        process.closeWriteChannel()

    @Slot()
    def _read(self) -> None:
        process = self.sender() if isinstance(self.sender(), QProcess) else self._process
        if process is None:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if line.strip():
                self._deliver(decode(line.decode("ascii")))

    def _deliver(self, message: tuple) -> None:
        kind = message[0]
        if kind == "progress":
            self.progress.emit(*message[1:])
        elif kind == "listed":
            self.entries_listed.emit(message[1])
        elif kind in ("finished", "failed"):
            self._ended = True
            (self.finished if kind == "finished" else self.failed).emit(message[1])

    @Slot(int, QProcess.ExitStatus)
    def _process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        self._read()
        if not self._ended:
            errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
            log.warning("import process ended (%s, %s): %s", code, status, errors[-500:])
            self.failed.emit(f"the import stopped unexpectedly (exit status {code})")
        self._process = None
        process.deleteLater()
        self._next()
