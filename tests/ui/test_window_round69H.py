"""Found by hand (session 69H): Ctrl+F in a newly opened document re-ran the last document's query and jumped to its
first match, far down the page the reader had just opened at its top. As a browser's or an editor's find bar does,
the query comes back filled in and selected, its matches are counted and shown, and the view moves only on Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle

FILLER = "各级人民政府应当认真贯彻落实本规定，做好各项工作。"


def _box(window) -> QLineEdit:
    return window.find_bar.findChild(QLineEdit, "findInput")


def _count(window) -> str:
    return window.find_bar.findChild(QLabel, "findCount").text()


def _ctrl_f(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle(window)


def test_ctrl_f_in_a_new_document_shows_the_last_querys_matches_and_moves_only_on_enter(make_window, qtbot, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("监督工作的报告\n\n人大监督工作应当依法进行。\n", encoding="utf-8")
    body = "\n\n".join(FILLER * 3 for _ in range(200))
    second.write_text(f"关于工作的规定\n\n{body}\n\n第一次出现监督二字。\n\n{FILLER}监督。\n", encoding="utf-8")
    window = make_window()
    window.open_path(str(first))
    settle(window)
    _ctrl_f(qtbot, window)
    _box(window).insert("监督")
    qtbot.keyClick(_box(window), Qt.Key.Key_Return)
    settle(window)
    assert _count(window) == "1 of 2"  # the title's and the text's (round 70H: counted as a keyword's are)
    qtbot.keyClick(_box(window), Qt.Key.Key_Escape)
    window.open_path(str(second))
    settle(window)
    window.reading.setFocus()
    top = window.reading.visible_display_range()[0]  # (the bar takes the bottom lines: the top stays)
    _ctrl_f(qtbot, window)
    assert _box(window).text() == "监督" and _box(window).selectedText() == "监督"  # filled in, selected
    assert window.reading.visible_display_range()[0] == top  # was: the view jumped to the first match, far down
    hits = window.hits._find
    assert len(hits) == 2 and _count(window) == "2 matches"  # counted (and painted), none current yet
    qtbot.keyClick(_box(window), Qt.Key.Key_Return)
    settle(window)
    assert _count(window) == "1 of 2"
    low, high = window.reading.visible_display_range()
    assert low <= hits[0].start < high and low > 10000  # Enter goes to the first from the reader's place
