"""The document controller: the library and opening files on a worker (open_errors.py words what went wrong, and
open_dialogs.py asks which file and encoding).

It owns the library connection and the loaded document; the window learns of changes through its signals
(document_loaded, open_failed, entry_added, entry_removed) and never touches the library itself.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from reader import documents
from reader.file_names import shown_name
from reader.storage.library import Entry, Library, LibraryError, catalogue_files
from reader.storage.positions import PositionWriter
from reader.text.followplace import followed_place
from reader.ui.first_document import FirstDocument
from reader.ui.library_removals import Removals
from reader.ui.library_writes import CLOSE_WAIT_MS, GUI_WAIT_MS, LibraryWriter, guarded
from reader.ui.open_errors import open_error_message
from reader.ui.workers import Jobs

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def file_stamp(path: str) -> tuple[int, float] | None:
    """Size and modification time, to tell a file changed on disk since it was read; None when it cannot be seen."""
    return documents.file_stat(Path(path))


class DocumentController(QObject):
    """Opens documents (newest request wins), keeps the library, remembers reading positions."""

    document_loaded = Signal(object, int)  # documents.Loaded, the cleaned-text offset to show first
    open_failed = Signal(object, str)  # path, a message for the user
    entry_added = Signal(object)  # Entry, new or refreshed
    entry_removed = Signal(object)  # path
    listed = Signal(str)  # the open document's row, listed only after it was shown (its catalogue write came later)
    message = Signal(str, int)  # a transient status message and how long to show it (ms; 0: until replaced)
    closed = Signal()  # the open document was removed: nothing is shown any more
    opening = Signal(bool)  # True while the newest open request is on its way (the outline says no verdict yet)
    outlined = Signal(object, object)  # documents.Loaded: a long text shown before its outline, and it complete

    def __init__(self, jobs: Jobs, library_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self.loaded: documents.Loaded | None = None
        self._request = 0  # serial of the newest open request; older results are dropped
        self._answered = 0  # the newest request whose document was shown or refused
        self._asked = ""  # the file of the newest request
        self._stamp: tuple[int, float] | None = None  # the shown file's size and time when it was read
        self._reread = 0  # the request reading the shown file again because it changed on disk
        self._unoutlined: tuple[int, documents.Loaded] | None = None  # a long text shown, its outline not yet asked
        self._chosen: tuple[str, str] | None = None  # (path, encoding) the reader chose with Reopen with Encoding
        self.is_opening = False  # the newest open request is on its way (as `opening` last said)
        self.opening.connect(self._note_opening)
        self.first = FirstDocument(self, jobs)  # what is shown at start: never an empty page
        self.writes = LibraryWriter(self)
        self._listed_as: dict[str, str] = {}  # a path read -> the path of the row naming its text
        self._fallback: tuple[int, list[str], str] | None = None  # request, files before it, a refusal to repeat
        self._given: dict[int, str] = {}  # open request -> a file the reader gave or dropped: listed even if passed over
        self._unlisted: list[str] = []  # such files passed over, read for the list once the newest one is shown
        try:
            self.library: Library | None = Library(library_file)
            self.library.set_wait(GUI_WAIT_MS)
            self.writes.attach(self.library)
        except (LibraryError, sqlite3.Error) as exc:
            log.warning("%s", exc)
            self.library = None
        self.positions = (PositionWriter(library_file, self.writes.failed.emit)  # written off the GUI thread; an
                          if self.library is not None and not self.library.read_only else None)  # in-memory one here
        self.removals = Removals(self.writes, jobs, lambda: self.library, self)

    @Slot(bool)
    def _note_opening(self, on: bool) -> None:
        self.is_opening = on
        if not on and self._unlisted:  # read now, not beside the document clicked: that one is never held back
            paths, self._unlisted = self._unlisted, []
            for path in paths:
                if self.loaded is None or path != self.loaded.path:
                    self._jobs.submit(documents.load, path, on_done=self._remember,
                                      on_error=lambda exc, p=path: self._failed(0, p, exc))

    # --- the library ---

    def entries(self) -> list[Entry]:
        """The library's entries (none when it could not be opened)."""
        return self._guard(lambda: self.library.entries(), []) if self.library is not None else []

    def _remember(self, loaded: documents.Loaded) -> None:
        self.remember_entry(loaded.entry(), loaded.stat)
        self._hand_off(loaded)

    def _hand_off(self, loaded: documents.Loaded) -> None:
        if self.library is not None and loaded.cleaned is None:  # (a long text's once its outline is in)
            self.writes.write(lambda library: documents.hand_off(library, loaded))

    def remember_entry(self, entry: Entry, stat: tuple[int, float] | None = None) -> None:
        """The list shows the catalogue's row once written: a copy of a listed text refreshes that row, not a second."""
        if self.library is None:
            self.entry_added.emit(entry)
            return
        asked = self._request  # another document asked for before the row is written: its own row is marked
        def write(library: Library) -> Entry | None:
            if entry.path in self.removals.hidden:  # removed while this waited for the lock: it stays removed
                return None
            library.add(entry, stat)
            if self.positions is not None:
                self.positions.again(entry.path)  # read before its entry was written: its place is kept now
            return guarded(lambda: library.listed(entry.path), None) or entry

        def done(row: Entry | None) -> None:
            if row is not None:
                self._listed_as[entry.path] = row.path
            if row is not None and row.path not in self.removals.hidden:  # a copy of a row removed meanwhile: not back
                self.entry_added.emit(row)
                if self.loaded is not None and self.loaded.path == entry.path and self._request == asked:
                    self.listed.emit(row.path)  # shown before its row was listed: the row is marked now

        self.removals.keep(entry.path)
        self.writes.write(write, done, failed_with=lambda _exc: self.entry_added.emit(entry))  # listed all the same

    def listed_path(self, path: str) -> str:
        """The path of the list row that names the document read from `path` (a copy's is the listed text's)."""
        return self._listed_as.get(path, path)

    def is_shown(self, path: str) -> bool:
        """Whether the document of the row at `path` is the one shown, read from there or from a copy."""
        return self.loaded is not None and self.listed_path(self.loaded.path) == path

    def remove(self, path: str, then: str = "", title: str = "") -> None:
        """Forget a document (the file stays where it is); if it is the open one (or a copy of it read from
        elsewhere, which goes with it), it is closed and `then` (its neighbour in the list) is shown, or, with none,
        the status bar says what became of it (by `title`)."""
        if not path:
            return
        shown = self.is_shown(path)
        if self.library is not None:
            self.removals.remove([path])  # written from the next turn on, a slice at a time
        self.entry_removed.emit(path)
        if path == self._asked and self._answered != self._request and not shown:
            shown = self._pass_over()
        if self.is_shown(path):
            self.loaded = None
            self._request += 1  # a load of it still under way is not shown
            self.opening.emit(False)
            self.closed.emit()
        if shown and then and then != path:
            self.open_path(then)
        elif shown:
            self.message.emit(self.tr("“{0}” was removed from the list; the file stays where it is").format(
                title or shown_name(path)), 15000)

    def _pass_over(self) -> bool:
        """The document on its way was removed: never shown, the page shown stays (its row marked); True if none is."""
        self._given.pop(self._request, None)  # a file given and removed is not listed again either
        self._request += 1
        self._answered = self._request  # nothing on its way now: what the removal says is said at once
        self.opening.emit(False)
        if self.loaded is not None:
            self.listed.emit(self.listed_path(self.loaded.path))
        return self.loaded is None

    def say_once_shown(self, said: str, ms: int) -> None:
        """Say this in the status bar now, or, with a document on its way, once it is shown (showing it clears the
        bar, and a removal's word waiting for it would be said over this newer one); a word of this kind still
        waiting for it (the document is being shown now) gives way to this one."""
        fallback = self._fallback
        if fallback is not None and fallback[0] == self._request and not fallback[1] and fallback[2]:
            self._fallback = (self._request, [], said)
        elif self._answered == self._request or fallback is not None and fallback[0] == self._request and fallback[1]:
            self.message.emit(said, ms)
        else:
            self._fallback = (self._request, [], said)

    def remove_all(self, paths: list[str], then: str = "", title: str = "") -> None:
        """Forget the rows the reader selected; the open one among them gives way to `then` as in remove. The status
        bar says what went (rows not open, or the open one with a neighbour shown in its place, went without a word)."""
        request, shown = self._request, any(self.is_shown(path) for path in paths)
        for path in paths:
            self.remove(path, then, title)
        if not paths or shown and not then and len(paths) == 1:
            return  # the open one went with no neighbour to show: remove said what became of it
        if len(paths) == 1:
            said = self.tr("“{0}” was removed from the list; the file stays where it is").format(
                title or Path(paths[0]).name)
        else:
            said = QCoreApplication.translate(
                "Documents", "%n documents removed from the list (files untouched)", None, len(paths))
        if self._request != request and self._answered != self._request and not (shown and not then):
            self._fallback = (self._request, [], said)  # said once the neighbour is shown: showing it clears the bar
        else:
            self.message.emit(said, 15000)

    def save_position(self, offset: int) -> None:
        if self.loaded is not None and self.library is not None:
            path = self.loaded.path
            if self.positions is not None:
                self.positions.put(path, offset)
            else:
                self.writes.write(lambda library: library.set_position(path, offset), key=("position", path))

    def close(self) -> None:
        """Close the library; a database error is logged, never raised (the window is closing)."""
        self.removals.flush()
        library, self.library = self.library, None
        self.writes.flush(library)
        if self.positions is not None:
            self.positions.close(CLOSE_WAIT_MS / 1000)
        if library is not None:
            self._guard(library.close, None)

    _guard = staticmethod(guarded)

    # --- opening ---

    def open_path(self, path: str, position: int | None = None, encoding: str | None = None,
                  here: Callable[[], int] | None = None) -> None:
        """Load a document on a worker; document_loaded or open_failed follows (only for the newest request). The
        document shown is read again, at the reader's place (`here`), only when its file changed since it was read."""
        self.first.waiting = False  # the reader chose: no automatic first document
        if self.loaded is not None and path == self.loaded.path and encoding is None:
            stamp = file_stamp(path) if here is not None else None
            gone = here is not None and not Path(path).exists()  # its file deleted: the reader is told (MissingNotice)
            if not gone and (stamp is None or stamp == self._stamp):
                if self._answered != self._request:  # chosen again while another was on its way: that one is not
                    self._request += 1  # shown over it (the last click was lost); a file given is still listed
                    self._answered = self._request
                    self.opening.emit(False)
                    self.message.emit("", 0)  # ('Opening …' said of the other)
                return
            position = here()  # changed on disk while shown: chosen again, it is read again where the reader is
            self._reread = self._request + 1
            encoding = self._chosen[1] if self._chosen and self._chosen[0] == path else None  # as the reader chose
        self._chosen = (path, encoding) if encoding else None
        self.message.emit(_tr("Opening {0}…").format(shown_name(path)), 0)
        if position is None and self.library is not None:
            position = self.positions.latest(path) if self.positions is not None else None
            if position is None:  # not read this session: the place written in the library
                entry = self._guard(lambda: self.library.get(path), None)
                position = entry.position if entry else 0
        self._request, self._asked = self._request + 1, path
        request = self._request
        self.opening.emit(True)
        refused = catalogue_files(self.library.path) if self.library is not None else frozenset()
        self._jobs.submit(documents.load_for_reading, path, encoding, documents.TEXT_FIRST_CHARS,
                          lambda: request == self._request, refused,  # read on the worker: passed over, it stops early
                          on_done=lambda loaded: self._loaded(request, loaded, position or 0),
                          on_error=lambda exc: self._failed(request, path, exc))

    def _loaded(self, request: int, loaded: documents.Loaded, position: int) -> None:
        given = self._given.pop(request, None)
        if request != self._request:  # the reader asked for another document meanwhile: not shown
            if given is not None:
                self._remember(loaded)  # a file given or dropped is in the list whatever was clicked next
            return
        self._answered = request
        if request == self._reread and self.loaded is not None and self.loaded.path == loaded.path:  # the words the
            position = followed_place(self.loaded.document.text, loaded.document.text, position)  # reader was at
        self.loaded, self._stamp = loaded, loaded.stat or file_stamp(loaded.path)  # taken before the read: edits count
        # a long text: its outline is found once its first screen is on screen (text_shown), opening until then; a
        # worker started earlier took half the GIL from the text's build and put its first screen 0.2-0.4 s later
        self._unoutlined = (request, loaded) if loaded.cleaned is not None else None
        self.document_loaded.emit(loaded, position)
        self._remember(loaded)
        if loaded.cleaned is None:
            self.opening.emit(False)
        fallback = self._fallback
        if fallback is not None and fallback[0] == request:
            self._fallback = None
            if fallback[2]:  # shown in place of a refused file: the refusal is still said
                self.message.emit(fallback[2], 15000)
        if request == self._reread:  # the reader is told why the text may differ from what was on screen
            self.message.emit(_tr("{0} changed on disk and was read again").format(shown_name(loaded.path)), 10000)
        if not loaded.document.text.strip():
            empty = _tr("{0} is empty: there is no text to show.") if not loaded.decoded.text.strip() else _tr(
                "{0} has no text to show: the page holds only markup, scripts or styles.")  # a page, not an empty file
            self.message.emit(empty.format(shown_name(loaded.path)), 15000)

    @Slot()
    def text_shown(self) -> None:
        """The reading view shows the text: a long one's outline is found now."""
        waiting, self._unoutlined = self._unoutlined, None
        if waiting is not None and waiting[0] == self._request and self.loaded is waiting[1]:
            request, loaded = waiting
            self._jobs.submit(documents.outline_of, loaded, on_done=lambda full: self._outlined(request, loaded, full),
                              on_error=lambda exc: self._outline_failed(request, loaded, exc))

    def _outlined(self, request: int, shown: documents.Loaded, full: documents.Loaded) -> None:
        """The outline of the text shown first, if that text is still the one shown for the newest request."""
        if request != self._request or self.loaded is not shown:
            return
        self.loaded = full
        self._hand_off(full)
        self.outlined.emit(shown, full)
        self.opening.emit(False)

    def _outline_failed(self, request: int, shown: documents.Loaded, exc: BaseException) -> None:
        """A bug in the outline never takes the text away: it is read on without headings."""
        log.error("no outline for %s", shown.path, exc_info=exc)
        self._outlined(request, shown, replace(shown, cleaned=None))

    def _failed(self, request: int, path: str, exc: BaseException) -> None:
        given = self._given.pop(request, None) if request else None
        if isinstance(exc, documents.Superseded):  # passed over for a newer request while it was read: not said;
            if given is not None:  # a file given or dropped is still listed, read once the newer one is shown
                self._unlisted.append(given)
                self._note_opening(self.is_opening)
            return
        log.info("cannot open %s: %s", path, exc)
        if request == self._request:
            self._answered = request
        if request == self._request or request == 0:
            self.open_failed.emit(path, open_error_message(path, exc))
        fallback = self._fallback
        if request == self._request and fallback is not None and fallback[0] == request and fallback[1]:
            self._fallback = None
            self._show_last_of(fallback[1], fallback[2] or open_error_message(path, exc))
        if request == self._request:  # (no request made: the file before it is the one shown already)
            self.opening.emit(False)

    def open_files(self, files: list[Path]) -> None:
        """Add files to the library and show the last one (Open…, drag and drop, the command line)."""
        if not files:
            return
        paths = [str(f.resolve()) for f in files]
        for path in paths[:-1]:
            self._jobs.submit(documents.load, path, on_done=self._remember,
                              on_error=lambda exc, p=path: self._failed(0, p, exc))
        before = self._request
        self._show_last_of(paths, "")
        if self._request != before:
            self._given[self._request] = paths[-1]

    def _show_last_of(self, paths: list[str], refusal: str) -> None:
        """Open the last file; if it is refused, the one before it is shown, never a blank page beside the list."""
        before = self._request
        self.open_path(paths[-1])
        if self._request != before:
            self._fallback = (self._request, paths[:-1], refusal)
