"""One Tab stop for a row of chips, arrows within it, as a toolbar has: Tab through twelve suggestions was a chore."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_ON = (Qt.Key.Key_Right, Qt.Key.Key_Down)


class ChipKeys(QObject):
    """Keeps the Tab stop on the chip last focused (the first of a new row); arrows, Home and End move within."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chips: list[QWidget] = []

    def set_chips(self, chips: list[QWidget]) -> None:
        """A new row: its first chip is the group's Tab stop."""
        self._chips = list(chips)
        for chip in self._chips:
            chip.installEventFilter(self)
        self._make_stop(0)

    def _make_stop(self, index: int) -> None:
        """Only the chip at `index` is reached by Tab; the others by arrows or the mouse."""
        for i, chip in enumerate(self._chips):
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus if i == index else Qt.FocusPolicy.NoFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched not in self._chips:
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._make_stop(self._chips.index(watched))  # Shift+Tab back into the row comes back here
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = self._chips.index(watched)
            key = event.key()
            if key in _BACK:
                target = max(0, index - 1)
            elif key in _ON:
                target = min(len(self._chips) - 1, index + 1)
            elif key == Qt.Key.Key_Home:
                target = 0
            elif key == Qt.Key.Key_End:
                target = len(self._chips) - 1
            else:
                return False
            self._make_stop(target)
            self._chips[target].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False
