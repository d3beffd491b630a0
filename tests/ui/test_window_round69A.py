"""Found by hand (session 69A): the keyword 滑鼠 typed in 台灣正體（詞彙） (Ctrl+Alt+6) highlighted the text's 滑鼠, yet
once the text was shown in 简体 (which says 鼠标) its count went to 0 and its highlights went; the find bar likewise.
A keyword now finds its word however the text is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle

TEXT = "外设推广意见\n\n" + "".join(f"第{n}条 推广鼠标和打印机，发展软件产业。\n\n" for n in range(1, 60))


def _selected_words(view) -> set[str]:
    return {s.cursor.selectedText() for s in view.extraSelections() if s.cursor.hasSelection()}


def test_a_keyword_typed_in_taiwan_words_is_found_in_simplified(make_window, qtbot, tmp_path):
    path = tmp_path / "mouse.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    view = window.reading
    counts: list[dict] = []
    window.hits.keyword_counts.connect(counts.append)
    window.actions_.scripts["s2twp"].trigger()
    settle(window)
    assert "滑鼠" in view.displayed_text()
    window.keyword_panel.add_keyword("滑鼠")  # as the reader types it, reading Taiwan's words
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.hits.find_result, timeout=10000) as found:
        window.find_bar.findChild(QLineEdit, "findInput").insert("軟體")  # as an input method commits it
    settle(window)
    assert found.args[1] == 59
    assert counts[-1] == {"滑鼠": 59} and _selected_words(view) == {"滑鼠", "軟體"}
    results: list[int] = []
    window.hits.find_result.connect(lambda _current, total: results.append(total))
    window.actions_.scripts["t2s"].trigger()  # 简体
    settle(window)
    assert "鼠标" in view.displayed_text() and "滑鼠" not in view.displayed_text()
    assert counts[-1] == {"滑鼠": 59}  # before: 0
    assert results[-1] == 59  # before: 0 (the text says 软件)
    assert _selected_words(view) == {"鼠标", "软件"}  # before: no highlight at all


def test_the_keyword_stands_for_its_word_after_a_restart(make_window, tmp_path):
    path = tmp_path / "mouse.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    window.actions_.scripts["s2twp"].trigger()
    settle(window)
    window.keyword_panel.add_keyword("滑鼠")
    settle(window)
    window.actions_.quit.trigger()  # Ctrl+Q: the session saved
    again = make_window([])
    counts: list[dict] = []
    again.hits.keyword_counts.connect(counts.append)
    again.actions_.scripts["t2s"].trigger()
    settle(again)
    assert "鼠标" in again.reading.displayed_text()
    assert counts[-1] == {"滑鼠": 59}  # read as typed, in Taiwan's words (before: 0)
    again.keyword_panel.add_keyword("打印机 软件")  # typed in 简体: read as written
    settle(again)
    assert counts[-1] == {"滑鼠": 59, "打印机": 59, "软件": 59}
    assert again.settings.keyword_typed_in == {"滑鼠": "s2twp"}
