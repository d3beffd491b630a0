"""The menus' keys reach the window from a text field: on X11 a line edit takes Ctrl+U and Ctrl+K to delete its
line, so a reader who pressed Show Original (Ctrl+U) after typing a find lost the query and stayed in the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class FieldKeys(QObject):
    """Lets the given actions' shortcuts win over a line edit's own binding of the same key."""

    def __init__(self, actions: list[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = {key.toCombined() for action in actions for shortcut in action.shortcuts()
                      for key in (shortcut[i] for i in range(shortcut.count()))}

    def watch(self, root: QWidget) -> None:
        """Watch every line edit under root (the window's own fields; dialogs keep their keys)."""
        for field in root.findChildren(QLineEdit):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            key_event: QKeyEvent = event
            if key_event.keyCombination().toCombined() in self._keys:
                event.ignore()  # not overridden: the window's shortcut fires, the field keeps its text
                return True
        return super().eventFilter(watched, event)

