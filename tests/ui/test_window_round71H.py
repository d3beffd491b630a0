"""Asked for after session 70 (70I): '云南日报' found the page whose header says 来源：云南日报, but '云南日报 粮食' (the
source and a word of the text) found only a page that mentions both in its text. Typed into the library search of
the window, it now finds the page, first, its row naming where each word was found, and Enter opens it at its text
hit, selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library

PARAGRAPH = "记者从省农业农村厅获悉，全省春耕生产有序推进，各地抢抓农时，组织农民开展备耕。\n"
NEWS = ("全省春耕生产有序推进\n来源：云南日报\n作者：李明远\n2024-03-05 08:30\n" + PARAGRAPH * 120
        + "今年以来，全省落实粮食播种面积。\n")
MENTION = "读书笔记\n今天读了云南日报的一篇评论，讲的是粮食生产。\n"


def test_a_mixed_search_finds_the_document_by_its_source_and_its_text(make_window, qtbot, tmp_path):
    mention, news = tmp_path / "mention.txt", tmp_path / "news.txt"
    mention.write_text(MENTION, encoding="utf-8")
    news.write_text(NEWS, encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(mention), str(news)])
    importer.index_pending(lib)
    lib.close()
    window = make_window([str(mention)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    search = window.library_panel.search
    field.setFocus()
    field.insert("雲南日報 粮食")  # the source in the other script, a word of the text
    qtbot.waitUntil(lambda: search.model.rowCount() == 2 and status.text() != "Searching…", timeout=20000)
    assert [h.path for h in search.model.hits] == [str(news), str(mention)]  # the source's page first
    shown = search.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "<b><u>粮食</u></b>" in shown and "<b>云南日报</b>" in shown  # the text hit, and where each word is
    assert search.model.tr("Source") in shown and search.model.tr("Text") in shown
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(news)
                    and window.reading.textCursor().selectedText() == "粮食", timeout=20000)
    settle(window)
    assert window.reading.textCursor().selectedText() == "粮食"  # at the text hit, far down: not the top
    assert window.reading.verticalScrollBar().value() > 0
    window.close()
