"""Found by hand (session 65U): F3 to a hit on the last screen stopped ~13 px short of the end (the last margins came
in after the move); zooming at the end of a text kept the top line, so the view left the end; What Cleaning Did…
repeated a group's reason in each of its rows; the Taiwan UI said 文本, 查詢, 高亮, 撤銷 (mainland words) and the
Simplified UI named the 简体/繁體 control 字形. A hit well above the end, a zoom away from the end and the Hong Kong
table (by character) are left as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qtsupport import open_text, settle
from reader.ui.cleaned_dialog import CleanedDialog, reason_label
from reader.ui.i18n import _derive, _simplified
from reader.ui.translations_tw import taiwan_wording

NUMBERS = "一二三四五六七八九十"
PARAGRAPH = "全市各项工作稳步推进，群众满意度持续提高，各部门认真履行职责，推动经济社会发展取得新成效。"


def _section(n: int, paragraphs: int, word: str = "") -> str:
    body = "".join(f"{PARAGRAPH}第{k}段。\n\n" for k in range(paragraphs))
    return f"第{NUMBERS[n - 1]}条　第{n}部分的工作\n\n{word}{body}"


def _report(word_in: int) -> str:
    return "关于全市工作情况的报告\n\n" + "".join(
        _section(n, 12 if n <= 7 else 1, "依法接受监督。" if n == word_in else "") for n in range(1, 11))


def _window(make_window, qtbot, tmp_path, text: str):
    window = open_text(make_window, qtbot, tmp_path, text, "report.txt", lambda w: len(w.sections.outline) >= 10)
    window.reading.setFocus()
    return window


def _idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.reading.busy and not window.reading.converting, timeout=10000)
    qtbot.wait(200)  # the last margins and the place come in after a short pause
    settle(window)


def _at_end(window) -> bool:
    bar = window.reading.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() >= bar.maximum()


@pytest.mark.parametrize("section, at_end", [(9, True), (2, False)])
def test_f3_to_a_hit_on_the_last_screen_reaches_the_end(make_window, qtbot, tmp_path, section, at_end):
    window = _window(make_window, qtbot, tmp_path, _report(section))
    window.keyword_panel.add_keyword("监督")
    qtbot.waitUntil(lambda: len(window.hits._hits) == 1, timeout=10000)
    settle(window)
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    _idle(qtbot, window)
    assert _at_end(window) is at_end


@pytest.mark.parametrize("step", [+1, -1, +2])
def test_zooming_at_the_end_stays_at_the_end(make_window, qtbot, tmp_path, step):
    window = _window(make_window, qtbot, tmp_path, _report(0))
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled there, not sent by Ctrl+End
    _idle(qtbot, window)
    assert _at_end(window)
    window.view.zoom(step)
    _idle(qtbot, window)
    assert _at_end(window)


def test_zooming_away_from_the_end_keeps_the_top_line(make_window, qtbot, tmp_path):
    window = _window(make_window, qtbot, tmp_path, _report(0))
    window.reading.scroll_to_offset(window.loaded.document.headings[3].offset)
    _idle(qtbot, window)
    before = window.reading.top_offset()
    window.view.zoom(+1)
    _idle(qtbot, window)
    assert not _at_end(window)
    assert window.reading.top_offset() == before


def test_cleaned_rows_leave_the_reason_to_their_group(qtbot):
    from reader.text.model import Document, Removed

    doc = Document(title="报告", paragraphs=(), removed=(Removed("pinyin", "zhōng wén", 3),
                                                        Removed("pinyin", "yuè dú", 5), Removed("promo", "扫码关注", 9)))
    dialog = CleanedDialog(doc)
    qtbot.addWidget(dialog)
    removed = dialog.tree.topLevelItem(0)
    groups = {removed.child(i).text(0): removed.child(i) for i in range(removed.childCount())}
    assert set(groups) == {f"{reason_label('pinyin')} (2)", f"{reason_label('promo')} (1)"}
    rows = [group.child(i) for group in groups.values() for i in range(group.childCount())]
    assert [row.text(0) for row in rows] == ["", "", ""]
    assert sorted(row.text(1) for row in rows) == ["3", "5", "9"]


TAIWAN = [
    ("Export as &Text…", "匯出為文字檔(&T)…"),
    ("Export as Text", "匯出為文字檔"),
    ("Text files (*.txt)", "文字檔 (*.txt)"),
    ("Text", "文字"),
    ("&Find…", "尋找(&F)…"),
    ("&Help", "說明(&H)"),
    ("&Quit", "結束(&Q)"),
    ("&Undo Removal", "復原移除(&U)"),
    ("Highlight “%1”", "標示「%1」"),
    ("Suggestions", "推薦關鍵字"),
    ("&Script", "簡繁(&S)"),
    ("Will not overwrite the opened document; choose another file name.", "不會覆蓋目前開啟的文件，請換一個檔名。"),
]


@pytest.mark.parametrize("source, wanted", TAIWAN)
def test_the_taiwan_table_says_what_taiwanese_software_says(source, wanted):
    table = _derive("s2twp", _simplified())
    assert table[source] == wanted


def test_taiwan_wording_leaves_words_taiwan_shares_alone():
    table = _derive("s2twp", _simplified())
    assert table["Documents"] == "文件"  # 文件 is a document in Taiwan too
    assert table["&File"] == "檔案(&F)" and table["&View"] == "檢視(&V)"
    assert taiwan_wording("已從 {1} 新增 {0} 篇文件") == "已從 {1} 新增 {0} 篇文件"
    hong_kong = _derive("s2hk", _simplified())
    assert "文本" in hong_kong["Text"]  # Hong Kong's table is by character only


def test_the_simplified_ui_names_the_script_control_jianfan():
    table = _simplified()
    assert table["&Script"] == "简繁(&S)" and table["Script"] == "简繁"
    assert "字形" not in "".join(table.values())


# Tab went through each suggested-keyword chip one by one; the row is one Tab stop now, arrows move within it.
def _focus_after(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> str:
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    widget = QApplication.focusWidget()
    return widget.text() if widget.objectName() == "suggestionChip" else widget.objectName()


@pytest.fixture
def chip_window(make_window, qtbot, held_suggestions):
    window = make_window()
    qtbot.waitUntil(lambda: bool(held_suggestions), timeout=5000)  # the document's answer handed to the window as
    window.suggestions.ready.emit(held_suggestions[-1], ["建设", "发展", "服务", "改革"])  # the child's comes
    settle(window)
    box = window.keyword_panel.findChild(type(window.keyword_panel._input), "keywordInput")
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=5000)
    return window


def test_tab_reaches_the_chips_once_and_arrows_move_within(chip_window, qtbot):
    steps = [(Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
             (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
             (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
             (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
             (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)]
    seen = [_focus_after(qtbot, key, modifier) for key, modifier in steps]
    assert seen == ["建设", "发展", "服务", "发展", "改革", "改革", "建设", "发展", "cleanedIndicator", "发展"]


def test_space_on_a_chip_still_adds_its_word_and_a_new_row_starts_at_its_first_chip(chip_window, qtbot):
    window = chip_window
    assert _focus_after(qtbot, Qt.Key.Key_Tab) == "建设"
    _focus_after(qtbot, Qt.Key.Key_Right)
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "发展" in window.keyword_panel.keywords(), timeout=5000)
    settle(window)
    box = window.keyword_panel.findChild(type(window.keyword_panel._input), "keywordInput")
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=5000)
    seen = [_focus_after(qtbot, Qt.Key.Key_Tab)]
    while seen[-1] != "cleanedIndicator" and len(seen) < 10:
        seen.append(_focus_after(qtbot, Qt.Key.Key_Tab))
    assert [w for w in seen if w in ("建设", "服务", "改革")] == ["建设"]  # the new row: one stop, at its first chip
