"""Keeping the library true to the disk, from the window: adding files and folders through the import process
(progress and Cancel in the status bar, one report at the end), missing files and Locate…, watched folders, the
check at start-up, and re-reading a file that changed since it was catalogued.

The work itself is in reader.storage (importer, folders) run by reader.ui.library_jobs; this class only asks for it
and shows what came back. Locate… accepts a file only if it holds the same text (content hash): a different file is
refused with a message, so a reading position never lands in another document.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressBar, QToolButton, QWidget

from reader.storage import folders
from reader.ui import dialog_folder
from reader.ui.document_model import ENTRY_ROLE
from reader.ui.import_feedback import ReadingNotice
from reader.ui.library_jobs import LibraryImport
from reader.ui.library_writes import guarded
from reader.ui.missing_notice import MissingNotice
from reader.ui.open_errors import failure_line
from reader.ui.removed_rows import RemovedRows
from reader.ui.start_folders import FolderStart
from reader.ui.open_dialogs import DOCUMENT_FILTER

if TYPE_CHECKING:
    from reader.storage.importer import ImportReport

log = logging.getLogger(__name__)

WATCH_DELAY_MS = 800  # a folder being copied into changes many times: one check after it calms down
REPORT_LINES = 8  # unreadable files named in the report; the rest are counted
NOT_TEXT = QT_TRANSLATE_NOOP("Library", "%n files in watched folders are not text (named above the text)")
NOT_ADDED = QT_TRANSLATE_NOOP("Library", "%n files in watched folders could not be added (why: above the text)")
NO_ADDING = QT_TRANSLATE_NOOP("Library", "The library could not be opened, so nothing can be added to it; "
                                         "File › Open… reads documents without it.")
USER_REQUESTS = ("import", "relink")  # what the reader asked for (the window waits for these in tests)


def _tr(text: str, n: int = -1) -> str:
    """Translated; with a count n, '%n' becomes the number and the words agree with it ('1 file', '2 files')."""
    return QCoreApplication.translate("Library", text, None, n)


def _counts(report: ImportReport, wording: tuple[tuple[str, str], ...]) -> list[str]:
    """'3 found again' and the like (translated, counted wording) for each kind of file the report has any of."""
    return [_tr(text, len(getattr(report, field))) for field, text in wording if getattr(report, field)]


class LibraryUpkeep(QObject):
    """Asks the import process for work and shows its progress and reports; owns the folder watcher."""

    open_document = Signal(object)  # a located document to show (at its saved position)

    def __init__(self, importer: LibraryImport, window: QWidget, document_list, status, info_bar, documents) -> None:
        super().__init__(window)
        self.importer = importer
        self._window = window
        self._list = document_list
        self._status = status
        self._info = info_bar
        self._documents = documents  # the DocumentController: the window's library connection and open signals
        self._reopen: str = ""  # the file to open once its relink is done (Locate… from the 'missing' message)
        self._failures: list[str] = []  # the note of the last import's unreadable files, replaced by the next one
        self._unread: set[str] = set()  # files in watched folders not added, that a note named: not named again
        self._asked = False  # the reader asked for the check under way: told of every missing file
        self._select_added = False  # Add Files… ran: the first document it adds is selected in the list
        documents.writes.failed.connect(self._write_failed)
        self.progress = QProgressBar(objectName="libraryProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton(objectName="libraryCancel")
        self.cancel_button.setText(_tr("Cancel"))
        self.cancel_button.setToolTip(_tr("Stop adding (what was added stays)"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress, self.cancel_button):
            status.addPermanentWidget(widget)
            widget.hide()
        self._can_stop(False)
        self.watcher = QFileSystemWatcher(self)
        self._watch_timer = QTimer(self, singleShot=True, interval=WATCH_DELAY_MS)
        self._watch_timer.timeout.connect(importer.check)
        self.watcher.directoryChanged.connect(lambda _path: self._watch_timer.start())
        importer.started.connect(self._started)
        importer.ended.connect(self._idle)
        importer.progress.connect(self._progress)
        self.reading = ReadingNotice(self.progress, self)  # a long file read whole: named, with its seconds so far
        importer.reading.connect(self._reading)
        self.removed_rows = RemovedRows(importer, documents, document_list, self)  # lists what is not removed
        importer.entries_updated.connect(document_list.refresh_entries)  # the full pass's counts and titles
        importer.entries_gone.connect(self._gone)
        importer.watch.connect(self._watch)
        importer.finished.connect(self._finished)
        importer.failed.connect(self._failed)
        self.missing = MissingNotice(window, documents, document_list, status, lambda path: self.locate(path, True))
        self.folder_start = FolderStart(importer, documents, status, self._open_last, self)
        documents.document_loaded.connect(  # its catalogue query waits a turn: the text is shown first
            lambda loaded, _position: QTimer.singleShot(0, self, lambda: self._opened(loaded.path)))

    @property
    def library(self):
        return self._documents.library

    @property
    def busy(self) -> bool:
        """Whether something the reader asked for (adding, Locate…) is running or queued."""
        return any(label in USER_REQUESTS for label in self.importer.requests())

    # -- adding ----------------------------------------------------------------------------------------------

    def add_paths(self, paths: list[str]) -> bool:
        """Files and folders (recursive) into the library, off the window; folders become watched. With no library
        the reader is told that nothing can be added (the import could only fail, in words about the catalogue)."""
        if paths and self.library is None:
            self._notice(_tr(NO_ADDING))
            return False
        if paths:
            self.importer.start([str(p) for p in paths])
        return bool(paths)

    def add_folders(self, folders: list[str], show_first: bool) -> bool:
        """Folders given to the window (reader.ui.given_paths): added as Add Folder… adds one, with `show_first` the
        first of their documents shown once listed; True if they are being added."""
        if show_first and folders and self.library is not None:
            self.folder_start.start(folders)
        return self.add_paths(folders)

    def _open_last(self) -> None:
        """Nothing to show in the folders given: the last document read, else the first listed (a document already
        shown stays: an empty folder dropped on it)."""
        if self._documents.loaded is not None:
            return
        s = self._window.settings
        listed = [e.path for e in self._list.entries()]
        self._documents.first.open_initial([], [], s.last_document, s.last_position, listed)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self._window, _tr("Add Files to the Library"), self._start_folder(), _tr(DOCUMENT_FILTER))
        dialog_folder.remember(self._window.session, files)
        self._select_added = self.add_paths(files) or self._select_added  # a dropped folder shows its first itself

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, _tr("Add Folder to the Library"), self._start_folder())
        if folder:
            dialog_folder.remember(self._window.session, [folder], folder=True)
            self.add_paths([folder])

    def _start_folder(self) -> str:
        return dialog_folder.start_folder(self._window.session)

    @Slot()
    def cancel(self) -> None:
        self.importer.cancel()
        self._status.showMessage(_tr("Stopping after the files in hand…"), 5000)

    @Slot(str)
    def _started(self, label: str) -> None:
        if label in USER_REQUESTS:
            self.progress.setRange(0, 0)
            self.progress.setFormat(_tr("Adding…"))
            self.progress.show()
            self.cancel_button.show()
            self._can_stop(True)

    @Slot(str, int, int)
    def _progress(self, phase: str, done: int, total: int) -> None:
        if self.importer.current not in USER_REQUESTS:
            return  # the background check and index say nothing unless they find something
        self.reading.clear()
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))
        label = _tr("Adding %v of %m") if phase == "listing" else _tr("Indexing %v of %m")
        self.progress.setFormat(label)

    @Slot(str, int)
    def _reading(self, path: str, size: int) -> None:
        if self.importer.current in USER_REQUESTS:  # as for progress: the background passes say nothing
            self.reading.start(path, size)

    @Slot()
    def _idle(self) -> None:
        self.reading.clear()
        if not self.busy:
            self.progress.hide()
            self.cancel_button.hide()
            self._can_stop(False)

    def _can_stop(self, adding: bool) -> None:
        """Library ▸ Stop Adding is offered while adding runs, as the status bar's Cancel is (it was offered idle)."""
        actions = getattr(self._window, "actions_", None)
        if actions is not None:
            actions.cancel_import.setEnabled(adding)

    @Slot(object)
    def _finished(self, report: ImportReport) -> None:
        label = self.importer.current
        if label == "relink":
            self._relinked(report)
        elif label == "check":
            self._checked(report)
        elif label == "import":
            self._imported(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        log.warning("library update failed: %s", message)  # the status bar's line is gone in 15 s
        self._status.showMessage(_tr("The library could not be updated: {0}").format(message), 15000)

    def _imported(self, report: ImportReport) -> None:
        """One summary: counts in the status bar, the unreadable files with reasons in a dismissible note that the
        next import's result replaces (a note of failures left up under 'Added 200 documents' read as still current)."""
        self._info.withdraw(self._failures)
        self._failures = []
        there = len(report.unchanged) + len(report.duplicates)  # a folder already added (elsewhere), or copies
        if there and not (report.added or report.relinked or report.changed or report.failed or report.cancelled):
            said = (QT_TRANSLATE_NOOP("Library", "All %n documents are already in the library") if report.unchanged
                    else QT_TRANSLATE_NOOP("Library", "All %n documents are already in the library (same text)"))
            self._status.showMessage(_tr(said, there), 15000)  # not 'Added 0 documents; 3 already in the library'
            return
        parts = [_tr("Added %n documents", len(report.added))]
        parts += _counts(report, (("unchanged", QT_TRANSLATE_NOOP("Library", "%n were already added")),
                                  ("duplicates", QT_TRANSLATE_NOOP("Library", "%n already in the library (same text)")),
                                  ("relinked", QT_TRANSLATE_NOOP("Library", "%n found again")),
                                  ("changed", QT_TRANSLATE_NOOP("Library", "%n re-read")),
                                  ("failed", QT_TRANSLATE_NOOP("Library", "%n could not be read"))))
        if report.cancelled:
            parts.append(_tr("stopped before the end"))
        self._status.showMessage(_tr("; ").join(parts), 15000)  # Chinese joins them with its own ；
        if report.added and self._select_added:  # said 'Added 1 document', the row out of sight: selected, shown
            self._list.show_added(report.added[0])
        self._select_added = False
        self._note_failures(report.failed, report.kinds)
        self._unread.update(path for path, _why in report.failed)  # named: the watched folder's pass does not again

    def _note_failures(self, failed: list[tuple[str, str]], kinds: dict[str, str]) -> None:
        """The files not added, each with why, in the note above the text (the last such note goes)."""
        if failed:
            self._info.withdraw(self._failures)
            lines = [_tr("%n files could not be added:", len(failed))]
            lines += [failure_line(path, reason, kinds.get(path, "")) for path, reason in failed[:REPORT_LINES]]
            if len(failed) > REPORT_LINES:
                lines.append(_tr("…and {0} more").format(len(failed) - REPORT_LINES))
            shown = self._info.text.text().split("\n") if self._info.isVisible() else []
            self._info.show_lines([line for line in shown if line and line not in lines] + lines)
            self._failures = lines

    def check(self) -> None:
        """Library › Check for Missing and Changed Files: asked for, its count names every missing file again. With
        no library the reader is told so, as adding is (the check could only fail, in words about the catalogue)."""
        if self.library is None:
            return self._notice(_tr(NO_ADDING))
        self._asked = True
        self.importer.check()

    def _checked(self, report: ImportReport) -> None:
        """What a check found; one the reader asked for also says what it read again, or that all was well (it said
        nothing at all, and the reader could not tell a check that found nothing from one that never ran)."""
        asked, self._asked = self._asked, False
        untold = self.missing.untold(report.missing)  # a file the box or a count named is not counted again
        report = replace(report, missing=report.missing if asked else untold)
        news = _counts(report, (("added", QT_TRANSLATE_NOOP("Library", "%n new documents in watched folders")),
                                ("relinked", QT_TRANSLATE_NOOP("Library", "%n moved documents found again")),
                                ("missing", QT_TRANSLATE_NOOP("Library",
                                                              "%n files missing (Library › Locate… re-links one)"))))
        if asked:
            news += _counts(report, (("changed", QT_TRANSLATE_NOOP("Library", "%n changed documents read again")),))
        failed = [(path, why) for path, why in report.failed if asked or path not in self._unread]  # said once, not
        self._unread = {path for path, _why in report.failed}  # at every pass (fixed, then failing again: again)
        if failed:  # a PNG or a PDF saved as .txt into a watched folder was passed over in silence
            binary = all(report.kinds.get(path, "").startswith("binary") for path, _why in failed)
            news.append(_tr(NOT_TEXT if binary else NOT_ADDED, len(failed)))
            self._note_failures(failed, report.kinds)
        if news:
            self._status.showMessage(_tr("; ").join(news), 15000)
        elif asked:
            self._status.showMessage(_tr("No document is missing or changed"), 15000)

    # -- the list --------------------------------------------------------------------------------------------

    @Slot(object)
    def _gone(self, paths: list) -> None:
        for path in self.removed_rows.still_gone(paths):  # a row brought back by an undo meanwhile stays
            self._list.remove_path(path)

    # -- missing files and Locate… ---------------------------------------------------------------------------

    def current_missing(self) -> str:
        """The selected document's path if its file is missing, else ''."""
        index = self._list.currentIndex()
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        return entry.path if entry is not None and entry.missing else ""

    def locate(self, path: str = "", reopen: bool = False, new_path: str = "") -> None:
        """Link a missing document to the file where it is now (asked for when not given)."""
        path = path or self.current_missing() or self._list.current_path()
        if not path:
            return
        if not new_path:
            start = Path(path).parent if Path(path).parent.is_dir() else self._start_folder()
            new_path, _ = QFileDialog.getOpenFileName(
                self._window, _tr("Locate {0}").format(Path(path).name), str(start), _tr(DOCUMENT_FILTER))
        if new_path:
            self._reopen = new_path if reopen else ""
            self.importer.relink(path, new_path)

    def _relinked(self, report: ImportReport) -> None:
        if report.relinked:
            self._status.showMessage(_tr("Linked to {0}").format(report.relinked[0]), 10000)
            if self._reopen == report.relinked[0]:
                self.open_document.emit(report.relinked[0])
        else:
            for path, reason in report.failed:
                self._info.show_lines([_tr("{0} was not linked: {1}.").format(Path(path).name, reason),
                                       _tr("Add Files… adds it as a document of its own.")])
        self._reopen = ""

    # -- changed files -----------------------------------------------------------------------------------------

    def _opened(self, path: str) -> None:
        """A document was opened: if its file is not as catalogued (size, time), read it into the library again."""
        if self.library is None:
            return
        row = guarded(lambda: self.library.catalogued_stat(path))
        try:
            stat = os.stat(path)
        except OSError:
            return
        if row is not None and (row[0] != stat.st_size or row[1] != stat.st_mtime):
            self.importer.refresh(path)

    # -- watched folders ---------------------------------------------------------------------------------------

    @Slot(object)
    def _watch(self, directories: list) -> None:
        watched = set(self.watcher.directories())
        wanted = set(directories)
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def fill_stop_menu(self, menu: QMenu) -> None:
        """'Stop Watching' lists the watched folders when it opens."""
        menu.clear()
        names = guarded(lambda: folders.watched(self.library.connection)) if self.library is not None else None
        if not names:
            menu.addAction(_tr("No watched folders")).setEnabled(False)
        for folder in names or []:
            menu.addAction(folder).triggered.connect(lambda _=False, f=folder: self.stop_watching(f))

    def stop_watching(self, folder: str) -> None:
        """New files there are no longer added; its documents stay in the library."""
        if self.library is None:
            return
        # the menu lists only watched folders: the write may wait for an import's batch (on the writer's thread)
        self._documents.writes.write(lambda library: folders.unwatch(library, folder))
        prefix = folder.rstrip(os.sep) + os.sep
        stale = [d for d in self.watcher.directories() if d == folder or d.startswith(prefix)]
        if stale:
            self.watcher.removePaths(stale)
        self._status.showMessage(_tr("{0} is no longer watched (its documents stay in the library)").format(folder),
                                 8000)

    # -- start-up ------------------------------------------------------------------------------------------------

    def startup_notice(self) -> None:
        """A damaged catalogue moved aside, a read-only session or no library at all: said once, without a dialog."""
        library = self.library
        if library is None:
            text = _tr("The library could not be opened: documents can be read, but the list is not kept.")
        elif library.message:
            text = library.message
        else:
            return
        self._notice(text)

    @Slot(str)
    def _write_failed(self, reason: str) -> None:
        """A change the library could not keep (a full disk, a file made read-only): said once, the text untouched."""
        self._notice(_tr("The library could not save a change ({0}); documents are not affected.").format(reason))

    def _notice(self, text: str) -> None:
        """In the status bar and under the note already shown, if any (never twice the same line)."""
        self._status.showMessage(text, 20000)
        shown = self._info.text.text() if self._info.isVisible() else ""
        self._info.show_lines([line for line in (shown, text) if line and line != text] + [text])
