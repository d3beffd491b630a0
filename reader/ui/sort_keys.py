"""The document list's sort keys, made once per row: a sort of 10,000 rows compares them ~130,000 times, and making
them in each comparison (a 拼音 collation, a 文号 parse, a script conversion) held the window 3-7 s per column.
Titles, authorities and 文号 order by reader.text.collation's pure keys, as the CLI's `library list --sort` does."""

from __future__ import annotations

from collections.abc import Callable

from reader.documents import date_key
from reader.storage.library import Entry
from reader.text.collation import number_key, title_key

BLANKS_LAST = frozenset(("date", "kind", "authority", "number"))  # most documents have none: blanks hid the rest


def sort_key(entry: Entry, key: str, shown: Callable[[Entry, str], str]) -> tuple[bool, object]:
    """(has a value, what orders it) for one row in column `key`; `shown(entry, key)` is the cell's text as
    displayed. Keys of a column compare with `<` only among rows that have a value."""
    if key == "opened":
        return True, entry.opened
    if key == "date":
        value = date_key(entry)
        return bool(value), value
    if key == "title":
        return True, title_key(shown(entry, key))  # the pure key: `library list --sort title` gives the same order
    text = shown(entry, key)
    if key == "number":  # issuer in 拼音 (法 before 国办发 before 吉政明电), year, then serial by value: 3号 before 12号
        value = number_key(text)  # the pure key: the CLI's `library list --sort number` gives the same order
        return bool(value), value
    if key == "authority":
        return bool(text), title_key(text)  # folded as titles are: 衛生部 with 卫生部, not after 渭南
    return key not in BLANKS_LAST or bool(text), text.encode("utf-16-be")  # Qt's order: by UTF-16 code unit


class RowOrder:
    """The order the list's rows are kept in: a column's (sorted here, once per change) or the catalogue's. Sorting
    in Python with each row's key made once takes tens of milliseconds for 10,000 rows, where a sort proxy calling
    back into Python for each of its ~130,000 comparisons held the window for seconds."""

    def __init__(self, shown: Callable[[Entry, str], str]) -> None:
        self._shown = shown
        self.column = -1  # the column sorted by (its index in COLUMNS), -1 for the catalogue's order
        self.ascending = True
        self._keys: dict[str, dict[str, tuple[bool, object]]] = {}  # column key -> path -> sort key
        self._seq: dict[str, int] = {}  # path -> catalogue place: equal rows keep it, either way; kept once removed
        self._columns: tuple[str, ...] = ()

    def set_columns(self, columns: tuple[str, ...]) -> None:
        self._columns = columns

    def catalogue(self, entries: list[Entry]) -> None:
        """Entries in catalogue order (a fresh list): their places, for ties and for going back to that order."""
        self._seq = {entry.path: i for i, entry in enumerate(entries)}
        self._keys = {}

    def listed(self, entry: Entry) -> None:
        """A row added (after the others in the catalogue, unless it was listed before: Undo Removal) or changed."""
        self._seq.setdefault(entry.path, len(self._seq))
        for keys in self._keys.values():
            keys.pop(entry.path, None)

    def forget_keys(self) -> None:
        """The displayed script changed: titles, authorities and numbers sort as shown."""
        self._keys = {}

    def key(self, entry: Entry, column: int) -> tuple[bool, object]:
        name = self._columns[column]
        keys = self._keys.setdefault(name, {})
        made = keys.get(entry.path)
        if made is None:
            made = keys[entry.path] = sort_key(entry, name, self._shown)
        return made

    def ordered(self, entries: list[Entry]) -> list[Entry]:
        """The entries in this order: by key (blanks last either way), equal ones in catalogue order."""
        seq = self._seq
        rows = sorted(entries, key=lambda e: seq.get(e.path, len(seq)))
        if self.column < 0:
            return rows
        column, ascending = self.column, self.ascending

        def keyed(entry: Entry) -> tuple[bool, object]:
            has, value = self.key(entry, column)
            return (has != ascending, value if has else "")

        return sorted(rows, key=keyed, reverse=not ascending)  # stable: ties stay in catalogue order when reversed

    def before(self, a: Entry, b: Entry) -> bool:
        """Whether row `a` belongs above row `b`."""
        if self.column >= 0:
            (has_a, key_a), (has_b, key_b) = self.key(a, self.column), self.key(b, self.column)
            if has_a != has_b:
                return has_a
            if has_a and key_a < key_b:
                return self.ascending
            if has_a and key_b < key_a:
                return not self.ascending
        return self._seq.get(a.path, len(self._seq)) < self._seq.get(b.path, len(self._seq))

    def place(self, entry: Entry, rows: list[Entry]) -> int:
        """Where an entry goes among rows in this order: a binary search, a few comparisons of keys made once."""
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            if self.before(rows[middle], entry):
                low = middle + 1
            else:
                high = middle
        return low

    def in_place(self, entries: list[Entry], row: int) -> bool:
        """Whether a row is still between its neighbours (a refreshed title may move it)."""
        return ((row == 0 or self.before(entries[row - 1], entries[row]))
                and (row == len(entries) - 1 or self.before(entries[row], entries[row + 1])))
