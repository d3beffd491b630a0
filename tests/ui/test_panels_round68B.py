"""Session 68B, found by hand: a side panel dragged wide stopped when the reading view reached its measure, but the
text then showed 17-22 characters a line, not the 24 promised: the measure left out the document's margins and the
scroll bar; zoomed in after the drag, the text stayed at the old measure (17 characters a line at 16 pt). The
lines are counted in the document's own layout (characters per line), whatever the font."""

from __future__ import annotations

import pytest

from qtsupport import drag_handle, settle
from reader.ui.panels import MEASURE_CHARS

SETTLE = 60  # s: the machine may be loaded
PARAGRAPH = "全市各项工作稳步推进依法接受人大监督" * 6  # a line breaks only where the width ends
TEXT = "关于全市工作情况的报告\n\n" + "".join(f"{PARAGRAPH}\n\n" for _ in range(40))


def _longest_line(view) -> int:
    """The most characters on one laid-out line of the text (a paragraph's indented first line included)."""
    longest, block = 0, view.document().begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount() if layout is not None else 0):
            longest = max(longest, layout.lineAt(i).textLength())
        block = block.next()
    return longest


@pytest.mark.parametrize("zoom, zoom_after", [(0, 0), (2, 0), (5, 0), (0, 2)],
                         ids=["100%", "zoomed twice", "zoomed five times", "zoomed twice after the drag"])
@pytest.mark.parametrize("handle, dx", [(1, 900), (2, -900)], ids=["documents", "keywords"])
def test_a_panel_dragged_wide_leaves_a_full_measure_of_text(make_window, qtbot, tmp_path, zoom, zoom_after, handle,
                                                          dx):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)], size=(1300, 800))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    for _ in range(zoom):
        window.actions_.zoom_in.trigger()
    settle(window, SETTLE)
    before = window.splitter.sizes()
    assert _longest_line(window.reading) > MEASURE_CHARS  # room to spare for the drag
    drag_handle(window.splitter, handle, dx)
    settle(window, SETTLE)
    sizes = window.splitter.sizes()
    dragged = 0 if handle == 1 else 2
    assert sizes[dragged] > before[dragged] + 100  # the panel went wide, as far as the text let it
    for _ in range(zoom_after):
        window.actions_.zoom_in.trigger()
    settle(window, SETTLE)
    assert window.reading.verticalScrollBar().isVisible()  # the bar takes its width from the text too
    assert _longest_line(window.reading) >= MEASURE_CHARS, window.splitter.sizes()  # before: 22-23 (18 if zoomed after)
