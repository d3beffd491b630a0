"""Found by hand (session 68W): a Taiwan law (Traditional, its own 電腦軟體) shown in 台灣正體（詞彙） counted 0 hits for
the keyword 软件, and the find bar found nothing for 鼠标, while a Simplified text in the same script counted its
軟體: a Traditional text keeps its own words (t2tw), so the typed word was never shown in Taiwan's words. A keyword
and the find query are now also looked for as the choice shows a Simplified word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle

TEXT = "醫療法人會計準則\n\n" + "".join(f"第{n}條 電腦軟體之成本，列為無形資產；滑鼠等設備列為財產。\n\n"
                                       for n in range(1, 40))


def _selected_words(view) -> set[str]:
    return {s.cursor.selectedText() for s in view.extraSelections() if s.cursor.hasSelection()}


def test_typed_words_find_a_traditional_texts_taiwan_words(make_window, qtbot, tmp_path):
    path = tmp_path / "tw_law.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    view = window.reading
    counts: list[dict] = []
    window.hits.keyword_counts.connect(counts.append)
    window.actions_.scripts["s2twp"].trigger()
    settle(window)
    window.keyword_panel.add_keyword("软件")
    settle(window)
    assert "軟體" in view.displayed_text()  # the text's own word, kept
    assert counts[-1] == {"软件": 39}  # before: 0
    assert _selected_words(view) == {"軟體"}  # before: no highlight
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.hits.find_result, timeout=10000) as found:
        window.find_bar.findChild(QLineEdit, "findInput").insert("鼠标")  # as an input method commits it
    settle(window)
    assert found.args[1] == 39  # before: 0 (the text says 滑鼠)
    window.actions_.scripts["s2tw"].trigger()  # without the region's words: the character fold only, as before
    settle(window)
    assert counts[-1] == {"软件": 0}
