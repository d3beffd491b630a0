"""Session 66P, found by hand: F3 / Shift+F3 with no keyword did nothing and said nothing, nor did it with keywords
none of which occurs in the document shown; the status bar now says which, in the UI's language. A step that does
go somewhere is left as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle

SETTLE = 60  # s: a language's table is made on first use, and the machine may be loaded
REPORT = "关于全市工作情况的报告\n\n一、总体情况\n\n全市各项工作稳步推进，依法接受人大监督。\n\n二、下一步工作\n\n继续接受监督。\n"


def _open(make_window, qtbot, tmp_path, text: str = REPORT):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window, SETTLE)
    window.reading.setFocus()
    return window


def _add_keyword(qtbot, window, word: str) -> None:
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)  # QTest types ASCII only; an input method does this
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window, SETTLE)
    window.reading.setFocus()


def _f3(qtbot, window, back: bool = False) -> str:
    window.status.clearMessage()
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window, SETTLE)
    return window.status.currentMessage()


@pytest.mark.parametrize("back", [False, True], ids=["F3", "Shift+F3"])
def test_f3_with_no_keyword_says_there_is_none(make_window, qtbot, tmp_path, back):
    window = _open(make_window, qtbot, tmp_path)
    assert window.keyword_panel.keywords() == []
    said = _f3(qtbot, window, back)
    assert said == "No keywords to find — type one in the keyword box (Ctrl+K)"  # before: ''
    _add_keyword(qtbot, window, "监督")  # one that occurs: F3 steps to it, and says nothing of keywords
    positions = []
    window.hits.keyword_position.connect(lambda index, _total: positions.append(index))
    said = _f3(qtbot, window, back)
    assert positions and positions[-1] >= 0 and "keyword" not in said


@pytest.mark.parametrize("back", [False, True], ids=["F3", "Shift+F3"])
def test_f3_with_keywords_absent_from_the_document_says_so(make_window, qtbot, tmp_path, back):
    window = _open(make_window, qtbot, tmp_path)
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert("国务院")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # matched on a worker, whose answer needs the event loop
    window.status.clearMessage()
    window.hits.previous_keyword()
    assert window.status.currentMessage() == ""  # not yet known: no 'none' that the count then contradicts
    settle(window, SETTLE)
    window.reading.setFocus()
    said = _f3(qtbot, window, back)
    assert said == "None of your keywords occurs in this document"  # before: ''


@pytest.mark.parametrize("language, expected", [
    ("zh_CN", ("没有可查找的关键词", "本文档中没有出现任何关键词")),
    ("zh_TW", ("沒有可尋找的關鍵字", "沒有出現任何關鍵字")),  # Taiwan wording: 尋找, 關鍵字
])
def test_the_words_are_in_the_ui_language(make_window, qtbot, tmp_path, language, expected):
    window = _open(make_window, qtbot, tmp_path)
    window.set_language(language)
    settle(window, SETTLE)
    try:
        assert _f3(qtbot, window).startswith(expected[0])
        _add_keyword(qtbot, window, "国务院")
        assert expected[1] in _f3(qtbot, window)
    finally:
        window.set_language("en")


# --- What Cleaning Did: the metadata lines moved to the header are not counted as removed -------------------------

PAGE = ("中华民国宪法\n\n来源：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001\n\n日期：1947-01-01\n\n"
        "作者：国民大会\n\n中华民国国民大会受全体国民之付托，制定本宪法，颁行全国，永矢咸遵。\n\n扫码关注我们的公众号\n\n"
        "第一条　中华民国基于三民主义，为民有民治民享之民主共和国。\n\n分享到：微信 微博 QQ空间\n")


def _cleaned_dialog(qtbot, window):
    from PySide6.QtWidgets import QLabel, QToolButton

    from reader.ui.cleaned_dialog import CleanedDialog

    qtbot.mouseClick(window.status.findChild(QToolButton, "cleanedIndicator"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(CleanedDialog, "cleanedDialog")
    assert dialog is not None and dialog.isVisible()
    groups = {}
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        rows, stack = [], [top.child(k) for k in range(top.childCount())]
        while stack:
            item = stack.pop(0)
            if item.childCount():
                stack.extend(item.child(k) for k in range(item.childCount()))
            else:
                rows.append(item.text(2))
        groups[top.text(0)] = rows
    return dialog, dialog.findChild(QLabel).text(), groups


def test_lines_moved_to_the_header_are_listed_apart_from_those_removed(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path, PAGE)
    assert window.loaded.document.date == "1947-01-01"  # shown over the text
    dialog, intro, groups = _cleaned_dialog(qtbot, window)
    assert set(groups) == {"Removed (2)", "Moved to the header (3)"}  # before: 'Removed (5)', the moved ones within
    assert sorted(groups["Removed (2)"]) == ["分享到：微信 微博 QQ空间", "扫码关注我们的公众号"]
    assert groups["Moved to the header (3)"] == [
        "来源：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001", "日期：1947-01-01", "作者：国民大会"]
    assert intro.startswith("Removed: 2 · Moved to the header: 3 · Flagged as garbled: 0.")
    lines = []
    dialog.removed_activated.connect(lines.append)
    moved = dialog.tree.findItems("日期：1947-01-01", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 2)[0]
    dialog.tree.itemActivated.emit(moved, 2)
    assert lines == [5]  # a moved line is shown in the file as a removed one is
    dialog.close()


def test_the_moved_group_is_in_the_ui_language(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path, PAGE)
    window.set_language("zh_CN")
    settle(window, SETTLE)
    try:
        dialog, intro, groups = _cleaned_dialog(qtbot, window)
        assert set(groups) == {"已移除（2）", "已移至标题区（3）"}
        assert intro.startswith("已移除：2 · 移至标题区：3")
        dialog.close()
    finally:
        window.set_language("en")


# --- an empty file is a document of its own, listed with its length ------------------------------------------------

def _painted_texts(window, path: str) -> list[str]:
    """The texts the document list's delegate paints for a row (recorded, not rasterised: no font involved)."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.ui.document_model import ENTRY_ROLE

    class Recording(QPainter):
        def __init__(self, image):
            super().__init__(image)
            self.texts: list[str] = []

        def drawText(self, *args):
            self.texts.append(next(a for a in args if isinstance(a, str)))

    view = window.document_list
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ENTRY_ROLE).path == path)
    index = model.index(row, 0)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.palette = view.palette()
    option.font = view.font()
    image = QImage(800, 200, QImage.Format.Format_ARGB32)
    painter = Recording(image)
    try:
        view.itemDelegateForColumn(0).paint(painter, option, index)
    finally:
        painter.end()
    return painter.texts


