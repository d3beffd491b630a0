"""Export and print commands: what the displayed document is called, where it goes, in which typeface."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMainWindow

from reader.file_names import shown_name
from reader.paths import seeds_dir
from reader.storage.library import Library, LibraryError
from reader.storage.owners import document_at
from reader.text import choices
from reader.ui import export
from reader.ui.start_folders import inside

if TYPE_CHECKING:
    from reader.documents import Loaded
    from reader.ui.window_script import DisplayScript

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportRequest:
    """The open document as the reader sees it (title and metadata in the displayed script)."""

    source: Path
    title: str
    metadata: list[tuple[str, str]]
    traditional: bool  # the page shows Traditional characters (a Ming typeface for print)


def export_request(loaded: Loaded | None, script: DisplayScript, choice: str) -> ExportRequest | None:
    """The open document as shown in the chosen script (None: nothing is open)."""
    if loaded is None:
        return None
    doc = loaded.document
    return ExportRequest(Path(loaded.path), script.convert(doc.title), script.metadata(doc, True, loaded.entry()),
                         choices.shows_traditional(choice, loaded.script))


def save_folder(last: Path | None, source: Path) -> Path | None:
    """Where a save dialog starts: the folder saved to last this session (a reader exporting several documents keeps
    them together), else the document's own, where its reader keeps their files (they had to browse there from the
    home folder); None (the documents folder) for the bundled seeds' or a folder they cannot write to. The dialog
    only proposes it: nothing is written before the reader chooses."""
    if last is not None and last.is_dir():
        return last
    folder = source.parent
    if folder.is_dir() and os.access(folder, os.W_OK) and not inside(str(source.resolve()), [str(seeds_dir())]):
        return folder
    return None


class ExportCommands(QObject):
    """Owns the folder last exported to this session (the next dialog starts there, the first in the document's).

    `library` gives the catalogue (None: the window has none), whose documents an export never replaces;
    `request` describes the open document as shown (None: nothing is open); `reading` is the reading view, whose
    displayed text and laid-out document are what is exported.
    """

    def __init__(self, window: QMainWindow, reading, library: Callable[[], Library | None],
                 request: Callable[[], ExportRequest | None]) -> None:
        super().__init__(window)
        self._window = window
        self._reading = reading
        self._library = library
        self._request = request
        self.folder: Path | None = None

    def library_document(self, path: Path) -> str | None:
        """The name of the library document whose file `path` is (its title, else its file name), or None."""
        library = self._library()
        if library is None:
            return None
        try:
            entry = document_at(library, path)
        except (LibraryError, sqlite3.Error) as exc:
            log.warning("library: %s", exc)  # the opened document is still refused by path
            return None
        return None if entry is None else (entry.title or shown_name(entry.path))

    def _common(self, request: ExportRequest) -> dict:
        return dict(source=request.source, title=request.title, folder=save_folder(self.folder, request.source),
                    library=self.library_document,
                    suggested_name=export.file_name_for(request.title, request.source))

    def _done(self, path: Path | None) -> Path | None:
        """Remember the folder and say where the file went: a save dialog closes without a word otherwise."""
        if path is not None:
            self.folder = path.parent
            self._window.statusBar().showMessage(self.tr("Exported to {0}").format(path), 10000)
        return path

    @Slot()
    def export_text(self) -> Path | None:
        """The displayed (converted) document as UTF-8 text; never over the opened file."""
        request = self._request()
        if request is None:
            return None
        return self._done(export.save_text_dialog(self._window, self._reading.displayed_text(),
                                                  metadata=request.metadata, **self._common(request)))

    @Slot()
    def export_pdf(self) -> Path | None:
        request = self._request()
        if request is None:
            return None
        family = export.default_cjk_family(request.traditional) or None
        return self._done(export.export_pdf_dialog(self._window, self._reading.document(), font_family=family,
                                                   **self._common(request)))

    @Slot()
    def print_document(self) -> bool:
        request = self._request()
        if request is None:
            return False
        return export.print_dialog(self._window, self._reading.document(),
                                   font_family=export.default_cjk_family(request.traditional) or None,
                                   name=export.file_name_for(request.title, request.source))
