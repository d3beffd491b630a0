"""Search and filter fields that Escape empties, as in a desktop app's search boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class ClearingField(QLineEdit):
    """Escape clears what was typed (the results go with it); on an empty field it goes on to the window. Down asks
    the owner to move into its results (`down_pressed`), as from a desktop search box into its list."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Escape and plain and self.text():
            self.clear()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and plain:
            self.down_pressed.emit()
        super().keyPressEvent(event)
