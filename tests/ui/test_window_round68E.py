"""Found by hand (session 68E): zooming in (Ctrl+=) with the view at the end of a long document painted one frame of
the text's first lines before the end came back. The new font was set on the page shown while its replacement was
being built: laid out again from its top, its scroll range shrank to what was laid out, and it was painted there
(zooming out, a near-empty page with the last line at its top). The old page now stays whole until the new one is
in place, at the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt

from qtsupport import long_text_file, settle


class FirstShown(QObject):
    """The Qt position of the first visible character at each paint of the reading pane's viewport."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.positions: list[int] = []
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.positions.append(self._view.cursorForPosition(QPoint(1, 1)).position())
        return False


@pytest.mark.parametrize("how", ["zoom_in", "zoom_out"])
def test_zooming_at_the_end_of_a_long_text_paints_only_the_end(make_window, qtbot, tmp_path, how):
    window = make_window([str(long_text_file(tmp_path, 150000))])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    view = window.reading
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    shown = FirstShown(view)
    getattr(window.actions_, how).trigger()
    settle(window)
    assert bar.value() == bar.maximum()  # still the end
    last = view.cursorForPosition(QPoint(1, 1)).position()
    assert shown.positions and set(shown.positions) == {last}, shown.positions[:8]  # before: [835, 132865] zooming in
