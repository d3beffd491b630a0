"""Edit › Undo Removal (Ctrl+Z) undoes the reader's latest removal: of rows from the document list (RemovalUndo) or of
a keyword by its ×. Found by hand (session 74): a keyword's × could not be undone, the action stayed greyed out, and a
reader who clicked it by mistake lost the keyword's colour and its place in the list; typed again, it came back last.
Each removal is undone in turn, latest first; a keyword comes back in its colour and at its place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction

from reader.ui.keyword_panel import KeywordPanel


class UndoPart(QObject):
    """One kind of removal's share of the action: enabled and triggered as the action itself was (RemovalUndo)."""

    triggered = Signal()

    def __init__(self, last: LastRemoval) -> None:
        super().__init__(last)
        self._last = last

    def setEnabled(self, on: bool) -> None:  # noqa: N802 - the QAction's name, as RemovalUndo calls it
        """Offered as the latest removal (on), or no longer offered at all."""
        self._last.withdraw(self)
        if on:
            self._last.offer(self)

    def push(self) -> None:
        """One more removal of this kind to undo, the latest of all."""
        self._last.offer(self)

    def pop(self) -> None:
        """One removal of this kind no longer to undo."""
        self._last.withdraw(self, one=True)


class LastRemoval(QObject):
    """The removals still to undo, oldest first; the action is enabled while there is one."""

    def __init__(self, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._order: list[UndoPart] = []
        action.setEnabled(False)
        action.triggered.connect(self._undo)

    def part(self) -> UndoPart:
        return UndoPart(self)

    def offer(self, part: UndoPart) -> None:
        self._order.append(part)
        self._action.setEnabled(True)

    def withdraw(self, part: UndoPart, one: bool = False) -> None:
        if one and part in self._order:
            del self._order[len(self._order) - 1 - self._order[::-1].index(part)]
        elif not one:
            self._order = [p for p in self._order if p is not part]
        self._action.setEnabled(bool(self._order))

    @Slot()
    def _undo(self) -> None:
        if self._order:
            part = self._order.pop()
            self._action.setEnabled(bool(self._order))
            part.triggered.emit()


class KeywordUndo(QObject):
    """The keywords the reader removed (latest last), each with its palette index and place, until undone or added
    again."""

    def __init__(self, panel: KeywordPanel, part: UndoPart, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self._part = part
        self._removed: list[tuple[str, int, int]] = []
        panel.keyword_removed.connect(self._kept)
        panel.keywords_changed.connect(self._added_again)
        part.triggered.connect(self.undo)

    @Slot(str, int, int)
    def _kept(self, word: str, slot: int, place: int) -> None:
        self._removed.append((word, slot, place))
        self._panel.hold_colours({r[1] for r in self._removed})
        self._part.push()

    @Slot(list)
    def _added_again(self, _words: list) -> None:
        """A removed keyword typed again (in any script) is no longer one to bring back."""
        kept = [r for r in self._removed if self._panel.existing(r[0]) is None]
        for _ in range(len(self._removed) - len(kept)):
            self._part.pop()
        self._removed = kept
        self._panel.hold_colours({r[1] for r in kept})

    @Slot()
    def undo(self) -> None:
        """The latest keyword removed back in the panel, its highlights in the text."""
        if self._removed:
            word, slot, place = self._removed.pop()
            self._panel.hold_colours({r[1] for r in self._removed})
            self._panel.restore_keyword(word, slot, place)
