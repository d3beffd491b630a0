"""Found by hand (session 70F): the reading pane's header said 来源：云南日报 and 作者：李明远, but the library search
for 云南日报 found nothing. It now finds the document by its header: the row names the field (its value the
snippet), and opening it shows the document at its top, where the header is, not the place last read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import header_lines, settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library

PARAGRAPH = "记者从省农业农村厅获悉，全省春耕生产有序推进，各地抢抓农时，组织农民开展备耕，确保粮食播种面积稳定。\n"
NEWS = "全省春耕生产有序推进\n来源：云南日报\n作者：李明远\n2024-03-05 08:30\n" + PARAGRAPH * 120


def test_a_document_is_found_by_its_source_and_opens_at_its_top(make_window, qtbot, tmp_path):
    other, news = tmp_path / "other.txt", tmp_path / "news.txt"
    other.write_text("关于试行的通知\n\n一、总体要求\n\n依法行政。\n", encoding="utf-8")
    news.write_text(NEWS, encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(other), str(news)])
    importer.index_pending(lib)
    lib.set_position(str(news), len(PARAGRAPH) * 100)  # read far down before
    lib.close()
    window = make_window([str(other)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    search = window.library_panel.search
    field.setFocus()
    field.insert("雲南日報")  # either script, as the text's words
    qtbot.waitUntil(lambda: search.model.rowCount() == 1 and status.text() != "Searching…", timeout=20000)
    hit = search.model.hits[0]
    assert (hit.path, hit.field) == (str(news), "source")
    shown = search.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "<b><u>云南日报</u></b>" in shown and search.model.tr("Source") in shown  # the field, named
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(news), timeout=20000)
    settle(window)
    assert any("云南日报" in line for line in header_lines(window))
    assert window.reading.verticalScrollBar().value() == 0  # its top, with the header: not where it was left
    window.close()
