"""Found by hand (session 63G): after a jump from the outline (Ctrl+L, a heading, Enter) a reader of a long law had
no way back to where they were reading: Go Back (Alt+Left) returns there and Go Forward (Alt+Right) redoes the
jump, as in a browser or a PDF reader; scrolling is no jump, and another document starts with no places. The keyword
suggestions, made anew for each document, entered Tab's chain after the library search (Tab from the search walked
through twelve chips before reaching the document list): they come where they sit, after the keyword box. View ›
Full Screen had no key on a bare X session: F11 (Escape leaves), and leaving it gave back a maximized window
un-maximized. Ctrl+L a second time put the caret after the last filter, so the words typed were added to it ('九'
then '五' filtered for '九五', no heading): they replace it, as Ctrl+L's address in a browser."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from qtsupport import settle

ALT = Qt.KeyboardModifier.AltModifier
CHAPTERS = "".join(
    f"第{n}章　总则{n}\n\n" + "".join(f"第{n * 10 + k}条　国家保障公民的各项权利，任何组织不得侵犯。\n\n" for k in range(30))
    for n in range(1, 13)
)
LAW = "中华人民共和国示范法\n\n" + CHAPTERS


def _open(make_window, qtbot, tmp_path, text: str = LAW, name: str = "law.txt", size=(1100, 760)):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    window = make_window([str(path)], size)
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.sections.outline) >= 10, timeout=20000)
    settle(window)
    return window


def _jump(window, qtbot, index: int) -> int:
    """A heading picked in the outline, as Enter on it does."""
    offset = window.loaded.document.headings[index].offset
    window.outline.heading_activated.emit(offset)
    settle(window)
    return offset


def _key(window, qtbot, key) -> None:
    qtbot.keyClick(window.reading, key, ALT)
    settle(window)


def test_alt_left_returns_to_the_place_before_an_outline_jump_and_alt_right_redoes_it(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    a = window.actions_
    assert not a.go_back.isEnabled() and not a.go_forward.isEnabled()
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() // 5)  # reading a fifth of the way down
    settle(window)
    here = window.reading.top_offset()
    target = _jump(window, qtbot, 8)
    assert window.reading.top_offset() == target and a.go_back.isEnabled()
    _key(window, qtbot, Qt.Key.Key_Left)
    assert window.reading.top_offset() == here
    assert a.go_forward.isEnabled()
    _key(window, qtbot, Qt.Key.Key_Right)
    assert window.reading.top_offset() == target
    assert not a.go_forward.isEnabled() and a.go_back.isEnabled()


def test_two_jumps_go_back_one_at_a_time(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    start = window.reading.top_offset()
    first = _jump(window, qtbot, 3)
    _jump(window, qtbot, 9)
    _key(window, qtbot, Qt.Key.Key_Left)
    assert window.reading.top_offset() == first
    _key(window, qtbot, Qt.Key.Key_Left)
    assert window.reading.top_offset() == start
    assert not window.actions_.go_back.isEnabled()


@pytest.mark.parametrize("height", [700, 733, 751, 767])
def test_going_back_to_the_end_shows_the_end_again(make_window, qtbot, tmp_path, height):
    window = _open(make_window, qtbot, tmp_path, size=(1100, height))
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    bar = window.reading.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=10000)
    _jump(window, qtbot, 2)
    assert bar.value() < bar.maximum()
    _key(window, qtbot, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=10000)
    assert window.status.currentMessage() == "" and "100%" in " ".join(
        w.text() for w in window.status.findChildren(QLabel))


def test_a_new_jump_after_going_back_drops_the_forward_place(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    _jump(window, qtbot, 9)
    _key(window, qtbot, Qt.Key.Key_Left)
    assert window.actions_.go_forward.isEnabled()
    _jump(window, qtbot, 4)
    assert not window.actions_.go_forward.isEnabled()


def test_going_back_leaves_the_original_view(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    _jump(window, qtbot, 9)
    window.actions_.show_original.setChecked(True)
    settle(window)
    _key(window, qtbot, Qt.Key.Key_Left)
    assert not window.actions_.show_original.isChecked()
    assert window.stack.currentWidget() is window.reading
    assert window.reading.top_offset() == 0


@pytest.mark.parametrize("how", ["scroll", "other document"])
def test_no_way_back_without_a_jump_in_the_shown_document(make_window, qtbot, tmp_path, how):
    window = _open(make_window, qtbot, tmp_path)
    if how == "scroll":  # Page Down and the scroll bar move the reader; they are no jump
        bar = window.reading.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)
    else:
        _jump(window, qtbot, 9)
        other = tmp_path / "other.txt"
        other.write_text(LAW.replace("示范法", "另一法"), encoding="utf-8")
        window.open_path(str(other))
        qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(other), timeout=20000)
    settle(window)
    place = window.reading.top_offset()
    assert not window.actions_.go_back.isEnabled()
    _key(window, qtbot, Qt.Key.Key_Left)
    assert window.reading.top_offset() == place


def test_go_back_and_forward_are_in_the_view_menu_with_their_keys(make_window):
    window = make_window()
    a = window.actions_
    view = [m.menu() for m in window.menuBar().actions() if m.menu() and a.focus_outline in m.menu().actions()][0]
    assert a.go_back in view.actions() and a.go_forward in view.actions()
    assert "Alt+Left" in [k.toString() for k in a.go_back.shortcuts()]
    assert "Alt+Right" in [k.toString() for k in a.go_forward.shortcuts()]


def _tabs(window, qtbot, start: QWidget, count: int) -> list[str]:
    """The widgets Tab visits from `start`, by object name (a chip by its word)."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=5000)
    seen = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        seen.append(widget.text() if widget.objectName() == "suggestionChip" else widget.objectName())
    return seen


