"""Found by hand in session 74: a reader who tried File › Reopen with Encoding… with the wrong codec (GB18030 for a
file that is not) got garbled text, and the dialog then offered only codec names, the wrong one chosen: going back
meant knowing the file's real encoding (choosing the document again in the list kept the wrong one). The dialog now
offers 'Detect automatically' first, which reads the file again as it was read when opened.

And: a folder of copies of documents already in the library (the same texts in GBK, or under other names) was
reported as 'Added 0 documents; 3 already in the library (same text)', the 'Added 0' session 61 had taken out for a
folder added before; it is now said that all of them are already in the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from qtsupport import choose_encoding, settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library

TEXT = "臺灣的報告\n\n第一段：這是繁體中文的內容。\n\n第二段：經濟與社會發展。\n"


def test_a_wrong_encoding_is_undone_without_naming_the_right_one(make_window, qtbot, tmp_path, monkeypatch):
    doc = tmp_path / "big5.txt"
    doc.write_bytes(TEXT.encode("big5"))
    window = make_window([str(doc)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc), timeout=20000)
    settle(window)
    detected = window.loaded.document.text
    assert window.loaded.decoded.encoding == "big5"
    monkeypatch.setattr(QInputDialog, "getItem", choose_encoding("gb18030"))
    window.actions_.reopen_encoding.trigger()
    qtbot.waitUntil(lambda: window.loaded.decoded.encoding == "gb18030", timeout=20000)
    settle(window)
    assert window.loaded.document.text != detected  # garbled

    offered: list[list[str]] = []

    def pick_detect(_parent, _title, _label, items, current, _editable):
        offered.append(list(items))
        assert items[current].startswith("GB18030")  # the codec in use is still the one selected
        return QCoreApplication.translate("Documents", "Detect automatically"), True

    monkeypatch.setattr(QInputDialog, "getItem", pick_detect)
    window.actions_.reopen_encoding.trigger()
    assert offered and offered[0][0] == QCoreApplication.translate("Documents", "Detect automatically")
    qtbot.waitUntil(lambda: window.loaded.decoded.encoding == "big5", timeout=20000)
    settle(window)
    assert window.loaded.path == str(doc) and window.loaded.document.text == detected


def _add_folder(window, qtbot, monkeypatch, folder) -> str:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(folder)))
    window.actions_.open_folder.trigger()
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)
    return window.status.currentMessage()


@pytest.mark.parametrize("first, said", [
    ((), "All 3 documents are already in the library (same text)"),   # before: 'Added 0 documents; 3 already …'
    ((0,), "All 3 documents are already in the library"),             # one of the copies itself added before too
])
def test_a_folder_of_copies_is_said_to_be_in_the_library(make_window, qtbot, tmp_path, monkeypatch, first, said):
    originals, copies = tmp_path / "原件", tmp_path / "副本"
    originals.mkdir()
    copies.mkdir()
    for i in range(3):
        text = f"关于第{i}项工作的报告\n\n正文第{i}段。\n"
        (originals / f"{i}.txt").write_text(text, encoding="utf-8")
        (copies / f"{i}_gbk.txt").write_bytes(text.encode("gbk"))
    library = Library(Paths.default().library_file)
    importer.import_paths(library, [str(originals)] + [str(copies / f"{i}_gbk.txt") for i in first])
    window = make_window()
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    message = _add_folder(window, qtbot, monkeypatch, copies)
    assert message == said and "Added 0" not in message
