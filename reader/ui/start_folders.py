"""Folders named on the command line (`zhreader FOLDER`, a file manager's 'Open With'): added to the library as
Library › Add Folder… adds one (off the window, with its progress and report), and the first of their documents
shown once the import has listed it, unless the reader opened something meanwhile. With nothing to show in them,
the last document read (or the first listed) is shown: never a blank window.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot


def inside(path: str, folders: list[str]) -> bool:
    """Whether `path` lies in one of `folders` (at any depth)."""
    return any(path.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders)


def walk_order(path: str) -> tuple:
    """The order the import walks a folder in: a folder's own files (by name) before its subfolders'."""
    *parents, name = Path(path).parts
    return tuple((1, part) for part in parents) + ((0, name),)


class FolderStart(QObject):
    """Waits for the first document of the folders given at start-up, then opens it."""

    def __init__(self, importer, documents, status, fallback, parent: QObject) -> None:
        super().__init__(parent)
        self._documents = documents
        self._status = status
        self._fallback = fallback  # () -> None: open the last document read, else the first listed
        self._folders: list[str] = []
        self._opening = False  # our own open request is the one under way
        self._report = ""  # the import's summary, said again once the document is shown (showing it clears it)
        self._removed: set[str] = set()  # rows the reader removed while waiting: never the document opened
        documents.opening.connect(self._opening_changed)
        documents.entry_removed.connect(self._removed_now)
        documents.entry_added.connect(lambda entry: self._removed.discard(entry.path))  # listed again
        documents.document_loaded.connect(self._shown)
        importer.entries_listed.connect(self._listed)
        importer.finished.connect(self._finished)
        importer.failed.connect(lambda _message: self._give_up())
        self._importer = importer

    def start(self, folders: list[str]) -> None:
        """Wait for these folders' documents (the caller starts their import)."""
        self._folders = list(folders)
        self._removed.clear()

    @Slot(object)
    def _removed_now(self, path: str) -> None:
        if self._folders:
            self._removed.add(path)

    @Slot(bool)
    def _opening_changed(self, on: bool) -> None:
        if on and not self._opening:
            self._folders, self._report = [], ""  # the reader (or the start-up) opened another document

    @Slot(object)
    def _listed(self, entries: list) -> None:
        if self._folders and self._importer.current == "import":
            mine = [e.path for e in entries if not e.missing and inside(e.path, self._folders)
                    and e.path not in self._removed]
            if mine:
                self._open(min(mine, key=walk_order))

    @Slot(object)
    def _finished(self, report) -> None:
        """Nothing new was listed (the folder was added before): its first document already in the library."""
        if not self._folders or self._importer.current != "import":
            return
        known = report.added + report.unchanged + report.duplicates + report.relinked + report.changed
        mine = [path for path in known if inside(path, self._folders) and path not in self._removed]
        self._report = self._status.currentMessage()
        if mine:
            self._open(min(mine, key=walk_order))
        else:
            self._give_up()

    def _give_up(self) -> None:
        if self._folders:
            self._open("")

    def _open(self, path: str) -> None:
        """Our own request (the waiting ends): the document found, or with none the fallback."""
        self._folders, self._removed = [], set()
        self._opening = True
        try:
            if path:
                self._documents.open_path(path)
            else:
                self._fallback()
        finally:
            self._opening = False

    @Slot(object, int)
    def _shown(self, _loaded, _position: int) -> None:
        if self._report:  # the window's showing a document clears the status bar: say the summary again
            report, self._report = self._report, ""
            QTimer.singleShot(0, self, lambda: self._status.showMessage(report, 15000))