@pytest.mark.parametrize("documents", [1, 2])  # the chips of a second document, made anew, too
def test_tab_meets_the_keyword_suggestions_under_the_keyword_box_not_after_the_library_search(make_window, qtbot,
                                                                                              documents,
                                                                                              held_suggestions):
    window = make_window()
    qtbot.waitUntil(lambda: bool(held_suggestions), timeout=5000)
    for n in range(documents):  # the answer handed to the window, as the child's comes
        window.suggestions.ready.emit(held_suggestions[-1], ["建设", "发展", "服务"] if n == 0 else ["宪法", "国家"])
        settle(window)
    words = ["建设", "发展", "服务"] if documents == 1 else ["宪法", "国家"]
    assert _tabs(window, qtbot, window.findChild(QWidget, "librarySearch"), 1) == ["documentList"]
    assert _tabs(window, qtbot, window.keyword_panel.findChild(QWidget, "keywordInput"), 2) == [
        words[0], "cleanedIndicator"]  # the row is one Tab stop (session 65U: arrows move within it)


def test_f11_puts_the_window_in_full_screen_and_escape_leaves_it(make_window, qtbot):
    window = make_window()
    action = window.actions_.full_screen
    assert not action.shortcut().isEmpty()  # a bare X session's theme binds none: F11
    window.reading.setFocus()
    qtbot.waitUntil(window.reading.hasFocus, timeout=5000)
    qtbot.keyClick(window.reading, action.shortcut()[0].key())
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    assert action.isChecked()
    qtbot.keyClick(window.reading, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)
    assert not action.isChecked()


def test_escape_closes_the_find_bar_first_in_full_screen(make_window, qtbot):
    window = make_window()
    window.actions_.full_screen.setChecked(True)
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    window.actions_.find.trigger()
    settle(window)
    field = window.find_bar._input
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    settle(window)
    assert not window.find_bar.isVisible() and window.isFullScreen()


def test_leaving_full_screen_gives_back_a_maximized_window(make_window, qtbot):
    window = make_window()
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=5000)
    window.actions_.full_screen.setChecked(True)
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    window.actions_.full_screen.setChecked(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)
    assert window.isMaximized()


def test_the_full_screen_mark_follows_the_window(make_window, qtbot):
    window = make_window()
    window.showFullScreen()  # as a window manager's own key does
    qtbot.waitUntil(lambda: window.actions_.full_screen.isChecked(), timeout=5000)
    window.showNormal()
    qtbot.waitUntil(lambda: not window.actions_.full_screen.isChecked(), timeout=5000)


def test_ctrl_l_again_lets_the_typing_replace_the_last_filter(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    box = window.outline.filter_box
    for typed in ("12", "3"):
        window.reading.setFocus()
        qtbot.waitUntil(window.reading.hasFocus, timeout=5000)
        qtbot.keyClick(window.reading, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(box.hasFocus, timeout=5000)
        qtbot.keyClicks(box, typed)
        assert box.text() == typed
        qtbot.keyClick(box, Qt.Key.Key_Return)  # to the first heading matching
        settle(window)
    assert window.reading.top_offset() > 0
