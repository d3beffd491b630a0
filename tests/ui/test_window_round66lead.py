"""Found by hand (session 66Z): a library search result found in a document's title or file name, not in its text,
opened the document at its top and saved that place: the reader's place in it was lost (and, with the arrow keys
opening each result they pass over, in every such document passed over). It now opens where the reader left it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle


def test_a_result_found_by_its_file_name_opens_where_the_reader_left_it(make_window, qtbot, tmp_path):
    law = tmp_path / "astral_law.txt"
    law.write_text("关于试行的通知\n\n" + "".join(f"第{k}条　国家保障公民的各项权利和自由。\n\n" for k in range(1, 400)),
                   encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("另一份通知\n\n本通知自公布之日起施行。\n", encoding="utf-8")
    window = make_window([str(law), str(other)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    window.open_path(str(law))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(law), timeout=20000)
    settle(window)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle(window)
    place = window.reading.place()
    assert place > 1000
    window.open_path(str(other))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(other), timeout=20000)
    settle(window)
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    field.setFocus()
    field.insert("astral")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    search = window.library_panel.search
    qtbot.waitUntil(lambda: search.model.rowCount() == 1 and status.text() != "Searching…", timeout=10000)
    search.results.activated.emit(search.model.index(0, 0))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(law), timeout=20000)
    settle(window)
    assert abs(window.reading.place() - place) < 200  # at the reader's place, not at the top
    window.close()
