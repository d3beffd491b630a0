"""Found by hand (session 68S): removing two documents said '2 documents were removed from the list; the files stay
wh…', cut off beside the Undo button at 1260 px (room was made for the message reckoning the fields without Undo),
and at 700 px the bar's right end (the reading time, Undo) was pushed out of the window. The message is shorter and
whole beside Undo, and the least needed fields give way while the bar's widgets would not fit. Widths are measured
in the font the bar has, so the test holds in any font."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from library_steps import three_documents
from qtsupport import settle

PERMANENT = ("cleanedIndicator", "encodingLabel", "scriptLabel", "charsLabel", "progressLabel", "timeLeftLabel",
             "undoRemoval", "libraryProgress", "libraryCancel")
FIELDS = PERMANENT[:6]
GAP = 6  # between the bar's widgets


def _shown(bar) -> list[QWidget]:
    return [w for w in (bar.findChild(QWidget, name) for name in PERMANENT) if w is not None and w.isVisible()]


def _width_of(widgets) -> int:
    return sum(w.sizeHint().width() + GAP for w in widgets)


def _resized(window, qtbot, bar, width: int) -> None:
    window.resize(width + (window.width() - bar.width()), window.height())
    qtbot.waitUntil(lambda: bar.width() == width, timeout=5000)
    settle(window)


@pytest.fixture
def removed(make_window, qtbot, tmp_path, monkeypatch):
    """A window on three documents, two of them just removed, Undo offered: (window, bar, undo)."""
    monkeypatch.setattr("reader.ui.removal_undo.OFFER_MS", 120000)  # Undo stays while the test measures
    window, paths = three_documents(make_window, qtbot, tmp_path)
    window.documents.remove_all(paths[:2], "", "")
    bar = window.status
    undo = bar.findChild(QWidget, "undoRemoval")
    qtbot.waitUntil(lambda: undo.isVisible() and "2 documents" in bar.currentMessage(), timeout=20000)
    settle(window)
    yield window, bar, undo
    window.close()


def test_the_removal_message_is_whole_beside_undo(removed, qtbot):
    window, bar, undo = removed
    message = bar.currentMessage()
    assert "(files untouched)" in message  # still says the files are left alone
    fields = [bar.findChild(QWidget, name) for name in FIELDS if bar.findChild(QWidget, name).isVisible()]
    assert fields  # a document is shown: its fields are on the bar
    # wide enough for the message beside the fields, not beside the fields and Undo: the fields were left in place
    width = bar.fontMetrics().horizontalAdvance(message) + 24 + _width_of(fields) + 24 + _width_of([undo]) // 2
    _resized(window, qtbot, bar, width)
    first = min(w.x() for w in _shown(bar))
    assert bar.fontMetrics().horizontalAdvance(message) <= first - 8  # the message's room ends at the first widget
    assert undo.isVisible() and undo.geometry().right() < bar.width()


def test_a_narrow_bar_keeps_its_widgets_inside(removed, qtbot):
    """In a font twice the size (a high-DPI screen, as by hand): a window narrower than every widget of the bar.
    They were laid out past its right end, and the window could not be made narrower than all of them."""
    window, bar, undo = removed
    bar.clearMessage()
    font = bar.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    bar.setFont(font)
    settle(window)
    every = _shown(bar)
    assert undo in every and len(every) >= 4
    width = _width_of(every) + 24 - 40  # 40 px short of room for every one of them
    window.resize(width + (window.width() - bar.width()), window.height())
    settle(window)
    assert bar.width() <= width  # the window could be made as narrow: it stayed wide enough for every one
    shown = _shown(bar)
    assert undo in shown and bar.findChild(QWidget, "progressLabel") in shown
    assert all(w.geometry().right() < bar.width() for w in shown)  # none pushed out past the bar's right end
