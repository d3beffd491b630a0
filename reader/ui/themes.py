"""Light, sepia and dark reading themes; 'system' follows the platform's colour scheme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Theme:
    """Colours of the reading surface and, for dark, of the whole window."""

    name: str
    paper: str  # page background
    ink: str  # body text
    heading: str
    muted: str  # metadata, breadcrumb separators
    garbled: str  # background of text flagged as encoding damage
    selection: str
    code: str = "#efede7"  # background of a code block's lines
    dark: bool = False


_THEMES = {
    "light": Theme("light", "#fbfaf7", "#222222", "#14365d", "#6b6b6b", "#f3d6d6", "#b7d3f2", "#efede7"),
    "sepia": Theme("sepia", "#f4ecd8", "#3b2f22", "#6a3b12", "#7d6a55", "#e8c4b0", "#d9c49a", "#eadfc4"),
    "dark": Theme("dark", "#1d1e21", "#d7d4cc", "#9ec3ea", "#8c8a85", "#5a2e2e", "#35506e", "#2a2c30", dark=True),
}


def system_is_dark() -> bool:
    """Whether the platform asks for a dark appearance."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def damage_background(palette: QPalette) -> str:
    """The reading themes' mark of encoding damage for a list drawn in the window's palette (a search result's
    snippet): the dark theme's on a dark base, the light theme's otherwise."""
    return _THEMES["dark" if palette.color(QPalette.ColorRole.Base).lightness() < 128 else "light"].garbled


def resolve(name: str) -> Theme:
    """The concrete theme for a settings value ('system' picks light or dark)."""
    if name == "system" or name not in _THEMES:
        return _THEMES["dark" if system_is_dark() else "light"]
    return _THEMES[name]


def reading_palette(theme: Theme, base: QPalette) -> QPalette:
    """The palette of the reading surface (text pane and the margins around its column)."""
    palette = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.Base, QColor(theme.paper))
        palette.setColor(group, QPalette.ColorRole.Window, QColor(theme.paper))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(theme.ink))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(theme.ink))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.selection))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(theme.ink))
    return palette


def window_palette(theme: Theme, default: QPalette) -> QPalette:
    """The application palette: the platform's own, or a dark one when the dark theme is chosen."""
    if not theme.dark or system_is_dark():
        return QPalette(default)
    palette = QPalette(default)
    colours = {
        QPalette.ColorRole.Window: "#2a2b2e",
        QPalette.ColorRole.WindowText: "#dedbd4",
        QPalette.ColorRole.Base: "#232427",
        QPalette.ColorRole.AlternateBase: "#2d2e32",
        QPalette.ColorRole.Text: "#dedbd4",
        QPalette.ColorRole.Button: "#303135",
        QPalette.ColorRole.ButtonText: "#dedbd4",
        QPalette.ColorRole.Highlight: "#35506e",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#303135",
        QPalette.ColorRole.ToolTipText: "#dedbd4",
        QPalette.ColorRole.PlaceholderText: "#8c8a85",
        QPalette.ColorRole.Link: "#9ec3ea",
        QPalette.ColorRole.Mid: "#45464a",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Light: "#4a4b50",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#77757a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#77757a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#77757a"))
    return palette
