"""Found by hand (session 65G, the PRC constitution): End in the text showed 第一百三十九条 to 第一百四十三条 and 第四章 on
the last screen, yet the outline and the breadcrumb named 第一百三十八条, whose last lines were at the top; the sections
on the last screen never reach the top, so reading on never marked them. Scrolled to the end, the last section is the
reader's; a text that fits the window, a step back from the end, a heading picked on the last screen and a hit stepped
to there are left as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from qtsupport import click_heading, open_text, search_library, settle, until_library_idle
from reader.ui.document_model import ENTRY_ROLE

NUMBERS = "一二三四五六七八九十"
PARAGRAPH = "全市各项工作稳步推进，群众满意度持续提高，各部门认真履行职责，推动经济社会发展取得新成效。"


def _section(n: int, paragraphs: int, word: str = "") -> str:
    body = "".join(f"{PARAGRAPH}第{k}段。\n\n" for k in range(paragraphs))
    return f"第{NUMBERS[n - 1]}条　第{n}部分的工作\n\n{word}{body}"


# seven long sections, then three short ones that share the last screen ('监督' opens 第九条's text)
LONG = "关于全市工作情况的报告\n\n" + "".join(
    _section(n, 12 if n <= 7 else 1, "依法接受监督。" if n == 9 else "") for n in range(1, 11))
SHORT = "关于全市工作情况的报告\n\n" + "".join(_section(n, 1) for n in range(1, 4))


def _window(make_window, qtbot, tmp_path, text: str, sections: int):
    window = open_text(make_window, qtbot, tmp_path, text, "report.txt", lambda w: len(w.sections.outline) >= sections)
    window.reading.setFocus()
    return window


@pytest.fixture
def report_window(make_window, qtbot, tmp_path):
    return _window(make_window, qtbot, tmp_path, LONG, 10)


def _marked(window) -> tuple[str, int]:
    return window.breadcrumb.path()[-1], window.outline.current_index()


def _top_section(window) -> int:
    return window.sections.outline.section_at(window.reading.top_offset())


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.reading, key, modifier)
    qtbot.waitUntil(lambda: not window.reading.busy, timeout=10000)  # a page's move is animated
    qtbot.wait(200)  # the place is reported after a short pause
    settle(window)


def _at_end(window) -> bool:
    bar = window.reading.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() >= bar.maximum()


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
                                           (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)])
def test_scrolled_to_the_end_the_last_section_is_marked(report_window, qtbot, key, modifier):
    window = report_window
    for _ in range(40):  # Page Down until the end (Ctrl+End gets there at once)
        _key(qtbot, window, key, modifier)
        if _at_end(window):
            break
    assert _at_end(window)
    assert _top_section(window) < 9  # the shape: the last screen starts in an earlier section
    assert _marked(window) == (window.outline.label(9), 9)


def test_a_step_back_from_the_end_marks_the_top_s_section_again(report_window, qtbot):
    window = report_window
    _key(qtbot, window, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, window, Qt.Key.Key_PageUp)
    assert not _at_end(window)
    assert window.outline.current_index() == _top_section(window) < 9


def test_a_heading_picked_on_the_last_screen_stays_marked(report_window, qtbot):
    window = report_window
    click_heading(qtbot, window, 8)
    qtbot.wait(100)
    settle(window)
    assert _at_end(window)
    assert window.outline.current_index() == 8


def test_a_hit_stepped_to_on_the_last_screen_marks_its_section(report_window, qtbot):
    window = report_window
    window.keyword_panel.add_keyword("监督")
    qtbot.waitUntil(lambda: len(window.hits._hits) == 1, timeout=10000)
    settle(window)
    window.reading.setFocus()
    _key(qtbot, window, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, window, Qt.Key.Key_F3)  # the hit, on the last screen, in the section before the last
    assert _at_end(window)
    assert window.outline.current_index() == 8


def test_a_text_that_fits_the_window_marks_the_top_s_section(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path, SHORT, 3)
    assert window.reading.verticalScrollBar().maximum() == 0
    assert window.outline.current_index() == -1  # its title at the top, above the first section (round 72F)


# Found by hand (the library search for 政府工作报告): a document whose title alone holds the words showed its title
# twice, the second time as an unhighlighted 'snippet'; it shows the title once, with its issuer and 文号 if known.
NOTICE = "国务院办公厅关于开展春季植树活动的通知\n国办发〔2024〕3号\n\n各省、自治区、直辖市人民政府：\n请做好春季绿化工作，依法推进国土绿化。\n"


def _search_row(qtbot, window, tmp_path, text: str, query: str) -> str:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    window.open_path(str(path))
    settle(window)
    library = window.documents.library
    qtbot.waitUntil(lambda: library.get(str(path)) is not None and window.documents.writes.pending == 0,
                    timeout=10000)
    results = search_library(qtbot, window, query)
    rows = [results.model().index(r, 0) for r in range(results.model().rowCount())]
    row = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole + 1).path == str(path))
    return row.data(Qt.ItemDataRole.DisplayRole)


def test_a_hit_in_the_title_alone_shows_the_title_once_with_its_issuer_and_number(make_window, qtbot, tmp_path):
    window = make_window()
    markup = _search_row(qtbot, window, tmp_path, NOTICE, "植树活动")
    assert markup.count("植树活动") == 1
    assert "国办发〔2024〕3号" in markup and markup.count("国务院办公厅") == 2  # the title's, then the issuer


def test_a_hit_in_the_text_keeps_its_highlighted_snippet(make_window, qtbot, tmp_path):
    window = make_window()
    markup = _search_row(qtbot, window, tmp_path, NOTICE, "国土绿化")
    assert "<u>国土绿化</u>" in markup


# Found by hand (the document list sorted by title): titles ran in code point order, 中华人民共和国宪法 before
# 国务院办公厅… before 在守正创新…; they run in 拼音 order, as a Chinese file manager sorts names, numbers by value.
TITLES = ("在守正创新中推进人大工作", "中华人民共和国宪法", "国务院办公厅关于第10批试点的通知", "北京市政府工作报告",
          "国务院办公厅关于第2批试点的通知")


def _list_titles(window, wanted) -> list[str]:
    proxy = window.document_list.model()
    titles = [proxy.index(r, 0).data(ENTRY_ROLE).title for r in range(proxy.rowCount())]
    return [t for t in titles if t in wanted]


def test_the_title_header_sorts_titles_by_pinyin_and_numbers_by_value(make_window, qtbot, tmp_path):
    window = make_window()
    for n, title in enumerate(TITLES):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"{title}\n\n第一段正文，内容如下。\n", encoding="utf-8")
        window.open_path(str(path))
        settle(window)
    qtbot.waitUntil(lambda: len(_list_titles(window, TITLES)) == len(TITLES) and window.documents.writes.pending == 0,
                    timeout=20000)
    header = window.document_list.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(0) + 20,
                                                                                header.height() // 2))
    settle(window)
    assert header.sortIndicatorSection() == 0
    ascending = ["北京市政府工作报告", "国务院办公厅关于第2批试点的通知", "国务院办公厅关于第10批试点的通知",
                 "在守正创新中推进人大工作", "中华人民共和国宪法"]
    shown = _list_titles(window, TITLES)
    assert shown in (ascending, ascending[::-1])  # the first click's direction is the header's


# Found by hand (the Library menu, nothing being added): Stop Adding was offered while idle and did nothing; it is
# offered while an import runs, as the status bar's Cancel is.
def test_stop_adding_is_offered_only_while_adding(make_window, qtbot, tmp_path):
    window = make_window()
    until_library_idle(qtbot, window)
    stop = window.actions_.cancel_import
    assert not stop.isEnabled()
    folder = tmp_path / "folder"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"第{n}号通知\n\n请各单位认真执行。\n", encoding="utf-8")
    window.library_panel.upkeep.add_paths([str(folder)])
    qtbot.waitUntil(stop.isEnabled, timeout=10000)
    assert window.library_panel.upkeep.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not window.library_panel.busy, timeout=60000)
    settle(window)
    assert not stop.isEnabled()


# Found by hand (the ROC constitution, back from the original view): Home took the view back to 第1條, where the caret
# had been left, not to the start; End likewise moved the caret along its line and the view to it. Home and End go
# to the text's start and end, as in a PDF reader; Shift+End still extends a selection from the caret.
def _caret_left_at(window, section: int) -> None:
    cursor = window.reading.textCursor()
    cursor.setPosition(window.reading.to_qt(window.reading.display.to_display(
        window.sections.outline.headings[section].offset)))
    window.reading.setTextCursor(cursor)


def test_home_goes_to_the_start_wherever_the_caret_was_left(report_window, qtbot):
    window = report_window
    _caret_left_at(window, 4)  # as an outline jump or a click leaves it, then the reader reads on with the wheel
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() - 10)
    settle(window)
    _key(qtbot, window, Qt.Key.Key_Home)
    assert bar.value() == 0
    assert window.reading.textCursor().position() == 0
    assert window.outline.current_index() == -1  # the title, above the first section (round 72F)


def test_end_goes_to_the_end_wherever_the_caret_was_left(report_window, qtbot):
    window = report_window
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the caret stays at the top of the text
    settle(window)
    _key(qtbot, window, Qt.Key.Key_End)
    assert _at_end(window)
    assert window.outline.current_index() == 9


def test_shift_end_still_extends_a_selection_from_the_caret(report_window, qtbot):
    window = report_window
    _caret_left_at(window, 0)
    _key(qtbot, window, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert window.reading.textCursor().hasSelection()
