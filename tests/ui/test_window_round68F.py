"""Found by hand (session 68F). (a) Undo Removal in a sorted list put the rows it brought back below every other row
of equal value, not where they were: sorted by authority (most documents have none), three documents removed and
brought back (Ctrl+Z) came back at the bottom of the list; the same in a list sorted by date, kind or number.
(b) Rows gathered with Ctrl+click while a long document opened (3 MB: a second or more) went back to the one row
that opened when it arrived, so Delete then took that row only."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from qtsupport import settle
from reader import documents
from reader.ui.document_model import ENTRY_ROLE


def _reports(make_window, qtbot, tmp_path, count: int = 6):
    """A window on `count` short reports with no issuing authority, all listed: (window, their paths)."""
    paths = [tmp_path / f"r{n}.txt" for n in range(count)]
    for n, path in enumerate(paths):
        path.write_text(f"关于第{n + 1}项工作情况的报告\n\n一、基本情况\n正文{n}。\n", encoding="utf-8")
    window = make_window([str(p) for p in paths])
    ours = {str(p) for p in paths}
    qtbot.waitUntil(lambda: window.loaded is not None
                    and ours <= {e.path for e in window.document_list.entries()}, timeout=30000)
    settle(window)
    return window, [str(p) for p in paths]


def _order(window) -> list[str]:
    """The list's rows top to bottom, as paths."""
    view = window.document_list
    return [view.item(row).data(ENTRY_ROLE).path for row in range(view.count())]


def _click(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a row of the list as a reader does (scrolled into sight first)."""
    item = view.item(row)
    view.scrollTo(item.index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualItemRect(item).center())


@pytest.mark.parametrize("key,descending", [("authority", False), ("authority", True), ("date", False)])
def test_undo_removal_in_a_sorted_list_puts_the_rows_back_where_they_were(make_window, qtbot, tmp_path, key,
                                                                          descending):
    window, paths = _reports(make_window, qtbot, tmp_path)
    view = window.document_list
    view.sort_by(key, descending)
    settle(window)
    before = _order(window)
    assert len(before) > len(paths)  # the seeds beside them
    gone = [p for p in before if p in paths][1:4]  # three rows in the middle of the blank ones
    rows = [before.index(path) for path in gone]
    _click(qtbot, view, rows[0])
    settle(window)  # (it opens)
    for row in rows[1:]:
        _click(qtbot, view, row, Qt.KeyboardModifier.ControlModifier)
        settle(window)
    assert set(view.selected_paths()) == set(gone)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    settle(window)
    assert not set(gone) & {e.path for e in view.entries()}
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    window.actions_.undo_removal.trigger()
    qtbot.waitUntil(lambda: set(gone) <= {e.path for e in view.entries()}, timeout=20000)
    settle(window)
    assert _order(window) == before  # before: the three at the bottom of the list
    window.close()


# --- rows gathered while a document opens -------------------------------------------------------------------------

def _held(monkeypatch, path: str) -> threading.Event:
    """The worker reading `path` waits until the test lets it go (a long document still opening)."""
    release = threading.Event()
    real = documents.load_for_reading

    def held(first, *args, **kwargs):
        if str(getattr(first, "path", first)) == path:
            release.wait(20)
        return real(first, *args, **kwargs)

    monkeypatch.setattr(documents, "load_for_reading", held)
    return release


def test_rows_gathered_while_a_document_opens_stay_selected(make_window, qtbot, tmp_path, monkeypatch):
    window, paths = _reports(make_window, qtbot, tmp_path)
    view = window.document_list
    order = _order(window)
    first, *others = [order.index(p) for p in paths[1:4]]
    release = _held(monkeypatch, paths[1])
    _click(qtbot, view, first)  # it opens (held: 'Opening …')
    for row in others:
        _click(qtbot, view, row, Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_paths()) == set(paths[1:4])
    release.set()
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == paths[1], timeout=20000)
    settle(window)
    assert set(view.selected_paths()) == set(paths[1:4])  # before: only the row that opened
    window.close()
