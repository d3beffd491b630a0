"""When a document asked for is on screen at its place: the reading view's `text_shown`, which the window's title,
breadcrumb and status bar wait for (a long text is built over a few event-loop turns, and a far place of it is then
laid out in steps while the page before it stays on screen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from reader.ui.reading_motion import Navigator


class Arrival(QObject):
    """Follows one document asked for, from show_document to its place on screen; `announce` says it is there."""

    def __init__(self, nav: Navigator, building: Callable[[], bool], announce: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nav = nav
        self._building = building
        self._announce = announce
        self._asked = False  # a document asked for, not announced yet
        self._on_its_way = False  # built and shown, still on its way to its place: the announcement waits for it
        nav.arrived.connect(self.reached)  # after the PlaceKeeper's: the view paints again first

    @property
    def pending(self) -> bool:
        """The document asked for is still built or laid out down to its place, the page before it on screen."""
        return self._asked and (self._building() or self._nav.moving)

    def ask(self) -> None:
        """A document is asked for (any other one before it is not announced any more)."""
        self._asked, self._on_its_way = True, False

    def drop(self) -> None:
        """The document asked for is not shown after all (another one, or none, is)."""
        self._asked = self._on_its_way = False

    def built(self) -> None:
        """The document asked for is in and sent to its place: announced now, or once a far place is reached."""
        self._on_its_way = self._nav.moving
        if not self._on_its_way:
            self._said()

    def reached(self) -> None:
        """The view got to its place (or was moved to the top): one on its way there is on screen now."""
        if self._on_its_way:
            self._on_its_way = False
            self._said()

    def _said(self) -> None:
        self._asked = False
        self._announce()
