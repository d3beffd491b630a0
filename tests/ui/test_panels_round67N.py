"""Session 67N: the documents panel's edge dragged right squeezed the text to its 70-pixel minimum, and its readable
width came back only when the window was resized; the text now keeps a readable measure while the edge is dragged,
the panel dragged giving way (the other panel left as the reader set it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from qtsupport import settle
from reader.ui.panels import text_measure


def _drag(splitter, index: int, dx: int) -> None:
    """The reader drags handle `index` by dx pixels in ten steps (a handle reads the pointer's global position)."""
    handle = splitter.handle(index)
    start = handle.mapTo(splitter, QPoint(handle.width() // 2, handle.height() // 2))

    def send(kind: QEvent.Type, x: int, buttons: Qt.MouseButton) -> None:
        at = QPoint(start.x() + x, start.y())
        QApplication.sendEvent(handle, QMouseEvent(kind, QPointF(at - handle.pos()), QPointF(splitter.mapToGlobal(at)),
                                                   Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier))

    send(QEvent.Type.MouseButtonPress, 0, Qt.MouseButton.LeftButton)
    for step in range(1, 11):
        send(QEvent.Type.MouseMove, dx * step // 10, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, dx, Qt.MouseButton.NoButton)


@pytest.mark.parametrize("handle, dx", [(1, 700), (2, -700)], ids=["documents", "keywords"])
def test_a_panel_dragged_wide_leaves_the_text_its_measure(make_window, qtbot, handle, dx):
    window = make_window(size=(1300, 800))
    splitter = window.splitter
    settle(window)
    before = splitter.sizes()
    measure = text_measure(window.reading.document().defaultFont())
    assert before[1] > measure  # room to spare for the drag
    _drag(splitter, handle, dx)
    settle(window)
    sizes = splitter.sizes()
    assert sizes[1] >= measure, (before, sizes, measure)  # before: 70 pixels, until the window was resized
    dragged, other = (0, 2) if handle == 1 else (2, 0)
    assert sizes[dragged] > before[dragged] and sizes[other] == before[other]  # the drag went as far as it could
