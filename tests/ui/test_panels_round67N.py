"""Session 67N: the documents panel's edge dragged right squeezed the text to its 70-pixel minimum, and its readable
width came back only when the window was resized; the text now keeps a readable measure while the edge is dragged,
the panel dragged giving way (the other panel left as the reader set it)."""

from __future__ import annotations

import pytest
from qtsupport import drag_handle, settle
from reader.ui.panels import text_measure


@pytest.mark.parametrize("handle, dx", [(1, 700), (2, -700)], ids=["documents", "keywords"])
def test_a_panel_dragged_wide_leaves_the_text_its_measure(make_window, qtbot, handle, dx):
    window = make_window(size=(1300, 800))
    splitter = window.splitter
    settle(window)
    before = splitter.sizes()
    measure = text_measure(window.reading)
    assert before[1] > measure  # room to spare for the drag
    drag_handle(splitter, handle, dx)
    settle(window)
    sizes = splitter.sizes()
    assert sizes[1] >= measure, (before, sizes, measure)  # before: 70 pixels, until the window was resized
    dragged, other = (0, 2) if handle == 1 else (2, 0)
    assert sizes[dragged] > before[dragged] and sizes[other] == before[other]  # the drag went as far as it could
