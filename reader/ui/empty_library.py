"""What an empty library says. Found by hand (session 75): with every document removed (or a library started empty)
the window was blank, list and page, with no word of how to fill it, and an open find bar tinted red 'No matches'
as if the words were not in some text. The list and the reading area now say how documents are added (drag and
drop, Library › Add Files… or Add Folder…); the find bar says nothing while there is no text to search."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from reader.text.hintwrap import hint_lines
from reader.ui.actions import plain_text

SHOW_DELAY_MS = 400  # a first start lists its seeds a moment after the window shows: no hint flashes meanwhile


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmptyLibrary", text)


def _menu(item: str) -> str:
    return f"{plain_text(_tr('&Library'))} › {plain_text(_tr(item))}"


def list_hint() -> str:
    return _tr("No documents yet.\nDrag files or folders here, or use {0}.").format(_menu("Add F&iles…"))


def reading_hint() -> str:
    return _tr("The library is empty.\nDrag files or folders onto this window, or choose {0} or {1}.").format(
        _menu("Add F&iles…"), _menu("Add &Folder…"))


class _Hint(QLabel):
    """A quiet centred line over a scroll area's viewport, kept to its size and said again in a new UI language."""

    def __init__(self, area: QAbstractScrollArea, name: str, words) -> None:
        super().__init__(area.viewport())
        self.setObjectName(name)
        self._words = words
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks and drops reach the view
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setText(hint_lines(words()))  # wrapped after a clause, never inside a word (新 / 增檔案)
        self.hide()
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect().adjusted(16, 16, -16, -16))
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(hint_lines(self._words()))
        super().changeEvent(event)


class EmptyLibrary(QObject):
    """Shows the hints while no document is listed (and none shown); tells the find bar when there is no text."""

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._list = window.document_list
        self.list_hint = _Hint(self._list, "emptyListHint", list_hint)
        self.reading_hint = _Hint(window.reading, "emptyReadingHint", reading_hint)
        for hint, area in ((self.list_hint, self._list), (self.reading_hint, window.reading)):
            hint.setGeometry(area.viewport().rect().adjusted(16, 16, -16, -16))
        self._timer = QTimer(self, singleShot=True, interval=SHOW_DELAY_MS)
        self._timer.timeout.connect(self._show)
        model = self._list.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.update)
        documents = window.documents
        documents.closed.connect(self.update)
        documents.entry_removed.connect(lambda _path: self._timer.start())  # rows the view never fetched go
        # without the model's signals
        documents.document_loaded.connect(self.update)
        documents.opening.connect(self.update)
        window.find_bar.has_text = lambda: window.loaded is not None  # no red 'No matches' on an empty page
        self.update()

    @property
    def empty(self) -> bool:
        return self._list.is_empty() and self._window.loaded is None

    @Slot()
    def update(self, *_args) -> None:
        """Looked at again a moment later (the controller notes an open under way after its signal's followers)."""
        if self.empty:
            if not self.list_hint.isVisibleTo(self._list):
                self._timer.start()
        else:  # (a check already due stays due: the row taken now may not be the last one to go)
            self.list_hint.hide()
            self.reading_hint.hide()

    @Slot()
    def _show(self) -> None:
        if self.empty and not self._window.documents.is_opening:
            self.list_hint.show()
            self.reading_hint.show()
