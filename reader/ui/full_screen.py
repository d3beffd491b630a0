"""View › Full Screen as readers of other desktop apps expect it: F11 where the platform binds no key, Escape to
leave, back to the window as it was (maximized stays maximized), its check mark following the window's state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

FULL_SCREEN_KEY = "F11"  # where the platform binds none (a bare X session): as on Windows and KDE
_FULL = Qt.WindowState.WindowFullScreen


class FullScreen(QObject):
    """Puts `window` in and out of full screen when `action` is toggled; Escape not taken by a field or the find bar
    leaves it."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self._window, self._action = window, action
        action.toggled.connect(self.set_on)
        window.installEventFilter(self)

    def set_on(self, on: bool) -> None:
        """Full screen on or off, keeping the rest of the window's state (showNormal un-maximized it)."""
        state = self._window.windowState()
        if on != bool(state & _FULL):
            self._window.setWindowState(state | _FULL if on else state & ~_FULL)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.WindowStateChange:
                self._action.setChecked(self._window.isFullScreen())  # the window manager may end it too
            elif (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                  and event.modifiers() == Qt.KeyboardModifier.NoModifier and self._window.isFullScreen()):
                self._action.setChecked(False)
                return True
        return False
