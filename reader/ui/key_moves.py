"""Telling a current-row change a key made (arrows, PageDown, Home, End) from a click's, a reset's or a program's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeyEvent


class KeyMoves:
    """Held by an item view: `press` wraps its keyPressEvent; `moved` says whether a row became current by that key
    (the document list and the library search's results open the row the keys stop on, a moment later)."""

    def __init__(self) -> None:
        self._pressing = False

    def press(self, handle: Callable[[QKeyEvent], None], event: QKeyEvent) -> None:
        """Let the view handle the key, any current-row change it makes counted as the key's."""
        self._pressing = True
        try:
            handle(event)
        finally:
            self._pressing = False

    def moved(self, current: QModelIndex) -> bool:
        """Whether `current`, just made current, was moved onto by a key being handled."""
        return self._pressing and current.isValid()
