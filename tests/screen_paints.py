"""What the reading pane shows, read at each paint: for tests that no frame shows the wrong text (rounds 68X, 69I)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor


class Painted(QObject):
    """The text of the blocks on screen at each paint of the reading pane's viewport."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view, self.texts, self._painting = view, [], False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Paint or self._painting:
            return False
        self._painting, view = True, self.view
        try:
            view.viewportEvent(event)  # painted here, so the blocks read below are laid out as they were drawn
        finally:
            self._painting = False
        nav = view._nav  # what the view reads as its screen, from the blocks laid out
        cursor = QTextCursor(view.document())
        cursor.setPosition(nav.position_at_y(0))
        cursor.setPosition(nav.end_of_line_at_y(view.viewport().height()), QTextCursor.MoveMode.KeepAnchor)
        self.texts.append(cursor.selectedText().replace("\u2029", "\n"))
        return True
