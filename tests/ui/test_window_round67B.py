"""Found by hand (session 67B, a 1.5 M-character file of laws read at its end with six keywords): switching the
script (Ctrl+T, 台灣正體, 香港繁體) showed, for the seconds the new text took to be laid out down to the reader's
place, the document's first lines (its title, its menu) painted over the old page, in the bands where keyword hits
had been highlighted. Dropping the old page's highlights marked those bands for repainting just before the view was
frozen on the new document at its top; they were then painted from there. The old page now stays whole until the new
one is in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from qtsupport import long_text_file, settle


class Paints(QObject):
    """The scroll value at each paint of the reading pane's viewport."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.values: list[int] = []
        self._bar = view.verticalScrollBar()
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.values.append(self._bar.value())
        return False


@pytest.fixture
def far_window(make_window, qtbot, tmp_path):
    """A long document read at its end, a keyword's hits highlighted on that page."""
    window = make_window([str(long_text_file(tmp_path, 150000))])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.keyword_panel.add_keyword("人大")
    qtbot.waitUntil(lambda: len(window.hits._hits) > 100, timeout=20000)
    settle(window)
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    bar = window.reading.verticalScrollBar()
    assert bar.value() == bar.maximum() > 10 * window.reading.viewport().height()
    assert window.reading.extraSelections()  # hits on the page shown
    return window


@pytest.mark.parametrize("how", ["toggle", "s2tw", "s2hk", "zoom_in", "zoom_out"])
def test_a_script_change_or_zoom_far_down_never_paints_the_top_of_the_new_text(far_window, qtbot, how):
    window = far_window
    paints = Paints(window.reading)
    actions = window.actions_
    action = {"toggle": actions.toggle_script, "zoom_in": actions.zoom_in, "zoom_out": actions.zoom_out}.get(how)
    (action or actions.scripts[how]).trigger()
    settle(window)
    bar = window.reading.verticalScrollBar()
    assert bar.value() == bar.maximum()  # the end, as before
    assert paints.values and min(paints.values) > bar.maximum() // 2, paints.values[:8]  # not the text's top
