"""Found by hand under Xvfb (session 60G): the list marks the document on screen, the outline follows in view, a
library search hit in the open document goes to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, Qt

from reader.ui.tuning import POSITION_DEBOUNCE_MS
from qtsupport import click_document, search_library, settle
from support import seed

NOTICE = "国务院关于加强监督管理的通知\n\n国发〔2019〕3号\n\n一、总体要求\n加强监督管理，推进依法行政。\n"
REPORT = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"
PROGRAM = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8  # what `cp /usr/bin/ls report.txt` leaves


def _two_documents(make_window, tmp_path):
    shown, other = tmp_path / "notice.txt", tmp_path / "report.txt"
    shown.write_text(NOTICE, encoding="utf-8")
    other.write_text(REPORT, encoding="utf-8")
    window = make_window([str(other), str(shown)])
    window.open_path(str(shown))
    settle(window)
    assert window.loaded.path == str(shown) and window.document_list.current_path() == str(shown)
    return window, shown, other


def test_a_listed_file_that_became_unreadable_leaves_the_shown_document_marked(make_window, qtbot, tmp_path):
    window, shown, other = _two_documents(make_window, tmp_path)
    other.write_bytes(PROGRAM)  # overwritten on disk while in the library
    click_document(qtbot, window, str(other), shown=False)
    assert "not a text file" in window.status.currentMessage()
    assert window.loaded.path == str(shown)  # nothing lost: the text on screen stays ...
    assert window.document_list.current_path() == str(shown)  # ... and the list marks it, not the file refused


def test_a_readable_document_clicked_is_marked_and_shown(make_window, qtbot, tmp_path):
    window, shown, other = _two_documents(make_window, tmp_path)
    click_document(qtbot, window, str(other), shown=False)
    assert window.loaded.path == str(other) and window.document_list.current_path() == str(other)


def _numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


def _law(tmp_path, name: str = "law"):
    """A law of 80 articles in two chapters: an outline far longer than the panel shows."""
    lines = [f"中华人民共和国{name}法", "", "（2020年5月28日第十三届全国人民代表大会第三次会议通过）", ""]
    for n in range(1, 81):
        if n in (1, 41):
            lines += ["第{}章 {}".format(_numeral(1 if n == 1 else 2), "总则" if n == 1 else "附则"), ""]
        lines += [f"第{_numeral(n)}条 国家依法保障公民的各项权利，各级人民政府应当依照本法的规定履行职责，接受人民的监督。", ""]
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _marked_row(window):
    tree = window.outline.tree
    rect = tree.visualRect(tree.currentIndex())
    assert tree.currentIndex().isValid() and tree.viewport().rect().contains(rect)
    return tree, rect


def _read_on(qtbot, window, to: int) -> None:
    window.reading.setFocus()
    while window.outline.current_index() < to:  # reading on, a screen at a time
        qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)
        settle(window)
        qtbot.wait(POSITION_DEBOUNCE_MS + 50)  # the outline follows once the scroll pauses: else read past 30 to the end


def test_the_outline_followed_down_a_long_law_shows_the_articles_after_the_current_one(make_window, qtbot, tmp_path):
    window = make_window([str(_law(tmp_path))])
    _read_on(qtbot, window, 30)
    tree, rect = _marked_row(window)
    assert rect.bottom() + 3 * rect.height() <= tree.viewport().height()  # not at the panel's bottom edge


def test_an_outline_row_in_view_stays_where_it_is_when_clicked(make_window, qtbot, tmp_path):
    window = make_window([str(_law(tmp_path))])
    tree = window.outline.tree
    low = tree.viewport().rect().bottomLeft() + QPoint(40, -2 * tree.sizeHintForRow(0))
    index = tree.indexAt(low)  # a row low in the panel, in full view
    before = tree.verticalScrollBar().value()
    with qtbot.waitSignal(window.outline.heading_activated):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    settle(window)
    assert tree.verticalScrollBar().value() == before and tree.currentIndex() == index


def test_another_law_opened_at_its_top_shows_its_outline_from_the_top(make_window, qtbot, tmp_path):
    first, second = _law(tmp_path, "民法"), _law(tmp_path, "刑法")
    window = make_window([str(second), str(first)])
    window.open_path(str(first))
    settle(window)
    _read_on(qtbot, window, 60)
    assert window.outline.tree.verticalScrollBar().value() > 0
    window.open_path(str(second))  # never read: at its top, before its first article
    settle(window)
    qtbot.waitUntil(lambda: window.loaded.path == str(second) and window.outline.current_index() == -1, timeout=5000)
    assert window.reading.top_offset() == 0
    assert window.outline.tree.verticalScrollBar().value() == 0  # its first chapter in view, not the last one's rows


def test_a_library_search_hit_in_the_document_on_screen_goes_to_the_hit(make_window, qtbot):
    window = make_window()
    results = search_library(qtbot, window, "監督")
    model = results.model()
    row = next(r for r in range(model.rowCount())
               if Path(model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).path).name == seed("000").name)
    hit = model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
    window.open_path(hit.path)
    settle(window)
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # read to its end
    settle(window)
    assert window.loaded.path == hit.path and not window.reading.textCursor().hasSelection()
    results.activated.emit(model.index(row, 0))  # its own hit, chosen while it is on screen
    settle(window)
    qtbot.waitUntil(lambda: window.reading.textCursor().hasSelection(), timeout=10000)  # before: nothing happened
    assert window.reading.textCursor().selectedText() in ("监督", "監督")
    assert window.reading.viewport().rect().contains(window.reading.cursorRect())  # in view


def test_back_at_the_top_of_a_law_the_outline_shows_its_top(make_window, qtbot, tmp_path):
    window = make_window([str(_law(tmp_path))])
    _read_on(qtbot, window, 60)
    assert window.outline.tree.verticalScrollBar().value() > 0
    qtbot.keyClick(window.reading, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # back to its title
    settle(window)
    qtbot.waitUntil(lambda: window.outline.current_index() == -1, timeout=5000)  # the view's move has ended
    assert window.reading.top_offset() == 0
    assert window.outline.tree.verticalScrollBar().value() == 0  # its first chapter, not the rows near article 60


@pytest.mark.parametrize("panel, modifier", [(0, Qt.KeyboardModifier.NoModifier),
                                             (2, Qt.KeyboardModifier.ShiftModifier)])
def test_a_panel_folded_for_room_on_a_small_window_comes_at_the_first_press_of_its_key(make_window, qtbot, tmp_path,
                                                                                       panel, modifier):
    window = make_window([str(_law(tmp_path))], size=(560, 420))
    action = window.actions_.show_sidebar if panel == 0 else window.actions_.show_keywords
    assert window.splitter.sizes()[panel] == 0 and action.isChecked()  # folded for room, not hidden by the reader
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_F9, modifier)  # F9 documents and outline, Shift+F9 keywords
    settle(window)
    assert window.splitter.sizes()[panel] > 0 and action.isChecked()  # before: hidden for good, nothing on screen
    qtbot.keyClick(window.reading, Qt.Key.Key_F9, modifier)
    settle(window)
    assert window.splitter.sizes()[panel] == 0 and not action.isChecked()  # the next press hides it
