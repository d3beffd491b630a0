"""How an outline row fits a narrow panel: the heading's number is what a reader navigates by, so it stays whole.

Eliding on the right cut a long article number ('第一百二十三条' became '第一百二…'); a narrow panel now indents
less, and a row too long for its room loses the end of its title, never its marker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

MARKER_ROLE = Qt.ItemDataRole.UserRole + 3  # the heading's marker as displayed ('' for a title without one)
NARROW_WIDTH = 220  # a tree viewport narrower than this indents each level by NARROW_INDENT
NARROW_INDENT = 10  # pixels a level; Qt's styles use about 20


def keep_marker(text: str, marker: str, room: int, advance, elide) -> str:
    """The row's text for `room` pixels: whole if it fits, else the marker whole and the title elided after it."""
    if not marker or not text.startswith(marker) or advance(text) <= room:
        return text
    kept = advance(marker)
    if kept >= room:
        return marker  # the style elides it: nothing narrower keeps more of the number
    return marker + elide(text[len(marker):], room - kept)


class HeadingDelegate(QStyledItemDelegate):
    """Draws a heading row with its marker kept whole when the row is too long for the panel."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        marker = index.data(MARKER_ROLE)
        if not marker or not option.text or option.rect.width() <= 0:  # no width: a size asked, of the whole text
            return  # (cut to its marker '5.1', a row was a Latin line high and every Chinese title cramped)
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1 if style else 3
        room = option.rect.width() - 2 * margin
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            room -= option.decorationSize.width() + 2 * margin
        metrics = option.fontMetrics
        option.text = keep_marker(option.text, marker, room, metrics.horizontalAdvance,
                                  lambda rest, width: metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))


class NarrowIndent(QObject):
    """A narrow panel indents each level less, so a deep row's number still has room."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        self._wide = tree.indentation()
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            narrow = self._tree.viewport().width() < NARROW_WIDTH
            self._tree.setIndentation(min(self._wide, NARROW_INDENT) if narrow else self._wide)
        return False
