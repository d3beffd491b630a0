"""The library list's sorting (拼音 titles, undated last) and its filter on metadata in either script."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

from reader.documents import listed_date
from reader.text.fold import fold
from reader.ui.document_model import COLUMN, SORT_ROLE, DocumentModel, _Index, with_count

_BLANKS_LAST = frozenset(COLUMN[key] for key in ("date", "kind", "authority", "number"))  # most documents have none


class DocumentFilter(QSortFilterProxyModel):
    """Sorting by any column and a filter on title, authority, number, kind and source in either script."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self._names: QCollator | None = None
        self.setDynamicSortFilter(True)

    @property
    def active(self) -> bool:
        """Whether a filter text hides rows."""
        return bool(self._needle)

    def set_text(self, text: str) -> None:
        """Keep the rows whose metadata contains `text` (folded: 监督 finds 監督; '' keeps all)."""
        source = self.sourceModel()
        if text.strip() and isinstance(source, DocumentModel):
            source.fetch_to(len(source.entries()))  # a filter looks at every entry, not only the fetched ones
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COLUMN["title"], COLUMN["title"])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if column >= 0 and isinstance(source, DocumentModel):
            source.fetch_to(len(source.entries()))  # a sort orders every entry
        super().sort(column, order)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """A filter that hides rows counts the rows it shows; the count fits the column (see with_count)."""
        source = self.sourceModel()
        if (self._needle and section == COLUMN["title"] and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole and isinstance(source, DocumentModel)):
            return with_count(QApplication.translate("DocumentList", source._headers[section]), self.rowCount(),
                              source.header_fits)
        return super().headerData(section, orientation, role)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """Rows of equal value keep their catalogue order either way: a row brought back (Undo Removal) among them is
        placed by the same order a sort gave, not below them all."""
        order = self._compare(left, right)
        if order:
            return order < 0
        return (left.row() < right.row()) == (self.sortOrder() == Qt.SortOrder.AscendingOrder)

    def _compare(self, left: _Index, right: _Index) -> int:
        """Two rows' order (<0, 0, >0). Blank dates, kinds, authorities and numbers come last either way: first, they
        hid the few rows with one."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left.column() in _BLANKS_LAST:
            if not a or not b:
                if bool(a) == bool(b):
                    return 0
                return -1 if (bool(a) if self.sortOrder() == Qt.SortOrder.AscendingOrder else bool(b)) else 1
            if left.column() in (COLUMN["date"], COLUMN["number"]):  # yyyy-mm-dd, a 文号's sortable_number
                return (a > b) - (a < b)
        if left.column() in (COLUMN["title"], COLUMN["authority"]):  # 拼音 order, as a Chinese file manager names
            if self._names is None:  # files (code points put 中 before 国 before 在); numbers by value, 2 before 10
                self._names = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
                self._names.setNumericMode(True)
            return self._names.compare(str(a or ""), str(b or ""))
        if a == b:
            return 0
        return -1 if super().lessThan(left, right) else 1

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        source = self.sourceModel()
        entry = source.entry(source_row)
        haystack = " ".join((entry.title, entry.authority, entry.number, entry.kind, entry.source, entry.path,
                             listed_date(entry)))
        return self._needle in fold(haystack)
