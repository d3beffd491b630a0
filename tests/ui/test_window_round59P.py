"""Round 59P on the real window: the outline after its filter is emptied, the library's same-titled documents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from qtsupport import click_heading, settle
from reader.storage.library import Entry
from reader.ui.document_model import APART_ROLE, ENTRY_ROLE, DocumentModel
from reader.ui.outline_view import INDEX_ROLE
from support import seed


def _selected(window) -> int | None:
    return window.outline.tree.currentIndex().data(INDEX_ROLE)


def _filtered_to(qtbot, window, needle: str) -> None:
    window.outline.filter_box.setFocus()
    window.outline.filter_box.setText(needle)
    assert window.outline.tree.model().rowCount() > 0


def test_escape_on_the_filter_shows_the_section_the_reader_is_at(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    click_heading(qtbot, window, 1)  # the reader is in 二、
    at = window.outline.current_index()
    assert at >= 0 and _selected(window) == at
    _filtered_to(qtbot, window, "严守")  # 六、 only: the reader's section is filtered out
    tree = window.outline.tree
    assert not tree.selectionModel().hasSelection()  # no other section stands in for the reader's hidden one
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)  # the reader looks through the matches without picking one
    assert _selected(window) != at
    window.outline.filter_box.setFocus()
    qtbot.keyClick(window.outline.filter_box, Qt.Key.Key_Escape)
    assert window.outline.filter_box.text() == ""
    assert _selected(window) == at  # the section the reader is at, not the row picked out in the filtered tree


def test_a_filter_that_keeps_the_readers_section_shows_it_selected(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    click_heading(qtbot, window, 1)
    at = window.outline.current_index()
    _filtered_to(qtbot, window, "强化正确政绩观")  # every top heading matches
    assert _selected(window) == at
    assert window.outline.tree.selectionModel().isSelected(window.outline.tree.currentIndex())


# -- the library's documents of the same title ----------------------------------------------------------------------

TITLE = "关于鸬鹚湖治理情况的报告"
PLAIN = "今天下午，我们沿着河岸走了很久，看见许多人在钓鱼，也有孩子在放风筝。"


def _add_files(window, qtbot, monkeypatch, files) -> None:
    """File › Add Files… with the dialog answered, as a reader adds them."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **kw: ([str(f) for f in files], "")))
    window.actions_.add_files.trigger()
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _apart(window, path) -> str:
    listing = window.document_list
    for row in range(listing.model().rowCount()):
        index = listing.model().index(row, 0)
        if index.data(ENTRY_ROLE).path == str(path):
            return index.data(APART_ROLE)
    raise AssertionError(f"{path} is not listed")


