"""The window's document handling: library, opening (worker, errors), drag and drop, encodings, export."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog

from reader.paths import seeds_dir
from reader.storage.library import Entry, LibraryError
from reader.text.model import TextError
from reader import documents
from reader.ui import export

log = logging.getLogger(__name__)

ENCODINGS = ("utf-8", "gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be", "cp950", "gbk")


class DocumentsMixin:
    """Part of MainWindow (kept apart to keep modules short); uses the window's widgets and jobs."""

    def _populate_library(self) -> None:
        if self.library is None:
            return
        self.document_list.set_entries(self.library.entries())
        if not self.library.is_seeded():
            seeds = [str(p) for p in sorted(seeds_dir().glob("*.txt"))]
            self.jobs.submit(documents.load_entries, seeds, on_done=self._seeded)

    def _seeded(self, entries: list) -> None:
        if self.library is None:
            return
        for entry in entries:
            self.library.add(entry)
            self.document_list.add_entry(entry)
        self.library.mark_seeded()
        if self._open_first_when_listed and entries:
            self.open_path(entries[0].path)

    def _open_initial(self, files: list[Path]) -> None:
        """Command-line files, else the last document read, else the first in the list: never an empty page."""
        if files:
            for f in files[:-1]:
                self.jobs.submit(documents.load, str(f.resolve()), on_done=self._remember)
            self.open_path(str(files[-1].resolve()))
        elif self.settings.last_document and Path(self.settings.last_document).is_file():
            self.open_path(self.settings.last_document, self.settings.last_position)
        elif self.document_list.entries():
            self.open_path(self.document_list.entries()[0].path)
        else:  # first start: the seeds are still being read on a worker
            self._open_first_when_listed = True

    def _remember(self, loaded: documents.Loaded) -> None:
        self._remember_entry(loaded.entry())

    def _remember_entry(self, entry: Entry) -> None:
        if self.library is not None:
            try:
                self.library.add(entry)
            except LibraryError as exc:
                log.warning("%s", exc)
        self.document_list.add_entry(entry)

    def open_path(self, path: str, position: int | None = None, encoding: str | None = None) -> None:
        """Load a document on a worker and show it; the list, outline and status follow."""
        self._open_first_when_listed = False  # the reader chose: no automatic first document
        if self.loaded is not None and path == self.loaded.path and encoding is None:
            return
        self._save_position()
        self.status.showMessage(self.tr("Opening {0}…").format(Path(path).name))
        if position is None and self.library is not None:
            entry = self.library.get(path)
            position = entry.position if entry else 0
        self.jobs.submit(documents.load, path, encoding, on_done=lambda loaded: self._show(loaded, position or 0),
                         on_error=lambda exc: self._failed(path, exc))

    def _failed(self, path: str, exc: Exception) -> None:
        name = Path(path).name
        if isinstance(exc, TextError):
            message = str(exc)
        elif isinstance(exc, FileNotFoundError):
            message = self.tr("{0} is no longer at {1} (Delete removes it from the list)").format(name, path)
        elif isinstance(exc, PermissionError):
            message = self.tr("{0}: permission denied").format(name)
        else:
            message = f"{name}: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}"
        self.status.showMessage(message, 15000)
        log.info("cannot open %s: %s", path, exc)

    def _save_position(self) -> None:
        if self.loaded is not None and self.library is not None:
            self.library.set_position(self.loaded.path, self.reading.top_offset())

    def choose_files(self) -> None:
        start = str(Path(self.loaded.path).parent) if self.loaded else str(Path.home())
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open Documents"), start,
            self.tr("Text documents (*.txt *.md *.markdown *.html *.htm);;All files (*)"))
        self.open_files([Path(f) for f in files])

    def open_files(self, files: list[Path]) -> None:
        """Add files to the library and show the last one (Open…, drag and drop)."""
        if not files:
            return
        for f in files[:-1]:
            self.jobs.submit(documents.load, str(f.resolve()), on_done=self._remember,
                             on_error=lambda exc, p=str(f): self._failed(p, exc))
        self.open_path(str(files[-1].resolve()))

    def choose_folder(self) -> None:
        start = str(Path(self.loaded.path).parent) if self.loaded else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add Folder"), start)
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        """Add every readable document below a folder to the list (read on a worker; none is opened)."""
        self.status.showMessage(self.tr("Reading {0}…").format(folder))
        self.jobs.submit(documents.load_folder, folder, on_done=lambda entries: self._folder_added(folder, entries),
                         on_error=lambda exc: self._failed(folder, exc))

    def _folder_added(self, folder: str, entries: list) -> None:
        for entry in entries:
            self._remember_entry(entry)
        if entries:
            self.status.showMessage(self.tr("Added {0} documents from {1}").format(len(entries), folder), 8000)
        else:
            self.status.showMessage(self.tr("No readable documents in {0}").format(folder), 8000)

    def remove_selected_document(self) -> None:
        """Forget the selected document (the file stays where it is); the open text stays on screen."""
        path = self.document_list.current_path()
        if not path:
            return
        if self.library is not None:
            self.library.remove(path)
        self.document_list.remove_path(path)

    def reopen_with_encoding(self) -> None:
        if self.loaded is None:
            return
        current = self.loaded.decoded.encoding
        items = list(ENCODINGS) if current in ENCODINGS else [current, *ENCODINGS]
        encoding, ok = QInputDialog.getItem(self, self.tr("Reopen with Encoding"),
                                            self.tr("Decode the file as:"), items, items.index(current), False)
        if ok:
            self.open_path(self.loaded.path, self.reading.top_offset(), encoding=encoding)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.open_files([f for f in files if f.is_file()])
        event.acceptProposedAction()

    def export_text(self) -> None:
        """The displayed (converted) document as UTF-8 text; never over the opened file."""
        if self.loaded is None:
            return
        title, _meta = self._header()
        export.save_text_dialog(self, self.reading.displayed_text(), title=title, metadata=self._metadata(),
                                source=Path(self.loaded.path), suggested_name=self._suggested_name())

    def export_pdf(self) -> None:
        if self.loaded is None:
            return
        title, _meta = self._header()
        export.export_pdf_dialog(self, self.reading.document(), source=Path(self.loaded.path),
                                 suggested_name=self._suggested_name(), title=title, font_family=self._print_family())

    def print_document(self) -> None:
        if self.loaded is not None:
            export.print_dialog(self, self.reading.document(), font_family=self._print_family())

    def _print_family(self) -> str | None:
        """A Traditional-Chinese typeface for paper when the page shows Traditional text."""
        config = self._config
        traditional = (not config.split("2", 1)[1].startswith("s")) if config else self.loaded.script == "traditional"
        return export.default_cjk_family(traditional) or None

    def _suggested_name(self) -> str:
        """A file name from the displayed title (characters file systems refuse replaced)."""
        title = self._header()[0] or Path(self.loaded.path).stem
        return "".join("_" if c in '/\\:*?"<>|' else c for c in title)[:60].strip() or "document"
