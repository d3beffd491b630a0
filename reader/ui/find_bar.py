"""Find in document: a slim bar under the reading pane with a query, 'n of m', previous/next and close.

``FindBar(parent=None)``, objectName ``findBar``, hidden until ``activate()``. It holds no matching: the window
runs ``reader.text.keywords.find_all`` (script-insensitive) and reports back with ``set_result``.

Signals (what the user asked for)
- ``find_requested(str)``: the query changed (debounced while typing, at once on Enter); '' means clear the
  matches. The window should make the first match at or after the reading position current.
- ``recall_requested(str)``: the bar was opened again on the query it holds (Ctrl+F in another document, or after
  closing it): the window shows and counts its matches but makes none current and leaves the view where it is, as a
  browser's or an editor's find bar does; Enter then goes to the first from the reader's place.
- ``next_requested()`` / ``previous_requested()``: Enter / Shift+Enter in the box (after the query was
  searched), or the arrow buttons.
- ``closed()``: Esc in the bar or the close button; the bar hides itself; the window clears the matches and
  gives the focus back to the reading pane; the bar then hands it on to the widget that had it when the bar was
  opened (the outline, the keyword box …), when that one is still shown.

Methods
- ``activate(text='')`` (slot for Ctrl+F): show, put ``text`` in the box when given (e.g. the selection; only
  its first line is taken, QTextCursor.selectedText's U+2029 paragraph separators included), focus
  and select all; emits find_requested at once for a query given, recall_requested for the one the box held.
- ``set_result(current_index, total)``: show 'current_index + 1 of total' (current_index is 0-based, -1 when
  no match is current), 'No matches' when total is 0 for a non-empty query.
- ``query() -> str``.
Child objectNames: findInput, findCount, findPrevious, findNext, findClose.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget
from shiboken6 import isValid

_DEBOUNCE_MS = 150


class FindBar(QWidget):
    """Query box with match count and navigation."""

    find_requested = Signal(str)
    recall_requested = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.has_text: Callable[[], bool] = lambda: True  # no text to search (an empty library): no red miss
        self._input = QLineEdit(self)
        self._input.setObjectName("findInput")
        self._input.setClearButtonEnabled(True)
        self._input.installEventFilter(self)
        self._input.textChanged.connect(self._on_text_changed)

        self._count = QLabel("", self)
        self._count.setObjectName("findCount")
        self._count.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000") + 8)
        self._count.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._previous = self._button("findPrevious", self.previous_requested)
        self._previous.setArrowType(Qt.ArrowType.UpArrow)
        self._next = self._button("findNext", self.next_requested)
        self._next.setArrowType(Qt.ArrowType.DownArrow)
        self._close = self._button("findClose", self.close_bar)
        self._close.setText("×")
        self._result = (-1, 0)
        self._came_from: QWidget | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_find)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(self._input, 1)
        layout.addWidget(self._count)
        layout.addWidget(self._previous)
        layout.addWidget(self._next)
        layout.addWidget(self._close)
        self._retranslate()
        self.hide()

    def _button(self, name: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Every text of the bar, again when the UI language changes."""
        self._input.setPlaceholderText(self.tr("Find in document"))
        self._input.setToolTip(self.tr("Matches in either script. Enter: next, Shift+Enter: previous, Esc: close"))
        for button, tip in (
            (self._previous, self.tr("Previous match (Shift+Enter)")),
            (self._next, self.tr("Next match (Enter)")),
            (self._close, self.tr("Close (Esc)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.set_result(*self._result)

    def query(self) -> str:
        """The text being searched for."""
        return self._input.text()

    @Slot()
    def activate(self, text: str = "") -> None:
        """Show the bar (Ctrl+F), optionally with a new query, focused and selected."""
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._came_from = focused  # Esc goes back there, as a find bar in a browser or an editor does
        self.show()
        text = re.split(r"[\n\r\u2029\u2028]", text, maxsplit=1)[0].strip()  # a selection's first line
        if text and text != self._input.text():
            self._input.setText(text)
        self._input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._input.selectAll()
        if text or self._timer.isActive():
            self._emit_find()  # a query given (the selection) or being typed: searched, its first match shown
        elif self._input.text():
            self.recall_requested.emit(self._input.text())  # the last query: it re-ran and moved the new document

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar and tell the window to clear the matches."""
        self._timer.stop()
        back, self._came_from = self._came_from, None
        self.closed.emit()  # the window clears the matches and puts the keyboard in the text
        if back is not None and isValid(back) and back.isEnabled() and not back.visibleRegion().isEmpty():
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        self.hide()  # last: hidden with the keyboard in it, Qt passed it on to the next widget, a folded panel

    def set_result(self, current_index: int, total: int) -> None:
        """Show the match count; 'No matches' tints the box so a miss is seen at a glance."""
        self._result = (current_index, total)
        has_query = bool(self._input.text()) and (total > 0 or self.has_text())
        if not has_query:
            text = ""
        elif total <= 0:
            text = self.tr("No matches")
        elif current_index < 0:
            text = self.tr("%n matches", "", total)
        else:
            text = self.tr("%1 of %2").replace("%1", str(current_index + 1)).replace("%2", str(total))
        self._count.setText(text)
        self._previous.setEnabled(total > 0)
        self._next.setEnabled(total > 0)
        self._input.setPalette(self._miss_palette() if has_query and total <= 0 else QPalette())  # empty: inherit

    def _miss_palette(self) -> QPalette:
        palette = QPalette(self.palette())
        base = palette.color(QPalette.ColorRole.Base)
        miss = QColor("#e5484d")
        tint = QColor.fromRgbF(*(0.75 * b + 0.25 * m for b, m in zip(base.getRgbF()[:3], miss.getRgbF()[:3])))
        palette.setColor(QPalette.ColorRole.Base, tint)
        return palette

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._input and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event
            key = key_event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_enter(bool(key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _on_enter(self, backwards: bool) -> None:
        if self._timer.isActive():
            self._emit_find()  # the query was not searched yet: that search selects the first match
        elif backwards:
            self.previous_requested.emit()
        else:
            self.next_requested.emit()

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        if text:
            self._timer.start()
        else:
            self._emit_find()

    @Slot()
    def _emit_find(self) -> None:
        self._timer.stop()
        self.find_requested.emit(self._input.text())
