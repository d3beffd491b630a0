"""What the keyword panel is told of the hits: only ever those of the text on screen.

A long document clicked while another is shown is built, then laid out down to its place, for seconds while the page
before it stays on screen; its counts, matched meanwhile, used to show beside that page (and a short one came on
screen with the last document's counts for a moment). ShownHits holds the counts, the position and the keyword row
marked current back while the page before is on screen and, once the new text is there, passes on its own or says
none are known yet.

Which keyword hit the panel calls current: as in an editor, '3 of 12' only while that hit is where the reader is
(on screen); moved away from it (Ctrl+Home, a scroll, an outline or find jump) the panel says 'Total: 12' again,
and F3 goes on from where they read, as it already did."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from reader.text.display import DisplayText
from reader.ui.hits_controller import HitsController
from reader.ui.keyword_panel import KeywordPanel
from reader.ui.reading_pane import ReadingView

Held = tuple[DisplayText, dict | None, tuple[int, int] | None, tuple[str, bool] | None]  # counts, position, row


class ShownHits(QObject):
    """Owns which displayed text the panel's counts (and current row) belong to, and what was said for one not on
    screen yet."""

    keyword_position = Signal(int, int)  # as HitsController's, for the text on screen

    def __init__(self, hits: HitsController, reading: ReadingView, panel: KeywordPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits, self._reading = hits, reading
        self._show_counts: Callable[[dict], None] = panel.set_counts
        self._show_current: Callable[[str, bool], None] = panel.rows_area.set_current  # F3's row: marked, in sight
        self._counted: DisplayText | None = None  # the text whose counts the panel shows
        self._held: Held | None = None  # said while not shown
        hits.keyword_counts.connect(lambda counts: self._take(counts=counts))
        hits.keyword_position.connect(lambda current, total: self._take(position=(current, total)))
        hits.keyword_current.connect(lambda word, stepped: self._take(current=(word, stepped)))
        reading.text_shown.connect(self._shown)  # the document asked for is on screen now
        reading.position_changed.connect(self._shown)  # (or the view stopped on its way there)

    def current_on_screen(self) -> bool | None:
        return self._hits.current_on_screen()

    def _take(self, counts: dict | None = None, position: tuple[int, int] | None = None,
              current: tuple[str, bool] | None = None) -> None:
        display, held = self._reading.display, self._held
        if held is None or held[0] is not display:
            held = (display, None, None, None)
        self._held = (display, held[1] if counts is None else counts, position or held[2], current or held[3])
        self._shown()

    @Slot()
    def _shown(self) -> None:
        """The text on screen is the displayed one: what was held for it is said; the last document's counts go."""
        if self._reading.arriving:
            return  # the page before it is on screen
        display, held, self._held = self._reading.display, self._held, None
        counts, position, current = held[1:] if held is not None and held[0] is display else (None, None, None)
        if counts is None and self._counted is not display:  # none known yet: not the last document's
            counts, position, current = {}, position or (-1, 0), current or ("", False)
        if counts is not None:
            self._counted = display
            self._show_counts(counts)
        if position is not None:
            self.keyword_position.emit(*position)
        if current is not None:
            self._show_current(*current)


class HitPlace(QObject):
    """Owns the position the panel was last told; passes the hits' position on, 'none current' when off screen."""

    def __init__(self, hits: ShownHits, reading: ReadingView, show: Callable[[int, int], None],
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
