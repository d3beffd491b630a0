"""The status bar's word while the import reads a long file whole: the full pass of a 5 MB text takes seconds with
no progress to report, and 'Adding 23 of 23' standing still that long looks like a hang. The file is named with its
size and the seconds it has taken so far, counted once a second, until the next progress replaces it."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QProgressBar

NAME_CHARS = 14  # of the file name shown: the bar is narrow (the whole path is its tool tip)
TICK_MS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Library", text)


def size_text(size: int) -> str:
    """'5.0 MB', '640 KB': how big the file being read is, as the reader would say it."""
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, round(size / 1024))} KB"


def short_name(path: str) -> str:
    """The file name, cut to fit the bar; '%' made full-width, which QProgressBar's format would read as a field."""
    name = Path(path).name.replace("%", "％")
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"


class ReadingNotice(QObject):
    """Shows on the progress bar which long file is being read and for how long; `clear` gives the bar back."""

    def __init__(self, bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bar = bar
        self._name = ""
        self._size = 0
        self._since = 0.0
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._show)

    @property
    def reading(self) -> str:
        """The file named on the bar ('' when none)."""
        return self._name

    @Slot(str, int)
    def start(self, path: str, size: int) -> None:
        self._name, self._size, self._since = path, size, time.monotonic()
        self._bar.setToolTip(path)
        self._show()
        self._timer.start()

    @Slot()
    def clear(self) -> None:
        if self._name:
            self._name = ""
            self._timer.stop()
            self._bar.setToolTip("")

    @Slot()
    def _show(self) -> None:
        if self._name:
            seconds = int(time.monotonic() - self._since)
            self._bar.setFormat(_tr("Indexing {0} ({1})… {2} s").format(
                short_name(self._name), size_text(self._size), seconds))
