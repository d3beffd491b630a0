"""The library list's filter on metadata in either script."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

from reader.documents import listed_date
from reader.storage.library import Entry
from reader.text.fold import fold
from reader.ui.document_model import COLUMN, DocumentModel, _Index, with_count


class DocumentFilter(QSortFilterProxyModel):
    """Sorting by any column and a filter on title, authority, number, kind and source in either script."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._haystacks: dict[str, tuple[Entry, str]] = {}  # path -> (its entry, its metadata folded): each key typed
        # looks at every row, and folding 10,000 rows' metadata again took most of it
        self.setDynamicSortFilter(True)

    @property
    def active(self) -> bool:
        """Whether a filter text hides rows."""
        return bool(self._needle)

    def set_text(self, text: str) -> None:
        """Keep the rows whose metadata contains `text` (folded: 监督 finds 監督; '' keeps all)."""
        source = self.sourceModel()
        if text.strip() and isinstance(source, DocumentModel):
            source.fetch_to(source.total())  # a filter looks at every entry, not only the fetched ones
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COLUMN["title"], COLUMN["title"])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The rows are sorted in the document model, once, and shown here in its order: this model's own sort called
        back into Python for each of its ~130,000 comparisons in a 10,000-row list (3-7 s per column clicked)."""
        source = self.sourceModel()
        if isinstance(source, DocumentModel):
            source.sort(column, order)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """A filter that hides rows counts the rows it shows; the count fits the column (see with_count)."""
        source = self.sourceModel()
        if (self._needle and section == COLUMN["title"] and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole and isinstance(source, DocumentModel)):
            return with_count(QApplication.translate("DocumentList", source._headers[section]), self.rowCount(),
                              source.header_fits)
        return super().headerData(section, orientation, role)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        source = self.sourceModel()
        entry = source.entry(source_row)
        made = self._haystacks.get(entry.path)
        if made is None or made[0] is not entry:  # a refreshed row has a new entry
            haystack = " ".join((entry.title, entry.authority, entry.number, entry.kind, entry.source, entry.path,
                                 listed_date(entry)))
            made = self._haystacks[entry.path] = (entry, fold(haystack))
        return self._needle in made[1]
