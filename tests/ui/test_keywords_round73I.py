"""Round 73I on the real window: the keyword suggestions are in the script of the text on screen. A script change
that converts the text on a worker (a text too long to convert in place) left the text in the script before it for
seconds, while the chips turned at once: Simplified 规定/终止 over a Taiwan text, or the other way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QToolButton

from qtsupport import long_text_file, settle
from reader.ui import reading_pane, script_switch

TAIWAN = "關於規定事項的報告\n\n" + "本規定自公布日施行，終止事項依法辦理。\n" * 40


def _chips(window) -> list[str]:
    return [c.text() for c in window.keyword_panel.findChildren(QToolButton, "suggestionChip")
            if c.isVisibleTo(window.keyword_panel)]


@pytest.fixture
def shown_in_taiwan(make_window, qtbot, tmp_path, monkeypatch, held_conversion):
    """A Taiwan text in 台灣正體（詞彙）, its suggestions held back until the test answers them; every script change
    converts it on the worker (as one of over IN_PLACE_CHARS is), held until released."""
    asked: list[str] = []
    monkeypatch.setattr("reader.ui.suggestions.Suggestions.request",
                        lambda self, key, text, count: asked.append(key))
    for module in (reading_pane, script_switch):
        monkeypatch.setattr(module, "IN_PLACE_CHARS", 0)
    path = tmp_path / "doc.txt"
    path.write_text(TAIWAN, encoding="utf-8")
    window = make_window([])
    window.script_selector.choose("s2twp")
    settle(window)
    before = len(asked)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: len(asked) > before, timeout=20000)
    settle(window)
    return window, asked


def _switch_to_simplified(window, qtbot, held_conversion) -> None:
    held_conversion.clear()
    window.script_selector.choose("t2s")
    qtbot.wait(100)
    assert "終止" in window.reading.toPlainText()  # the worker's conversion is held: the text is still Taiwan's


def _released(window, qtbot, held_conversion) -> None:
    with qtbot.waitSignal(window.reading.conversion_finished, timeout=20000):
        held_conversion.set()
    settle(window)
    assert "终止" in window.reading.toPlainText()


def test_chips_shown_turn_with_the_text_not_before_it(shown_in_taiwan, qtbot, held_conversion):
    window, asked = shown_in_taiwan
    window.suggestions.ready.emit(asked[-1], ["規定", "終止", "事項"])
    settle(window)
    assert _chips(window) == ["規定", "終止", "事項"]
    _switch_to_simplified(window, qtbot, held_conversion)
    assert _chips(window) == ["規定", "終止", "事項"]  # before: 规定 终止 事项 over 本規定…終止事項
    _released(window, qtbot, held_conversion)
    assert _chips(window) == ["规定", "终止", "事项"]


def test_suggestions_arriving_before_the_text_turned_wait_for_it(shown_in_taiwan, qtbot, held_conversion):
    window, asked = shown_in_taiwan
    qtbot.waitUntil(window.keyword_panel.suggestions_pending, timeout=5000)  # 'Finding suggestions…'
    _switch_to_simplified(window, qtbot, held_conversion)  # while jieba still works them out
    window.suggestions.ready.emit(asked[-1], ["規定", "終止", "事項"])
    qtbot.wait(100)
    assert not set(_chips(window)) & {"规定", "终止", "事项"}  # before: Simplified chips over the Taiwan text
    _released(window, qtbot, held_conversion)
    assert _chips(window) == ["规定", "终止", "事项"]


# (2) The keyword row marked current (F3's hit) is the text on screen's, as its counts are: a long document clicked
# while another is shown left that page on screen for seconds with its row's mark already taken away.

WORD = "人大"


def _marked(window) -> list[str]:
    return [row.property("word") for row in window.keyword_panel.findChildren(QFrame, "keywordRow")
            if row.property("current")]


def _click(qtbot, window, path: str) -> None:
    """A mouse click on the document's row, as a reader picks it; the test goes on at once."""
    doc_list = window.document_list
    (item,) = [doc_list.item(row) for row in range(doc_list.count())
               if doc_list.item(row).data(Qt.ItemDataRole.UserRole + 1).path == path]
    doc_list.scrollTo(item.index)
    qtbot.mouseClick(doc_list.viewport(), Qt.MouseButton.LeftButton, pos=doc_list.visualItemRect(item).center())


def test_the_current_keyword_row_is_the_page_on_screens(make_window, qtbot, tmp_path):
    big = long_text_file(tmp_path, 1_200_000)
    note = tmp_path / "note.txt"
    note.write_text("短文\n\n一段很短的人大正文，读完就走。\n", encoding="utf-8")
    window = make_window([str(note)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=30000)
    window.keyword_panel.add_keyword(WORD)
    window.open_path(str(big))
    qtbot.waitUntil(lambda: window.loaded.path == str(big), timeout=60000)
    settle(window, timeout=60)
    window.go_to_offset(len(window.loaded.document.text) * 9 // 10)  # read far into it: it opens there again
    settle(window, timeout=60)
    _click(qtbot, window, str(note))
    qtbot.waitUntil(lambda: window.loaded.path == str(note), timeout=60000)
    settle(window, timeout=60)
    window.actions_.next_hit.trigger()  # F3: the note's 人大, its row marked
    settle(window)
    assert _marked(window) == [WORD]
    seen = []  # (the page before it still on screen, the rows marked) as the long one's hits come, and at its arrival
    window.reading.text_shown.connect(lambda: seen.append(("shown", _marked(window))))
    window.hits.keyword_current.connect(lambda *_: seen.append((window.reading.arriving, _marked(window))))
    _click(qtbot, window, str(big))
    qtbot.waitUntil(lambda: any(at == "shown" for at, _rows in seen), timeout=60000)
    settle(window, timeout=60)
    assert any(before is True for before, _rows in seen)  # the premise: its hits came while the note's page stood
    assert all(rows == [WORD] for before, rows in seen if before is True), seen  # before: unmarked beside its hit
    assert _marked(window) == []  # the long one's page: no hit of it stepped to
