"""How the text looks: theme and zoom applied to the application, the reading view and the original view."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from reader.settings import Settings
from reader.text import choices
from reader.ui.reading_pane import ReadingView
from reader.ui.themes import reading_palette, resolve, window_palette
from reader.ui.typography import BASE_POINTS, ZOOM_RANGE, Typography, point_size, reading_font


class ViewOptions(QObject):
    """Owns the application's default palette; theme and zoom live in the settings it is given."""

    def __init__(self, settings: Settings, reading: ReadingView, original: QPlainTextEdit,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._reading = reading
        self._original = original
        self._default_palette = QApplication.palette()

    def set_theme(self, name: str) -> str:
        """Apply a theme (an unknown name shows the default one); returns the theme now in the settings."""
        if name not in choices.theme_keys():
            name = choices.DEFAULT_THEME
        self._settings.theme = name
        QApplication.setPalette(window_palette(resolve(name), self._default_palette))
        self.apply()
        return name

    def zoom(self, step: int) -> int:
        """One size step larger or smaller (0: the default size); returns the new size in points."""
        lo, hi = ZOOM_RANGE
        self._settings.zoom = 0 if step == 0 else max(lo, min(hi, self._settings.zoom + step))
        self.apply()
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
