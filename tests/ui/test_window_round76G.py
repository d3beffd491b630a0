"""Reading in the original view is reading: a quit or another document, the original on, keeps where the reader went
in it (both came back where the original had been opened, the pages read in it lost)."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from reader.paths import seeds_dir
from qtsupport import click_document, settle
from support import seed


def _original_top_line(window) -> int:
    return window.original.cursorForPosition(QPoint(1, 1)).blockNumber() + 1


def _read_on_in_the_original(qtbot, window) -> int:
    """Ctrl+U at the top, then Page Down in the original until deep in the file; the file line now at its top."""
    window.actions_.show_original.trigger()
    settle(window)
    assert _original_top_line(window) == 1
    window.original.setFocus()
    for _ in range(6):
        qtbot.keyClick(window.original, Qt.Key.Key_PageDown)
    settle(window)
    line = _original_top_line(window)
    assert line > 20  # pages into the file
    return line


def _paragraph_line(window) -> int:
    """The file line of the paragraph the original shows at its top (the place kept is a paragraph's)."""
    paragraphs = window.loaded.document.paragraphs
    top = _original_top_line(window)
    return max(p.line for p in paragraphs if p.line <= top)


def test_a_quit_in_the_original_view_keeps_the_place_read_to_in_it(make_window, qtbot):
    first = make_window()
    first.open_path(str(seed("003")))
    settle(first)
    _read_on_in_the_original(qtbot, first)
    line = _paragraph_line(first)
    first.close()

    second = make_window()
    assert second.loaded.path == str(seed("003")) and second.original.isVisible()
    assert abs(_original_top_line(second) - line) <= 1  # where the reader was in it (before: line 1)
    second.actions_.show_original.trigger()
    settle(second)
    assert second.loaded.document.paragraphs[second.reading.top_paragraph()].line == line  # and the cleaned text


def test_another_document_and_back_in_the_original_view_keeps_the_place_read_to(make_window, qtbot):
    window = make_window()
    deep, other = (str(seeds_dir() / seed(n).name) for n in ("003", "000"))
    window.open_path(deep)
    settle(window)
    _read_on_in_the_original(qtbot, window)
    line = _paragraph_line(window)
    click_document(qtbot, window, other)
    click_document(qtbot, window, deep)
    assert window.loaded.path == deep and window.original.isVisible()
    assert abs(_original_top_line(window) - line) <= 1  # (before: line 1, where the original was opened)


def test_a_kill_after_reading_on_in_the_original_keeps_the_place_read_to(make_window, qtbot):
    """The session is written within a second of a move, so a crash or a kill loses no more: paging in the original
    asked for no write, and a restart after a kill opened it where it had been opened (line 1)."""
    window = make_window()
    window.open_path(str(seed("003")))
    settle(window)
    window.actions_.show_original.trigger()
    settle(window)
    qtbot.waitUntil(lambda: not window.session.pending, timeout=10000)  # the original turned on: written
    saves = window.session.saves
    window.original.setFocus()
    for _ in range(6):
        qtbot.keyClick(window.original, Qt.Key.Key_PageDown)
    settle(window)
    line = _paragraph_line(window)
    assert line > 20
    qtbot.waitUntil(lambda: window.session.saves > saves, timeout=5000)  # written on its own, no quit asked
    saved = json.loads(window.paths.settings_file.read_text(encoding="utf-8"))
    paragraphs = window.loaded.document.paragraphs
    assert saved["last_position"] == next(p.start for p in paragraphs if p.line == line)
