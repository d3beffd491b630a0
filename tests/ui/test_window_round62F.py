"""Found by hand (session 62F): F3 / Shift+F3 and Enter / Shift+Enter in the find bar went round from the last hit
to the first (and back) without a word, only the count's '1 of 3' showed it: the status bar now says 'Continued
from the top' / 'Continued from the bottom' for a few seconds, and nothing on a step that does not wrap. In the
original view (Ctrl+U) the status bar named the script mapping ('简体 → 繁體') of a text that is shown unconverted:
it says 'Original file: 简体' there, and the mapping again back in the cleaned text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qtsupport import open_text, settle

TOP, BOTTOM = "Continued from the top", "Continued from the bottom"
REPORT = ("关于湖泊治理情况的报告\n\n一、总体情况\n\n全市湖泊治理取得进展。\n\n二、存在问题\n\n"
          "部分湖泊治理仍然滞后。\n\n三、下一步工作\n\n继续推进湖泊治理。\n")  # '治理' in the title and three times below it


@pytest.fixture
def report_window(make_window, qtbot, tmp_path):
    return open_text(make_window, qtbot, tmp_path, REPORT, "report.txt")


def _find(qtbot, window, query: str):
    window.actions_.find.trigger()
    field = window.find_bar._input
    field.setText(query)
    qtbot.waitUntil(lambda: window.hits.find_active and len(window.hits._find) > 0, timeout=10000)
    settle(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    return field


def _enter(qtbot, window, field, backwards: bool = False) -> tuple[int, str]:
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(field, Qt.Key.Key_Return, modifier)
    settle(window)
    return window.hits._find_current, window.status.currentMessage()


# --- (a) a step that goes round the end of the hits says so -----------------------------------------------------

@pytest.mark.parametrize("steps, expected", [
    # (backwards?) per step → (hit index, status message) after each; the find starts at hit 0 (the title's, at the
    # top: counted and stepped to since 70H, as a keyword's)
    ([False, False], [(1, ""), (2, "")]),                          # no wrap: no word
    ([False, False, False, False], [(1, ""), (2, ""), (3, ""), (0, TOP)]),  # last → first: from the top
    ([True], [(3, BOTTOM)]),                                       # first → last: from the bottom
    ([True, True], [(3, BOTTOM), (2, "")]),                        # the next plain step takes the word away
    ([False, False, False, False, False], [(1, ""), (2, ""), (3, ""), (0, TOP), (1, "")]),
])
def test_enter_in_the_find_bar_says_when_it_went_round(report_window, qtbot, steps, expected):
    window = report_window
    field = _find(qtbot, window, "治理")
    assert len(window.hits._find) == 4 and window.hits._find_current == 0
    assert [_enter(qtbot, window, field, backwards) for backwards in steps] == expected


@pytest.mark.parametrize("shift, expected", [(False, [(0, ""), (1, ""), (2, ""), (3, ""), (0, TOP)]),
                                             (True, [(3, BOTTOM), (2, ""), (1, ""), (0, ""), (3, BOTTOM)])])
def test_f3_through_keyword_hits_says_when_it_went_round(report_window, qtbot, shift, expected):
    window = report_window  # hit 0 is the title's (counted and stepped to since 68P), shown at the top
    window.keyword_panel.add_keyword("治理")
    qtbot.waitUntil(lambda: len(window.hits._hits) == 4, timeout=10000)
    settle(window)
    window.reading.setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    seen = []
    for _ in expected:
        qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
        settle(window)
        seen.append((window.hits._current, window.status.currentMessage()))
    assert seen == expected


def test_another_message_is_not_taken_away_by_a_step(report_window, qtbot):
    window = report_window
    field = _find(qtbot, window, "治理")
    window.status.showMessage("Text size 14 pt", 5000)  # a word about something else, shown meanwhile
    assert _enter(qtbot, window, field) == (1, "Text size 14 pt")


# --- (b) the original view names no script mapping --------------------------------------------------------------

@pytest.fixture
def traditional_window(report_window):
    window = report_window
    window.script_selector.choose("s2t")
    settle(window)
    assert window.status.script.text() == "简体 → 繁體"
    return window


def test_the_original_view_names_the_files_own_script_and_back_the_mapping(traditional_window, qtbot):
    window = traditional_window
    window.actions_.show_original.setChecked(True)  # Ctrl+U
    settle(window)
    assert window.stack.currentWidget() is window.original
    assert window.status.script.text() == "Original file: 简体"  # before: '简体 → 繁體' over unconverted text
    window.actions_.show_original.setChecked(False)
    settle(window)
    assert window.status.script.text() == "简体 → 繁體"


def test_a_script_chosen_in_the_original_view_is_named_once_back(traditional_window, qtbot):
    window = traditional_window
    window.actions_.show_original.setChecked(True)
    settle(window)
    window.script_selector.choose("s2tw")
    settle(window)
    assert window.status.script.text() == "Original file: 简体"
    window.actions_.show_original.setChecked(False)
    settle(window)
    assert window.status.script.text().startswith("简体 → ") and window.status.script.text() != "简体 → 繁體"


def test_a_hit_stepped_to_from_the_original_brings_the_mapping_back(traditional_window, qtbot):
    window = traditional_window
    window.keyword_panel.add_keyword("治理")
    qtbot.waitUntil(lambda: len(window.hits._hits) == 4, timeout=10000)  # the title's too (68P)
    window.actions_.show_original.setChecked(True)
    settle(window)
    assert window.status.script.text() == "Original file: 简体"
    window.actions_.next_hit.trigger()  # F3: the hit is shown in the cleaned text
    settle(window)
    assert window.stack.currentWidget() is window.reading
    assert window.status.script.text() == "简体 → 繁體"


def test_a_document_opened_in_the_original_view_names_its_own_script(traditional_window, qtbot, tmp_path):
    window = traditional_window
    window.actions_.show_original.setChecked(True)
    settle(window)
    path = tmp_path / "notice.txt"
    path.write_text("關於湖泊治理的通知\n\n一、總體要求\n\n推進治理。\n", encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)
    assert window.status.script.text() == "Original file: 繁體"
