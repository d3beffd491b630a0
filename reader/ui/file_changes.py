"""A document changed on disk while the reader was in another window (an editor, a sync) is read again when the
window is active again, at the reader's place, and the status bar says so (DocumentController.open_path compares the
file's size and time with those it was read with; an unchanged or vanished file is left as shown, nothing written)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class ChangedOnDisk(QObject):
    """Watches the window's activation; the window's own open_path does the check and the reading again."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and watched is self._window:
            self.check()
        return False

    def check(self) -> None:
        """Read the shown document again if its file changed; never while another one is on its way."""
        window = self._window
        shown = window.loaded
        if shown is not None and not window.documents.is_opening:
            window.open_path(shown.path)
