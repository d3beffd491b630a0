"""Edit › Undo Removal (Ctrl+Z), and an Undo button in the status bar for a few seconds: the rows the reader last
removed from the list come back with their reading place, script choice, keywords and list fields, and each under every
path the library knew it at (a copy in another added folder went with it). The catalogue rows are read as each row goes
(its removal is written from the next turn on); the files are never touched. The open document among them, if its
removal left the text pane empty (every row went), is shown again at the place the reader had reached."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QPushButton

from reader.storage import removal
from reader.storage.library import Entry, Library

log = logging.getLogger(__name__)

OFFER_MS = 10000  # how long the status bar's Undo button stays


def _tr(text: str) -> str:
    return QCoreApplication.translate("RemovalUndo", text)


class RemovalUndo(QObject):
    """Keeps the entries of the last removal (the rows removed in one turn) until undone or another removal."""

    def __init__(self, documents, action, status, rows, place: Callable[[], int],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows  # the document list
        self._place = place  # the reader's place in the open document (a cleaned-text offset)
        self._closed = ""  # the open document, if it was among the rows removed
        self._documents = documents
        self._status = status
        self._action = action
        self._entries: list = []
        self._stats: dict[str, tuple[int, float]] = {}  # each row's file size and time as catalogued
        self._copies: dict[str, list[removal.Copy]] = {}  # each row's document's other locations, gone with it
        self._open = False  # rows removed in this turn join the same undo
        self._restoring: dict[str, tuple] = {}  # path -> (entry, stat, copies) of an undo not yet written (a lock)
        self.button = QPushButton(_tr("Undo"), status)
        self.button.setObjectName("undoRemoval")
        self.button.hide()
        self.button.clicked.connect(self.undo)
        status.addPermanentWidget(self.button)
        self._hide = QTimer(self, singleShot=True, interval=OFFER_MS)
        self._hide.timeout.connect(self.button.hide)
        action.setEnabled(False)
        action.triggered.connect(self.undo)
        documents.entry_removed.connect(self._removed)

    @Slot(object)
    def _removed(self, path: str) -> None:
        library = self._documents.library
        if library is None:
            return
        if not self._open:
            self._entries, self._stats, self._copies, self._open, self._closed = [], {}, {}, True, ""
            QTimer.singleShot(0, self, self._offer)
        shown = self._documents.is_shown(path)  # still shown (or a copy of it): closed once the list lets it go
        try:  # brought back by an undo not written yet: the catalogue has no row for it, the undo has
            entry, stat, copies = self._restoring.get(path) or (library.get(path), library.catalogued_stat(path),
                                                                 removal.copies(library, path))
        except Exception:  # noqa: BLE001 - a busy or damaged catalogue: that row cannot be brought back
            log.info("cannot keep %s for undo", path, exc_info=True)
            entry, stat, copies = None, None, []
        if entry is not None:
            if shown:  # kept at the reader's place, not the one saved when it was last opened
                entry, self._closed = replace(entry, position=self._place()), path
            self._entries.append(entry)
            if stat is not None:
                self._stats[path] = stat
            if copies:
                self._copies[path] = copies

    @Slot()
    def _offer(self) -> None:
        self._open = False
        self._action.setEnabled(bool(self._entries))
        self.button.setVisible(bool(self._entries))
        if self._entries:
            self._hide.start()

    def _offer_again(self, entries: list, stats: dict[str, tuple[int, float]], copies: dict[str, list],
                     exc: BaseException) -> None:
        """The undo could not be written (a full disk, a read-only file; a busy library is waited for): its rows
        leave the list again, as the catalogue has them, and Undo Removal stays offered to write them again."""
        back = [entry for entry in entries if entry.path not in self._documents.removals.hidden]
        if not back:
            return
        paths = {entry.path for entry in back}
        self._entries = back + [entry for entry in self._entries if entry.path not in paths]
        self._stats = {**{p: s for p, s in stats.items() if p in paths}, **self._stats}
        self._copies = {**{p: c for p, c in copies.items() if p in paths}, **self._copies}
        for path in paths:
            self._rows.remove_path(path)
        self._action.setEnabled(True)
        self.button.show()
        self._hide.start()
        log.warning("undo of a removal not written: %s", exc)
        said = (_tr("“{0}” could not be brought back ({1}); Undo Removal tries again").format(
            self._rows.display_title(back[0]), exc) if len(back) == 1 else
            _tr("{0} documents could not be brought back ({1}); Undo Removal tries again").format(len(back), exc))
        QTimer.singleShot(0, self, lambda: self._documents.say_once_shown(said, 0))  # over the writer's notice, and
        # in place of 'back in the list' if the document reopened in the pane is still on its way

    @Slot()
    def undo(self) -> None:
        """The last removal's rows back in the list and the catalogue (an add written after the removal)."""
        entries, stats, copies = self._entries, self._stats, self._copies
        self._entries, self._stats, self._copies = [], {}, {}
        closed, self._closed = self._closed, ""
        self._action.setEnabled(False)
        self.button.hide()
        if not entries or self._documents.library is None:
            return
        documents = self._documents
        place = next((entry.position for entry in entries if entry.path == closed), None) if closed else None
        if place is not None and documents.positions is not None:  # opened from the list, it opens there too, not
            documents.positions.put(closed, place)  # at a place given before it went (the session's, up to 1 s old)
        self._rows.put_back(entries)  # at their places, not at the end of the list
        for entry in entries:
            documents.removals.keep(entry.path)  # not yet written: it is not removed after all
            documents.entry_added.emit(entry)  # listed now: an import's late listing of it is no longer dropped

        def write(written: Library) -> list[Entry]:
            removal.restore(written, entries, stats, copies)  # with the files' size and time: not read again when
            # opened; and with the other locations that went with each document
            return [written.listed(entry.path) or entry for entry in entries]

        restoring = {entry.path: (entry, stats.get(entry.path), copies.get(entry.path, [])) for entry in entries}
        self._restoring.update(restoring)

        def done(rows: list[Entry]) -> None:
            for path, kept in restoring.items():
                if self._restoring.get(path) is kept:
                    del self._restoring[path]
            for row in rows:  # a row removed again while this waited for the lock stays removed
                if row.path not in documents.removals.hidden:
                    documents.entry_added.emit(row)

        def failed(exc: BaseException) -> None:
            done([])
            self._offer_again(entries, stats, copies, exc)

        documents.writes.write(write, done, failed_with=failed, keep=True)  # Ctrl+Q waits for it: rows said back
        if place is not None and documents.loaded is None and not documents.is_opening:  # the pane left empty: shown
            documents.open_path(closed, place)  # again (a neighbour shown in its place, or another opened since, stays)
        said = (_tr("“{0}” is back in the list").format(self._rows.display_title(entries[0])) if len(entries) == 1
                else _tr("{0} documents are back in the list").format(len(entries)))
        documents.say_once_shown(said, 8000)  # a neighbour being opened in the removed row's place clears the bar
