"""The library's entries as a table model: rows handed to the view as it scrolls, sortable and filterable columns."""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable
from operator import attrgetter
from pathlib import PurePath

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from reader.documents import listed_date
from reader.file_names import shown_name
from reader.storage.library import Entry
from reader.text.fold import fold
from reader.text.hosts import shown_source, source_host
from reader.ui.search_results import telling_apart
from reader.ui.sort_keys import RowOrder

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
APART_ROLE = Qt.ItemDataRole.UserRole + 3  # what tells a row from another of the same title ('' when none does)
FETCH = 500  # rows handed to the view at a time: a 10,000-entry library shows its first screen at once
BADGES = {"simplified": "简", "traditional": "繁", "mixed": "混"}
# (key, header); the title column draws two lines (title, then authority · number · date).
COLUMNS = (("title", QT_TRANSLATE_NOOP("DocumentList", "Title")), ("date", QT_TRANSLATE_NOOP("DocumentList", "Date")),
           ("kind", QT_TRANSLATE_NOOP("DocumentList", "Kind")),
           ("authority", QT_TRANSLATE_NOOP("DocumentList", "Authority")),
           ("number", QT_TRANSLATE_NOOP("DocumentList", "Number")),
           ("opened", QT_TRANSLATE_NOOP("DocumentList", "Recently read")),
           ("script", QT_TRANSLATE_NOOP("DocumentList", "Script")))
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}

_Index = QModelIndex | QPersistentModelIndex


def with_count(header: str, count: int, fits: Callable[[str], bool] | None = None, note: str = "") -> str:
    """'Title · 10,000 documents': a reader sees the library's size where the list begins (none when empty); in a
    narrow list the title word gives way first ('10,000 documents', then '10,000'), so the count stays readable.
    `note` (the sort, 'Number ↑', while its column and arrow are out of sight) ends each form and gives way last."""
    if count <= 0:
        forms = [header]
    else:
        said = QApplication.translate("DocumentList", "%n documents", "", count).replace(str(count), f"{count:,}", 1)
        forms = [f"{header} · {said}", said, f"{count:,}"]
    if note:
        forms = [f"{form} · {note}" for form in forms] + [note]
    return next((form for form in forms[:-1] if fits is None or fits(form)), forms[-1])


def _title_key(entry: Entry) -> str:
    """Titles a reader would take for the same one (either script, either width) share a key."""
    return fold(entry.title or PurePath(entry.path).name)


def _read_when(opened: float) -> str:
    if not opened:
        return ""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(opened))


