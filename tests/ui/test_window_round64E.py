"""Found by hand (session 64E, the two constitutions in 繁體 / 台灣正體): F3 to '監督' in 第162條 put the hit a third of
the way down, the last lines of 第160條 at the top, and the outline and the breadcrumb named 第160條: the section of the
hit stepped to (F3, Shift+F3, a find step) is the reader's while it is on screen, in any script shown; a heading picked
afterwards, or the text read on past the hit, is followed as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qtsupport import open_text, settle

NUMBERS = "一二三四五六七八九十"
PARAGRAPH = "全市各项工作稳步推进，群众满意度持续提高，各部门认真履行职责，推动经济社会发展取得新成效。"


def _section(n: int, word: str) -> str:
    body = "".join(f"{PARAGRAPH}第{k}段。\n\n" for k in range(12))
    return f"第{NUMBERS[n - 1]}条　第{n}部分的工作\n\n{word}{body}"


# '监督' opens the first paragraph of 第六条 and of 第九条: a step puts it a third down, the section before's end on top
TEXT = "关于全市工作情况的报告\n\n" + "".join(_section(n, "依法接受监督。" if n in (6, 9) else "") for n in range(1, 11))


@pytest.fixture
def report_window(make_window, qtbot, tmp_path):
    return open_text(make_window, qtbot, tmp_path, TEXT, "report.txt", lambda w: len(w.sections.outline) >= 10)


def _section_of_top(window) -> int:
    return window.sections.outline.section_at(window.reading.top_offset())


def _marked(window) -> tuple[str, int]:
    return window.breadcrumb.path()[-1], window.outline.current_index()


def _label(window, n: int) -> str:
    return window.outline.label(n - 1)


def _keyword(window, qtbot, word: str, count: int) -> None:
    window.keyword_panel.add_keyword(word)
    qtbot.waitUntil(lambda: len(window.hits._hits) == count, timeout=10000)
    settle(window)
    window.reading.setFocus()


@pytest.mark.parametrize("word", ["监督", "監督"])  # typed in either script
@pytest.mark.parametrize("shift, section", [(False, 6), (True, 9)])
def test_a_keyword_step_marks_the_section_of_the_hit(report_window, qtbot, word, shift, section):
    window = report_window
    _keyword(window, qtbot, word, 2)
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window)
    assert _section_of_top(window) == section - 2  # the shape: the section before's end is what the top shows
    assert _marked(window) == (_label(window, section), section - 1)


def test_the_hit_s_section_stays_marked_through_the_script_toggle(report_window, qtbot):
    window = report_window
    _keyword(window, qtbot, "监督", 2)
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    settle(window)
    window.actions_.toggle_script.trigger()  # while the rebuilt text is laid out the mark may show the top's section
    qtbot.waitUntil(lambda: _marked(window) == ("第六條 第6部分的工作", 5), timeout=10000)
    settle(window)
    assert _marked(window) == ("第六條 第6部分的工作", 5)


def test_a_find_step_marks_the_section_of_the_match(report_window, qtbot):
    window = report_window
    window.actions_.find.trigger()
    window.find_bar._input.setText("監督")
    qtbot.waitUntil(lambda: window.hits.find_active and len(window.hits._find) == 2, timeout=10000)
    settle(window)
    field = window.find_bar._input
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)  # to the second match, in 第九条
    settle(window)
    assert window.hits._find_current == 1
    assert _marked(window) == (_label(window, 9), 8)


# --- left alone ------------------------------------------------------------------------------------------------------

def test_a_heading_picked_after_a_step_is_followed(report_window, qtbot):
    window = report_window
    _keyword(window, qtbot, "监督", 2)
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    settle(window)
    window.go_to_offset(window.sections.outline.headings[2].offset)  # 第三条, from the outline or the breadcrumb
    settle(window)
    assert _marked(window) == (_label(window, 3), 2)


def test_reading_on_past_the_hit_follows_the_top(report_window, qtbot):
    window = report_window
    _keyword(window, qtbot, "监督", 2)
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    settle(window)
    window.go_to_offset(window.sections.outline.headings[7].offset)  # 第八条 at the top, the hit far above
    settle(window)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.value() + window.reading.viewport().height() // 2)  # read on, within 第八条
    qtbot.waitUntil(lambda: window.outline.current_index() == 7, timeout=5000)
    assert _marked(window) == (_label(window, 8), 7)


def test_no_step_no_change(report_window, qtbot):
    window = report_window
    window.go_to_offset(window.sections.outline.headings[4].offset)
    settle(window)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.value() + window.reading.viewport().height())  # 第六条's heading now mid-screen
    qtbot.waitUntil(lambda: _section_of_top(window) == 4, timeout=5000)
    settle(window)
    assert _marked(window) == (_label(window, 5), 4)  # the top's section, as before
