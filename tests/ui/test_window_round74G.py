"""Found by hand in session 74: a reader who tried File › Reopen with Encoding… with the wrong codec (GB18030 for a
file that is not) got garbled text, and the dialog then offered only codec names, the wrong one chosen: going back
meant knowing the file's real encoding (choosing the document again in the list kept the wrong one). The dialog now
offers 'Detect automatically' first, which reads the file again as it was read when opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from qtsupport import settle

TEXT = "臺灣的報告\n\n第一段：這是繁體中文的內容。\n\n第二段：經濟與社會發展。\n"


def test_a_wrong_encoding_is_undone_without_naming_the_right_one(make_window, qtbot, tmp_path, monkeypatch):
    doc = tmp_path / "big5.txt"
    doc.write_bytes(TEXT.encode("big5"))
    window = make_window([str(doc)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc), timeout=20000)
    settle(window)
    detected = window.loaded.document.text
    assert window.loaded.decoded.encoding == "big5"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("gb18030", True))
    window.actions_.reopen_encoding.trigger()
    qtbot.waitUntil(lambda: window.loaded.decoded.encoding == "gb18030", timeout=20000)
    settle(window)
    assert window.loaded.document.text != detected  # garbled

    offered: list[list[str]] = []

    def pick_detect(_parent, _title, _label, items, current, _editable):
        offered.append(list(items))
        assert items[current] == "gb18030"  # the codec in use is still the one selected
        return QCoreApplication.translate("Documents", "Detect automatically"), True

    monkeypatch.setattr(QInputDialog, "getItem", pick_detect)
    window.actions_.reopen_encoding.trigger()
    assert offered and offered[0][0] == QCoreApplication.translate("Documents", "Detect automatically")
    qtbot.waitUntil(lambda: window.loaded.decoded.encoding == "big5", timeout=20000)
    settle(window)
    assert window.loaded.path == str(doc) and window.loaded.document.text == detected
