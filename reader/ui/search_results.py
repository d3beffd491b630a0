"""The library search's results as the reader sees them: a row per document, its title (with the end of its folder
path where two share a title), section and issuer, the snippet with the words found in bold, drawn as rich text
wrapped to the list's width; and the list saying when a key, not a click, moved its current row.

Kept out of library_search.py (the field, the search on a worker, what the status line says), at its size limit.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.file_names import readable, shown_name
from reader.text.hosts import shown_source, source_host
from reader.ui.found_words import found_lines, place_labels, snippet_line
from reader.ui.key_moves import KeyMoves
from reader.ui.themes import damage_background

if TYPE_CHECKING:
    from reader.storage.search import Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 2  # what tells a row from another of the same title ('' when none does)


def telling_apart(paths: list[str]) -> list[str]:
    """For files of the same title, the end of each one's folder path that tells them apart ('a/docs', 'b/docs'),
    the file name added where two share a folder: what a file manager would show beside the title."""
    folders = [PurePath(p).parent for p in paths]
    sharing = defaultdict(int)
    for folder in folders:
        sharing[folder] += 1
    distinct = list(sharing)
    depth = 1
    deepest = max(len(f.parts) for f in distinct)
    while depth < deepest and len({f.parts[-depth:] for f in distinct}) < len(distinct):
        depth += 1
    labels = []
    for path, folder in zip(paths, folders):
        tail = str(PurePath(*folder.parts[-depth:])) if folder.parts else ""
        labels.append(readable(str(PurePath(tail, PurePath(path).name)) if sharing[folder] > 1 else tail))
    return labels


def _folders(hits: list[Hit]) -> list[str]:
    """Each hit's distinguishing folder where another hit has its title, else ''."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, hit in enumerate(hits):
        groups[hit.title or PurePath(hit.path).name].append(i)
    labels = [""] * len(hits)
    for rows in groups.values():
        if len(rows) > 1:
            for row, label in zip(rows, telling_apart([hits[r].path for r in rows])):
                labels[row] = label
    return labels


def _who(hit: Hit, convert: Callable[[str, str], str]) -> str:
    """The issuer, else the source, as the document list's row names them (DocumentModel.who): an address as its
    site, a link's markup cut off before its address not at all; a result found by its date alone said only its
    title, and the reader could not see why it matched."""
    if hit.authority:
        return convert(hit.authority, hit.script)
    host = source_host(hit.source)
    return host or convert(shown_source(hit.source), hit.script)


class Results(QAbstractListModel):
    """The hits of the last finished search; each row renders as rich text (title · section, then the snippet)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.folders: list[str] = []
        self.convert: Callable[[str, str], str] = lambda text, _script: text

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.folders = _folders(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return self.markup(hit, self.folders[index.row()])
        if role == FOLDER_ROLE:
            return self.folders[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.path
        return None

    def markup(self, hit: Hit, folder: str = "") -> str:
        """Title (and, where titles collide, the folder in grey) and section in bold and grey, the snippet with the
        hit in bold (for a hit in the title alone, the issuer and 文号 if known), all in the displayed script."""
        convert = self.convert
        head = html.escape(convert(hit.title, hit.script) or shown_name(hit.path))
        if folder:
            head += f" <span class='muted' style='font-weight:normal'>— {html.escape(folder)}</span>"
        if hit.section:
            head += f" <span class='muted'>· {html.escape(convert(hit.section, hit.script))}</span>"
        if hit.found:  # words found in different places (a header field, the title, the text): each named
            return f"<b>{head}</b><br>{found_lines(hit, convert, self.tr)}"
        if hit.field:  # found by its header: the field, as the reading pane's line above the text names it
            return f"<b>{head}</b><br>{self._field_line(hit)}"
        if hit.offset < 0:  # matched in the title, the file's name (shown), by a filter or a date alone: no text
            parts = [shown_name(hit.name)] * bool(hit.name and hit.title) + [
                part for part in (_who(hit, convert), convert(hit.number, hit.script), hit.listed) if part]
            line = " · ".join(html.escape(part) for part in parts)
            return f"<b>{head}</b>" + (f"<br>{line}" if line else "")
        return f"<b>{head}</b><br>{snippet_line(hit, convert)}"

    def _field_line(self, hit: Hit) -> str:
        """'Source: 云南日报', the words found in bold: the reader sees why a row with no text hit matched."""
        label = html.escape(self.tr("{0}: {1}").format(place_labels(self.tr).get(hit.field, hit.field), ""))
        return f"<span class='muted'>{label}</span>{snippet_line(hit, self.convert)}"


class RichDelegate(QStyledItemDelegate):
    """Draws a row's rich text, wrapped to the view's width."""

    def row_document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        """The row as drawn; its muted parts (folder, section) are its ink faded, as the document list fades its
        second line, so they stay legible on a selected row's highlight (a fixed grey vanished into it)."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        alpha = 200 if selected else 150  # on the highlight, less faded: white at 150 is under 2.3:1 on its blue
        doc = QTextDocument()
        doc.setDefaultStyleSheet(f".muted {{ color: rgba({ink.red()}, {ink.green()}, {ink.blue()}, {alpha}) }} .garbled "
                                 f"{{ background-color: {damage_background(option.palette)}; text-decoration: underline }}")
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setTextWidth(max(80, option.rect.width() - 8))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        doc = self.row_document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 300
        option.rect.setWidth(width)
        doc = self.row_document(option, index)
        return QSize(width, int(doc.size().height()) + 4)


class ResultsView(QListView):
    """The results; says when a key moved the current row (arrows, PageDown, Home, End), not a click or a reset."""

    moved_by_key = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = KeyMoves()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keys.press(super().keyPressEvent, event)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if self._keys.moved(current):
            self.moved_by_key.emit()
