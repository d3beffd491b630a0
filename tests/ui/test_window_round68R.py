"""Found by hand (session 68J): resizing the window (1100 -> 700 -> 1100 px) or folding the side panel (F9) on a long
law with the place half-way down painted other places of the text before the place came back, and froze the window
2.5-4 s on 1 M characters. Qt lays a rewrapped text out at once from its top down to the scroll bar's value, and
paints the text there, which at the new width is another place. The view now goes to the top unpainted and the
place is laid out to in steps; it is the only place painted, its highlights drawn once it is there. The page is
blank meanwhile (painting held instead showed black where a window grew on X11, seen by hand under Xvfb)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint

from qtsupport import long_law, settle

class FirstShown(QObject):
    """The cleaned-text offset of the first visible character at each paint of the reading pane's viewport."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.offsets: list[int] = []
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._view.blank:  # a blank page shows no place
            view = self._view
            self.offsets.append(view.display.to_source(view.from_qt(view.cursorForPosition(QPoint(1, 1)).position())))
        return False


def _resize(window) -> None:
    window.resize(700, 760)
    settle(window)
    window.resize(1100, 760)


def _fold(window) -> None:
    window.actions_.show_sidebar.trigger()
    settle(window)
    window.actions_.show_sidebar.trigger()


@pytest.mark.parametrize("change", [_resize, _fold], ids=["resize", "fold"])
def test_a_new_width_paints_only_the_readers_place(make_window, qtbot, tmp_path, change):
    window = make_window([str(long_law(tmp_path))])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.keyword_panel.add_keyword("审计")
    window.go_to_offset(len(window.loaded.document.text) // 2)
    settle(window)
    view = window.reading
    place = view.top_offset()
    assert place > 80000
    shown = FirstShown(view)
    change(window)
    settle(window)
    assert abs(view.top_offset() - place) < 80  # the place's line at the top (it starts earlier at another width)
    assert not view.blank  # the page is painted again once the place is laid out
    away = [offset for offset in shown.offsets if abs(offset - place) >= 80]
    assert shown.offsets and not away, away[:4]  # before: resize [27913, 84032, 111400, 97755], fold
    # [102717, 79073] (place 90142): the text at the old scroll value, laid out again at the new width
    top, bottom = view.visible_display_range()
    starts = {view.from_qt(s.cursor.selectionStart()) for s in view.extraSelections()}
    text = view.displayed_text()
    on_screen = [i for i in range(top, bottom) if text.startswith("审计", i)]
    assert on_screen and set(on_screen) <= starts  # the highlights near the place, drawn once it is there