class DocumentModel(QAbstractTableModel):
    """Entries in catalogue order; `add` and `remove` find rows through a path index, never by scanning."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._rows: dict[str, int] = {}  # path -> row when listed; rows removed since (in _gone) shift it up
        self._gone: list[int] = []  # those rows, sorted: removing many rows costs no rebuild of _rows per row
        self._fetched = 0
        self._convert: Callable[[str, str], str] = lambda text, _script: text
        self._headers = [header for _, header in COLUMNS]
        self.header_fits: Callable[[str], bool] | None = None  # whether a title header shows whole (the view says)
        self.sort_aside: tuple[int, bool] | None = None  # the sort (column, ascending) while its column is out of sight
        self._same: dict[str, dict[str, None]] = {}  # title key -> the paths of that title, in catalogue order
        self._apart: dict[str, dict[str, str]] = {}  # title key -> path -> what tells it apart (made when drawn)
        self._order = RowOrder(self._text)  # the rows' order: a column's, sorted here, or the catalogue's
        self._order.set_columns(tuple(key for key, _ in COLUMNS))

    # -- content -----------------------------------------------------------------------------------------------

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = {e.path: i for i, e in enumerate(self._entries)}
        self._gone = []
        self._same, self._apart = {}, {}
        self._order.catalogue(self._entries)
        self._order.column = -1  # in catalogue order until sorted again (the list sorts a fresh list at once)
        for entry in self._entries:
            self._same.setdefault(_title_key(entry), {})[entry.path] = None
        self._fetched = min(FETCH, len(self._entries))
        self.endResetModel()
        self._counted()

    def add(self, entry: Entry) -> None:
        """Add or refresh one row (keyed by path)."""
        row = self._row(entry.path)
        if row is not None:
            if not self._refresh(row, entry):
                self._move(row)
            return
        if self._order.column >= 0:
            self._insert_sorted([entry])
            return
        row = len(self._entries)
        self._rows[entry.path] = row + len(self._gone)
        self._list(entry)
        if self._fetched == row:  # everything is shown: the new row is shown too
            self.beginInsertRows(QModelIndex(), row, row)
            self._entries.append(entry)
            self._fetched += 1
            self.endInsertRows()
        else:
            self._entries.append(entry)
        self._counted()

    def _refresh(self, row: int, entry: Entry) -> bool:
        """A row's new entry in its place; whether the place is still right (a sorted column's value may change)."""
        self._unlist(self._entries[row])
        self._entries[row] = entry
        self._list(entry)
        if row < self._fetched:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return self._order.column < 0 or self._order.in_place(self._entries, row)

    def add_many(self, entries: list[Entry]) -> None:
        """Add or refresh several rows with one insertion for the new ones (an import batch)."""
        fresh, moved = [], False
        for entry in entries:
            if entry.path not in self._rows:
                self._rows[entry.path] = len(self._entries) + len(fresh) + len(self._gone)
                self._list(entry)
                fresh.append(entry)
            elif not self._refresh(self._row(entry.path), entry):
                moved = True
        if moved:  # once for the batch: a row moved alone would be placed among rows of the batch not placed yet
            self._reorder()
        if fresh and self._order.column >= 0:
            self._insert_sorted(fresh)
        if not fresh or self._order.column >= 0:
            return
        first = len(self._entries)
        if self._fetched == first:
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._entries.extend(fresh)
            self._fetched += len(fresh)
            self.endInsertRows()
        else:
            self._entries.extend(fresh)
        self._counted()

    def put_back(self, entries: list[Entry]) -> None:
        """Rows brought back (Undo Removal) at their catalogue places (by when added), not at the list's end."""
        if self._order.column >= 0:
            self._insert_sorted([e for e in entries if e.path not in self._rows])
            return
        key = attrgetter("added", "doc_id")  # the library lists documents by when each was added
        for entry in sorted((e for e in entries if e.path not in self._rows), key=key):
            row, shown = bisect.bisect_right(self._entries, key(entry), key=key), self._fetched
            self._list(entry)
            if row < shown or shown == len(self._entries):  # among the rows the view has (else fetched later)
                self.beginInsertRows(QModelIndex(), row, row)
                self._fetched += 1
            self._entries.insert(row, entry)
            if self._fetched > shown:
                self.endInsertRows()
        self._reindex()  # the rows below moved
        self._counted()

    # -- order -------------------------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows in a column's order (-1: the catalogue's), sorted here in one pass over keys made once per row."""
        self.fetch_to(len(self._entries))  # a sort orders every entry
        self._order.column, self._order.ascending = column, order == Qt.SortOrder.AscendingOrder
        self._reorder()

    def _insert_sorted(self, entries: list[Entry]) -> None:
        """Rows added to a sorted list (an import batch, Undo Removal), each at its place (every row is fetched)."""
        for entry in entries:
            self._list(entry)
            row = self._order.place(entry, self._entries)
            self.beginInsertRows(QModelIndex(), row, row)
            self._entries.insert(row, entry)
            self._fetched += 1
            self.endInsertRows()
        self._reindex()
        self._counted()

    def _move(self, row: int) -> None:
        """A refreshed row whose sorted value changed, moved to its new place."""
        entry = self._entries[row]
        rest = self._entries[:row] + self._entries[row + 1:]
        place = self._order.place(entry, rest)
        if place == row:
            return
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), place + 1 if place > row else place)
        self._entries = rest[:place] + [entry] + rest[place:]
        self._reindex()
        self.endMoveRows()

    def _reorder(self) -> None:
        """Put the rows in order; the rows kept by the view (selection, current row) follow their documents."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        paths = [self._entries[index.row()].path if index.row() < len(self._entries) else "" for index in kept]
        self._entries = self._order.ordered(self._entries)
        self._reindex()
        self.changePersistentIndexList(kept, [self.index(self._rows[path], index.column()) if path in self._rows
                                              else QModelIndex() for path, index in zip(paths, kept)])
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._rows, self._gone = {e.path: i for i, e in enumerate(self._entries)}, []

    def _row(self, path: str) -> int | None:
        """The row of a path now: where it was listed, less the rows removed above it since."""
        listed = self._rows.get(path)
        return None if listed is None else listed - bisect.bisect_left(self._gone, listed)

    def remove(self, path: str) -> None:
        row = self._row(path)
        if row is None:
            return
        bisect.insort(self._gone, self._rows.pop(path))
        shown = row < self._fetched
        self._unlist(self._entries[row])
        if shown:
            self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        if shown:
            self._fetched -= 1
        if shown:
            self.endRemoveRows()
        self._counted()

    def total(self) -> int:
        """How many documents the list holds (fetched for the view or not)."""
        return len(self._entries)

    def _counted(self) -> None:
        """The title column's header says how many documents there are: it changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COLUMN["title"], COLUMN["title"])

    def _list(self, entry: Entry) -> None:
        self._order.listed(entry)
        key = _title_key(entry)
        self._same.setdefault(key, {})[entry.path] = None
        self._apart.pop(key, None)

    def _unlist(self, entry: Entry) -> None:
        key = _title_key(entry)
        paths = self._same.get(key)
        if paths is not None:
            paths.pop(entry.path, None)
            if not paths:
                del self._same[key]
        self._apart.pop(key, None)

    def apart(self, entry: Entry) -> str:
        """Where another entry has the same title: the end of its folder path (or its file name) that differs."""
        key = _title_key(entry)
        paths = self._same.get(key, {})
        if len(paths) < 2:
            return ""
        labels = self._apart.get(key)
        if labels is None:
            labels = self._apart[key] = dict(zip(paths, telling_apart(list(paths))))
        return labels.get(entry.path, "")

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def has(self, path: str) -> bool:
        return path in self._rows

    def row_of(self, path: str) -> int:
        """The row of a path (fetching rows up to it so the view can show it), or -1."""
        row = self._row(path)
        row = -1 if row is None else row
        if row >= self._fetched:
            self.fetch_to(row + 1)
        return row

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def get(self, path: str) -> Entry | None:
        row = self._row(path)
        return None if row is None else self._entries[row]

    def set_converter(self, convert: Callable[[str, str], str]) -> None:
        self._convert = convert
        self._order.forget_keys()  # titles, authorities and numbers sort as shown
        if self._order.column >= 0:
            self._reorder()
        if self._fetched:
            self.dataChanged.emit(self.index(0, 0), self.index(self._fetched - 1, len(COLUMNS) - 1))

    def display(self, entry: Entry, text: str) -> str:
        """A title or other text in the displayed script (converted from the document's own)."""
        return self._convert(text, entry.script) if text else ""

    def who(self, entry: Entry) -> str:
        """The row's issuer in the displayed script, else its source; a source that is an address shows as its site
        ('law.moj.gov.tw'), never as a URL, and unlabelled as every other row's source ('Source: …' in English in a
        Chinese row beside '新华社' and '湖北人大网' read as two kinds of row)."""
        if entry.authority:
            return self.display(entry, entry.authority)
        return source_host(entry.source) or self.display(entry, shown_source(entry.source))  # a site as it is

    def display_title(self, entry: Entry) -> str:
        return self.display(entry, entry.title) if entry.title else shown_name(entry.path)

    def set_headers(self, headers: list[str]) -> None:
        """Translated column names (the window's language)."""
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # -- fetching what is shown --------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetched < len(self._entries)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        self.fetch_to(self._fetched + FETCH)

    def fetch_to(self, count: int) -> None:
        count = min(count, len(self._entries))
        if count > self._fetched:
            self.beginInsertRows(QModelIndex(), self._fetched, count - 1)
            self._fetched = count
            self.endInsertRows()

    # -- the model interface -----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            header = QApplication.translate("DocumentList", self._headers[section])
            if section != COLUMN["title"]:
                return header
            note = ""
            if self.sort_aside is not None:  # 'Number ↑' in the language shown
                column, ascending = self.sort_aside
                note = f"{QApplication.translate('DocumentList', self._headers[column])} {'↑' if ascending else '↓'}"
            return with_count(header, len(self._entries), self.header_fits, note)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._fetched:
            return None
        entry = self._entries[index.row()]
        key = COLUMNS[index.column()][0]
        if role == ENTRY_ROLE:
            return entry
        if role == APART_ROLE:
            return self.apart(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.display_title(entry), entry.path]
            lines += [x for x in (self.display(entry, entry.number), self.display(entry, entry.authority),
                                  listed_date(entry)) if x]
            if entry.missing:
                lines.append(QApplication.translate("DocumentList", "The file is missing (Locate… re-links it)"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and entry.missing:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, entry: Entry, key: str) -> str:
        if key == "title":
            return self.display_title(entry)
        if key == "date":
            return listed_date(entry)
        if key == "opened":
            return _read_when(entry.opened)
        if key == "script":
            return BADGES.get(entry.script, "")
        if key in ("authority", "kind", "number"):  # a 文号 reads in the list's script (國辦發〔1997〕11號), as a
            # citation in that script writes it; stored as issued, and the filter folds either spelling
            return self.display(entry, getattr(entry, key))
        return getattr(entry, key)
