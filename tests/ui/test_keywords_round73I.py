"""Round 73I on the real window: the keyword suggestions are in the script of the text on screen. A script change
that converts the text on a worker (a text too long to convert in place) left the text in the script before it for
seconds, while the chips turned at once: Simplified 规定/终止 over a Taiwan text, or the other way."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from qtsupport import settle
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
