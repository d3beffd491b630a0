"""Found by hand (session 62G): a window made shorter kept the document list's scroll, so the open document's row
slid under the list's bottom edge (a sliver of it showing); it is kept in sight now, unless the reader had
scrolled the list away from it. In a narrow window, Escape in the find bar unfolded the keyword panel and folded
the documents and outline in its place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from qtsupport import settle

BODY = "一、总体要求\n\n坚持稳中求进工作总基调，推动高质量发展。\n"


def _open_many(make_window, qtbot, tmp_path, count: int = 12):
    paths = []
    for n in range(count):
        path = tmp_path / f"doc{n:02d}.txt"
        path.write_text(f"第{n + 1}号通知\n\n{BODY}", encoding="utf-8")
        paths.append(str(path))
    window = make_window(paths, size=(1100, 760))
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    return window, paths


def _open_row(window):
    view = window.document_list
    return view.visualRect(view.currentIndex()), view.viewport().rect()


def _show_last_at_bottom(window, qtbot, paths):
    """The last document open, its row whole at the list's bottom (as after opening it from the list)."""
    window.open_path(paths[-1])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == paths[-1], timeout=20000)
    settle(window)
    view = window.document_list
    view.scrollTo(view.currentIndex(), view.ScrollHint.PositionAtBottom)
    settle(window)
    assert view.verticalScrollBar().value() > 0  # the list is longer than the panel: the row is not at the top
    row, rect = _open_row(window)
    assert rect.contains(row)


@pytest.mark.parametrize("height", [560, 480, 420])
def test_the_open_row_stays_in_sight_in_a_shorter_window(make_window, qtbot, tmp_path, height):
    window, paths = _open_many(make_window, qtbot, tmp_path)
    _show_last_at_bottom(window, qtbot, paths)
    window.resize(1100, height)
    settle(window)
    qtbot.wait(50)
    row, rect = _open_row(window)
    assert rect.contains(row), (row, rect)  # before: cut off by the list's bottom edge, or out of sight


def test_a_list_scrolled_away_from_the_open_row_stays_where_the_reader_put_it(make_window, qtbot, tmp_path):
    window, paths = _open_many(make_window, qtbot, tmp_path)
    _show_last_at_bottom(window, qtbot, paths)
    view = window.document_list
    view.verticalScrollBar().setValue(0)  # the reader looks at the top of the list
    settle(window)
    assert not view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
    window.resize(1100, 480)
    settle(window)
    qtbot.wait(50)
    assert view.verticalScrollBar().value() == 0


def test_a_taller_window_leaves_the_list_alone(make_window, qtbot, tmp_path):
    window, paths = _open_many(make_window, qtbot, tmp_path)
    _show_last_at_bottom(window, qtbot, paths)
    window.resize(1100, 480)
    settle(window)
    qtbot.wait(50)
    view = window.document_list
    before = view.verticalScrollBar().value()
    window.resize(1100, 700)
    settle(window)
    qtbot.wait(50)
    row, rect = _open_row(window)
    assert rect.contains(row)
    assert view.verticalScrollBar().value() <= before  # shown whole; not scrolled further on


# --- Escape in the find bar of a narrow window ----------------------------------------------------------------------

REPORT = "关于推进高质量发展的报告\n\n一、总体要求\n\n" + "坚持稳中求进，推动高质量发展，发展是第一要务。\n\n" * 40


@pytest.mark.parametrize("width", [700, 640])
def test_escape_in_the_find_bar_leaves_the_side_panels_as_they_were(make_window, qtbot, tmp_path, width):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    window = make_window([str(path)], size=(width, 600))
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    before = window.splitter.sizes()
    assert 0 in (before[0], before[2]) and before != [0, before[1], 0]  # one panel folded for room, one shown
    window.reading.setFocus()
    window.find_bar.activate("发展")
    settle(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    settle(window)
    qtbot.wait(50)
    assert not window.find_bar.isVisible()
    # before: the focus passed through the folded keyword panel while the bar hid, which unfolded it and folded
    # the documents and outline in its place
    assert window.splitter.sizes() == before
    assert QApplication.focusWidget() is window.reading


# --- a long keyword in a narrow keyword panel -------------------------------------------------------------------------

def _keyword_label(window, word: str) -> QLabel:
    (row,) = [r for r in window.keyword_panel.findChildren(QWidget, "keywordRow") if r.property("word") == word]
    (label,) = [label for label in row.findChildren(QLabel) if label.objectName() != "keywordCount"]
    return label


@pytest.mark.parametrize("word, cut", [
    ("全国人民代表大会常务委员会", True),  # before: cut through a character, with no sign that more was hidden
    ("发展", False),  # left alone: a short keyword is shown whole
])
def test_a_long_keyword_ends_in_an_ellipsis_in_a_narrow_panel(make_window, qtbot, tmp_path, word, cut):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    window = make_window([str(path)], size=(1100, 700))
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.keyword_panel.add_keyword(word)
    settle(window)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] + sizes[2] - 160, 160])  # the keyword panel at its narrowest
    settle(window)
    qtbot.wait(50)
    label = _keyword_label(window, word)
    shown = label.text()
    assert label.toolTip() == word
    if cut:
        assert shown.endswith("…") and word.startswith(shown[:-1]) and len(shown) < len(word)
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    else:
        assert shown == word
