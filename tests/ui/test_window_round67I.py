"""Session 67I: a documents panel the reader dragged wide (the text left narrower than its measure) comes back at that
width after Ctrl+Q and a restart: the window gave the text its measure again at start, so each restart took the panel
20-180 px back from where the reader left it (found by hand: dragged to 668 px, it came back at 488, then 450, 431)."""

from __future__ import annotations

import base64
import json
import struct

from qtsupport import settle
from reader.paths import Paths


def _splitter_state(sizes: list[int]) -> str:
    """A horizontal splitter's saved state as Qt writes it (magic, version, sizes, then its flags)."""
    head = struct.pack(">iii", 0xFF, 1, len(sizes)) + struct.pack(f">{len(sizes)}i", *sizes)
    return base64.b64encode(head + bytes.fromhex("01ffffffff010000000100")).decode("ascii")


def test_a_documents_panel_dragged_wide_comes_back_as_the_reader_left_it(make_window, qtbot):
    Paths.default().ensure().settings_file.write_text(json.dumps({
        "splitter_state": _splitter_state([760, 342, 150])}), encoding="utf-8")
    window = make_window(size=(1260, 810))
    settle(window)
    sizes = window.splitter.sizes()
    assert abs(sizes[0] - 760) <= 8 and sizes[2] >= 150, sizes
    window.resize(700, 810)  # a narrow window still folds the panels so the text keeps a line (round 66Z's rule)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] == 0, timeout=5000)
    window.resize(1260, 810)  # and back: as the reader left it
    qtbot.waitUntil(lambda: abs(window.splitter.sizes()[0] - 760) <= 8, timeout=5000)
    settle(window)
    assert window.splitter.sizes()[2] >= 150, window.splitter.sizes()
