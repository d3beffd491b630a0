"""Session 69S: the library search finds a word written Hong Kong's way. Typing Hong Kong's 私隱權 (privacy) lists
the Simplified document that says 隐私权, its row shows the document's own word, and opening it selects that word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library


def test_typing_hong_kongs_word_lists_and_opens_the_mainland_document_at_its_word(make_window, qtbot, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("关于做好防汛工作的通知\n\n各地要做好防汛准备。\n", encoding="utf-8")
    mainland = tmp_path / "mainland.txt"
    body = "".join(f"第{k}条　国家保障公民的各项权利。\n" for k in range(1, 60))
    mainland.write_text(f"关于保护个人信息的通知\n\n{body}各单位要尊重公民的隐私权，不得泄露个人信息。\n",
                        encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(other), str(mainland)])
    importer.index_pending(lib)
    lib.close()
    window = make_window([str(other)])
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    field.setFocus()
    field.insert("私隱權")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    search = window.library_panel.search
    qtbot.waitUntil(lambda: search.model.rowCount() == 1 and status.text() != "Searching…", timeout=10000)
    settle(window)  # before: no row (the word as typed is in no document)
    row = search.model.index(0, 0)
    assert row.data(Qt.ItemDataRole.UserRole + 1).path == str(mainland)
    assert "<b><u>隐私权</u></b>" in row.data(Qt.ItemDataRole.DisplayRole)  # the document's own word, marked
    qtbot.keyClick(field, Qt.Key.Key_Down)  # into the results: the first one opens at its hit
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(mainland)
                    and window.reading.textCursor().selectedText() == "隐私权", timeout=10000)
    settle(window)
    assert window.reading.textCursor().selectedText() == "隐私权"
    window.close()
