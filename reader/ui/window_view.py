"""How the text looks: theme and zoom applied to the application, the reading view and the original view."""

from __future__ import annotations

import bisect

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from reader.documents import Loaded
from reader.settings import Settings
from reader.text import choices
from reader.ui.original_surface import OriginalSurface
from reader.ui.reading_pane import ReadingView
from reader.ui.themes import reading_palette, resolve, window_palette
from reader.ui.typography import BASE_POINTS, ZOOM_RANGE, Typography, point_size, reading_font


ORIGINAL_SLACK_LINES = 2  # the original opens about at the place: a move within this is no move by the reader


class ViewOptions(QObject):
    """Owns the application's default palette; theme and zoom live in the settings it is given."""

    theme_set = Signal(str)  # the theme now shown (an unknown name asked for falls back to the default)
    zoomed = Signal(float)  # the new text size in points
    changed = Signal()  # a view setting changed: worth keeping in the session

    def __init__(self, settings: Settings, reading: ReadingView, original: OriginalSurface,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._reading = reading
        self._original = original
        self._default_palette = QApplication.palette()
        self._stack = self._breadcrumb = None
        self._loaded: Callable[[], Loaded | None] = lambda: None
        self._toggle: QAction | None = None  # the action that shows the original (Ctrl+U)
        self._opened_at = 0  # the file line the original was opened at (0: not placed)
        original.verticalScrollBar().valueChanged.connect(self._original_scrolled)

    def attach(self, stack: QStackedWidget, breadcrumb: QWidget,
               loaded: Callable[[], Loaded | None] | None = None, toggle: QAction | None = None) -> None:
        """The stack that shows the cleaned or the original text, the breadcrumb that goes with the cleaned, the
        document shown (back from the original, the text follows where the reader went in it) and the action that
        shows the original (a line of the file is shown through it, so that its check mark and Ctrl+U agree)."""
        self._stack, self._breadcrumb = stack, breadcrumb
        self._loaded = loaded or self._loaded
        self._toggle = toggle

    def show_file_line(self, line: int) -> None:
        """A line of the file (1-based; a removed one, picked in What Cleaning Did) selected at the top of the
        original view, which is turned on for it."""
        if self._toggle is None or self._loaded() is None:
            return
        self._toggle.setChecked(True)
        self._original_at(line)
        cursor = self._original.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self._original.setTextCursor(cursor)

    def show_original(self, on: bool, raw_text: str, line: int = 0) -> None:
        """The raw file text, one click away from the cleaned one (filled on first use: a big file costs nothing),
        opened at `line` (1-based in the file), where the reader is in the cleaned text."""
        was_on = self._stack.currentWidget() is self._original
        self._settings.show_original = on
        if on and self._original.document().isEmpty():  # (its text copied to ask: 0.1 s on a 1 M-character file)
            self._original.setPlainText(raw_text)
        self._stack.setCurrentWidget(self._original if on else self._reading)
        self._breadcrumb.setVisible(not on)
        if on and line > 1:
            self._original_at(line)
        elif on and line == 1:  # the file's top (the original kept where it was left when last shown)
            self._original.verticalScrollBar().setValue(0)
        if on and not was_on:
            self._opened_at = self._top_line()  # where it could go: near the end the place's line stays below it
        elif was_on and not on:
            self._follow_original()
        self.changed.emit()

    def _follow_original(self) -> None:
        """Back in the cleaned text at the paragraph of the original's top line, if the reader moved in the
        original (a few lines' slack: the original opened only about at the place, which is kept as it was)."""
        moved = self._moved_in_original()
        self._opened_at = 0
        if moved is not None:
            self._reading.scroll_to_offset(moved)

    def _original_scrolled(self, _value: int) -> None:
        """The reader moved in the original shown: the session keeps the place (a kill lost the pages read there,
        which no change of the cleaned text's place had asked to save)."""
        if self._stack is not None and self._stack.currentWidget() is self._original:
            self.changed.emit()

    def kept_place(self, cleaned: int) -> int:
        """The place to keep for the document shown (`cleaned`: the cleaned text's): where the reader went in the
        original while it is shown (a quit or another document with the original on reopened at the place the
        original was opened at, the reading there lost)."""
        moved = self._moved_in_original() if self._stack.currentWidget() is self._original else None
        return cleaned if moved is None else moved

    def _moved_in_original(self) -> int | None:
        """The cleaned-text offset of the paragraph at the original's top line, if the reader moved in it."""
        loaded, opened_at = self._loaded(), self._opened_at
        if loaded is None or not opened_at or not loaded.document.paragraphs:
            return None
        top = self._top_line()
        if abs(top - opened_at) <= ORIGINAL_SLACK_LINES:
            return None
        paragraphs = loaded.document.paragraphs
        index = max(0, bisect.bisect_right(paragraphs, top, key=lambda p: p.line) - 1)
        return paragraphs[index].start

    def set_original(self, raw_text: str, line: int) -> None:
        """A newly shown document's file text, filled only while the original is on, opened at the reader's place
        (`line`, 1-based in the file, the line of the place the document is shown at)."""
        self._original.setPlainText(raw_text if self._settings.show_original else "")
        if self._settings.show_original and line > 1:
            self._original_at(line)
        self._opened_at = self._top_line() if self._settings.show_original else 0

    def _top_line(self) -> int:
        """The file line (1-based) at the top of the original view."""
        return self._original.cursorForPosition(QPoint(1, 1)).blockNumber() + 1

    def _original_at(self, line: int) -> None:
        """Put the file's `line` at the top of the original view (to the end first, so that it lands at the top)."""
        block = self._original.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        self._original.setTextCursor(QTextCursor(block))
        bar = self._original.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._original.ensureCursorVisible()

    def set_theme(self, name: str) -> str:
        """Apply a theme (an unknown name shows the default one); returns the theme now in the settings."""
        if name not in choices.theme_keys():
            name = choices.DEFAULT_THEME
        self._settings.theme = name
        QApplication.setPalette(window_palette(resolve(name), self._default_palette))
        self.apply()
        self.theme_set.emit(name)
        self.changed.emit()
        return name

    def follow_scheme(self, _scheme: object = None) -> None:
        """The system went light or dark: the theme is applied again (a method of this object, not a lambda, so the
        application's style hints let go of a closed window and all it holds)."""
        self.set_theme(self._settings.theme)

    def release(self) -> None:
        """The application's palette as it was before this window (a dark theme set on it outlives the window)."""
        QApplication.setPalette(self._default_palette)

    def zoom(self, step: int) -> int:
        """One size step larger or smaller (0: the default size); returns the new size in points."""
        lo, hi = ZOOM_RANGE
        self._settings.zoom = 0 if step == 0 else max(lo, min(hi, self._settings.zoom + step))
        self.apply()
        self.zoomed.emit(self.points())
        self.changed.emit()
        return self.points()

    def points(self) -> float:
        return point_size(self._settings.zoom, self._settings.font_size or BASE_POINTS)

    def apply(self) -> None:
        """Font and colours of the reading surfaces from the settings."""
        theme = resolve(self._settings.theme)
        typography = Typography(reading_font(self.points()), theme)
        self._reading.set_typography(typography)
        self._original.setPalette(reading_palette(theme, self._original.palette()))
        self._original.setFont(typography.font)
        self._original.set_column(typography.column_width(self._original.document().documentMargin()))


def original_place(loaded: Loaded | None, offset: int, at_top: bool = False) -> tuple[str, int]:
    """The file text of a document and the 1-based file line of the paragraph holding a cleaned-text offset: where
    its original opens ("", 0 without a document); line 1 when the reader is `at_top` of the cleaned text, its title
    shown (the first paragraph's line hid the file's title lines above it, as if the file had none)."""
    if loaded is None:
        return "", 0
    if at_top:
        return loaded.decoded.text, 1
    index = loaded.document.paragraph_at(offset)
    return loaded.decoded.text, loaded.document.paragraphs[index].line if index >= 0 else 0
