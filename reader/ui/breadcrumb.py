"""The breadcrumb above the text: the enclosing headings of the reader's place, each a button that goes there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QLabel, QToolButton, QWidget

from reader.text.sections import Crumb
from reader.ui.outline_fill import plain_tooltip


class Breadcrumb(QWidget):
    """Where the reader is: the enclosing headings' markers, each clickable (一 › （二） › 3.)."""

    heading_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breadcrumb")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 2, 8, 2)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)
        self._crumbs: list[Crumb] = []
        self._view: QAbstractScrollArea | None = None
        self._reserved = False

    def reserve(self, on: bool) -> None:
        """Keep a crumb's row of height while empty (`on`: the document has sections): the row coming and going as
        the reader leaves the title and comes back resized the text under them (at the end, 25 px off it)."""
        if on == self._reserved:
            return
        self._reserved = on
        if not on:
            return self.setMinimumHeight(0)
        probe = QToolButton(self)  # a crumb as set_crumbs makes it, in the breadcrumb's font; never shown
        probe.setAutoRaise(True)
        probe.setText("一")
        margins = self._layout.contentsMargins()
        self.setMinimumHeight(probe.sizeHint().height() + margins.top() + margins.bottom())
        probe.deleteLater()

    def follow(self, view: QAbstractScrollArea) -> None:
        """Stand over the text's first character: the view's column is centred, and moves when the window is widened
        or the side panels are hidden (the crumbs stayed at the window's edge, far left of a centred text)."""
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self._view is not None and watched is self._view.viewport()
                and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show)):
            self._align()
        return False

    def _align(self) -> None:
        """The first crumb's left edge at the text's: the viewport's edge (its centring margin) and the page margin."""
        viewport = self._view.viewport()
        left = (viewport.mapToGlobal(QPoint(0, 0)).x() - self.mapToGlobal(QPoint(0, 0)).x()
                + round(self._view.document().documentMargin()))
        if left >= 0 and left != self._layout.contentsMargins().left():
            self._layout.setContentsMargins(left, 2, 8, 2)

    def path(self) -> list[str]:
        """The texts shown, outermost first (for tests and accessibility)."""
        return [self._layout.itemAt(i).widget().text().replace("&&", "&")
                for i in range(self._layout.count()) if isinstance(self._layout.itemAt(i).widget(), QToolButton)]

    def set_crumbs(self, crumbs: list[Crumb]) -> None:
        """Show where the reader is (from Outline.crumbs), outermost first."""
        if crumbs == self._crumbs:
            return
        self._crumbs = list(crumbs)
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for n, crumb in enumerate(crumbs):
            if n:
                sep = QLabel("›")
                sep.setEnabled(False)
                self._layout.insertWidget(self._layout.count() - 1, sep)
            button = QToolButton()
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # made anew as one reads: Tab met them out of place
            button.setText(crumb.text.replace("&", "&&"))
            button.setToolTip(plain_tooltip(crumb.label))
            button.clicked.connect(lambda _=False, o=crumb.offset: self.heading_activated.emit(o))
            self._layout.insertWidget(self._layout.count() - 1, button)
