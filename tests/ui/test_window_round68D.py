"""Session 68D: a new search (Ctrl+F, a query typed) looked from the view's top, though F3 had gone on from where
the reader clicked since session 67N; it now looks from the click while that is on the page shown (typing on refines
it from the same place), else from the top of the page, and says 'Continued from the top' when it went round.
Positions are counted in the text, never in pixels of a font."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle

SETTLE = 60  # s: the machine may be loaded
WORD = "监督"
TEXT = ("关于全市工作情况的报告\n\n" + "".join(f"第{i}段，全市各项工作稳步推进，依法接受人大{WORD}。\n\n" for i in range(300))
        + "".join(f"附{i}，以上各项均已办结。\n\n" for i in range(200)))  # a long tail without the word


def _open(make_window, qtbot, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window, SETTLE)
    results: list[tuple[int, int]] = []
    window.hits.find_result.connect(lambda index, total: results.append((index, total)))
    return window, results


def _box(window) -> QLineEdit:
    return window.find_bar.findChild(QLineEdit, "findInput")


def _search(qtbot, window, results: list, text: str) -> int:
    """Ctrl+F, then `text` typed into the empty box (as an input method puts it): the index of the match made
    current."""
    mark = len(results)
    with qtbot.waitSignal(window.find_bar.find_requested, timeout=5000):  # typed: after the box's debounce
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        _box(window).insert(text)  # QTest types ASCII only
    qtbot.waitUntil(lambda: len(results) > mark, timeout=SETTLE * 1000)
    settle(window, SETTLE)
    return results[-1][0]


def _click(qtbot, window, fraction: float) -> int:
    """The reader clicks in the text `fraction` of the way down the view; the displayed offset of the caret."""
    viewport = window.reading.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(viewport.width() // 2,
                                                                      int(viewport.height() * fraction)))
    settle(window, SETTLE)
    return window.reading.from_qt(window.reading.textCursor().position())


def _hits_before(window, display_offset: int) -> int:
    return window.reading.displayed_text()[:display_offset].count(WORD)


def _top(window) -> int:
    return window.reading.display.to_display(window.reading.top_offset())


def _scroll_down(window, pages: int) -> None:
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.value() + pages * bar.pageStep())
    settle(window, SETTLE)


def test_a_new_search_looks_from_where_the_reader_clicked(make_window, qtbot, tmp_path):
    window, results = _open(make_window, qtbot, tmp_path)
    _scroll_down(window, 3)
    clicked = _click(qtbot, window, 0.7)
    before = _hits_before(window, clicked)
    assert before - _hits_before(window, _top(window)) >= 3  # matches between the page's top and the click
    assert _search(qtbot, window, results, WORD[0]) == before  # was: the first match below the page's top
    mark = len(results)
    _box(window).end(False)
    _box(window).insert(WORD[1])  # typing on: the longer query looks from the same click
    qtbot.waitUntil(lambda: len(results) > mark, timeout=SETTLE * 1000)
    settle(window, SETTLE)
    assert results[-1] == (before, 300)
    count = window.find_bar.findChild(QLabel, "findCount")
    assert count.text() == f"{before + 1} of 300"
    qtbot.keyClick(_box(window), Qt.Key.Key_Escape)
    settle(window, SETTLE)
    _click(qtbot, window, 0.7)
    _scroll_down(window, 3)  # the click is off the page: a search looks from the page's top, as before
    _box(window).clear()
    top = _top(window)
    assert _search(qtbot, window, results, WORD) == _hits_before(window, top)


def test_a_search_from_a_click_below_the_last_match_goes_round_and_says_so(make_window, qtbot, tmp_path):
    window, results = _open(make_window, qtbot, tmp_path)
    last = window.reading.displayed_text().rindex(WORD)
    window.reading.scroll_to_display(last)  # the last match on the page's top line, the tail below it
    settle(window, SETTLE)
    clicked = _click(qtbot, window, 0.9)
    assert _hits_before(window, _top(window)) < 300 == _hits_before(window, clicked)
    assert _search(qtbot, window, results, WORD) == 0  # was: the last match, on the page's top line
    assert window.status.currentMessage() == "Continued from the top"
