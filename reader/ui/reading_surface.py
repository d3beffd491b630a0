"""The surface the reading view is drawn on: a read-only, plain-text QTextEdit that never fetches what a document
names, copies plain text, and centres a column of readable width."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QPainter, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QTextEdit, QWidget

from reader.text.clauses import clause_around
from reader.ui.body_positions import BodyPositions
from reader.ui.rewrap_preview import RewrapPreview
from reader.ui.utf16 import from_utf16, to_utf16

DOCUMENT_MARGIN = 28


def scrolled_to_end(bar) -> bool:
    """A view at the very end of a text longer than it (a text that fits the view is at no end)."""
    return bar.maximum() > 0 and bar.value() >= bar.maximum()


def centred_side(view: QAbstractScrollArea, column: int) -> int:
    """The side margin that centres a column `column` pixels wide in a view (beside its scroll bar, if shown)."""
    bar = view.verticalScrollBar()
    avail = view.width() - (bar.sizeHint().width() if bar.isVisibleTo(view) else 0)  # (the view hidden too)
    return max(0, (avail - column) // 2)


class ReadingSurface(QTextEdit):
    """Owns the extra actions of its context menu; what is shown and where is the reading view's."""

    clicked = Signal(int)  # the caret's Qt position where the reader clicked (or ended a drag) in the text
    rewrapping = Signal()  # a new width: Qt lays the text out again at once, down to the scroll bar's value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # a file dropped on the text goes to the window (it opens the file)
        self.viewport().setAcceptDrops(False)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._extra_actions: list = []
        self._body: BodyPositions | None = None  # the view's positions: a selection's text comes through them
        self.blank = False  # the text is laid out again under the view (a new width): a blank page, not another place
        self.blank_place: int | None = None  # the Qt position held meanwhile (AT_END: the end): its page drawn from a
        # copy (see preview)
        self._preview = RewrapPreview(self)

    def set_context_actions(self, actions: list) -> None:
        """Actions added below the standard ones in the context menu (add as keyword, find)."""
        self._extra_actions = list(actions)

    def centre_column(self, column: int) -> bool:
        """Centre a column `column` pixels wide (the margins are painted as paper); whether the margins moved."""
        side = centred_side(self, column)
        if self.viewportMargins().left() == side:
            return False
        self.setViewportMargins(side, 0, side, 0)  # resizes the viewport at once: a resize event, nested
        return True

    def paintEvent(self, event) -> None:
        """The place's page from a copy while the text is being laid out again (a blank page without one): with
        painting held instead, a window grown on X11 showed black there, and the text at the old scroll value is
        another place."""
        if self.blank:
            painter = QPainter(self.viewport())
            painter.fillRect(event.rect(), self.viewport().palette().base())
            if self.blank_place is not None:
                self._preview.paint(painter, self.blank_place)
            return
        self._preview.clear()
        super().paintEvent(event)

    def resizeEvent(self, event) -> None:
        """A new size lays the text out once: the new margins first, whose own resize of the viewport (nested, at
        once) lays it out at its final width; set after it, the text was laid out twice (50-100 ms on a long text).

        Shown again after a resize made while it was hidden (the original view on, Ctrl+U), Qt gives no old size:
        taken for another width, the whole text was laid out again though it still fits (1-2 s each time the original
        went off on a 1 M-character text); at the width it is laid out at, the layout is kept."""
        if not event.oldSize().isValid() and self.document().pageSize().width() == self.viewport().width():
            event = QResizeEvent(event.size(), event.size())
        if not self._update_margins():
            if event.oldSize().width() != event.size().width():
                self.rewrapping.emit()  # (the place's keeper brings the view to the top first: see PlaceKeeper)
            super().resizeEvent(event)

    def _update_margins(self) -> bool:
        """Move the margins to the current size (the reading view centres its column there); whether they moved."""
        return False

    def select_qt(self, start: int, end: int) -> None:
        """Select between two Qt positions, the cursor at the end (Shift+arrows then extend from there)."""
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def mouseReleaseEvent(self, event) -> None:
        """Where the reader clicked is where F3 goes on from (a find in an editor or a browser does the same)."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.textCursor().position())

    def mouseDoubleClickEvent(self, event) -> None:
        """A double-click selects Qt's word, kept within the clause clicked (between Chinese punctuation marks)."""
        super().mouseDoubleClickEvent(event)
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        at = self.cursorForPosition(event.position().toPoint()).position()
        if not start <= at <= end:
            return
        text = self._qt_text(start, end)
        left, right = clause_around(text, from_utf16(text, at - start))  # Python indices in, Qt positions out
        if (left, right) != (0, len(text)) and right > left:
            self.select_qt(start + to_utf16(text, left), start + to_utf16(text, right))

    def contextMenuEvent(self, event) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self._extra_actions:
            menu.addSeparator()
            for action in self._extra_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy gives plain text in the displayed script, paragraph breaks as newlines."""
        data = QMimeData()
        text = self._through_cuts()
        text = self.textCursor().selection().toPlainText() if text is None else text
        data.setText(text.replace("\u2060", ""))  # the header's word joiners (body text has none: cleaning drops them)
        return data

    def selected_text(self) -> str:
        """The selection as QTextCursor.selectedText gives it (U+2029 between paragraphs), a cut adding none."""
        text = self._through_cuts()
        return (self.textCursor().selectedText() if text is None else text.replace("\n", "\u2029")).replace("\u2060", "")

    def _through_cuts(self) -> str | None:
        """The selection read from the displayed text when a long paragraph is shown cut (a cut is no newline of the
        text); None when none is, and Qt's own reading is exact."""
        if self._body is None or not self._body.cuts:
            return None
        cursor = self.textCursor()
        return self._body.plain(cursor.selectionStart(), cursor.selectionEnd(), self._qt_text)

    def _qt_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selection().toPlainText()

    def loadResource(self, _type: int, _name) -> object:
        """Never fetch anything a document names."""
        return None
