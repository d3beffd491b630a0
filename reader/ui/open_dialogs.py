"""The dialogs that choose what the document controller opens (Open…, Reopen with Encoding…), parented on the window:
the controller itself never shows one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from reader.text.codecnames import codec_name
from reader.ui import dialog_folder
from reader.ui.session import SessionKeeper

# The file dialogs' filter (translated where shown: reader/ui/translations_zh.py has it).
DOCUMENT_FILTER = "Text documents (*.txt *.md *.markdown *.html *.htm);;All files (*)"
ENCODINGS = ("utf-8", "gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be", "cp950", "gbk")
_ABOUT = {  # what each is, in a word: a reader picks 'Traditional Chinese, Hong Kong', not a codec's name
    "utf-8": QT_TRANSLATE_NOOP("Documents", "Unicode, most files today"),
    "gb18030": QT_TRANSLATE_NOOP("Documents", "Simplified Chinese, the national standard"),
    "big5": QT_TRANSLATE_NOOP("Documents", "Traditional Chinese, Taiwan"),
    "big5hkscs": QT_TRANSLATE_NOOP("Documents", "Traditional Chinese, Hong Kong"),
    "utf-16-le": QT_TRANSLATE_NOOP("Documents", "Unicode, two bytes a character (Windows)"),
    "utf-16-be": QT_TRANSLATE_NOOP("Documents", "Unicode, two bytes a character, big-endian"),
    "cp950": QT_TRANSLATE_NOOP("Documents", "Traditional Chinese, Windows"),
    "gbk": QT_TRANSLATE_NOOP("Documents", "Simplified Chinese, older Windows files"),
}


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
    codecs = {encoding_label(c): c for c in (ENCODINGS if current in ENCODINGS else (current, *ENCODINGS))}
    items = [detect, *codecs]
    chosen, ok = QInputDialog.getItem(parent, _tr("Reopen with Encoding"), _tr("Decode the file as:"),
                                      items, items.index(encoding_label(current)), False)
    if ok:  # '' reads the file again and detects its encoding (None would keep the text shown)
        documents.open_path(documents.loaded.path, position, encoding=codecs.get(chosen, ""))


def encoding_label(codec: str) -> str:
    """'GB18030 — Simplified Chinese, the national standard': the name readers know, and what it is where known."""
    about = _ABOUT.get(codec)
    return f"{codec_name(codec)} — {_tr(about)}" if about else codec_name(codec)
