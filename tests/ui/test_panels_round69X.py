"""Session 69X, found by hand: quit with the window 700 px wide (the side panels folded so the text kept its line),
restart: the saved widths 280/192/220 came back as they were and the text column was about 190 px, 5-6 characters a
line. The saved state held the chosen panel widths and the text's narrow rest, read back as a text the reader had
dragged narrow on purpose. A restart now folds the panels as a resize does, before the text is first painted (the
fit after the first layout already runs before the first paint)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from qtsupport import settle
from reader.app import create_app
from reader.ui.panels import DEFAULT_WIDTHS, text_measure

NARROW = (700, 760)


class _PaintWidths(QObject):
    """The text column's width each time the reading view paints."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.widths = window, []

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.widths.append(self.window.splitter.sizes()[1])
        return False


def _measure(window) -> int:
    return min(text_measure(window.reading, window.reading.typography.font), sum(window.splitter.sizes()))


def test_a_restart_in_a_narrow_window_keeps_a_readable_text_column(make_window, qtbot):
    first = make_window(size=NARROW)
    settle(first)
    qtbot.waitUntil(lambda: first.splitter.sizes()[1] >= _measure(first) - 1, timeout=5000)  # folded on resize
    first.close()  # the session is saved at 700 px
    _app, second = create_app([])
    qtbot.addWidget(second)
    painted = _PaintWidths(second)
    second.reading.viewport().installEventFilter(painted)
    second.resize(*NARROW)
    with qtbot.waitExposed(second):
        second.show()
    settle(second)
    qtbot.wait(50)
    measure = _measure(second)
    assert second.splitter.sizes()[1] >= measure - 1, (second.splitter.sizes(), measure)  # before: ~190 px
    assert painted.widths and min(painted.widths) >= measure - 1, painted.widths  # never painted cramped first
    assert second.actions_.show_sidebar.isChecked() and second.actions_.show_keywords.isChecked()  # folded, not hidden
    second.resize(1400, 760)  # wide enough again: the widths the reader had come back
    qtbot.waitUntil(lambda: second.splitter.sizes()[0] == DEFAULT_WIDTHS[0]
                    and second.splitter.sizes()[2] == DEFAULT_WIDTHS[1], timeout=5000)
