"""Search and filter fields that Escape empties, as in a desktop app's search boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class ClearingField(QLineEdit):
    """Escape clears what was typed (the results go with it); on an empty field it goes on to the window."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)
