"""Session 66L: a result found by its file name alone says so, with the name, under the document's title (which
need not have the word)."""

from __future__ import annotations

from reader.storage.search import Hit
from reader.ui.library_search import LibrarySearch
from reader.ui.workers import Jobs


def test_a_result_found_by_its_file_name_shows_the_name(qtbot, tmp_path):
    widget = LibrarySearch(tmp_path / "library.sqlite3", Jobs())
    qtbot.addWidget(widget)
    hit = Hit(1, str(tmp_path / "astral_law.txt"), "中华人民共和国民法典", "zh-Hans", -1, 0, "", "",
              authority="全国人民代表大会", name="astral_law.txt")
    assert widget.model.markup(hit) == "<b>中华人民共和国民法典</b><br>astral_law.txt · 全国人民代表大会"
    untitled = Hit(2, str(tmp_path / "astral_notes.txt"), "", "zh-Hans", -1, 0, "", "", name="astral_notes.txt")
    assert widget.model.markup(untitled) == "<b>astral_notes.txt</b>"  # the name is its title already: once
