"""Automatic keyword suggestions (jieba) computed in a child process.

jieba's loading holds Python's GIL for hundreds of milliseconds at a time (unmarshalling its dictionary), which a
worker thread would turn into visible freezes of the window; a separate process costs about a second of CPU per
document and never touches the window's responsiveness. The child only calls the pure engine.
"""

from __future__ import annotations

import json
import logging
import sys

from PySide6.QtCore import QObject, QProcess, Signal, Slot

log = logging.getLogger(__name__)

_CHILD = (
    "import sys, json\n"
    "from pathlib import Path\n"
    "from reader.text.keywords import auto_keywords\n"
    "text = sys.stdin.buffer.read().decode('utf-8')\n"
    "words = auto_keywords(text, int(sys.argv[2]), Path(sys.argv[1]) if sys.argv[1] else None)\n"
    "sys.stdout.buffer.write(json.dumps(words, ensure_ascii=False).encode('utf-8'))\n"
)


class Suggestions(QObject):
    """One request at a time: a new document's request replaces the previous one."""

    ready = Signal(str, list)  # key the request was made with (the document path), keywords in the text's script

    def __init__(self, cache_dir: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._process: QProcess | None = None
        self._key = ""

    def request(self, key: str, text: str, count: int) -> None:
        """Start computing suggestions for a text; `ready` follows in about a second."""
        self.cancel()
        self._key = key
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(["-c", _CHILD, self._cache_dir, str(count)])
        process.finished.connect(self._finished)
        self._process = process
        process.start()
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()

    def cancel(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._finished)
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(1000)
            process.deleteLater()

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        output = bytes(process.readAllStandardOutput()).decode("utf-8", "replace")
        process.deleteLater()
        if code != 0 or status != QProcess.ExitStatus.NormalExit:
            log.info("keyword suggestions unavailable: %s", bytes(process.readAllStandardError())[-300:])
            return
        try:
            words = json.loads(output)
        except ValueError:
            return
        if isinstance(words, list):
            self.ready.emit(self._key, [w for w in words if isinstance(w, str)])
