"""The reader's place survives what the window does on its own: a restart at another size, a resize while the
restored document settles, a quit before it has; the saved place is the one the reader was at, not the start of
whatever line holds it at the width of the moment (which drifted back a line or more at each start)."""

from __future__ import annotations

import json

import pytest

from reader.paths import Paths
from qtsupport import settle
from support import seed

WIDE, NARROW = (1100, 760), (700, 500)


def _saved_place() -> tuple[str, int]:
    saved = json.loads(Paths.default().settings_file.read_text(encoding="utf-8"))
    return saved["last_document"], saved["last_position"]


def _leave_at_a_place(make_window, size=WIDE) -> int:
    """Open the third seed, scroll past a third of it as a reader does, quit; the place saved."""
    window = make_window([str(seed("003"))], size=size)
    paragraphs = window.loaded.document.paragraphs
    window.reading.scroll_to_offset(paragraphs[len(paragraphs) // 3].start + 30)  # mid-paragraph, a line's start
    settle(window)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.value() + 7)  # and a few pixels on, by the wheel
    settle(window)
    place = window.reading.place()
    assert _holds_place(window, place)
    window.close()
    assert _saved_place() == (str(seed("003")), place)
    return place


def _holds_place(window, place: int) -> bool:
    view = window.reading
    return view._nav.holds_at_top(view.to_qt(view.display.to_display(place)))


@pytest.mark.parametrize("size", [NARROW, (1300, 800)])
def test_a_restart_at_another_size_and_a_quit_keep_the_place(make_window, size):
    # the line holding the place starts earlier at another width: its start was saved (1432 came back as 1395)
    place = _leave_at_a_place(make_window)
    window = make_window(size=size)
    assert window.loaded.path == str(seed("003"))
    assert _holds_place(window, place)  # shown at the place
    window.close()
    assert _saved_place() == (str(seed("003")), place)  # and kept as it was, not moved back to its line's start


def test_a_resize_of_the_restored_window_keeps_the_place(make_window):
    # a resize lays the text out again over several resize events; the position read in between (the scroll bar
    # kept its value, the text under it moved) was taken as the reader's place and the view repinned there
    place = _leave_at_a_place(make_window)
    window = make_window(size=NARROW)
    window.resize(*WIDE)
    settle(window)
    assert _holds_place(window, place)  # the text the reader was at is still at the top
    window.close()
    assert _saved_place() == (str(seed("003")), place)


def test_a_quit_while_the_restored_window_settles_keeps_the_place(make_window, qtbot):
    # shown at one size, resized by the window manager, quit at once: the view is still on its way to the place
    place = _leave_at_a_place(make_window)
    from reader.app import create_app

    _app, window = create_app([])
    qtbot.addWidget(window)
    window.resize(*NARROW)
    with qtbot.waitSignal(window.reading.text_shown, timeout=10000):
        window.show()
    window.resize(*WIDE)
    qtbot.wait(1)
    window.close()
    assert _saved_place() == (str(seed("003")), place)


def test_a_font_size_up_and_down_comes_back_to_the_place(make_window):
    place = _leave_at_a_place(make_window)
    window = make_window()
    assert window.reading.place() == place
    window.actions_.zoom_in.trigger()
    settle(window)
    window.actions_.zoom_out.trigger()
    settle(window)
    # not the start of the line that held it at the larger size
    assert window.reading.place() == place and _holds_place(window, place)


def test_a_match_revealed_just_after_a_resize_stays_in_view(make_window):
    # the find bar opening shrinks the view; a find result arriving before the resize's repin ran was revealed,
    # then the repin scrolled back to the place before the resize: the current match was off screen
    window = make_window([str(seed("000"))])
    settle(window)
    view = window.reading
    start = window.loaded.document.paragraphs[8].start
    target = view.display.to_display(start)
    lo, hi = view.visible_display_range()
    assert not lo <= target < hi  # off screen at first
    view.resize(view.width(), view.height() - 25)  # as the find bar shown under it does
    view.reveal_display(target, target + 2)
    settle(window)
    lo, hi = view.visible_display_range()
    assert lo <= target < hi