def test_empty_files_given_on_the_command_line_are_each_listed_with_0_characters(make_window, qtbot, tmp_path):
    empty, other, blank = tmp_path / "empty.txt", tmp_path / "other.md", tmp_path / "blank.txt"
    empty.write_bytes(b"")
    other.write_bytes(b"")
    blank.write_text("\n  \n\u3000\n", encoding="utf-8")
    window = make_window([str(empty), str(other), str(blank)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(blank), timeout=20000)
    settle(window, SETTLE)
    assert window.status.currentMessage() == "blank.txt is empty: there is no text to show."  # as before
    listed = {e.path: e for e in window.document_list.entries()}
    assert {str(empty), str(other), str(blank)} <= set(listed)  # before: other.md joined to empty.txt as its copy
    assert listed[str(empty)].chars == listed[str(other)].chars == listed[str(blank)].chars == 0
    assert "0 chars" in _painted_texts(window, str(empty))  # before: no length at all (in the UI language: 73F)
    assert empty.read_bytes() == b""  # never written to


def test_empty_files_added_with_a_folder_are_each_listed(make_window, qtbot, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.md").write_bytes(b"")
    (folder / "c.txt").write_text(" \n\n", encoding="utf-8")
    (folder / "d.txt").write_text(REPORT, encoding="utf-8")
    window = make_window()
    window.library_panel.upkeep.add_paths([str(folder)])
    settle(window, SETTLE)
    qtbot.waitUntil(lambda: len([e for e in window.document_list.entries() if e.path.startswith(str(folder))]) >= 3,
                    timeout=20000)
    settle(window, SETTLE)
    listed = sorted(e.path for e in window.document_list.entries() if e.path.startswith(str(folder)))
    assert listed == [str(folder / n) for n in ("a.txt", "b.md", "c.txt", "d.txt")]  # before: b.md a copy of a.txt
    window.open_path(str(folder / "b.md"))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(folder / "b.md"), timeout=20000)
    settle(window, SETTLE)
    assert window.document_list.current_path() == str(folder / "b.md")  # its own row, not a.txt's
    assert (folder / "a.txt").read_bytes() == b"" and (folder / "b.md").read_bytes() == b""
