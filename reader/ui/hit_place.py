"""Which keyword hit the panel calls current: as in an editor, '3 of 12' only while that hit is where the reader is
(on screen); moved away from it (Ctrl+Home, a scroll, an outline or find jump) the panel says 'Total: 12' again,
and F3 goes on from where they read, as it already did."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from reader.ui.hits_controller import HitsController
from reader.ui.reading_pane import ReadingView


class HitPlace(QObject):
    """Owns the position the panel was last told; passes the hits controller's on, 'none current' when off screen."""

    def __init__(self, hits: HitsController, reading: ReadingView, show: Callable[[int, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits, self._show = hits, show
        self._current, self._total = -1, 0  # as the controller said
        self._shown: tuple[int, int] | None = None
        hits.keyword_position.connect(self._stepped)
        reading.position_changed.connect(self.moved)

    @Slot(int, int)
    def _stepped(self, current: int, total: int) -> None:
        self._current, self._total = current, total
        self._tell(current, total)  # a step reveals its hit: it is current whatever the view shows yet

    @Slot()
    def moved(self) -> None:
        """The view moved: the current hit is named while it is on screen, else only the total."""
        on_screen = self._hits.current_on_screen()
        if self._current >= 0 and on_screen is not None:
            self._tell(self._current if on_screen else -1, self._total)

    def _tell(self, current: int, total: int) -> None:
        if self._shown != (current, total):
            self._shown = (current, total)
            self._show(current, total)
