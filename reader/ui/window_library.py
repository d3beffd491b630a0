"""The library's side of the window: search across every document, adding to it, and keeping it true to the disk.

Indexing runs in a separate process (reader.ui.library_jobs); once the window is shown a check runs there first
(missing files, changed ones, new files in watched folders), then documents added later are indexed; a search
result opens its document at the hit and selects it. Adding, Locate… and watched folders are the upkeep's
(reader.ui.library_upkeep); what another program changes in the catalogue is followed by reader.ui.catalogue_watch.
`attach(window)` is the one call the window makes to wire all of it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMenu

from reader.text.refind import found_again, snippet_words
from reader.ui.catalogue_watch import CatalogueWatch
from reader.ui.empty_library import EmptyLibrary
from reader.ui.file_changes import ChangedOnDisk
from reader.ui.last_removal import KeywordUndo, LastRemoval
from reader.ui.library_jobs import LibraryImport
from reader.ui.library_search import LibrarySearch
from reader.ui.library_upkeep import LibraryUpkeep
from reader.ui.reading_pane import ReadingView
from reader.ui.removal_undo import RemovalUndo
from reader.ui.result_removal import ResultRemoval
from reader.ui.workers import Jobs

INDEX_DELAY_MS = 1500  # after the window is shown, or after documents were added: let the reader start first


class LibraryPanel(QObject):
    """Owns the search widget, the indexing process and the hit to select once its document is shown."""

    open_requested = Signal(object, object)  # path, cleaned-text offset to show (None: the reader's place)
    hit_selected = Signal(int)  # the displayed offset of the hit just selected: its section is the reader's

    def __init__(self, db_path: Path, jobs: Jobs, reading: ReadingView, parent: QObject) -> None:
        super().__init__(parent)
        self.search = LibrarySearch(db_path, jobs)
        self._db_path, self._jobs = db_path, jobs
        self.importer = LibraryImport(db_path, parent=self)
        self._reading = reading
        self._pending: tuple[str, int, int, tuple[str, str, str]] | None = None  # (path, offset, length, words
        # around it) to select when shown
        self._checked = False  # the start-up check runs once, before the first indexing
        self.upkeep: LibraryUpkeep | None = None
        self._documents = None  # the window's (attach)
        self._index_timer = QTimer(self, singleShot=True, interval=INDEX_DELAY_MS)
        self._index_timer.timeout.connect(self._index)
        self.search.result_activated.connect(self._result_chosen)
        self._catalogue_changed = False  # documents indexed or gone while the importer ran: search again at its end
        self.importer.progress.connect(self._progress)
        self.importer.entries_gone.connect(self._entries_gone)
        self.importer.ended.connect(self._importer_ended)
        self.importer.started.connect(lambda _label: self.search.set_indexing(True))
        self.search.set_indexing(True)  # the start-up check (and, on a first start, indexing the seeds) is to come

    def attach(self, window) -> None:
        """Put the search field above the document list (results take the list's place while there is a query)
        and the import progress in the status bar; the start-up notice follows the app's own. The window wires
        the actions (MainWindow._connect_signals)."""
        document_list = window.document_list
        layout = document_list.parentWidget().layout()
        layout.insertWidget(layout.indexOf(document_list), self.search)
        self._list = document_list
        self._documents = window.documents
        self.search.hidden = window.documents.removals.hidden  # removed, not yet written: never a search result
        self.search.field.textChanged.connect(self._query_changed)
        self._query_changed("")
        self.upkeep = LibraryUpkeep(self.importer, window, document_list, window.status, window.info_bar,
                                    window.documents)
        document_list.addAction(window.actions_.locate_document)
        QTimer.singleShot(0, self.upkeep.startup_notice)  # after the app's own start-up notices
        last = LastRemoval(window.actions_.undo_removal, self)  # Undo Removal: of documents, or of a keyword
        self.undo_removal = RemovalUndo(window.documents, last.part(), window.status, document_list,
                                        lambda: self._reading.place(end=True), self)  # the end, if read to it
        self.keyword_undo = KeywordUndo(window.keyword_panel, last.part(), self)
        self.result_removal = ResultRemoval(self.search, document_list, window.documents,
                                            window.actions_.remove_document, self)  # Delete on a search result
        self.empty_library = EmptyLibrary(window, self)  # how to add documents, while none is listed
        self.changed_on_disk = ChangedOnDisk(window)  # the shown file, read again when the window is active again
        self.catalogue = CatalogueWatch(self._db_path, self._jobs, document_list, window.documents, self.importer, self)
        self.catalogue.changed.connect(self._changed_elsewhere)  # `zhreader library add`, a second window

    def confirm_removal(self, remove) -> None:
        """Remove from List: the search result the reader is on while results are shown, else the list's rows."""
        self.result_removal.confirm(remove)

    @Slot(bool)
    def _changed_elsewhere(self, added: bool) -> None:
        """Documents listed or unlisted from another program's changes: a query typed finds what is there now, and
        what was added (by a window that indexes later) is indexed."""
        self.search.refresh()
        if added:
            self.index_soon()

    def fill_menu(self, menu: QMenu) -> None:
        """The Library menu (built again with the menu bar when the UI language changes)."""
        a = self.parent().actions_
        for action in (a.add_files, a.open_folder, None, a.locate_document, a.check_library, a.cancel_import):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        stop = menu.addMenu(self.tr("Stop &Watching Folder"))
        stop.setObjectName("stopWatchingMenu")
        stop.aboutToShow.connect(lambda: self.upkeep.fill_stop_menu(stop))
        menu.addSeparator()
        menu.addAction(a.remove_document)

    @property
    def busy(self) -> bool:
        """Whether adding or Locate… asked for by the reader is still under way (tests wait for it)."""
        return self.upkeep is not None and self.upkeep.busy

    @Slot(str)
    def _query_changed(self, text: str) -> None:
        searching = bool(text.strip())
        self.search.results.setVisible(searching)
        self.search.status.setVisible(searching)
        self._list.setVisible(not searching)
        layout = self._list.parentWidget().layout()
        layout.setStretchFactor(self.search, 1 if searching else 0)
        layout.setStretchFactor(self._list, 0 if searching else 1)

    def index_soon(self) -> None:
        """Documents were added (or the window was shown): index what is not indexed yet, a moment later."""
        self._index_timer.start()

    @Slot()
    def _index(self) -> None:
        documents = self._documents
        if documents is not None and (documents.writes.pending or (documents.loaded is not None
                                                                   and documents.loaded.cleaned is not None)):
            return self._index_timer.start()  # a long text's outline is being found: not built again beside it, and
            # the window's rows for it (its writes, in order) are handed to the full pass
        if documents is not None and documents.library is None:  # as adding is refused (LibraryUpkeep.add_paths):
            self._checked = True  # a check or an index pass could only fail, said over the note that the library
            self.search.set_indexing(False)  # could not be opened; nothing is to be indexed either
            return
        if not self._checked:
            self._checked = True
            self.importer.check()  # missing and changed files, watched folders; it indexes what is pending
        elif self.importer.busy:
            self._index_timer.start()
        else:
            self.importer.start([], label="index")

    @Slot(str, int, int)
    def _progress(self, phase: str, done: int, _total: int) -> None:
        self._catalogue_changed |= phase == "indexing" and done > 0

    @Slot(object)
    def _entries_gone(self, _paths: list) -> None:
        self._catalogue_changed = True

    @Slot()
    def _importer_ended(self) -> None:
        """A query typed while documents were being indexed shows what the index now holds."""
        self.search.set_indexing(self.importer.busy)  # busy: another request is queued and starts right away
        if self._catalogue_changed:
            self._catalogue_changed = False
            self.search.refresh()

    @Slot(object, int, int)
    def _result_chosen(self, path: str, offset: int, length: int) -> None:
        hit = self.search.chosen
        words = snippet_words(hit.snippet, hit.snippet_hit) if hit is not None and (hit.path, hit.offset) == (
            path, offset) else ("", "", "")
        self._pending = (path, offset, length, words) if offset >= 0 else None
        shown = self._documents.loaded
        if shown is not None and shown.path == path:  # on screen already: not opened again, so go to the hit here
            self._select_pending()
            return
        self.open_requested.emit(path, offset if offset >= 0 else None)  # a hit in its title or file name: where
        # the reader left it (0 lost that place, and saved it: every result the arrows passed over)

    def shown(self, path: str) -> None:
        """The window shows a document: if it is the one a search result asked for, select the hit."""
        if self._pending is not None and self._pending[0] == path:
            self._select_pending()

    @Slot()
    def _select_pending(self) -> None:
        if self._pending is None:
            return
        path, offset, length, words = self._pending
        display = self._reading.display
        if self._reading.busy:
            QTimer.singleShot(50, self._select_pending)  # still moving to the place: select once it is there
            return
        self._pending = None
        loaded = self._documents.loaded if self._documents is not None else None
        found = found_again(loaded.document.text, offset, words) if loaded is not None and loaded.path == path \
            and words[1] else None
        offset, end = found or (offset, offset + length)  # the catalogue's text may be an older cleaning's: its
        # words, not its offset, say where the hit is in the text shown (until the full pass reads the file again)
        start = display.to_display(offset)
        self._reading.select_display(start, display.to_display(end))
        self.hit_selected.emit(start)  # revealed a third of the way down, under the section before's last lines

    def shutdown(self) -> None:
        self._index_timer.stop()
        self.catalogue.shutdown()
        self.importer.shutdown()
