"""Where the reader was before a jump (an outline heading, a breadcrumb, a cleaned item): Go Back (Alt+Left) returns
there and Go Forward (Alt+Right) redoes the jump, as in a browser or a PDF reader."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

LIMIT = 100  # places kept each way: a long law read heading by heading stays within it


class JumpHistory(QObject):
    """The places left by jumps in the shown document (cleaned-text offsets), back and forward."""

    changed = Signal(bool, bool)  # can go back, can go forward

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._back: list[int] = []
        self._forward: list[int] = []

    def can_back(self) -> bool:
        return bool(self._back)

    def can_forward(self) -> bool:
        return bool(self._forward)

    def leave(self, here: int, target: int) -> None:
        """A jump from `here` to `target`: `here` is where Go Back returns; a new jump drops the forward places."""
        if here == target:
            return  # a heading picked where the reader already is: nothing to go back to
        if not self._back or self._back[-1] != here:
            self._back.append(here)
            del self._back[:-LIMIT]
        self._forward.clear()
        self._emit()

    def back(self, here: int) -> int | None:
        """The place to return to (None: no jump yet); `here` becomes the place Go Forward goes to."""
        return self._step(self._back, self._forward, here)

    def forward(self, here: int) -> int | None:
        """The place a Go Back came from (None: nothing to redo); `here` is kept for the next Go Back."""
        return self._step(self._forward, self._back, here)

    def clear(self) -> None:
        """Another document (or none) is shown: its offsets mean nothing here."""
        if self._back or self._forward:
            self._back.clear()
            self._forward.clear()
            self._emit()

    def _step(self, source: list[int], other: list[int], here: int) -> int | None:
        if not source:
            return None
        target = source.pop()
        other.append(here)
        del other[:-LIMIT]
        self._emit()
        return target

    def _emit(self) -> None:
        self.changed.emit(self.can_back(), self.can_forward())