def _same_titled(tmp_path, title: str = TITLE):
    paths = []
    for folder, body in (("2023", "去年的数字。"), ("2024", "今年的数字。")):
        (tmp_path / folder / "报告").mkdir(parents=True)
        path = tmp_path / folder / "报告" / "湖.txt"
        path.write_text(f"{title}\n\n{body}{PLAIN}\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_two_documents_of_the_same_title_are_told_apart_in_the_list(make_window, qtbot, tmp_path, monkeypatch):
    paths = _same_titled(tmp_path)
    other = tmp_path / "2024" / "另一份.txt"
    other.write_text(f"关于鸬鹚保护的意见\n\n{PLAIN}\n", encoding="utf-8")
    window = make_window()
    _add_files(window, qtbot, monkeypatch, [*paths, other])
    assert [_apart(window, p) for p in paths] == ["2023/报告", "2024/报告"]  # the folder that differs
    assert _apart(window, other) == ""  # a title of its own: nothing added
    window.document_list.remove_path(str(paths[0]))
    assert _apart(window, paths[1]) == ""  # alone with its title again


def test_the_same_title_in_the_other_script_is_told_apart_too(make_window, qtbot, tmp_path, monkeypatch):
    simplified, traditional = _same_titled(tmp_path)
    traditional.write_text(f"關於鸕鶿湖治理情況的報告\n\n{PLAIN}\n", encoding="utf-8")
    window = make_window()
    _add_files(window, qtbot, monkeypatch, [simplified, traditional])
    assert _apart(window, simplified) == "2023/报告" and _apart(window, traditional) == "2024/报告"


@pytest.mark.parametrize("entries, wanted", [
    ([("/h/a/x.txt", "标题"), ("/h/b/x.txt", "标题")], ["a", "b"]),
    ([("/h/a/x.txt", "标题"), ("/h/a/y.txt", "标题")], ["a/x.txt", "a/y.txt"]),  # one folder: the names differ
    ([("/h/a/x.txt", "标题"), ("/h/b/x.txt", "另一个")], ["", ""]),
    ([("/h/a/x.txt", ""), ("/h/b/x.txt", "")], ["a", "b"]),  # untitled: the file names are the same title
])
def test_the_list_model_tells_apart_only_rows_of_the_same_title(entries, wanted):
    model = DocumentModel()
    model.set_entries([Entry(path, title=title) for path, title in entries])
    assert [model.index(r, 0).data(APART_ROLE) for r in range(len(entries))] == wanted


# -- the outline filter's clear button after another document opens --------------------------------------------------


def _clear_button_shown(field) -> bool:
    from PySide6.QtWidgets import QToolButton

    return any(b.isVisibleTo(field) for b in field.findChildren(QToolButton))


def test_another_document_empties_the_outline_filter_and_its_clear_button_goes(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    box = window.outline.filter_box
    _filtered_to(qtbot, window, "严守")
    qtbot.waitUntil(lambda: _clear_button_shown(box), timeout=3000)
    window.open_path(str(seed("001")))
    settle(window)
    assert box.text() == "" and window.outline.tree.model().rowCount() > 1
    qtbot.waitUntil(lambda: not _clear_button_shown(box), timeout=3000)  # no stale ⓧ beside the placeholder


# -- the library search after the UI language changes ----------------------------------------------------------------


def test_the_library_search_follows_a_language_change_while_open(make_window, qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit

    from qtsupport import search_library
    from reader.ui.translations_zh import ZH_HANS

    window = make_window()
    search_library(qtbot, window, "人大")
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    english_hint, english_count = field.placeholderText(), status.text()
    assert english_count.endswith("documents")
    try:
        window.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.outline.filter_box.placeholderText() == ZH_HANS["Filter headings"])
        assert field.placeholderText() == ZH_HANS[english_hint]  # the hint in the chosen language, as the rest
        assert not status.text().endswith("documents") and status.text() != english_count  # and the count too
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: field.placeholderText() == english_hint)
    assert status.text() == english_count


# -- Down from a search or filter field into its list -----------------------------------------------------------------


def test_down_in_the_outline_filter_moves_into_the_matches_and_enter_goes_there(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    top = window.reading.top_offset()
    _filtered_to(qtbot, window, "严守")
    tree = window.outline.tree
    qtbot.keyClick(window.outline.filter_box, Qt.Key.Key_Down)
    assert tree.hasFocus() and _selected(window) is not None  # in the tree, on the one match
    assert window.reading.top_offset() == top  # looking, not going
    with qtbot.waitSignal(window.outline.heading_activated) as went:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert went.args[0] == window.outline.outline.headings[_selected(window)].offset


def test_down_in_the_library_search_moves_into_the_results(make_window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    from qtsupport import search_library

    window = make_window()
    results = search_library(qtbot, window, "人大")
    field = window.findChild(QLineEdit, "librarySearch")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert results.hasFocus() and results.currentIndex().row() == 0


def test_down_in_an_empty_outline_filter_stays_put(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    _filtered_to(qtbot, window, "严守")
    window.outline.filter_box.setText("不可能出现的标题")
    qtbot.keyClick(window.outline.filter_box, Qt.Key.Key_Down)
    assert window.outline.filter_box.hasFocus()  # nothing to move into
