"""The document list: title (not file name), source and date, a 简/繁 badge and the length of each document."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget,
)

from reader.storage.library import Entry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_BADGES = {"simplified": "简", "traditional": "繁", "mixed": "混"}


def _length(chars: int) -> str:
    """Length as a reader counts it: characters, in 万 above ten thousand."""
    if chars >= 10000:
        return f"{chars / 10000:.1f}万字"
    return f"{chars}字"


class _Delegate(QStyledItemDelegate):
    """Two lines per document: the title, then source · date with the badge and length on the right."""

    def __init__(self, owner: "DocumentList") -> None:
        super().__init__(owner)
        self._owner = owner

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, int(fm.lineSpacing() * 2.6) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: Entry = index.data(ENTRY_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if entry is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        ink = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlpha(150)
        rect = option.rect.adjusted(10, 5, -10, -5)
        painter.save()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(title_font)
        badge = _BADGES.get(entry.script, "")
        badge_w = fm.horizontalAdvance("繁") + 8 if badge else 0
        title = self._owner.display_title(entry)
        painter.setFont(title_font)
        painter.setPen(ink)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - badge_w - 6, fm.lineSpacing())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()))
        if badge:
            badge_rect = QRect(rect.right() - badge_w + 1, rect.top() + 1, badge_w, fm.lineSpacing() - 2)
            painter.setPen(QColor(muted))
            painter.drawRoundedRect(badge_rect, 3, 3)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        sfm = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        line2 = QRect(rect.left(), rect.top() + fm.lineSpacing() + 4, rect.width(), sfm.lineSpacing())
        length = _length(entry.chars) if entry.chars else ""
        length_w = sfm.horizontalAdvance(length) + 8
        meta = " · ".join(x for x in (self._owner.display_text(entry, entry.source), entry.date) if x)
        painter.drawText(line2.adjusted(0, 0, -length_w, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         sfm.elidedText(meta, Qt.TextElideMode.ElideRight, line2.width() - length_w))
        painter.drawText(line2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, length)
        painter.restore()


class DocumentList(QListWidget):
    """The library's documents; emits document_selected(path) on click or Enter."""

    document_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.setItemDelegate(_Delegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAcceptDrops(False)
        self._convert: Callable[[str, str], str] = lambda text, _script: text
        self.itemClicked.connect(self._on_chosen)
        self.itemActivated.connect(self._on_chosen)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_remove_action(self, action: QAction) -> None:
        """'Remove from List' in the list's context menu and on Delete while the list has focus (only there)."""
        self.addAction(action)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(action.trigger)

    def remove_path(self, path: str) -> None:
        """Drop a row (the file itself is never touched)."""
        item = self._find(path)
        if item is not None:
            self.takeItem(self.row(item))

    def set_converter(self, convert: Callable[[str, str], str]) -> None:
        """Titles follow the displayed script: convert(text, document's own script) -> text as displayed."""
        self._convert = convert
        self.viewport().update()
        for i in range(self.count()):
            self._set_tooltip(self.item(i))

    def display_title(self, entry: Entry) -> str:
        return self._convert(entry.title, entry.script) if entry.title else entry.path.rsplit("/", 1)[-1]

    def display_text(self, entry: Entry, text: str) -> str:
        return self._convert(text, entry.script) if text else ""

    def set_entries(self, entries: list[Entry]) -> None:
        current = self.current_path()
        self.clear()
        for entry in entries:
            self.add_entry(entry)
        if current:
            self.select_path(current)

    def add_entry(self, entry: Entry) -> None:
        """Add or refresh one row (keyed by path)."""
        item = self._find(entry.path)
        if item is None:
            item = QListWidgetItem()
            self.addItem(item)
        item.setData(ENTRY_ROLE, entry)
        item.setData(Qt.ItemDataRole.DisplayRole, entry.title)
        self._set_tooltip(item)

    def _set_tooltip(self, item: QListWidgetItem) -> None:
        entry: Entry = item.data(ENTRY_ROLE)
        lines = [self.display_title(entry), entry.path]
        item.setToolTip("<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>")

    def entries(self) -> list[Entry]:
        return [self.item(i).data(ENTRY_ROLE) for i in range(self.count())]

    def current_path(self) -> str:
        item = self.currentItem()
        return item.data(ENTRY_ROLE).path if item is not None else ""

    def select_path(self, path: str) -> None:
        """Mark the open document without emitting document_selected."""
        item = self._find(path)
        if item is not None:
            blocked = self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(blocked)
            self.scrollToItem(item)

    def _find(self, path: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(ENTRY_ROLE).path == path:
                return self.item(i)
        return None

    @Slot(QListWidgetItem)
    def _on_chosen(self, item: QListWidgetItem) -> None:
        self.document_selected.emit(item.data(ENTRY_ROLE).path)
