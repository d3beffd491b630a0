"""The document list: a view over the library's entries (title, source · date, badge, length), sortable by column."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from reader.storage.library import Entry
from reader.ui.document_removal import confirm_removal
from reader.ui.document_filter import DocumentFilter
from reader.ui.document_model import COLUMN, COLUMNS, ENTRY_ROLE, DocumentModel
from reader.ui.document_rows import RowDelegate, fitting_columns, size_columns
from reader.ui.key_moves import KeyMoves
from reader.ui.row_keeper import CurrentRowKeeper
from reader.ui.tuning import KEYBOARD_DELAY_MS

_VISIBLE = ("title", "date")  # columns shown at first in the narrow sidebar; the header's menu shows the others
_GATHER = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NARROW_PX = 320  # below this width the list shows titles only

class _Row:
    """A row as the QListWidget version handed it out (item(row).data(role)), for callers written against it."""

    def __init__(self, index: QModelIndex) -> None:
        self.index = index

    def data(self, role: int):
        return self.index.data(role)


class DocumentList(QTableView):
    """The library's documents; emits document_selected(path) on click, Enter, or arrowing onto a row."""

    document_selected = Signal(object)  # path (str): a Qt str would drop a name's undecodable bytes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self._model = DocumentModel(self)
        self._proxy = DocumentFilter(self)
        self._proxy.setSourceModel(self._model)
        self.setModel(self._proxy)
        self.setItemDelegateForColumn(COLUMN["title"], RowDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several, to remove at once
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # a table's Tab walks its cells: here it would open row after row, never leave
        self.setWordWrap(False)
        self.setAcceptDrops(False)
        self.setSortingEnabled(False)  # catalogue order until the reader clicks a header
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(int(QFontMetrics(self.font()).lineSpacing() * 2.6) + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COLUMN["title"], QHeaderView.ResizeMode.Stretch)
        size_columns(header, self.fontMetrics())
        self._widths = {COLUMN[key]: header.sectionSize(COLUMN[key]) for key, _ in COLUMNS}  # a hidden one's is 0
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_clicked)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._model.header_fits = self._header_fits
        self._wanted = {COLUMN[key]: key in _VISIBLE for key, _ in COLUMNS}  # the columns the reader chose
        self._narrow = False
        self._show_columns()
        self._keys = KeyMoves()
        self._gathering = False  # Ctrl or Shift held: rows are being gathered into the selection, none is opened
        self._key_timer = QTimer(self, singleShot=True, interval=KEYBOARD_DELAY_MS)
        self._key_timer.timeout.connect(self._emit_current)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.clicked.connect(self._on_chosen)
        self.activated.connect(self._on_chosen)
        CurrentRowKeeper(self)  # owned by the list
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- what the window calls -------------------------------------------------------------------------------

    def set_remove_action(self, action: QAction) -> None:
        """'Remove from List' in the list's context menu and on Delete while the list has focus (only there)."""
        self.addAction(action)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(action.trigger)

    def remove_path(self, path: str) -> None:
        """Drop a row (the file itself is never touched); the row marked as open is unmarked, not moved to the next
        one before that one is shown (Delete pressed again would remove it unseen)."""
        was_current = path == self.current_path()
        self._model.remove(path)
        if was_current:
            self.selectionModel().clear()

    def removal(self) -> tuple[list[str], str, str]:
        """What Delete removes: the rows selected (else the current one), the nearest row left to show next, and the
        current row's title as shown."""
        paths = self.selected_paths()
        if not paths:
            return [], "", ""
        entry = self.currentIndex().data(ENTRY_ROLE) if self.currentIndex().isValid() else None
        title = self.display_title(entry) if entry is not None else ""
        return paths, self.neighbour_path(paths[-1], skip=frozenset(paths)), title

    def confirm_removal(self, remove: Callable[[list[str], str, str], None]) -> None:
        """What Delete removes, through remove(paths, then, title); more than a few rows once the reader confirms."""
        confirm_removal(self, self.removal(), remove)

    def neighbour_path(self, path: str, skip: frozenset[str] = frozenset()) -> str:
        """The document to show once `path` (and the rows in `skip`) are removed: the nearest row below it, else above,
        whose file is there ('' when none is), as a mail list shows the next message after a delete."""
        index = self._proxy_index(path)
        if not index.isValid():
            return ""
        rows = self._proxy.rowCount()
        for row in [*range(index.row() + 1, rows), *range(index.row() - 1, -1, -1)]:
            entry = self._proxy.index(row, 0).data(ENTRY_ROLE)
            if entry is not None and not entry.missing and entry.path not in skip:
                return entry.path
        return ""

    def set_converter(self, convert: Callable[[str, str], str]) -> None:
        """Titles follow the displayed script: convert(text, document's own script) -> text as displayed."""
        self._model.set_converter(convert)
        self.viewport().update()

    def display_title(self, entry: Entry) -> str:
        return self._model.display_title(entry)

    def display_text(self, entry: Entry, text: str) -> str:
        return self._model.display(entry, text)

    def who(self, entry: Entry) -> str:
        return self._model.who(entry)

    def set_entries(self, entries: list[Entry]) -> None:
        current = self.current_path()
        self._model.set_entries(entries)
        column = self.horizontalHeader().sortIndicatorSection()
        if 0 <= column < len(COLUMNS):  # sorted before the entries came (a restored sort): every entry, not the
            self._proxy.sort(column, self.horizontalHeader().sortIndicatorOrder())  # first screenful, is ordered
        if current:
            self.select_path(current)

    def add_entry(self, entry: Entry) -> None:
        """Add or refresh one row (keyed by path; a dictionary lookup, not a scan of the list)."""
        self._model.add(entry)

    def add_entries(self, entries: list[Entry]) -> None:
        """Add or refresh several rows at once (an import batch: one insertion for the view)."""
        self._model.add_many(entries)

    def put_back(self, entries: list[Entry]) -> None:
        """Rows brought back by Undo Removal, at their places in catalogue order (a sort places them itself); rows
        put back above the open document's row pushed it out of sight: it stays in view, the rows back beside it."""
        current = self.currentIndex()
        seen = current.isValid() and self.viewport().rect().intersects(self.visualRect(current))
        self._model.put_back(entries)
        back = sorted((self._proxy_index(e.path) for e in entries), key=lambda index: index.row())
        back = [index for index in back if index.isValid()]
        if back:
            self.scrollTo(back[0], QAbstractItemView.ScrollHint.EnsureVisible)  # the first row back, if both fit
        if seen and self.currentIndex().isValid():
            self.scrollTo(self.currentIndex(), QAbstractItemView.ScrollHint.EnsureVisible)

    def show_added(self, path: str) -> None:
        """The first document Add Files… added, selected and in view (Enter opens it); the document read stays."""
        index = self._proxy_index(path)
        if index.isValid():
            self._key_timer.stop()
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def is_empty(self) -> bool:
        """No document listed at all (not merely none matching a filter)."""
        return self._model.rowCount() == 0 and not self._model.canFetchMore()

    def refresh_entries(self, entries: list[Entry]) -> None:
        """Refresh the rows still listed (a late report must not bring back a row the reader removed meanwhile)."""
        self._model.add_many([e for e in entries if self._model.has(e.path)])

    def entries(self) -> list[Entry]:
        """Every entry, in the order shown (sorted and filtered rows first, then rows not fetched yet)."""
        shown = [self._proxy.index(r, 0).data(ENTRY_ROLE) for r in range(self._proxy.rowCount())]
        if not self._proxy.active and self._model.canFetchMore():
            shown += self._model.entries()[self._model.rowCount():]
        return shown

    def listed_entry(self, path: str) -> Entry | None:
        """A listed row's entry (its catalogue row may not be written yet: an Undo waiting for an import's lock)."""
        return self._model.get(path)

    def selected_paths(self) -> list[str]:
        """The rows selected (several with Ctrl or Shift), in the order shown; else the current one."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows(COLUMN["title"]))
        paths = [self._proxy.index(r, COLUMN["title"]).data(ENTRY_ROLE).path for r in rows]
        current = self.current_path()
        return paths or ([current] if current else [])

    def current_path(self) -> str:
        entry = self.currentIndex().data(ENTRY_ROLE) if self.currentIndex().isValid() else None
        return entry.path if entry is not None else ""

    def mark_listed(self, path: str) -> None:
        """The open document's row, listed after it was shown: marked, unless the reader is choosing rows meanwhile."""
        if not self._key_timer.isActive() and len(self.selectionModel().selectedRows()) <= 1:
            self.select_path(path)  # (the row marked is the document shown before, or none)

    def select_path(self, path: str) -> None:
        """Mark the open document without emitting document_selected; rows the reader gathered (Ctrl/Shift+click)
        while it opened stay selected: a long document arrived and left only its own row, so Delete took only it."""
        index = self._proxy_index(path)
        if index.isValid() and len(self.selectionModel().selectedRows()) <= 1:
            self._key_timer.stop()
            blocked = self.blockSignals(True)
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.blockSignals(blocked)
            self.scrollTo(index)

    # -- sorting and filtering ---------------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only documents whose title, authority, number, kind, source or date contain `text` (either script)."""
        self._proxy.set_text(text)

    def sort_by(self, key: str, descending: bool = False) -> None:
        """Sort by a column key ('title', 'date', 'kind', 'authority', 'number', 'opened', 'script'); '' restores
        catalogue order."""
        column = COLUMN.get(key, -1)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)
        self._proxy.sort(column, order)
        self._show_sorted()
        self._say_sort()

    def view_state(self) -> tuple[str, bool, list[str]]:
        """The sort (column key, '' for catalogue order; descending) and the columns chosen, kept across runs."""
        header = self.horizontalHeader()
        column = header.sortIndicatorSection()
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else ""
        chosen = [k for k, _ in COLUMNS if k != "title" and self._wanted[COLUMN[k]]]
        return key, key != "" and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder, chosen

    def restore_view(self, sort: str, descending: bool, columns: list[str]) -> None:
        """The list as the reader left it: sorted by the same column, the same columns chosen."""
        self._wanted = {COLUMN[key]: key == "title" or key in columns for key, _ in COLUMNS}
        self._show_columns()
        self.sort_by(sort, descending)

    def set_headers(self, headers: list[str]) -> None:
        self._model.set_headers(headers)

    @Slot(int)
    def _sort_clicked(self, column: int) -> None:
        header = self.horizontalHeader()
        self._proxy.sort(column, header.sortIndicatorOrder())
        self._show_sorted()
        self._say_sort()

    def _show_sorted(self) -> None:
        """The sorted list from its top, the row read in sight: the view stayed scrolled where it was, the row gone
        elsewhere, and in view were often the rows without a 文号 (sorted last), their Number cells blank."""
        self.verticalScrollBar().setValue(0)
        current = self.currentIndex()
        if current.isValid() and not self.viewport().rect().contains(self.visualRect(current)):
            self.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    @Slot(QPoint)
    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for key, _ in COLUMNS:
            if key == "title":
                continue
            action = menu.addAction(str(self._model.headerData(COLUMN[key], Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(self._wanted[COLUMN[key]])  # chosen, shown once it fits
            action.toggled.connect(lambda on, c=COLUMN[key]: self._want_column(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Catalogue Order")).triggered.connect(lambda: self.sort_by(""))
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def _want_column(self, column: int, on: bool) -> None:
        self._wanted[column] = on
        self._show_columns()

    def _show_columns(self) -> None:
        """The chosen columns that fit beside a readable title; on a narrow list only the title."""
        header = self.horizontalHeader()
        self._widths.update({c: header.sectionSize(c) for c in self._wanted if not self.isColumnHidden(c)})
        shown = fitting_columns(self._wanted, self._widths, 0 if self._narrow else self.viewport().width())
        for column in self._wanted:
            self.setColumnHidden(column, column not in shown)
        self._say_sort()

    def _say_sort(self) -> None:
        """The sort in the title's header ('Number ↑') while its column, and so its arrow, is out of sight (a narrow
        list shows titles only): the list looked unsorted, or sorted by title."""
        header = self.horizontalHeader()
        column = header.sortIndicatorSection()
        aside = None
        if 0 <= column < len(COLUMNS) and column != COLUMN["title"] and self.isColumnHidden(column):
            aside = (column, header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder)
        if aside != self._model.sort_aside:
            self._model.sort_aside = aside
            self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, COLUMN["title"], COLUMN["title"])

    def _header_fits(self, text: str) -> bool:
        """Whether the title header shows `text` whole: its column less the margins and the sort arrow's room."""
        header = self.horizontalHeader()
        return header.fontMetrics().horizontalAdvance(text) <= header.sectionSize(COLUMN["title"]) - 28

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._narrow = self.viewport().width() < NARROW_PX
        self._show_columns()

    # -- the QListWidget calls older callers make ------------------------------------------------------------

    def count(self) -> int:
        return self._proxy.rowCount()

    def item(self, row: int) -> _Row:
        return _Row(self._proxy.index(row, COLUMN["title"]))

    def visualItemRect(self, item: _Row) -> QRect:
        return self.visualRect(item.index)

    def setCurrentRow(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(self._proxy.index(row, 0), flags)

    # -- choosing ----------------------------------------------------------------------------------------------

    def _proxy_index(self, path: str) -> QModelIndex:
        row = self._model.row_of(path)
        return QModelIndex() if row < 0 else self._proxy.mapFromSource(self._model.index(row, COLUMN["title"]))

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and last document, as in a list (a table would go to the row's first and
        last column)."""
        rows = self._proxy.rowCount()
        if action == QAbstractItemView.CursorAction.MoveHome and rows:
            return self._proxy.index(0, COLUMN["title"])
        if action == QAbstractItemView.CursorAction.MoveEnd and rows:
            while self._model.canFetchMore() and not self._proxy.active:
                self._model.fetchMore()
            return self._proxy.index(self._proxy.rowCount() - 1, COLUMN["title"])
        return super().moveCursor(action, modifiers)

    def event(self, event: QEvent) -> bool:
        """Ctrl+A is the list's own (every row, so Delete asks): the window's Select All took the text beside it."""
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.SelectAll):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._gathering = bool(event.modifiers() & _GATHER)
        self._keys.press(super().keyPressEvent, event)

    def mousePressEvent(self, event) -> None:
        self._gathering = bool(event.modifiers() & _GATHER)
        super().mousePressEvent(event)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._keys.moved(current) and not self._gathering:
            self._key_timer.start()

    @Slot()
    def _emit_current(self) -> None:
        path = self.current_path()
        if path:
            self.document_selected.emit(path)

    @Slot(QModelIndex)
    def _on_chosen(self, index: QModelIndex) -> None:
        self._key_timer.stop()
        if self._gathering:
            return  # Ctrl+click or Shift+click gathers rows; the document read stays
        entry = index.data(ENTRY_ROLE)
        if entry is not None:
            self.document_selected.emit(entry.path)
