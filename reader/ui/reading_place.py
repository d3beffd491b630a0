"""Keeping the reader's place in the reading view across resizes and layout, and telling the window where it is.

A new width rewraps the text under the view: the place is put back at the top once the layout settles (a view at
the very end, however it got there, is put back at the end), unless a move asked for since (a find result, a
reveal, Ctrl+End) is the new place. Until then nothing is painted and the place is held (the text at the old scroll
value, laid out again, is another place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from reader.ui.body_positions import SourceOffset
from reader.ui.reading_motion import Navigator
from reader.ui.reading_surface import scrolled_to_end
from reader.ui.rewrap_preview import AT_END
from reader.ui.tuning import POSITION_DEBOUNCE_MS, REWRAP_HOLD_CHARS

if TYPE_CHECKING:
    from reader.ui.reading_pane import ReadingView


class PlaceKeeper(QObject):
    """The view's place as a cleaned-text offset: a rewrap would otherwise move the text under the reader."""

    def __init__(self, view: "ReadingView", nav: Navigator) -> None:
        super().__init__(view)
        self._view = view
        self._nav = nav
        self.top: SourceOffset = 0  # cleaned-text offset at the top, kept across resizes
        self.hidden: SourceOffset | None = None  # a place asked for while hidden
        self._rewrapped: bool | None = None  # rewrapped, not repinned yet: whether it was at the end
        self._end_kept = False  # the view was at the very end when the resize began (by hand or Ctrl+End), not repinned
        self._resizes = 0  # resize events under way (the margins' own resize of the viewport is nested in one)
        nav.arrived.connect(self.arrived)
        self._repin_timer = QTimer(self, singleShot=True, interval=0)
        self._repin_timer.timeout.connect(self._repin)
        self._scroll_timer = QTimer(self, singleShot=True, interval=POSITION_DEBOUNCE_MS)
        self._scroll_timer.timeout.connect(self.emit_position)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.rewrapping.connect(self._rewrapping)

    def held(self) -> SourceOffset | None:
        """The place no layout shows yet: asked for while hidden, or kept across a rewrap until repinned."""
        return self.hidden if self.hidden is not None else (self.top if self._rewrapped is not None else None)

    def place(self, end: SourceOffset | None = None) -> SourceOffset:
        """The reader's place: the one asked for while the view is still on its way there (built, laid out, repinned
        after a resize) or while its line is the top line, else the top of the view; a line's start instead would
        drift back a line each time the text is wrapped at another width (restored in a window still settling).
        `end` (the text's length) is the place of a view at the end: its top line, cut there, went a line above it
        once laid out again (a document reopened, a long one's headings styled)."""
        view = self._view
        if not view.has_document or view.held_place() is not None:
            return view.top_offset()
        if end is not None and scrolled_to_end(view.verticalScrollBar()):
            return end
        if self._nav.moving or self._repin_timer.isActive():
            return self.top
        if self._nav.holds_at_top(view.to_qt(view.display.to_display(self.top))):
            return self.top
        return view.top_offset()

    def held_while_hidden(self, offset: SourceOffset) -> bool:
        """The new place; a hidden view only holds it, since its layout is not the one the reader will see."""
        self.top = offset
        view = self._view
        if not view.isVisible():
            self.hidden = offset  # laid out for real once shown
            view.viewport().setUpdatesEnabled(True)
            return True
        self.hidden = None
        return False

    def shown(self) -> None:
        """The view is shown: go to the place asked for while it was hidden."""
        if self.hidden is not None:
            self._view.scroll_to_offset(self.hidden)

    @Slot()
    def arrived(self) -> None:
        """A move asked for after a resize (a find result, a reveal) is the new place: the resize's repin to the
        place before it would undo the move."""
        self._repin_timer.stop()
        self._rewrapped, self._end_kept = None, False
        self._unblank()
        viewport = self._view.viewport()
        if not viewport.updatesEnabled():
            viewport.setUpdatesEnabled(True)
        self.emit_position()

    @Slot()
    def emit_position(self) -> None:
        """The place the reader is at; during a move it is the move's goal (a resize then goes on towards it)."""
        if self._view.has_document and not self._nav.moving:
            self.top = self.place()
            self._view.position_changed.emit(self.top)

    def before_resize(self) -> None:
        """A scroll not recorded yet is the place to keep: read it before the text rewraps. A view at the very end
        (scrolled there by hand too) stays at the end: its top line kept at the top of a shorter view would leave the
        last lines below it. Read once per resize and kept until the repin (a second resize may come first)."""
        if self._resizes == 0 and not self._repin_timer.isActive():
            self._end_kept = self._view.has_document and scrolled_to_end(self._view.verticalScrollBar())
        self._resizes += 1
        if self._scroll_timer.isActive():
            self.emit_position()

    def after_resize(self) -> None:
        """Repin once the layout settles; started before the margins, whose change resizes the view again (nested)."""
        self._resizes -= 1
        if self._view.has_document and not self._view.converting:
            self._repin_timer.start()
        elif not self._repin_timer.isActive():
            self._end_kept = False

    @Slot()
    def _rewrapping(self) -> None:
        """A new width: Qt lays the text out at once from its top down to the scroll bar's value (a place half-way
        down a 1 M-character text: 2-4 s), and paints the text there, another place. The view goes to the top first,
        unpainted, and the repin lays it out to the place in steps; the highlights wait for it (see held)."""
        view, bar = self._view, self._view.verticalScrollBar()
        if self._rewrapped is not None or bar.value() == 0 or not view.has_document or view.converting:
            return
        if self._nav.moving or not view.isVisible():
            return  # a move under way is laid out towards its goal at the new width; a hidden view is not painted
        if view.document().characterCount() < REWRAP_HOLD_CHARS:
            return  # laid out again in a moment at the old scroll value, then repinned (blanking it flickered)
        self._rewrapped = self._nav.at_end or self._end_kept
        view.blank = True
        view.blank_place = AT_END if self._rewrapped else view.to_qt(view.display.to_display(self.top))
        bar.setValue(0)

    def _unblank(self) -> None:
        if self._view.blank:
            self._view.blank, self._view.blank_place = False, None
            self._view.viewport().update()

    @Slot(int)
    def _scrolled(self, _value: int) -> None:
        """The reader's scrolls are told to the window once they pause (a debounce: the outline follows)."""
        self._scroll_timer.start()

    def _repin(self) -> None:
        """Put the kept place back at the top (the end back at the bottom); a move under way (a far match revealed,
        Ctrl+End) is laid out towards its goal at the new width already."""
        view = self._view
        at_end, self._rewrapped = self._nav.at_end or self._end_kept or bool(self._rewrapped), None
        self._end_kept = False
        if self._nav.moving:
            return
        if not view.has_document or view.converting or not view.isVisible():
            return self._unblank()
        if at_end:
            self._nav.go_to_end()
        else:
            view.scroll_to_offset(self.top)
