"""Found by hand (session 68L): in 台灣正體（詞彙） (Ctrl+Alt+6) the keyword 软件 of a Simplified text went to 0 hits and
its highlights went, since the text now says 軟體; the find bar found nothing for 鼠标 (shown as 滑鼠). A keyword and
the find query now also find the form the display gives them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle

TEXT = "软件产业若干意见\n\n" + "".join(f"第{n}条 加快软件发展，推广鼠标和打印机，保障网络安全。\n\n" for n in range(1, 60))


def _selected_words(view) -> set[str]:
    return {s.cursor.selectedText() for s in view.extraSelections() if s.cursor.hasSelection()}


# 软件 is counted 60 times: 59 in the text and once in the title shown above it (68P); the find bar reads the text only
def test_keywords_and_find_follow_taiwan_words(make_window, qtbot, tmp_path):
    path = tmp_path / "software.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    view = window.reading
    counts: list[dict] = []
    window.hits.keyword_counts.connect(counts.append)
    window.keyword_panel.add_keyword("软件")
    settle(window)
    assert counts[-1] == {"软件": 60} and _selected_words(view) == {"软件"}
    window.actions_.scripts["s2twp"].trigger()
    settle(window)
    assert "軟體" in view.displayed_text() and "軟件" not in view.displayed_text()
    assert counts[-1] == {"软件": 60}  # before: 0
    assert _selected_words(view) == {"軟體"}  # before: no highlight at all
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.hits.find_result, timeout=10000) as found:
        window.find_bar.findChild(QLineEdit, "findInput").insert("鼠标")  # as an input method commits it
    settle(window)
    assert found.args[1] == 59  # before: 0 (the text says 滑鼠)
    window.actions_.scripts["original"].trigger()
    settle(window)
    assert counts[-1] == {"软件": 60} and _selected_words(view) == {"软件", "鼠标"}  # the keyword's, the find's
