"""Session 76E: small things a careful reader met by hand. F3 after a click on the title or the metadata line under it
goes on to the hits after the click there (it went on from the text's start, skipping them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel

from qtsupport import add_keyword, line_breaks, open_text, settle

SETTLE = 60  # s: the machine may be loaded
WORD = "北京日报"
TEXT = ("北京日报关于加强人大监督工作的通知\n\n来源：北京日报   时间：2024-07-09\n\n一、总则\n\n依法接受监督。\n\n"
        "二、附则\n\n北京日报记者报道，本通知自发布之日起施行。\n")


# --- F3 from a click in the title or the metadata line ---------------------------------------------------------------

def _with_keyword(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, TEXT, "notice.txt")
    add_keyword(qtbot, window, WORD, 3, SETTLE)  # title, line, text
    return window


def _click_then_f3(qtbot, window, block: int, column: int) -> int:
    """Click in the reading pane at `column` of header block `block`, press F3: the hit it went to (its start)."""
    reading = window.reading
    cursor = QTextCursor(reading.document().findBlockByNumber(block))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=column)
    qtbot.mouseClick(reading.viewport(), Qt.MouseButton.LeftButton, pos=reading.cursorRect(cursor).center())
    positions: list[tuple[int, int]] = []
    window.hits.keyword_position.connect(lambda index, total: positions.append((index, total)))
    qtbot.keyClick(reading, Qt.Key.Key_F3)
    settle(window, SETTLE)
    assert positions and positions[-1][1] == 3
    return positions[-1][0]


def test_f3_from_a_click_in_the_title_goes_on_to_the_next_hit_in_the_header(make_window, qtbot, tmp_path):
    window = _with_keyword(make_window, qtbot, tmp_path)
    title, meta = (window.reading.document().findBlockByNumber(i).text() for i in (0, 1))
    assert title.startswith(WORD) and WORD in meta
    assert _click_then_f3(qtbot, window, 0, 6) == 1  # past the title's own: the metadata line's (was: the text's, 2)
    assert _click_then_f3(qtbot, window, 0, 0) == 0  # at the title's start: the title's
    assert _click_then_f3(qtbot, window, 1, 0) == 1  # at the metadata line's start: its own (was: the text's)
    assert _click_then_f3(qtbot, window, 1, meta.index(WORD) + 2) == 2  # past it: the text's


# --- the shortcuts' filter matches in either script ------------------------------------------------------------------

def _filtered(window, qtbot, typed: str) -> list[str]:
    """The rows Help › Keyboard Shortcuts lists with `typed` put in its filter (as an input method puts it)."""
    window.actions_.shortcuts.trigger()
    dialog = [w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog" and w.isVisible()][0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.filter_box.insert(typed)  # QTest types ASCII only
    table = dialog.table
    shown = [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())
             if not table.topLevelItem(i).isHidden()]
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)  # empties the filter
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)  # closes: made again, in the UI's language then
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return shown


def test_the_shortcuts_filter_finds_an_action_named_in_the_other_script(make_window, qtbot):
    window = make_window()
    assert _filtered(window, qtbot, "繁体") == ["繁體", "香港繁體", "香港繁體（詞彙）"]  # was: none
    assert _filtered(window, qtbot, "繁體") == ["繁體", "香港繁體", "香港繁體（詞彙）"]
    assert _filtered(window, qtbot, "簡體") == ["简体"]  # was: none
    window.set_language("zh_TW")  # the menus in 繁體: 切換簡體 / 繁體 found by 切换 typed in 简体
    try:
        settle(window)
        assert _filtered(window, qtbot, "切换简体") == _filtered(window, qtbot, "切換簡體") != []
    finally:
        window.set_language("en")


# --- File › Reopen with Encoding… names the encodings as readers know them -------------------------------------------

def test_the_encoding_list_shows_the_names_readers_know_and_passes_the_codec_on(make_window, qtbot, tmp_path):
    doc = tmp_path / "big5.txt"
    doc.write_bytes("臺灣的報告\n\n第一段：這是繁體中文的內容。\n\n第二段：經濟與社會發展。\n".encode("big5"))
    window = make_window([str(doc)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc), timeout=20000)
    settle(window)
    assert window.status.encoding.text() == "Big5"  # was: 'BIG5'
    seen: dict[str, object] = {}

    def answer() -> None:  # the dialog is modal: answered from the event loop it runs, as the reader answers it
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, answer)
            return
        seen["items"], seen["current"] = dialog.comboBoxItems(), dialog.textValue()
        dialog.setTextValue(next(item for item in dialog.comboBoxItems() if item.startswith("GB18030")))
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.actions_.reopen_encoding.trigger()
    qtbot.waitUntil(lambda: window.loaded.decoded.encoding == "gb18030", timeout=20000)  # the codec passed on
    settle(window)
    items = seen["items"]
    assert items[1:4] == ["UTF-8 — Unicode, most files today", "GB18030 — Simplified Chinese, the national standard",
                          "Big5 — Traditional Chinese, Taiwan"]  # was: utf-8, gb18030, big5
    assert "Big5-HKSCS — Traditional Chinese, Hong Kong" in items
    assert "GBK — Simplified Chinese, older Windows files" in items
    assert seen["current"] == "Big5 — Traditional Chinese, Taiwan"  # the one in use chosen
    assert not any(item[:1].islower() for item in items)
    assert window.status.encoding.text() == "GB18030"


# --- a save dialog starts in the document's folder, named after its title -------------------------------------------

def test_export_starts_in_the_documents_own_folder_then_where_the_reader_saved(make_window, qtbot, tmp_path,
                                                                              monkeypatch):
    folder = tmp_path / "我的公文"
    folder.mkdir()
    doc = folder / "notice.txt"
    doc.write_text(TEXT, encoding="utf-8")
    window = make_window([str(doc)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc), timeout=20000)
    settle(window)
    asked: list[str] = []
    chosen = tmp_path / "导出" / "通知"
    chosen.parent.mkdir()
    answers = iter(["", str(chosen), ""])  # cancelled, saved elsewhere, cancelled

    def save_as(_parent, _caption, start, *_args, **_kwargs):
        asked.append(start)
        return next(answers), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.actions_.export_text.trigger()
    assert Path(asked[0]) == folder / "北京日报关于加强人大监督工作的通知.txt"  # was: the documents (home) folder
    assert sorted(p.name for p in folder.iterdir()) == ["notice.txt"]  # nothing written beside it unasked
    window.actions_.export_text.trigger()
    assert (chosen.parent / "通知.txt").exists()
    window.actions_.export_pdf.trigger()
    assert Path(asked[2]).parent == chosen.parent  # where the reader saved last, this session


# --- an empty panel's hint wraps between clauses, never inside a word ------------------------------------------------

@pytest.mark.parametrize("language", ["zh_TW", "zh_HK", "zh_CN"])
def test_the_empty_hints_may_wrap_only_between_clauses(make_window, qtbot, language):
    """Found by hand in 繁體: the empty document list's hint wrapped '…「文庫 › 新' / '增檔案」。' at the default size.
    Where Qt may end a line (its own line-break finder, whatever the font) is after a clause's mark or before a
    quote only; the marks that keep a clause whole are invisible."""
    window = make_window()
    window.set_language(language)
    try:
        settle(window)
        hints = [window.findChild(QLabel, "emptyListHint"), window.findChild(QLabel, "emptyReadingHint"),
                 window.keyword_panel._empty]
        for text in (hint.text() for hint in hints):
            ends = sorted(line_breaks(text) - {len(text)})
            assert ends, text
            for at in ends:  # was: between any two characters (新 / 增)
                assert text[at - 1] in "，。、；：」』”\n " or text[at] in "「『“", (text, at)
    finally:
        window.set_language("en")
