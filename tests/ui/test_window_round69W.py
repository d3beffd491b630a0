"""Found by hand (session 69W): 印表機 added in 台灣正體（詞彙） highlights 打印机 in every script, yet 打印机 typed in the
keyword box once the text was shown in 简体 was added as a second keyword, in another colour, both highlighting the
same hits and the total counting each twice (the panel compared character folds only); the same the other way round,
打印机 added in 简体 and then 印表機 typed in Taiwan's words. A word that a keyword already stands for is now not
added again: the panel says which keyword has it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from qtsupport import settle

TEXT = "电脑使用指南\n\n" + "".join(f"第{n}条 先连接鼠标，再检查打印机和软件。\n\n" for n in range(1, 30))


def _type(window, qtbot, word: str) -> None:
    field = window.keyword_panel._input
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    field.setText(word)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(window)


@pytest.mark.parametrize("first, then", [
    (("s2twp", "印表機"), ("t2s", "打印机")),   # typed in Taiwan's words, then the word it stands for in 简体
    (("t2s", "打印机"), ("s2twp", "印表機")),   # the other way round
])
def test_a_word_a_keyword_stands_for_is_not_added_twice(make_window, qtbot, tmp_path, first, then):
    path = tmp_path / "guide.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    counts: list[dict] = []
    window.hits.keyword_counts.connect(counts.append)
    window.actions_.scripts[first[0]].trigger()
    settle(window)
    _type(window, qtbot, first[1])
    window.actions_.scripts[then[0]].trigger()
    settle(window)
    QToolTip.hideText()
    _type(window, qtbot, then[1])
    assert window.keyword_panel.keywords() == [first[1]]  # before: [first, then], each hit counted twice
    assert counts[-1] == {first[1]: 29}
    assert QToolTip.isVisible() and QToolTip.text() == f"{then[1]} is already highlighted as {first[1]}"
    _type(window, qtbot, "软件")  # a word no keyword stands for is still added
    assert window.keyword_panel.keywords() == [first[1], "软件"]
