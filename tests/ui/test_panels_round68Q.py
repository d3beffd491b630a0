"""Session 68Q, found by hand: with the documents panel dragged wide, zooming in on a long document (2.5 M characters
by hand) left its text at the old measure, 20 characters a line at 17 pt, while a short one widened to 24: a long
text is built again in the new font over several event-loop turns, and the panels were fitted before, to the
measure of the old document's font. The lines are counted in the document's own layout, whatever the font."""

from __future__ import annotations

from qtsupport import drag_handle, settle
from reader.ui.panels import MEASURE_CHARS

SETTLE = 60  # s: the machine may be loaded
PARAGRAPH = "全市各项工作稳步推进依法接受人大监督" * 6  # a line breaks only where the width ends
TEXT = "关于全市工作情况的报告\n\n" + "".join(f"{PARAGRAPH}\n\n" for _ in range(10000))  # 1.1 M: built over many turns


def _longest_line(view) -> int:
    """The most characters on one laid-out line of the text (as 68B counts them)."""
    longest, block = 0, view.document().begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount() if layout is not None else 0):
            longest = max(longest, layout.lineAt(i).textLength())
        block = block.next()
    return longest


def test_zooming_in_on_a_long_text_widens_it_to_its_new_measure(make_window, qtbot, tmp_path):
    path = tmp_path / "long-report.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)], size=(1300, 800))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=30000)
    settle(window, SETTLE)
    drag_handle(window.splitter, 1, 900)
    settle(window, SETTLE)
    assert _longest_line(window.reading) >= MEASURE_CHARS  # the drag stopped at a full line (68B)
    for _ in range(2):
        window.actions_.zoom_in.trigger()
    settle(window, SETTLE)
    assert _longest_line(window.reading) >= MEASURE_CHARS, window.splitter.sizes()  # before: 19
