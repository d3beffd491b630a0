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


# --- 台灣正體（詞彙）: the place, the highlights and the outline where phrases change the text's length ----------------

LAW = "通话礼仪条例\n\n" + "".join(  # each article one longer in Taiwan's words: 挂断 -> 結束通話, 方便面 -> 泡麵
    f"第{n}条 挂断电话前不吃方便面，软件和网络应当接受监督。\n\n" for n in range(1, 120))


def _top_block(view) -> str:
    return view.cursorForPosition(QPoint(1, 1)).block().text()


def test_taiwan_words_keep_the_place_the_highlights_and_the_outline(make_window, qtbot, tmp_path):
    from reader.text.display import converter

    path = tmp_path / "law.txt"
    path.write_text(LAW, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    view, headings = window.reading, window.sections.outline.headings
    window.keyword_panel.add_keyword("监督")
    window.sections.go_to(headings[-20].offset)
    settle(window)
    top, shown = view.top_offset(), _top_block(view)
    assert shown.startswith("第100条")
    window.actions_.scripts["s2twp"].trigger()
    settle(window)
    assert "結束通話" in view.displayed_text() and "泡麵" in view.displayed_text()
    assert view.top_offset() == top and _top_block(view) == converter("s2twp").convert(shown)
    words = [s.cursor.selectedText() for s in view.extraSelections() if s.cursor.hasSelection()]
    assert words and set(words) == {"監督"}  # on the word, not shifted by the longer text before it
    window.outline.heading_activated.emit(headings[-12].offset)  # the reader picks 第108條 in the outline
    settle(window)
    assert _top_block(view).startswith("第108條 結束通話")
    window.actions_.scripts["original"].trigger()
    settle(window)
    assert _top_block(view).startswith("第108条 挂断")
