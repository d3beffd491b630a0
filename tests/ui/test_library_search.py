"""The library search widget: typed queries run on the worker pool, stale results are dropped, results open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from reader.storage import importer
from reader.storage.library import Library
from reader.ui.library_search import LibrarySearch
from reader.ui.workers import Jobs
from ime_input import commit_text

SIMPLIFIED = "关于加强监督管理的意见\n\n一、总体要求\n加强监督管理，推进依法行政。\n"
TRADITIONAL = "關於議會監督的說明\n\n一、緣起\n議會對市政的監督，依法行之。\n"


@pytest.fixture
def widget(qtbot, tmp_path):
    for name, text in (("s.txt", SIMPLIFIED), ("t.txt", TRADITIONAL)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    importer.import_paths(lib, [str(tmp_path / "s.txt"), str(tmp_path / "t.txt")])
    importer.index_pending(lib)
    lib.close()
    jobs = Jobs()
    w = LibrarySearch(tmp_path / "library.sqlite3", jobs)
    qtbot.addWidget(w)
    w.resize(360, 500)
    w.show()
    yield w
    jobs.wait(5000)


def test_typing_finds_both_scripts_with_highlighted_snippets(widget, qtbot):
    field = widget.findChild(QLineEdit, "librarySearch")
    field.setFocus()
    commit_text(field, "监")
    commit_text(field, "督")  # typed as an input method commits it
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=5000)
    titles = {h.title for h in widget.model.hits}
    assert titles == {"关于加强监督管理的意见", "關於議會監督的說明"}
    markup = [widget.model.markup(h) for h in widget.model.hits]
    assert any("<u>監督</u>" in m for m in markup) and any("<u>监督</u>" in m for m in markup)
    assert "2" in widget.status.text()


def test_only_the_last_query_is_shown(widget, qtbot):
    widget.search("议会")
    widget.search("依法行政")
    qtbot.waitUntil(lambda: widget.status.text() not in ("", "Searching…"), timeout=5000)
    qtbot.wait(200)
    assert [h.title for h in widget.model.hits] == ["关于加强监督管理的意见"]


def test_activating_a_result_gives_path_and_offset(widget, qtbot, tmp_path):
    widget.search("依法行之")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=5000)
    index = widget.results.model().index(0, 0)
    widget.results.setCurrentIndex(index)
    widget.results.setFocus()
    with qtbot.waitSignal(widget.result_activated) as blocker:
        qtbot.keyClick(widget.results, Qt.Key.Key_Return)
    path, offset, length = blocker.args
    from reader.text.document import load_document

    assert path == str(tmp_path / "t.txt")
    assert load_document(tmp_path / "t.txt").text[offset: offset + length] == "依法行之"


def test_an_empty_query_explains_itself(widget, qtbot):
    widget.search("，，")
    qtbot.waitUntil(lambda: "文号" in widget.status.text(), timeout=5000)
    assert widget.model.rowCount() == 0


def test_snippets_follow_the_display_script(widget, qtbot):
    widget.set_converter(lambda text, script: text.replace("监", "監").replace("总", "總"))
    widget.search("总体要求")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=5000)
    assert "總体要求" in widget.model.markup(widget.model.hits[0])
