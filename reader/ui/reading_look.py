"""How the reading view looks: the reader's typography applied as its palette, default font and centred column."""

from __future__ import annotations

from reader.ui.reading_surface import ReadingSurface
from reader.ui.themes import Theme, reading_palette
from reader.ui.typography import Typography, reading_font


class ReadingLook:
    """Owns the typography the view is drawn in; the view builds its text in it, this applies it to the view itself."""

    def __init__(self, view: ReadingSurface) -> None:
        self._view = view
        self.typography = Typography(reading_font(13.0), Theme("light", "#fff", "#000", "#000", "#666", "#fcc", "#9cf"))

    def apply(self, typography: Typography, replaced: bool = False) -> None:
        """New font size or theme: the view's palette, default font and column. `replaced`: the document shown is
        about to be replaced by one built in the new font, so it is not given it (laid out again from its top in
        the new font, 1 M characters cost ~0.5 s for a page nobody sees)."""
        self.typography = typography
        view = self._view
        palette = reading_palette(typography.theme, view.palette())
        view.setPalette(palette)
        view.viewport().setPalette(palette)
        if not replaced:
            view.document().setDefaultFont(typography.font)
        self.centre()

    def centre(self) -> bool:
        """Centre a column as wide as the typography asks at the view's size; whether the margins moved."""
        view = self._view
        return view.centre_column(self.typography.column_width(view.document().documentMargin()))
