"""Session 65Q: Edit › Undo Removal used hard. A row brought back keeps its file's size and time as catalogued, so
opening it again unchanged reads nothing more (undo used to catalogue it as never read); an undo made while the
removed document's neighbour is still being opened in its place says the rows are back once that neighbour is shown,
where the removal's own word, said after the neighbour came, stood over the undo (the row back, the bar saying
it was removed)."""

from __future__ import annotations

import os
import sqlite3
import threading

import pytest
from library_steps import two_documents, watch_refreshes
from library_steps import open_shown as _open
from qtsupport import settle
from reader import documents as documents_module
from reader.ui.library_jobs import LibraryImport

@pytest.fixture
def refreshes(monkeypatch):
    return watch_refreshes(monkeypatch)


def _two(make_window, qtbot, tmp_path):
    """Both documents read once: the report, then the notice shown again."""
    window, a, b = two_documents(make_window, qtbot, tmp_path)
    _open(window, qtbot, b)
    _open(window, qtbot, a)
    return window, a, b


def _listed(window) -> set[str]:
    return {e.path for e in window.document_list.entries()}


WRITTEN_CASES = ["removal written, then undone", "undone before the removal is written"]


@pytest.mark.parametrize("case", WRITTEN_CASES)
def test_a_row_brought_back_keeps_its_files_size_and_time(make_window, qtbot, tmp_path, refreshes, case):
    window, a, b = _two(make_window, qtbot, tmp_path)
    library = window.documents.library
    info = os.stat(b)
    assert library.catalogued_stat(str(b)) == (info.st_size, info.st_mtime)
    window.document_list.select_path(str(b))
    window.actions_.remove_document.trigger()
    if case.startswith("removal written"):
        settle(window)
        assert library.get(str(b)) is None  # written
    window.library_panel.undo_removal.undo()
    settle(window)
    assert str(b) in _listed(window)
    assert library.catalogued_stat(str(b)) == (info.st_size, info.st_mtime)  # before: (-1, -1), as never read
    _open(window, qtbot, b)
    assert str(b) not in refreshes  # before: read a second time right after it opened


@pytest.mark.parametrize("case", WRITTEN_CASES)
def test_a_row_whose_file_is_gone_comes_back_missing(make_window, qtbot, tmp_path, case):
    window, a, b = _two(make_window, qtbot, tmp_path)
    library = window.documents.library
    b.unlink()
    library.mark_missing(str(b))  # as the window marks it when it cannot be opened
    window.document_list.select_path(str(b))
    window.actions_.remove_document.trigger()
    if case.startswith("removal written"):
        settle(window)
        assert library.get(str(b)) is None
    window.library_panel.undo_removal.undo()
    settle(window)
    back = library.get(str(b))
    assert back is not None and back.missing  # before: back as if its file were there
    assert [e.missing for e in window.document_list.entries() if e.path == str(b)] == [True]


@pytest.fixture
def held_loads(monkeypatch):
    """Loads for reading wait until the test lets them go (a neighbour still on its way)."""
    gate = threading.Event()
    gate.set()
    original = documents_module.load_for_reading

    def load(*args, **kwargs):
        gate.wait(20)
        return original(*args, **kwargs)

    monkeypatch.setattr(documents_module, "load_for_reading", load)
    return gate


def test_undo_while_the_neighbour_opens_says_the_row_is_back(make_window, qtbot, tmp_path, held_loads):
    window, a, b = _two(make_window, qtbot, tmp_path)
    held_loads.clear()
    window.document_list.select_path(str(a))  # the open one: its neighbour in the list is opened in its place
    window.actions_.remove_document.trigger()
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    assert window.documents.is_opening and str(a) not in _listed(window)
    window.actions_.undo_removal.trigger()  # b still on its way
    held_loads.set()
    qtbot.waitUntil(lambda: not window.documents.is_opening, timeout=20000)
    settle(window)
    assert window.loaded is not None and window.loaded.path != str(a)  # the neighbour shown
    settle(window)
    assert str(a) in _listed(window) and window.documents.library.get(str(a)) is not None
    assert "is back in the list" in window.status.currentMessage()  # before: "… was removed from the list"


def test_undo_with_nothing_opening_says_so_at_once(make_window, qtbot, tmp_path):
    window, a, b = _two(make_window, qtbot, tmp_path)
    window.document_list.select_path(str(b))  # not the open one: nothing is opened in its place
    window.actions_.remove_document.trigger()
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    window.actions_.undo_removal.trigger()
    assert "is back in the list" in window.status.currentMessage()
    settle(window)
    assert str(b) in _listed(window) and window.loaded.path == str(a)


def test_undo_while_an_import_lists_the_row_keeps_it(make_window, qtbot, tmp_path, monkeypatch):
    """An import under way when the row went lists it late (read before the removal); the reader undid the removal
    meanwhile, while the catalogue was locked (the import's batch), so the undo waits for its write."""
    window, a, b = _two(make_window, qtbot, tmp_path)
    library = window.documents.library
    entry = library.get(str(b))
    monkeypatch.setattr(LibraryImport, "busy", property(lambda self: True))
    window.document_list.select_path(str(b))
    window.actions_.remove_document.trigger()
    qtbot.waitUntil(lambda: library.get(str(b)) is None and not window.documents.removals.hidden, timeout=10000)
    lock = sqlite3.connect(str(library.path), isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # the import's batch holds the catalogue
    try:
        window.library_panel.undo_removal.undo()
        window.library_panel.importer.entries_listed.emit([entry])  # its late listing of b
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    monkeypatch.undo()
    qtbot.waitUntil(lambda: not window.documents.writes.pending, timeout=10000)  # the undo's write, retried
    settle(window)
    assert [e.path for e in window.document_list.entries()].count(str(b)) == 1  # listed once
    assert library.get(str(b)) is not None  # before: the listing dropped and b removed again after the undo
