"""Found by hand in session 72: the library search matched 行政处罚法 in '…给予行政处罚。法律另有规定…', across a
sentence end, listed that document and marked the word in its snippet. In the window, as in the CLI, only the
document that says 行政处罚法 is found, and opening it selects the word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library

PENALTY = ("关于规范行政执法的通知\n各区人民政府：\n"
           + "对违反本办法的，由有关部门依法给予行政处罚。法律、行政法规另有规定的，从其规定。\n" * 30)
LAW = "行政执法工作要点\n各区人民政府：\n" + "执法人员应当依照《中华人民共和国行政处罚法》的规定实施处罚。\n" * 3
TAIWAN = "違規處理說明\n各機關：\n違反者依法給予行政處罰；法律另有規定者，從其規定。\n"


def test_a_word_across_a_sentence_end_is_not_found(make_window, qtbot, tmp_path):
    paths = {name: tmp_path / f"{name}.txt" for name in ("penalty", "law", "taiwan")}
    for name, text in (("penalty", PENALTY), ("law", LAW), ("taiwan", TAIWAN)):
        paths[name].write_text(text, encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(p) for p in paths.values()])
    importer.index_pending(lib)
    lib.close()
    window = make_window([str(paths["penalty"])])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    field = window.findChild(QLineEdit, "librarySearch")
    search = window.library_panel.search
    field.setFocus()
    field.insert("行政处罚")  # the word itself: in all three
    qtbot.waitUntil(lambda: search.model.rowCount() == 3, timeout=20000)
    field.clear()
    field.insert("行政處罰法")  # typed in Traditional: in the law alone
    qtbot.waitUntil(lambda: search.model.rowCount() < 3, timeout=20000)
    settle(window)
    assert [hit.path for hit in search.model.hits] == [str(paths["law"])]
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(paths["law"])
                    and window.reading.textCursor().selectedText() == "行政处罚法", timeout=20000)
    window.close()
