"""Session 75P: a keyword shown only in the metadata line under the title ('Source: 北京日报') counted 0, was drawn
nowhere and F3 never reached it, while one in the title was (68P). The reader sees that line as part of the page, as
the library's search results already name a source that matched: its hits are counted, drawn at their place in that
line, marked beside the scroll bar, and come after the title's and before the text's for F3 and Shift+F3."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle

SETTLE = 60  # s: the machine may be loaded
WORD = "北京日报"
TEXT = ("关于加强人大监督工作的通知\n\n来源：北京日报   时间：2024-07-09\n\n一、总则\n\n依法接受监督。\n\n"
        "二、附则\n\n北京日报记者报道，本通知自发布之日起施行。\n")
TOP = "Continued from the top"


def _open(make_window, qtbot, tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window, SETTLE)
    reading = window.reading
    meta = reading.document().findBlockByNumber(1).text()
    assert WORD in meta and WORD not in reading.document().firstBlock().text()  # shown in the line under the title
    assert reading.displayed_text().count(WORD) == 1  # and once in the text
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


def _meta_marks(window) -> list[str]:
    """The texts of the highlights drawn in the metadata line's block."""
    return [s.cursor.selectedText() for s in window.reading.extraSelections() if s.cursor.block().blockNumber() == 1]


def _current_in_header(window) -> bool:
    current = window.hits._current
    return current is not None and window.hits._hits[current].start < 0


def test_a_keyword_in_the_metadata_line_is_counted_drawn_and_stepped_to(make_window, qtbot, tmp_path):
    window, counts, positions = _open(make_window, qtbot, tmp_path)
    assert counts[-1] == {WORD: 2}  # was: 1, the metadata line's left out
    assert _meta_marks(window) == [WORD]  # was: none
    qtbot.waitUntil(lambda: len(window.hits.marks.marks()) == 2, timeout=SETTLE * 1000)  # beside the scroll bar
    window.reading.setFocus()
    assert _f3(qtbot, window, positions) == (0, 2)  # at the top: the metadata line's (was: the text's, of 1)
    assert _current_in_header(window)
    assert _f3(qtbot, window, positions) == (1, 2)
    assert not _current_in_header(window)
    assert _f3(qtbot, window, positions) == (0, 2)  # round the end to the metadata line's
    assert window.status.currentMessage() == TOP
    assert _current_in_header(window)
    assert _f3(qtbot, window, positions) == (1, 2)
    assert _f3(qtbot, window, positions, back=True) == (0, 2)  # Shift+F3 reaches it too
    assert _current_in_header(window)
    window.keyword_panel.add_keyword("人大")  # a keyword in the title: its hit comes first, the line's stays current
    qtbot.waitUntil(lambda: WORD in counts[-1] and counts[-1].get("人大") == 1, timeout=SETTLE * 1000)
    settle(window, SETTLE)
    assert window.hits._hits[window.hits._current].word == WORD and _current_in_header(window)
    assert window.hits._hits[0].word == "人大"  # the title's before the metadata line's


def test_the_find_bar_finds_it_in_the_metadata_line_first(make_window, qtbot, tmp_path):
    window, _counts, _positions = _open(make_window, qtbot, tmp_path)
    results: list[tuple[int, int]] = []
    window.hits.find_result.connect(lambda index, total: results.append((index, total)))
    with qtbot.waitSignal(window.find_bar.find_requested, timeout=5000):  # typed: after the box's debounce
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        window.find_bar.findChild(QLineEdit, "findInput").insert(WORD)
    qtbot.waitUntil(lambda: bool(results), timeout=SETTLE * 1000)
    settle(window, SETTLE)
    assert results[-1] == (0, 2)  # was: (0, 1), the text's only
    assert window.hits._find[0].start < 0  # the metadata line's, from the top of the page


def test_its_mark_stays_on_the_word_when_the_ui_language_changes_the_label(make_window, qtbot, tmp_path):
    window, counts, _positions = _open(make_window, qtbot, tmp_path)
    assert _meta_marks(window) == [WORD]
    window.set_language("zh_CN")  # 'Source:' becomes '来源：', shorter: the word moves left in the line
    try:
        qtbot.waitUntil(lambda: "来" in window.reading.document().findBlockByNumber(1).text(), timeout=SETTLE * 1000)
        settle(window, SETTLE)
        qtbot.waitUntil(lambda: _meta_marks(window) == [WORD], timeout=SETTLE * 1000)  # was: a mark off the word
        assert counts[-1] == {WORD: 2}
    finally:
        window.set_language("en")
