"""Highlight layers of a QTextEdit (keywords, find): extra selections by name, kept only while they point into
the document on screen (a selection into a replaced document points into freed memory: the first release's
crash)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextEdit


class SelectionLayers:
    """Owns the selections of each layer; layers are drawn in the order first set."""

    def __init__(self) -> None:
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}

    def clear(self) -> None:
        """The document was replaced: nothing drawn for it stays."""
        self._layers = {}

    def set(self, name: str, selections: list, current: QTextDocument) -> list:
        """Replace one layer; returns every layer's selections into `current`, to be drawn."""
        self._layers[name] = [s for s in selections if s.cursor.document() is current]
        return self.merged(current)

    def merged(self, current: QTextDocument) -> list:
        return [s for layer in self._layers.values() for s in layer if s.cursor.document() is current]

    def cursors(self, current: QTextDocument) -> list:
        """The cursors drawn into `current` (moved by an edit in place, then drawn again with merged)."""
        return [s.cursor for s in self.merged(current)]
