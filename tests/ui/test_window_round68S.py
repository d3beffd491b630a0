"""Found by hand (session 68S): a library search result found by its date alone (typing 2024-07-09) showed only its
title, while the document list's row says '湖北人大網 · 2024-07-09'; the result now says its source and date too,
in the list's script, so the reader sees why it matched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library

PAGE = "省人大常委会召开党组会议\n来源：湖北人大网　发布时间：2024-07-09 10:20\n会议研究了监督工作。\n"
OTHER = "关于试行的通知\n\n一、总体要求\n\n依法行政。\n"


def test_a_result_found_by_its_date_says_its_source_and_date(make_window, qtbot, tmp_path):
    other, page = tmp_path / "other.txt", tmp_path / "page.txt"
    other.write_text(OTHER, encoding="utf-8")
    page.write_text(PAGE, encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(other), str(page)])
    importer.index_pending(lib)
    lib.close()
    window = make_window([str(other)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.set_script("s2t")
    settle(window)
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    search = window.library_panel.search
    field.setFocus()
    field.insert("2024年7月9日")

    def titles() -> list[str]:  # (a seed has the date in its text: found too)
        return [hit.title for hit in search.model.hits]

    qtbot.waitUntil(lambda: "省人大常委会召开党组会议" in titles() and status.text() != "Searching…", timeout=20000)
    shown = search.model.index(titles().index("省人大常委会召开党组会议"), 0).data(Qt.ItemDataRole.DisplayRole)
    assert "湖北人大網" in shown and "2024-07-09" in shown  # was the title alone
    window.close()
