"""The dialogs that choose what the document controller opens (Open…, Reopen with Encoding…), parented on the window:
the controller itself never shows one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from reader.ui import dialog_folder
from reader.ui.session import SessionKeeper

# The file dialogs' filter (translated where shown: reader/ui/translations_zh.py has it).
DOCUMENT_FILTER = "Text documents (*.txt *.md *.markdown *.html *.htm);;All files (*)"
ENCODINGS = ("utf-8", "gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be", "cp950", "gbk")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def choose_files(documents, parent: QWidget, session: SessionKeeper) -> None:
    """File › Open…: the files chosen are added and the last one shown (DocumentController.open_files)."""
    files, _ = QFileDialog.getOpenFileNames(
        parent, _tr("Open Documents"), dialog_folder.start_folder(session),
        _tr(DOCUMENT_FILTER))
    dialog_folder.remember(session, files)
    documents.open_files([Path(f) for f in files])


def reopen_with_encoding(documents, parent: QWidget, position: int) -> None:
    """Ask for an encoding and open the document again with it, at the same place; 'Detect automatically' takes a
    reader who chose wrongly back without knowing the file's codec (the list offered codecs only, the wrong first)."""
    if documents.loaded is None:
        return
    current = documents.loaded.decoded.encoding
    detect = _tr("Detect automatically")
    items = [detect, *(ENCODINGS if current in ENCODINGS else (current, *ENCODINGS))]
    encoding, ok = QInputDialog.getItem(parent, _tr("Reopen with Encoding"), _tr("Decode the file as:"),
                                        items, items.index(current), False)
    if ok:  # '' reads the file again and detects its encoding (None would keep the text shown)
        documents.open_path(documents.loaded.path, position, encoding="" if encoding == detect else encoding)
