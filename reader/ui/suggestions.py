"""Automatic keyword suggestions (jieba) from a long-lived child process.

jieba's loading holds Python's GIL for hundreds of milliseconds at a time (unmarshalling its dictionary), which a
worker thread would turn into visible freezes of the window. A child process (reader.keyword_worker), started as
soon as the window is shown (MainWindow._after_shown), loads it once, and then answers each document's request in
milliseconds; the window never waits for it.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot

import reader
from reader.ui.tuning import SUGGEST_SLICE_CHARS

log = logging.getLogger(__name__)
REAP_WAIT_MS = 3000  # a killed child's reaping, at most: up to 116 ms seen at load 12 (jieba's 150 MB)


class Suggestions(QObject):
    """Only the newest request's answer is delivered; older ones still in the pipe are dropped."""

    ready = Signal(object, list)  # key the request was made with (the document path), keywords in the text's script

    def __init__(self, cache_dir: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._process: QProcess | None = None
        self._buffer = b""
        self._serial = 0
        self._key = ""
        self._answered = 0  # serial of the last request answered
        self._closed = False  # after shutdown: a document opened while the window closes starts no child
        self._writing: tuple[QProcess, str, int] | None = None  # the request line being written: child, text, done
        self._write_timer = QTimer(self, singleShot=True, interval=0)
        self._write_timer.timeout.connect(self._write_step)

    def warm(self) -> None:
        """Start the child now that the window is up: jieba loads while the first document opens, not after it (the
        reader waited for both, one after the other)."""
        if not self._closed:
            self._ensure_process()

    def request(self, key: str, text: str, count: int) -> None:
        """Ask for suggestions for a text; `ready` follows (about a second for the very first one)."""
        if self._closed:
            return
        process = self._ensure_process()
        self._serial += 1
        self._key = key
        self._end_line()
        head = json.dumps({"id": self._serial, "n": count})
        process.write(head[:-1].encode("utf-8") + b', "text": "')
        self._writing = (process, text, 0)
        self._write_step()

    @Slot()
    def _write_step(self) -> None:
        """The text's next slice, escaped as the JSON string it continues (a short text goes whole, at once)."""
        if self._writing is None:
            return
        process, text, done = self._writing
        if process is not self._process:  # the child ended meanwhile: a new one gets the next request whole
            self._writing = None
            return
        end = min(len(text), done + SUGGEST_SLICE_CHARS)
        process.write(json.dumps(text[done:end], ensure_ascii=False)[1:-1].encode("utf-8", "replace"))
        self._writing = (process, text, end)
        if end < len(text):
            self._write_timer.start()
        else:
            self._end_line()

    def _end_line(self) -> None:
        """Close the line being written; cut short by a newer request, its answer (an older id) is dropped."""
        writing, self._writing = self._writing, None
        self._write_timer.stop()
        if writing is not None and writing[0] is self._process:
            writing[0].write(b'"}\n')

    def shutdown(self) -> None:
        """End the child at once: the window is closing, and nothing it could still say is wanted."""
        self._closed = True
        process, self._process = self._process, None
        if process is None:
            return
        process.readyReadStandardOutput.disconnect(self._read)
        process.finished.disconnect(self._finished)
        process.kill()  # no waiting for jieba to notice end of input: quitting must feel instant
        if not process.waitForFinished(REAP_WAIT_MS):  # returns once reaped (a tenth of a second when busy)
            log.warning("keyword suggestions child still running at close (pid %s)", process.processId())
        process.deleteLater()

    def _ensure_process(self) -> QProcess:
        if self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning:
            return self._process
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        package_root = str(Path(reader.__file__).resolve().parent.parent)  # the child imports the same `reader`
        env.insert("PYTHONPATH", os.pathsep.join(p for p in (package_root, env.value("PYTHONPATH")) if p))
        process.setProcessEnvironment(env)
        process.setProgram(sys.executable)
        process.setArguments(["-m", "reader.keyword_worker", self._cache_dir])
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        self._buffer = b""
        self._process = process
        process.start()
        return process

    @Slot()
    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                answer = json.loads(line)
            except ValueError:
                continue
            if answer.get("id") == self._serial and isinstance(answer.get("words"), list):
                self._answered = self._serial
                self.ready.emit(self._key, [w for w in answer["words"] if isinstance(w, str)])

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is not None:
            log.info("keyword suggestions stopped (exit %s): %s", code,
                     bytes(process.readAllStandardError())[-300:].decode("utf-8", "replace"))
            process.deleteLater()
        if self._answered != self._serial:  # the newest request will never be answered: none to offer
            self._answered = self._serial
            self.ready.emit(self._key, [])
