"""Found by hand (session 72F, redone in 73C): a long document opened at its very top, its title on screen above the
first section, had the breadcrumb (and the outline's mark) on that first section ('第1章 总则', '一、选题背景'), as if
the title were read as part of it; the breadcrumb names no section until the first heading is the line read at the top.
72F's change was reverted: the empty breadcrumb was a shorter row, so the text under it grew 25 px at the title and
shrank when the first crumb came, a resize that put the top line back where the view had been scrolled to the end
(test_window_round65U: 13 px short of it). The row keeps its height while the document has sections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qtsupport import REPORT_SENTENCE, click_heading, settle

PARAGRAPHS = "\n\n".join([REPORT_SENTENCE * 4] * 8)  # a section longer than a screen
REPORT = "关于加强工作的报告\n\n" + "\n\n".join(f"第{i}章　总则\n\n{PARAGRAPHS}" for i in range(1, 6))
THESIS = "关于城市社区治理的研究报告\n\n" + "\n\n".join(
    f"{n}、{title}\n\n{PARAGRAPHS}"
    for n, title in zip("一二三四五六七八九十", ("选题背景", "研究现状", "研究方法", "调查结果", "问题分析",
                                             "对策建议", "实施路径", "保障措施", "结论", "展望")))


def _open(make_window, qtbot, tmp_path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window([str(path)], size=(1100, 500))
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.sections.outline) > 0, timeout=20000)
    settle(window)
    return window


@pytest.mark.parametrize("text, first", [(REPORT, "第1章"), (THESIS, "一、")])
def test_the_breadcrumb_names_no_section_while_the_title_is_read(make_window, qtbot, tmp_path, text, first):
    window = _open(make_window, qtbot, tmp_path, text)
    bar = window.reading.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0  # the premise: a long text at its top, its title shown
    assert window.loaded.document.headings[0].offset == 0  # the first section starts the text, under the title
    assert window.breadcrumb.path() == []  # before: the first section, its title not yet reached
    assert window.outline.current_index() == -1
    qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)  # read on: the first section's lines are at the top
    qtbot.waitUntil(lambda: window.breadcrumb.path() != [], timeout=10000)
    settle(window)
    assert window.breadcrumb.path()[0].startswith(first)
    qtbot.keyClick(window.reading, Qt.Key.Key_Home)  # back at the title: no section again
    qtbot.waitUntil(lambda: window.breadcrumb.path() == [], timeout=10000)
    assert window.outline.current_index() == -1
    window.outline.filter_box.setText(first)  # the first heading picked (through the filter): the view goes to
    settle(window)  # the text's top, its title shown, and the heading picked is named; the filter stays
    assert click_heading(qtbot, window, 0) == 0 and window.reading.verticalScrollBar().value() == 0
    assert window.breadcrumb.path() and window.breadcrumb.path()[0].startswith(first)
    assert window.outline.current_index() == 0 and window.outline.filter_box.text() == first


def test_the_text_keeps_its_height_when_the_first_crumb_comes(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path, REPORT)
    viewport = window.reading.viewport()
    assert window.breadcrumb.path() == []
    at_title = viewport.height()
    qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: window.breadcrumb.path() != [], timeout=10000)
    settle(window)
    assert viewport.height() == at_title  # the text did not move under a breadcrumb that grew
    bar = window.reading.verticalScrollBar()
    bar.setValue(0)  # back at the title, then scrolled to the end by hand (no Ctrl+End to keep it there)
    qtbot.waitUntil(lambda: window.breadcrumb.path() == [], timeout=10000)
    settle(window)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.breadcrumb.path() != [], timeout=10000)
    qtbot.wait(200)  # the last margins and the place come in after a short pause
    settle(window)
    assert bar.maximum() > 0 and bar.value() == bar.maximum()  # at the end, as the reader left it
