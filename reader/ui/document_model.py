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
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView

from reader.documents import date_key, listed_date
from reader.file_names import shown_name
from reader.storage.library import Entry
from reader.text.fold import fold
from reader.text.hosts import source_host
from reader.text.metavalues import sortable_number
from reader.ui.library_search import telling_apart

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
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
COLUMN_SAMPLES = {"date": "2024-01-12", "kind": "实施意见", "authority": "国务院办公厅", "number": "国办发〔2019〕123号",
                  "opened": "2024-01-12 23:59", "script": "繁體"}  # a typical value: the column shows it whole

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


def size_columns(header: QHeaderView, cells: QFontMetrics) -> None:
    """Each column but the title's wide enough for a typical value and its name (at Qt's 100 px a 文号 showed as
    '国办发〔1997…' and a last reading time lost its minutes, beside an empty stretch of title)."""
    names = header.fontMetrics()
    for key, sample in COLUMN_SAMPLES.items():
        name = QApplication.translate("DocumentList", dict(COLUMNS)[key])
        header.resizeSection(COLUMN[key], max(cells.horizontalAdvance(sample) + 16, names.horizontalAdvance(name) + 28))


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
        self._number_keys: dict[str, str] = {}  # a 文号 as shown -> its sort key (a sort asks for each many times)

    # -- content -----------------------------------------------------------------------------------------------

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = {e.path: i for i, e in enumerate(self._entries)}
        self._gone = []
        self._same, self._apart = {}, {}
        for entry in self._entries:
            self._same.setdefault(_title_key(entry), {})[entry.path] = None
        self._fetched = min(FETCH, len(self._entries))
        self.endResetModel()
        self._counted()

    def add(self, entry: Entry) -> None:
        """Add or refresh one row (keyed by path)."""
        row = self._row(entry.path)
        if row is not None:
            self._unlist(self._entries[row])
            self._entries[row] = entry
            self._list(entry)
            if row < self._fetched:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
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

    def add_many(self, entries: list[Entry]) -> None:
        """Add or refresh several rows with one insertion for the new ones (an import batch)."""
        fresh = []
        for entry in entries:
            if entry.path not in self._rows:
                self._rows[entry.path] = len(self._entries) + len(fresh) + len(self._gone)
                self._list(entry)
                fresh.append(entry)
            else:
                self.add(entry)
        if not fresh:
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
        self._rows, self._gone = {e.path: i for i, e in enumerate(self._entries)}, []  # the rows below moved
        self._counted()

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
        if self._fetched:
            self.dataChanged.emit(self.index(0, 0), self.index(self._fetched - 1, len(COLUMNS) - 1))

    def display(self, entry: Entry, text: str) -> str:
        """A title or other text in the displayed script (converted from the document's own)."""
        return self._convert(text, entry.script) if text else ""

    def who(self, entry: Entry) -> str:
        """The row's issuer in the displayed script, else its source; a source that is an address shows as its site
        ('law.moj.gov.tw'), never as a URL, and unlabelled as every other row's source ('Source: …' in English in a
        Chinese row beside '新华社' and '湖北人大网' read as two kinds of row)."""
        host = "" if entry.authority else source_host(entry.source)
        if host:
            return host
        if entry.source.lstrip().startswith("<"):  # a link's markup whose address was cut off: nothing to show
            return self.display(entry, entry.authority)
        return self.display(entry, entry.authority or entry.source)

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
        if role == SORT_ROLE:
            if key == "opened":
                return entry.opened
            if key == "date":
                return date_key(entry)
            if key == "title":
                return fold(self.display_title(entry))
            if key == "number":  # 国发〔2019〕3号 before 〔2019〕12号: issuer, year, then serial by value
                number = self._text(entry, key)
                if number not in self._number_keys:
                    self._number_keys[number] = sortable_number(number)
                return self._number_keys[number]
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
