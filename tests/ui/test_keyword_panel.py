"""The keyword panel driven as a user would: typing, clicking, and the window's calls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

from ime_input import commit_text
from reader.ui.keyword_panel import KeywordPanel


@pytest.fixture
def panel(qtbot):
    widget = KeywordPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, panel: KeywordPanel, text: str) -> None:
    box = panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    commit_text(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _row(panel: KeywordPanel, word: str) -> QWidget:
    (row,) = [r for r in panel.findChildren(QWidget, "keywordRow") if r.property("word") == word and r.isVisible()]
    return row


def _chips(panel: KeywordPanel) -> list[str]:
    return [c.text() for c in panel.findChildren(QToolButton, "suggestionChip") if c.isVisible()]


def test_typing_a_word_and_enter_adds_it(qtbot, panel):
    with qtbot.waitSignal(panel.keywords_changed) as blocker:
        _type(qtbot, panel, "国务院")
    assert blocker.args == [["国务院"]]
    assert panel.keywords() == ["国务院"]
    assert panel.findChild(QLineEdit, "keywordInput").text() == ""


def test_input_with_commas_adds_several_and_duplicates_are_ignored(qtbot, panel):
    panel.add_keyword("改革")
    with qtbot.waitSignal(panel.keywords_changed) as blocker:
        _type(qtbot, panel, "国务院，改革、發展 政府")
    assert blocker.args == [["改革", "国务院", "發展", "政府"]]
    with qtbot.assertNotEmitted(panel.keywords_changed):
        panel.add_keyword("国务院")
        panel.add_keyword("  ")


def test_each_keyword_has_its_own_colour_and_keeps_it(panel):
    words = ["一", "二", "三", "四"]
    panel.set_keywords(words)
    colours = {w: panel.colour_for(w).name() for w in words}
    assert len(set(colours.values())) == 4
    panel.remove_keyword("二")
    assert panel.colour_for("三").name() == colours["三"]  # others keep theirs
    assert not panel.colour_for("二").isValid()
    panel.add_keyword("五")
    assert panel.colour_for("五").name() not in {colours[w] for w in ("一", "三", "四")}


def test_remove_button_removes_and_emits(qtbot, panel):
    panel.set_keywords(["人民", "宪法"])
    remove = _row(panel, "人民").findChild(QToolButton, "removeKeyword")
    with qtbot.waitSignal(panel.keywords_changed) as blocker:
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert blocker.args == [["宪法"]]


def test_set_keywords_restores_without_emitting(qtbot, panel):
    with qtbot.assertNotEmitted(panel.keywords_changed):
        panel.set_keywords(["国务院", "通知"])
    assert panel.keywords() == ["国务院", "通知"]
    assert _row(panel, "通知").isVisible()


def test_counts_are_shown_per_keyword(panel):
    panel.set_keywords(["国务院", "宪法"])
    panel.set_counts({"国务院": 12, "宪法": 0})
    assert _row(panel, "国务院").findChild(QLabel, "keywordCount").text() == "12"
    zero = _row(panel, "宪法").findChild(QLabel, "keywordCount")
    assert zero.text() == "0" and not zero.isEnabled()


def test_next_and_previous_buttons_emit_only_when_there_are_hits(qtbot, panel):
    panel.set_keywords(["国务院"])
    next_button = panel.findChild(QToolButton, "nextHit")
    previous_button = panel.findChild(QToolButton, "previousHit")
    panel.set_counts({"国务院": 0})
    assert not next_button.isEnabled()
    panel.set_counts({"国务院": 3})
    with qtbot.waitSignal(panel.next_requested):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.previous_requested):
        qtbot.mouseClick(previous_button, Qt.MouseButton.LeftButton)
    panel.set_position(1, 3)
    assert "2" in panel.findChild(QLabel, "hitPosition").text()


def test_suggestion_chip_adds_keyword_in_one_click(qtbot, panel):
    panel.set_keywords(["改革"])
    panel.set_suggestions(["改革", "经济", "发展"])
    assert _chips(panel) == ["经济", "发展"]  # already-added words are not offered
    (chip,) = [c for c in panel.findChildren(QToolButton, "suggestionChip") if c.text() == "发展"]
    with qtbot.waitSignal(panel.keywords_changed) as blocker:
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert blocker.args == [["改革", "发展"]]
    qtbot.waitUntil(lambda: _chips(panel) == ["经济"])


def test_no_suggestions_hides_the_row(qtbot, panel):
    panel.set_suggestions(["经济"])
    assert _chips(panel) == ["经济"]
    panel.set_suggestions([])
    qtbot.waitUntil(lambda: _chips(panel) == [])


def test_keyword_text_is_shown_literally(panel):
    panel.add_keyword("<b>粗</b>")
    labels = [label.text() for label in _row(panel, "<b>粗</b>").findChildren(QLabel)]
    assert "<b>粗</b>" in labels
    assert _row(panel, "<b>粗</b>").findChild(QLabel, "keywordCount") is not None


def test_a_keyword_in_the_other_script_is_the_same_keyword(qtbot, panel):
    """'監督' matches the hits '监督' matches: after a toggle its chip is not offered again, nor is it added twice."""
    panel.set_keywords(["监督"])
    panel.set_suggestions(["監督", "黨委"])
    assert _chips(panel) == ["黨委"]
    with qtbot.assertNotEmitted(panel.keywords_changed):
        panel.add_keyword("監督")
    assert panel.keywords() == ["监督"]
