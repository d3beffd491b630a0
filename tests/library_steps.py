"""Steps the library's window tests share (rounds 65L, 65Q, 66N, 66Q, 66S, 67E, 67O, library writes): two or three
short documents opened, the paths the window asks the importer to read again, every row removed as a reader removes
them, an import's write lock held, a path's catalogue row read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qtsupport import settle

NOTICE = "国务院关于加强监督管理的通知\n\n一、总体要求\n加强监督管理，推进依法行政。\n"
REPORT = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"


def watch_refreshes(monkeypatch) -> list[str]:
    """The paths the window asked the importer to read again (an opened file not as catalogued), as they come."""
    from reader.ui.library_jobs import LibraryImport

    asked: list[str] = []
    original = LibraryImport.refresh

    def refresh(self, path):
        asked.append(path)
        return original(self, path)

    monkeypatch.setattr(LibraryImport, "refresh", refresh)
    return asked


def open_shown(window, qtbot, path: Path) -> None:
    """Open a document from the window and wait until it is shown."""
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)


def two_documents(make_window, qtbot, tmp_path):
    """A notice shown at start and a report beside it, not yet opened: (window, notice, report)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(NOTICE, encoding="utf-8")
    b.write_text(REPORT, encoding="utf-8")
    window = make_window([str(a)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(a), timeout=20000)
    settle(window)
    return window, a, b


def remove_every_row(window, qtbot) -> None:
    """Ctrl+A in the list, Delete, and Remove in the question four or more rows bring."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    document_list = window.document_list
    document_list.setFocus()
    qtbot.waitUntil(document_list.hasFocus)
    qtbot.keyClick(document_list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)
    settle(window)
    box = window.findChild(QMessageBox, "confirmRemoval")
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    settle(window)


class Lock:
    """Another connection holding the library's write lock, as the import process does during a batch."""

    def __init__(self, path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.db.execute("COMMIT")
        self.db.close()


def catalogued(window, path: str):
    """The library's row for `path` as written (not the list's), read on a connection of its own."""
    from reader.storage.library import Library

    library = Library(window.paths.library_file)
    try:
        return library.get(path)
    finally:
        library.close()


def three_documents(make_window, qtbot, tmp_path) -> tuple:
    """A window on three short reports a, b, c, all listed: (window, their paths)."""
    paths = [tmp_path / f"{n}.txt" for n in ("a", "b", "c")]
    for n, path in zip("abc", paths):
        path.write_text(f"关于{n}的报告\n\n一、基本情况\n正文{n}。\n", encoding="utf-8")
    window = make_window([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.document_list.entries()) >= 3, timeout=20000)
    settle(window)
    return window, [str(p) for p in paths]


def search_opens_at_word(make_window, qtbot, tmp_path: Path, typed: str, text: str, word: str) -> None:
    """The library search for `typed` lists only the Simplified document `text` (which says `word`), its row marks
    the document's own word, and the first result opens at that word, selected (rounds 69B, 69S)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QLineEdit

    from reader.paths import Paths
    from reader.storage import importer
    from reader.storage.library import Library

    other, mainland = tmp_path / "other.txt", tmp_path / "mainland.txt"
    other.write_text("关于做好防汛工作的通知\n\n各地要做好防汛准备。\n", encoding="utf-8")
    body = "".join(f"第{k}条　国家保障公民的各项权利。\n" for k in range(1, 60))
    title, _, sentence = text.partition("\n")
    mainland.write_text(f"{title}\n\n{body}{sentence}\n", encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(other), str(mainland)])
    importer.index_pending(lib)
    lib.close()
    window = make_window([str(other)])
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    field.setFocus()
    field.insert(typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    search = window.library_panel.search
    qtbot.waitUntil(lambda: search.model.rowCount() == 1 and status.text() != "Searching…", timeout=10000)
    settle(window)  # before: no row (the word as typed is in no document)
    row = search.model.index(0, 0)
    assert row.data(Qt.ItemDataRole.UserRole + 1).path == str(mainland)
    assert f"<b><u>{word}</u></b>" in row.data(Qt.ItemDataRole.DisplayRole)  # the document's own word, marked
    qtbot.keyClick(field, Qt.Key.Key_Down)  # into the results: the first one opens at its hit
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(mainland)
                    and window.reading.textCursor().selectedText() == word, timeout=10000)
    settle(window)
    assert window.reading.textCursor().selectedText() == word
    window.close()
