"""Session 67N, found by hand: F3 went on from the view's top, not from where the reader had clicked; a reader who
clicks in a paragraph and presses F3 (Shift+F3) now gets the first hit after the click (the last before it), as a
find does in an editor or a browser. Scrolled away from the click without another one, F3 reads from the view's
top as before. Positions are counted in the text, never in pixels of a font."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle

SETTLE = 60  # s: the machine may be loaded
WORD = "监督"
TEXT = "关于全市工作情况的报告\n\n" + "".join(f"第{i}段，全市各项工作稳步推进，依法接受人大{WORD}。\n\n" for i in range(300))


def _open(make_window, qtbot, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window, SETTLE)
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(WORD)  # QTest types ASCII only; an input method does this
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window, SETTLE)
    positions: list[int] = []
    window.hits.keyword_position.connect(lambda index, _total: positions.append(index))
    return window, positions


def _f3(qtbot, window, positions: list[int], back: bool = False) -> int:
    """The index of the hit F3 (Shift+F3) stepped to."""
    positions.clear()
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window, SETTLE)
    assert positions, "F3 stepped nowhere"
    return positions[-1]


def _hits_before(window, display_offset: int) -> int:
    """How many hits start before a displayed-text offset (the index of the first at or after it)."""
    return window.reading.displayed_text()[:display_offset].count(WORD)


def _click(qtbot, window, fraction: float) -> int:
    """The reader clicks in the text `fraction` of the way down the view; the displayed offset of the caret."""
    viewport = window.reading.viewport()
    at = QPoint(viewport.width() // 2, int(viewport.height() * fraction))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    settle(window, SETTLE)
    return window.reading.from_qt(window.reading.textCursor().position())


def _top(window) -> int:
    return window.reading.display.to_display(window.reading.top_offset())


def _scroll_down(window, pages: int) -> None:
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.value() + pages * bar.pageStep())
    settle(window, SETTLE)


@pytest.mark.parametrize("back", [False, True], ids=["F3", "Shift+F3"])
def test_f3_goes_on_from_where_the_reader_clicked(make_window, qtbot, tmp_path, back):
    window, positions = _open(make_window, qtbot, tmp_path)
    _scroll_down(window, 3)  # mid-text: hits above the view and below it
    top = _top(window)
    clicked = _click(qtbot, window, 0.7)
    before = _hits_before(window, clicked)
    assert before - _hits_before(window, top) >= 3  # hits between the view's top and the click, passed over
    index = _f3(qtbot, window, positions, back)
    assert index == (before - 1 if back else before)  # before: the first after the view's top (the last above it)
    assert _f3(qtbot, window, positions, back) == (index - 1 if back else index + 1)  # then on from that hit


def test_f3_after_a_scroll_without_a_click_reads_from_the_view_top(make_window, qtbot, tmp_path):
    window, positions = _open(make_window, qtbot, tmp_path)
    _scroll_down(window, 2)
    clicked = _click(qtbot, window, 0.7)
    assert _f3(qtbot, window, positions) == _hits_before(window, clicked)
    _click(qtbot, window, 0.7)
    _scroll_down(window, 3)  # the click is off screen: the reader reads on from the top of the view
    top = _top(window)
    assert _f3(qtbot, window, positions) == _hits_before(window, top)
    _scroll_down(window, 3)  # the click used up by that step, the current hit scrolled away: the view's top again
    top = _top(window)
    assert _f3(qtbot, window, positions) == _hits_before(window, top)
