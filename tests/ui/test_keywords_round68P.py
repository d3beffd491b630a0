"""Session 68P (from helper D's 68D patch): the title shown above the text held a keyword that the pane's count left
out, drew no highlight on and F3 never reached (监督 in 「关于加强𠮷野人大监督工作的通知」 and twice in the text
counted 2). The title's hits are counted, drawn at their UTF-16 place (the astral 𠮷 before the word), marked beside
the scroll bar, and are the first hits from the top: F3 at the top goes to the title's, and round the end to it; in
the traditional script (Ctrl+T) the converted title counts too, and F3 from the original view (Ctrl+U) reaches it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle

SETTLE = 60  # s: the machine may be loaded
WORD = "监督"
TITLE = "关于加强𠮷野人大监督工作的通知"
TEXT = f"{TITLE}\n\n一、总则\n\n依法接受{WORD}。\n\n二、附则\n\n各级人大加强{WORD}，本通知自发布之日起施行。\n"
TOP = "Continued from the top"


def _open(make_window, qtbot, tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window, SETTLE)
    assert window.reading.document().firstBlock().text() == TITLE  # the title is shown in the pane
    assert TITLE not in window.reading.displayed_text()
    counts: list[dict] = []
    positions: list[tuple[int, int]] = []
    window.hits.keyword_counts.connect(counts.append)
    window.hits.keyword_position.connect(lambda index, total: positions.append((index, total)))
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(WORD)  # QTest types ASCII only; an input method does this
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(counts) and WORD in counts[-1], timeout=SETTLE * 1000)
    settle(window, SETTLE)
    return window, counts, positions


def _f3(qtbot, window, positions: list, back: bool = False) -> tuple[int, int]:
    positions.clear()
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window, SETTLE)
    assert positions, "F3 stepped nowhere"
    return positions[-1]


def _title_marks(window) -> list[str]:
    """The texts of the highlights drawn in the title's block."""
    return [s.cursor.selectedText() for s in window.reading.extraSelections() if s.cursor.block().blockNumber() == 0]


def test_a_keyword_in_the_title_is_counted_drawn_marked_and_stepped_to(make_window, qtbot, tmp_path):
    window, counts, positions = _open(make_window, qtbot, tmp_path)
    assert counts[-1] == {WORD: 3}  # was: 2, the title's left out
    assert _title_marks(window) == [WORD]  # was: none; at its UTF-16 place after 𠮷
    qtbot.waitUntil(lambda: len(window.hits.marks.marks()) == 3, timeout=SETTLE * 1000)  # beside the scroll bar
    window.reading.setFocus()
    assert _f3(qtbot, window, positions) == (0, 3)  # at the top: the title's, on screen first (was: the text's)
    assert _f3(qtbot, window, positions) == (1, 3)
    assert _f3(qtbot, window, positions) == (2, 3)
    assert _f3(qtbot, window, positions) == (0, 3)  # round the end to the title's (was: back to the text's first)
    assert window.status.currentMessage() == TOP
    assert _f3(qtbot, window, positions) == (1, 3)
    assert _f3(qtbot, window, positions, back=True) == (0, 3)  # Shift+F3 reaches it too
    window.keyword_panel.add_keyword("人大")  # another keyword: the title's hit stays the current one
    qtbot.waitUntil(lambda: WORD in counts[-1] and counts[-1].get("人大") == 2, timeout=SETTLE * 1000)
    settle(window, SETTLE)
    current = window.hits._current
    assert current is not None and window.hits._hits[current].word == WORD and window.hits._hits[current].start < 0


def test_the_title_converted_counts_and_f3_from_the_original_reaches_it(make_window, qtbot, tmp_path):
    window, counts, positions = _open(make_window, qtbot, tmp_path)
    window.actions_.toggle_script.trigger()  # Ctrl+T: the title is shown converted, its 監督 found by 监督
    qtbot.waitUntil(lambda: window.reading.document().firstBlock().text() != TITLE, timeout=SETTLE * 1000)
    settle(window, SETTLE)
    assert "監督" in window.reading.document().firstBlock().text()
    qtbot.waitUntil(lambda: counts[-1] == {WORD: 3}, timeout=SETTLE * 1000)
    assert _title_marks(window) == ["監督"]
    window.actions_.show_original.setChecked(True)  # Ctrl+U
    settle(window, SETTLE)
    positions.clear()
    window.actions_.next_hit.trigger()  # F3 from the original: the cleaned text, at the top, the title's hit
    settle(window, SETTLE)
    assert window.stack.currentWidget() is window.reading
    assert positions[-1] == (0, 3)
