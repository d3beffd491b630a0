"""Found by hand (session 73L): scrolled to the very end by hand (the wheel, the scroll bar; not Ctrl+End),
opening the find bar or the info bar, or resizing the window, put the top line back at the top of the smaller view, so
the last lines went below it: the view stopped short of the end. Being at the end is read from the scroll bar when
the view changes size. A reader in the middle of the text keeps their top line, as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider

from qtsupport import long_text_file, open_text, settle

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


def _scroll_to_end_by_hand(qtbot, window) -> None:
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum())  # the scroll bar dragged down (no Ctrl+End to keep it there)
    _idle(qtbot, window)
    assert _at_end(window)


def test_the_find_bar_opened_at_the_end_leaves_the_view_at_the_end(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path)
    window.reading.scroll_to_offset(window.loaded.document.headings[4].offset)  # mid-text: the top line is kept
    _idle(qtbot, window)
    before = window.reading.top_offset()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.isVisible, timeout=5000)
    _idle(qtbot, window)
    assert window.reading.top_offset() == before and not _at_end(window)
    qtbot.keyClick(window.find_bar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.find_bar.isVisible(), timeout=5000)
    _idle(qtbot, window)
    _scroll_to_end_by_hand(qtbot, window)
    height = window.reading.viewport().height()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.isVisible, timeout=5000)
    _idle(qtbot, window)
    assert window.reading.viewport().height() < height  # the premise: the view got shorter
    assert _at_end(window)


def test_paged_to_the_end_then_the_info_bar_leaves_the_view_at_the_end(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path)
    bar = window.reading.verticalScrollBar()
    for _ in range(60):
        if _at_end(window):
            break
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)  # clicks below the scroll bar's handle
        qtbot.wait(10)
    _idle(qtbot, window)
    assert _at_end(window)
    height = window.reading.viewport().height()
    window.info_bar.show_lines(["第一行说明", "第二行说明", "第三行说明"])
    _idle(qtbot, window)
    assert window.reading.viewport().height() < height
    assert _at_end(window) and bar.value() > 0


def test_the_window_resized_at_the_end_leaves_the_view_at_the_end(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path)
    _scroll_to_end_by_hand(qtbot, window)
    for size in ((1100, 520), (760, 520), (1300, 700)):  # shorter; narrower (rewrapped); wider and taller
        window.resize(*size)
        _idle(qtbot, window)
        assert _at_end(window), size


def test_a_long_text_resized_at_the_end_stays_at_the_end(make_window, qtbot, tmp_path):
    path = long_text_file(tmp_path, 150_000)  # long enough that a new width blanks the view and repins in steps
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    _idle(qtbot, window)
    window.reading.setFocus()
    bar = window.reading.verticalScrollBar()
    for _ in range(5):  # the scroll range grows as the layout reaches the end
        bar.setValue(bar.maximum())
        _idle(qtbot, window)
    assert _at_end(window)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: not window.reading.blank, timeout=20000)
    _idle(qtbot, window)
    assert _at_end(window)
