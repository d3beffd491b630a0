"""Round 66Z: a side panel saved narrower than a useful width comes back wide enough to read."""

from __future__ import annotations

import base64
import json
import struct

from qtsupport import settle
from reader.paths import Paths
from reader.ui.panels import USEFUL_WIDTH


def _splitter_state(sizes: list[int]) -> str:
    """A horizontal splitter's saved state as Qt writes it (magic, version, sizes, then its flags)."""
    head = struct.pack(">iii", 0xFF, 1, len(sizes)) + struct.pack(f">{len(sizes)}i", *sizes)
    return base64.b64encode(head + bytes.fromhex("01ffffffff010000000100")).decode("ascii")


def test_a_keyword_panel_saved_squeezed_is_restored_at_a_useful_width(make_window, qtbot):
    # the documents panel's handle dragged across the keyword panel left it at 79 pixels, then the window was closed:
    # it came back at 79, each keyword row a dot, a count and a cross with no keyword in it
    Paths.default().ensure().settings_file.write_text(json.dumps({
        "splitter_state": _splitter_state([488, 690, 79]), "keywords": ["监督"]}), encoding="utf-8")
    window = make_window(size=(1300, 800))
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] >= USEFUL_WIDTH, timeout=5000)
    settle(window)
    sizes = window.splitter.sizes()
    assert sizes[2] >= USEFUL_WIDTH and abs(sizes[0] - 488) <= 8  # the documents panel as the reader left it
