"""Session 66S: the reading position was written to the library on the GUI thread, each write 35–100 ms while an
import held the write lock or a commit checkpointed the log, so scrolling stalled. Positions are now written on a
thread of their own (the latest per document); closing still writes the last one, the next start opens at it, and a
document left while an import holds the library reopens where the reader left it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from library_steps import Lock
from qtsupport import long_text_file, settle
from reader.storage.library import Library


@pytest.fixture
def gui_writes(monkeypatch) -> list[str]:
    """The library positions written on the GUI thread, counted (not timed)."""
    seen: list[str] = []
    real = Library.set_position

    def set_position(self, path, position):
        if threading.current_thread() is threading.main_thread():
            seen.append(path)
        return real(self, path, position)

    monkeypatch.setattr(Library, "set_position", set_position)
    return seen


def _stored(window, path: str) -> int:
    library = Library(window.paths.library_file)
    try:
        entry = library.get(path)
        return entry.position if entry is not None else -1  # not catalogued yet
    finally:
        library.close()


def _scroll(qtbot, window, pages: int) -> int:
    """Page Down as the reader presses it; the place once the window has taken it in."""
    saves = window.session.saves
    for _ in range(pages):
        qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)
    settle(window, writes=False)
    qtbot.waitUntil(lambda: window.session.saves > saves and not window.session.pending, timeout=5000)  # the
    # session's capture, a second after the scroll, hands the place over
    return window.reading.place()


def _open(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_path(str(path))
    settle(window, writes=False)


def test_scrolling_writes_the_place_off_the_gui_thread_and_the_next_start_opens_at_it(make_window, qtbot, tmp_path,
                                                                                    gui_writes):
    path = str(long_text_file(tmp_path, 60000))
    window = make_window([path])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window, writes=False)
    place = _scroll(qtbot, window, 6)
    assert place > 0
    qtbot.waitUntil(lambda: _stored(window, path) == place, timeout=5000)
    lock = Lock(window.paths.library_file)  # an import's batch under way while the reader scrolls on
    try:
        place = _scroll(qtbot, window, 3)
    finally:
        lock.release()
    window.actions_.quit.trigger()  # Ctrl+Q
    assert gui_writes == []  # before: one write on the GUI thread for each pause in scrolling, and on closing
    assert _stored(window, path) == place
    again = make_window([])
    qtbot.waitUntil(lambda: again.loaded is not None, timeout=20000)
    settle(again, writes=False)
    assert again.loaded.path == path and again.reading.place() == place


def test_a_document_left_while_an_import_holds_the_library_reopens_at_the_place_left(make_window, qtbot, tmp_path):
    a = str(long_text_file(tmp_path, 60000))
    b = tmp_path / "b.txt"
    b.write_text("关于人大监督工作的报告\n\n国家机关依法接受人大监督。\n", encoding="utf-8")
    window = make_window([a])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window, writes=False)
    _open(qtbot, window, b)
    _open(qtbot, window, a)
    lock = Lock(window.paths.library_file)
    try:
        place = _scroll(qtbot, window, 5)
        assert place > 0
        _open(qtbot, window, b)
        _open(qtbot, window, a)
        assert window.reading.place() == place  # before: the place last written (the top), the new one still waiting
    finally:
        lock.release()
    qtbot.waitUntil(lambda: _stored(window, a) == place, timeout=5000)  # written once the import's batch ends


def test_the_place_in_a_document_first_opened_while_an_import_holds_the_library_is_kept(make_window, qtbot, tmp_path,
                                                                                       gui_writes):
    window = make_window()
    settle(window, writes=False)
    new = long_text_file(tmp_path, 50000)
    lock = Lock(window.paths.library_file)
    try:
        _open(qtbot, window, new)  # its entry waits for the lock, in the window's writer
        place = _scroll(qtbot, window, 4)
        assert place > 0
    finally:
        lock.release()
    qtbot.waitUntil(lambda: _stored(window, str(new)) == place, timeout=5000)  # the place given before the entry
    # existed is written once the entry is
    assert gui_writes == []
