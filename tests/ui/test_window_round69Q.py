"""Found by hand (session 69Q): 印表機 added in 台灣正體（詞彙） (Ctrl+K on the text, or typed) highlights 打印机 once the
text is shown in 简体, yet the suggestions there still offered 打印机 (and 显示信息 beside 顯示資訊): one click added
it a second time, in another colour, and the total counted the same hit twice. A chip is no longer offered for the
word a keyword typed in a region's words stands for, and comes back when that keyword is removed."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from qtsupport import settle

TEXT = "电脑使用指南\n\n" + "".join(f"第{n}条 先连接鼠标，再检查打印机和软件。\n\n" for n in range(1, 30))
SUGGESTED = ["打印机", "软件", "连接"]


def _chips(window) -> list[str]:
    chips = window.keyword_panel.findChildren(QToolButton, "suggestionChip")
    return [c.text() for c in chips if c.isVisible()]


def test_no_chip_for_the_word_a_regional_keyword_stands_for(make_window, qtbot, tmp_path, held_suggestions):
    path = tmp_path / "guide.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    qtbot.waitUntil(lambda: bool(held_suggestions), timeout=5000)  # jieba's child held back: its answer handed over
    window.suggestions.ready.emit(held_suggestions[-1], SUGGESTED)  # as the child's arrives
    settle(window)
    assert _chips(window) == SUGGESTED
    window.actions_.scripts["s2twp"].trigger()  # 台灣正體（詞彙）
    settle(window)
    assert "印表機" in window.reading.displayed_text()
    counts: list[dict] = []
    window.hits.keyword_counts.connect(counts.append)
    window.keyword_panel.add_keyword("印表機")  # as the reader types it, reading Taiwan's words
    settle(window)
    assert _chips(window) == ["軟體", "連線"]
    window.actions_.scripts["t2s"].trigger()  # 简体
    settle(window)
    assert counts[-1] == {"印表機": 29}  # it highlights the text's 打印机
    assert _chips(window) == ["软件", "连接"]  # before: 打印机 offered again
    window.keyword_panel.remove_keyword("印表機")
    settle(window)
    assert _chips(window) == SUGGESTED  # the word is offered again once no keyword stands for it
