"""Session 75N, the library list found by hand: Undo Removal pushed the open document's row out of sight; Add Files…
said 'Added 1 document' with the row nowhere to be seen; a document removed during a library search stayed among
the results, marked; Delete in the results did nothing; an empty library left a blank window (and a red 'No
matches' in an open find bar)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit

from library_steps import remove_every_row
from qtsupport import click_document, search_library, settle


def _many(make_window, qtbot, tmp_path, n: int = 30, size=(1100, 520)):
    paths = [tmp_path / f"{i:02d}.txt" for i in range(n)]
    for i, path in enumerate(paths):
        text = f"关于第{i}项工作的报告\n\n一、基本情况\n第{i}项工作进展顺利，湖泊治理取得成效。\n"
        path.write_text(text, encoding="utf-8")
    window = make_window([str(paths[0])], size=size)
    window.library_panel.upkeep.add_paths([str(p) for p in paths[1:]])
    qtbot.waitUntil(lambda: len(window.document_list.entries()) >= n, timeout=30000)
    settle(window)
    return window, [str(p) for p in paths]


def _in_view(document_list, path: str) -> bool:
    for row in range(document_list.count()):
        item = document_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1).path == path:
            rect = document_list.visualItemRect(item)
            return document_list.viewport().rect().contains(rect)
    return False


def _last_whole_row(document_list) -> str:
    """The path of the last row wholly in view (the list scrolled to its top)."""
    document_list.verticalScrollBar().setValue(0)
    last = ""
    for row in range(document_list.count()):
        item = document_list.item(row)
        if document_list.viewport().rect().contains(document_list.visualItemRect(item)):
            last = item.data(Qt.ItemDataRole.UserRole + 1).path
    return last


def test_undo_removal_keeps_the_open_documents_row_in_view(make_window, qtbot, tmp_path):
    window, paths = _many(make_window, qtbot, tmp_path)
    document_list = window.document_list
    bottom = _last_whole_row(document_list)
    below = document_list.neighbour_path(bottom)  # the neighbour shown once it goes
    click_document(qtbot, window, bottom)
    document_list.setFocus()
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)  # the bottom row goes; the one below it is shown in its place
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == below, timeout=20000)
    settle(window)
    assert document_list.current_path() == below and _in_view(document_list, below)
    qtbot.keyClick(document_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit › Undo Removal
    qtbot.waitUntil(lambda: document_list.listed_entry(bottom) is not None, timeout=10000)
    settle(window)
    assert document_list.current_path() == below  # the document read stays marked
    assert _in_view(document_list, below)  # it was pushed under the panel's edge
    assert _in_view(document_list, bottom)  # and the row back is in sight beside it


def test_add_files_selects_and_shows_the_first_document_added(make_window, qtbot, tmp_path, monkeypatch):
    window, paths = _many(make_window, qtbot, tmp_path)
    document_list = window.document_list
    new = [tmp_path / "new1.txt", tmp_path / "new2.txt"]
    for i, path in enumerate(new):
        path.write_text(f"关于新增第{i}项的通知\n\n一、总体要求\n新增工作。\n", encoding="utf-8")
    assert window.loaded.path == paths[0] and document_list.current_path() == paths[0]
    assert not _in_view(document_list, str(new[0]))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in new], "")))
    window.actions_.add_files.trigger()
    qtbot.waitUntil(lambda: "Added 2 documents" in window.status.currentMessage(), timeout=30000)
    settle(window)
    assert document_list.selected_paths() == [str(new[0])]
    assert _in_view(document_list, str(new[0]))
    assert window.loaded.path == paths[0]  # selected, not opened: the document read stays on the page


def test_a_document_removed_during_a_search_leaves_the_results_at_once(make_window, qtbot, tmp_path):
    window, paths = _many(make_window, qtbot, tmp_path, n=4)
    results = search_library(qtbot, window, "湖泊治理")
    search = window.library_panel.search
    assert search.model.rowCount() == 4
    results.setCurrentIndex(search.model.index(1, 0))
    results.activated.emit(search.model.index(1, 0))  # as a click opens it
    gone = search.model.hits[1].path
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == gone, timeout=20000)
    settle(window)
    window.actions_.remove_document.trigger()  # Library › Remove from List
    assert gone not in [hit.path for hit in search.model.hits]  # at once, not at the next search
    assert search.model.rowCount() == 3
    settle(window)
    assert gone not in [hit.path for hit in search.model.hits]
    assert window.loaded is not None and window.loaded.path != gone


def test_delete_in_the_search_results_removes_the_result_with_its_undo(make_window, qtbot, tmp_path):
    window, paths = _many(make_window, qtbot, tmp_path, n=4)
    results = search_library(qtbot, window, "湖泊治理")
    search = window.library_panel.search
    results.setFocus()
    qtbot.waitUntil(results.hasFocus)
    qtbot.keyClick(results, Qt.Key.Key_Down)  # onto the first result, which opens
    gone = search.model.hits[0].path
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == gone, timeout=20000)
    settle(window)
    second = search.model.hits[1].path
    qtbot.keyClick(results, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == second, timeout=20000)
    settle(window)
    assert window.document_list.listed_entry(gone) is None  # removed from the list, as Delete there removes
    assert gone not in [hit.path for hit in search.model.hits]
    assert results.currentIndex().row() == 0 and search.model.hits[0].path == second  # the result now shown
    assert window.actions_.undo_removal.isEnabled()
    window.actions_.undo_removal.trigger()
    qtbot.waitUntil(lambda: gone in [hit.path for hit in search.model.hits], timeout=20000)  # found again
    settle(window)
    assert window.document_list.listed_entry(gone) is not None


def test_an_empty_library_says_how_to_add_documents_and_find_shows_no_red_miss(make_window, qtbot, tmp_path):
    window, paths = _many(make_window, qtbot, tmp_path, n=4)
    list_hint = window.findChild(QLabel, "emptyListHint")
    reading_hint = window.findChild(QLabel, "emptyReadingHint")
    assert not list_hint.isVisible() and not reading_hint.isVisible()
    window.actions_.find.trigger()  # the find bar open on the document, as the reader left it
    find_input = window.find_bar.findChild(QLineEdit, "findInput")
    count = window.find_bar.findChild(QLabel, "findCount")
    qtbot.waitUntil(find_input.hasFocus)
    base = find_input.palette().color(find_input.backgroundRole())
    find_input.insert("湖泊")  # as an input method commits it
    qtbot.waitUntil(lambda: "of" in count.text(), timeout=10000)  # '1 of 1'
    remove_every_row(window, qtbot)
    qtbot.waitUntil(lambda: list_hint.isVisible() and reading_hint.isVisible(), timeout=10000)
    assert "Add Files" in reading_hint.text() and "Add Folder" in reading_hint.text()
    assert "Drag files or folders" in list_hint.text()
    assert count.text() == ""  # not 'No matches': there is no text to search
    assert find_input.palette().color(find_input.backgroundRole()) == base
    with qtbot.waitSignal(window.find_bar.find_requested, timeout=10000):
        find_input.insert("治理")  # another word, searched again in no text
    settle(window)
    assert count.text() == "" and find_input.palette().color(find_input.backgroundRole()) == base
    window.library_panel.upkeep.add_paths([paths[0]])  # a document again: the hints go
    qtbot.waitUntil(lambda: not list_hint.isVisible() and not reading_hint.isVisible(), timeout=20000)
