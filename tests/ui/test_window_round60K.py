"""Start-up (session 60K): the window shows without the text pipeline, which the worker opening the document
imports; input typed into the library search while the window is still starting stays in the field, keeps the
focus, and its results follow the library once it is indexed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from reader.app import create_app
from qtsupport import long_text_file, search_library, settle, until_library_idle


REPO = Path(__file__).resolve().parents[2]
# Over a second of imports on a loaded machine, all needed only on a worker (opening a document, searching,
# reading the import process's messages) or in the keyword process (jieba).
NOT_AT_START = ("reader.text.document", "reader.text.clean", "reader.text.outline", "reader.text.official",
                "reader.text.decode", "reader.storage.importer", "reader.storage.search", "jieba")


def test_the_window_is_built_without_the_text_pipeline():
    code = ("import sys; from reader.app import create_app, load_state; import reader.ui.main_window; "
            f"print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_document_still_opens_with_its_outline_and_entry(tmp_path):
    from reader import documents

    path = tmp_path / "notice.txt"
    path.write_text("国务院关于加强监督管理的通知\n\n国发〔2019〕3号\n\n一、总体要求\n加强监督管理。\n", encoding="utf-8")
    loaded = documents.load_for_reading(str(path))
    assert [(h.marker, h.title) for h in loaded.document.headings][-1] == ("一、", "总体要求")
    assert loaded.entry().number == "国发〔2019〕3号" and loaded.marks is not None


def _type(widget, text: str) -> None:
    """Key presses carrying Chinese characters to the widget with the focus (as xdotool or an input method's direct
    commit sends them; QTest.keyClicks only knows ASCII), one event-loop turn after each."""
    app = QApplication.instance()
    for char in text:
        target = app.focusWidget() or widget
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()


def _started_window(qtbot, argv: list[str]):
    """The window as the app shows it, returned at once: its start-up work (seeds, document, index) still to come."""
    _app, window = create_app(argv)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    field = window.findChild(QLineEdit, "librarySearch")
    field.setFocus()
    return window, field


@pytest.mark.parametrize("query", ["人大", "代表"])
def test_a_query_typed_on_first_start_finds_the_seeds_once_they_are_indexed(qtbot, query):
    window, field = _started_window(qtbot, [])  # a fresh home: the seeds are added and indexed after the window shows
    _type(field, query)
    until_library_idle(qtbot, window)
    results = window.library_panel.search.model
    assert field.text() == query  # nothing typed was lost or replaced
    assert QApplication.focusWidget() is field
    qtbot.waitUntil(lambda: results.rowCount() > 0, timeout=10000)  # not the "Nothing found" of the empty index
    assert window.library_panel.search.status.text() != "Nothing found"


def test_a_query_typed_while_the_last_document_loads_keeps_the_field_and_focus(qtbot, make_window, tmp_path):
    big = long_text_file(tmp_path, 200_000)
    first = make_window([str(big)])  # the library and the last document exist, as on every later start
    first.close()
    first.jobs.wait(5000)
    window, field = _started_window(qtbot, [])
    _type(field, "人")
    assert window.loaded is None  # typed before the document is shown
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    _type(field, "大")
    settle(window, timeout=60)
    _type(field, "代表")
    until_library_idle(qtbot, window)
    assert field.text() == "人大代表"
    assert QApplication.focusWidget() is field
    assert window.loaded.path == str(big)


def test_results_on_screen_follow_documents_added_while_they_are_shown(qtbot, make_window, tmp_path):
    window = make_window([])
    until_library_idle(qtbot, window)
    search = window.library_panel.search
    search.search("湖泊治理")
    qtbot.waitUntil(lambda: search.status.text() == "Nothing found", timeout=10000)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "lakes.txt").write_text("关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n", encoding="utf-8")
    window.library_panel.importer.start([str(folder)])  # as Library > Add Folder… does
    until_library_idle(qtbot, window)
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=10000)
    assert search.field.text() == "湖泊治理"


def test_the_result_the_reader_is_on_stays_current_when_the_same_hits_come_again(qtbot, make_window):
    window = make_window([])
    results = search_library(qtbot, window, "人大")
    search = window.library_panel.search
    results.setCurrentIndex(search.model.index(1, 0))
    before = list(search.model.hits)
    search.refresh()  # the index changed elsewhere: the same query, the same hits
    settle(window)
    qtbot.wait(100)
    assert search.model.hits == before
    assert results.currentIndex().row() == 1


def test_an_empty_field_is_not_searched_again(qtbot, make_window):
    window = make_window([])
    search = window.library_panel.search
    search.refresh()
    settle(window)
    assert search.status.text() == "" and search.model.rowCount() == 0
