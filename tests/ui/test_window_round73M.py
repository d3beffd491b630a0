"""Found by hand (session 73M): Page Down pressed to the end stopped with the last line shown but the scroll bar
short of its maximum (the bottom margin under the last line never came into view), so a reader who paged to the end
was not at the end: the end looked unlike the end reached by Ctrl+End or the scroll bar, and opening the find bar or
resizing the window then kept the top line instead of the end. The last Page Down now goes to the very end; the page
steps before it move as before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qtsupport import open_text, settle

NUMBERS = "一二三四五六七八九十"
PARAGRAPH = "全市各项工作稳步推进，群众满意度持续提高，各部门认真履行职责，推动经济社会发展取得新成效。"
REPORT = "关于全市工作情况的报告\n\n" + "".join(
    f"第{NUMBERS[n]}条　第{n + 1}部分的工作\n\n" + "".join(f"{PARAGRAPH}第{k}段。\n\n" for k in range(10))
    for n in range(10))


def _window(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, REPORT, "report.txt", lambda w: len(w.sections.outline) >= 10)
    window.reading.setFocus()
    return window


def _idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.reading.busy and not window.reading.converting, timeout=10000)
    qtbot.wait(200)  # the last margins and the place come in after a short pause
    settle(window)


def _at_end(window) -> bool:
    bar = window.reading.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() >= bar.maximum()


def _page_down_to_the_end(qtbot, window, modifier=Qt.KeyboardModifier.NoModifier) -> list[int]:
    """Page Down until the view stops moving; the scroll values on the way."""
    bar = window.reading.verticalScrollBar()
    values = [bar.value()]
    for _ in range(80):
        window.reading.setFocus()
        qtbot.keyClick(window.reading, Qt.Key.Key_PageDown, modifier)
        _idle(qtbot, window)
        if bar.value() == values[-1]:
            break
        values.append(bar.value())
    return values


def test_paging_down_to_the_end_reaches_the_end(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path)
    values = _page_down_to_the_end(qtbot, window)
    assert len(values) > 3  # the premise: several pages
    assert _at_end(window)
    bar = window.reading.verticalScrollBar()
    steps = [b - a for a, b in zip(values, values[1:])]
    assert all(step == bar.pageStep() for step in steps[:-2])  # the pages before the end move a page, as before


def test_paged_to_the_end_then_the_find_bar_keeps_the_end(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path)
    _page_down_to_the_end(qtbot, window)
    height = window.reading.viewport().height()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.isVisible, timeout=5000)
    _idle(qtbot, window)
    assert window.reading.viewport().height() < height  # the premise: the view got shorter
    assert _at_end(window)


def test_paged_to_the_end_then_a_resize_keeps_the_end(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path)
    _page_down_to_the_end(qtbot, window)
    window.resize(window.width() - 120, window.height() - 80)
    _idle(qtbot, window)
    assert _at_end(window)
    assert window.reading.verticalScrollBar().value() > 0


def test_keypad_page_down_reaches_the_end_too(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path)
    _page_down_to_the_end(qtbot, window, Qt.KeyboardModifier.KeypadModifier)
    assert _at_end(window)


def test_shift_page_down_to_the_end_selects_to_the_end_and_shows_it(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path)
    _page_down_to_the_end(qtbot, window, Qt.KeyboardModifier.ShiftModifier)
    cursor = window.reading.textCursor()
    assert cursor.hasSelection() and cursor.selectionStart() == 0
    assert _at_end(window)
