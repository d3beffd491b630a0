"""What the reader is told when a document cannot be opened: one message for one file.

A listed document whose file is gone gets the 'Document Missing' box (with Locate…) and nothing besides it; any
other refusal is said in the status bar. A file the reader was told of this way is left out of the watcher's
'N files missing' count that follows its deletion, which used to replace what the reader had just been told, and a
file a count named is left out of the next ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.ui.library_writes import guarded

OPEN_ERROR_MS = 15000  # as long as the other refusals' messages stay


def _tr(text: str) -> str:
    return QCoreApplication.translate("Library", text)


class MissingNotice(QObject):
    """Says why a file could not be opened, once; remembers the missing files it named."""

    def __init__(self, window: QWidget, documents, document_list, status, locate: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._documents = documents
        self._list = document_list
        self._status = status
        self._locate = locate  # Locate… for this path, the document reopened once linked
        self._told: set[str] = set()  # missing files the box or a count named: no count names them again
        documents.open_failed.connect(self.open_failed)

    @Slot(object, str)
    def open_failed(self, path: str, message: str) -> None:
        """A listed document whose file is gone: marked, and the box offers to find it; else the status bar says why."""
        if os.path.exists(path):  # there but unreadable: the list marks the text still on screen, not the refused file
            self._status.showMessage(message, OPEN_ERROR_MS)
            shown = self._documents.loaded
            if shown is not None:
                self._list.select_path(self._documents.listed_path(shown.path))
            return
        library = self._documents.library
        entry = None if library is None else (guarded(lambda: library.get(path))
                                              or self._list.listed_entry(path))  # an undo's row not yet written
        if entry is None:
            self._status.showMessage(message, OPEN_ERROR_MS)
            return
        self._status.clearMessage()  # 'Opening…' goes; the box is the one message
        self._told.add(path)
        marked = replace(entry, missing=True)
        self._documents.writes.write(lambda lib: lib.mark_missing(path),  # after that undo's restore, which
                                     lambda _done: self._list.refresh_entries([marked]))  # listed the row unmarked
        self._list.add_entry(marked)
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Document Missing"),
                          _tr("“{0}” is no longer at\n{1}\n\nIt stays in the library, with its reading position. "
                              "If it was moved or renamed, Locate… links it to the file where it is now.")
                          .format(self._list.display_title(entry), path), QMessageBox.StandardButton.Close,
                          self._window)
        box.setObjectName("missingDocument")
        locate = box.addButton(_tr("Locate…"), QMessageBox.ButtonRole.ActionRole)
        locate.setObjectName("locateButton")
        locate.clicked.connect(lambda: self._locate(path))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def untold(self, missing: list[str]) -> list[str]:
        """The missing files the reader has not been told of, each told of once from now on (every check of the
        watcher named them all again); one found again is told of when it goes again."""
        self._told &= set(missing)
        news = [path for path in missing if path not in self._told]
        self._told.update(news)
        return news
