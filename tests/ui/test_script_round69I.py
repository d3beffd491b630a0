"""Asked for in session 69: a one-line paragraph over 40,000 characters opened in 繁體 was painted as written until the
worker's whole conversion came (round 68X converts the first screen before the build, but left a paragraph that long
to the worker: converted whole on the window's thread, it held the window). Only its sentences around the place are
now converted before the build, the rest following from the worker as before."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from qtsupport import settle
from screen_paints import Painted

PARAGRAPH = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，做好各项工作。"
SIMPLIFIED_ONLY = ("贯彻", "发展与改革", "决定")  # in every sentence as written; none of them in 繁體


@pytest.mark.parametrize("position", [None, 40_000])
def test_a_one_line_text_opens_in_traditional(make_window, tmp_path, held_conversion, position):
    path = tmp_path / "line.txt"
    path.write_text("".join(f"{i}．{PARAGRAPH}" for i in range(2000)), encoding="utf-8")  # one paragraph, 88,000
    window = make_window()
    window.set_script("s2t")
    settle(window)
    view, paints = window.reading, Painted(window.reading)
    held_conversion.clear()
    window.open_path(str(path), position)
    app, deadline = QApplication.instance(), time.monotonic() + 20
    while time.monotonic() < deadline:  # until shown at its place, the worker's conversion still held
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if (window.loaded is not None and window.loaded.path == str(path) and view.converting
                and not view.busy and any("．各" in text for text in paints.texts)):
            break
    painted = [text for text in paints.texts if "．各" in text]
    assert view.converting  # (the worker's conversion was still held while these were painted)
    held_conversion.set()
    settle(window)
    assert painted, "the text was never painted"
    wrong = [text for text in painted if any(word in text for word in SIMPLIFIED_ONLY)]
    assert not wrong, wrong[0][:120]  # before: every paint as written
    assert abs(view.top_offset() - (position or 0)) < 200
    assert not any(word in view.displayed_text() for word in SIMPLIFIED_ONLY)
