"""Session 62Y on the real window: removing many rows at once never holds the event loop for the whole removal. The
rows go from the list at once; the library forgets them a slice per event-loop turn (library_removals.SLICE paths
each, a row copy per document, no text tokenised again on the GUI thread) and the index entries of the documents
that went are deleted on a worker; the library search shows none of them meanwhile; a window closed mid-way loses
nothing, and what it left in the index is deleted at the next start."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle
from reader.storage import index, removal
from reader.storage.library import Library, LibraryBusy
from reader.storage.search import Found, Hit
from reader.ui import library_removals, library_search


def _listed(window) -> list[str]:
    return [e.path for e in window.document_list.entries()]


def _recording(monkeypatch) -> tuple[list[int], list[str]]:
    """The size of every slice the library forgot, and the threads index entries are deleted on."""
    slices: list[int] = []
    threads: list[str] = []
    real_remove, real_tokens = Library.remove_paths, index.tokens

    def remove_paths(self, paths):
        gone = real_remove(self, paths)  # a slice that found the lock held (the import process) is retried whole
        slices.append(len(paths))
        return gone

    def tokens(text):
        threads.append(threading.current_thread().name)
        return real_tokens(text)

    monkeypatch.setattr(Library, "remove_paths", remove_paths)
    monkeypatch.setattr(index, "tokens", tokens)
    return slices, threads


def _count(window, table: str) -> int:
    db = sqlite3.connect(str(window.paths.library_file))
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def _indexed(window, qtbot) -> list[str]:
    """The listed paths, once the import process has indexed every one (their texts are kept to be unindexed)."""
    listed = _listed(window)
    qtbot.waitUntil(lambda: _count(window, "texts") >= len(listed), timeout=60000)
    settle(window)
    return listed


def _left_in_index(window) -> int:
    db = sqlite3.connect(str(window.paths.library_file))
    try:
        return db.execute("SELECT count(*) FROM unindexing").fetchone()[0]
    finally:
        db.close()


@pytest.mark.parametrize("slice_size", [1, 2, 3])
def test_many_rows_are_forgotten_a_slice_per_turn_and_unindexed_off_the_gui_thread(make_window, monkeypatch, qtbot,
                                                                                    slice_size):
    monkeypatch.setattr(library_removals, "SLICE", slice_size)
    window = make_window()
    before = _indexed(window, qtbot)
    assert len(before) >= 4
    slices, threads = _recording(monkeypatch)
    window.documents.remove_all(before, "", "")
    assert _listed(window) == []  # the rows go at once
    assert slices == []  # and nothing is written in the turn of the Delete key
    settle(window)
    assert sum(slices) == len(before) and max(slices) <= slice_size
    assert len(slices) == -(-len(before) // slice_size)  # one write per slice, each in its own turn
    assert threads and threading.main_thread().name not in threads  # tokens made again only on the worker
    assert _left_in_index(window) == 0
    assert window.documents.removals.hidden == set()
    window.close()
    window = make_window()  # the removed stay removed
    assert _listed(window) == []
    window.close()


@pytest.mark.parametrize("closed_after", [0, 1])
def test_closing_mid_way_loses_nothing_and_the_rest_is_unindexed_at_the_next_start(make_window, monkeypatch, qtbot,
                                                                                   closed_after):
    monkeypatch.setattr(library_removals, "SLICE", 1)
    monkeypatch.setattr(library_removals, "START_SWEEP_MS", 0)
    monkeypatch.setattr(library_removals, "finish_unindexing_at", lambda *_a, **_k: 0)  # deletes nothing here
    window = make_window()
    before = _indexed(window, qtbot)
    window.documents.remove_all(before[:3], "", "")
    for _ in range(closed_after):
        window.documents.removals._step()
    window.close()
    assert _count(window, "unindexing") == 3  # what the closed window left in the index
    monkeypatch.setattr(library_removals, "finish_unindexing_at", removal.finish_unindexing_at)  # the next start's
    window = make_window()
    assert _listed(window) == before[3:]  # every removal written by the close
    qtbot.waitUntil(lambda: _left_in_index(window) == 0, timeout=20000)  # deleted at this start, on the worker
    assert window.documents.removals.sweeps >= 1
    window.close()


def test_the_search_never_shows_a_removed_document_while_its_removal_is_written(make_window, monkeypatch, qtbot):
    monkeypatch.setattr(library_removals, "SLICE", 1)
    window = make_window()
    before = _listed(window)
    hits = [Hit(i + 1, path, f"关于监督的通知{i}", "simplified", 3, 2, "加强监督管理", "") for i, path in enumerate(before)]
    monkeypatch.setattr(library_search, "_search_file", lambda _db, _q, limit: Found(hits[:limit], len(hits), True))
    held = [True]  # an import holds the library's write lock: the removal waits in the writer
    real = Library.remove_paths

    def remove_paths(self, paths):
        if held[0]:
            raise LibraryBusy("the library is busy")
        return real(self, paths)

    monkeypatch.setattr(Library, "remove_paths", remove_paths)
    window.documents.remove_all(before[:2], "", "")
    assert window.documents.removals.hidden == set(before[:2])
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    field.setFocus()
    field.insert("监督")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status.text() not in ("", "Searching…"), timeout=10000)
    shown = [h.path for h in window.library_panel.search.model.hits]
    assert shown == before[2:]
    assert status.text() == f"{len(before) - 2} documents"
    assert window.documents.removals.hidden == set(before[:2])  # still not written
    held[0] = False  # the lock is free: the writer's retry writes them
    settle(window)
    assert window.documents.removals.hidden == set()
    assert _count(window, "locations") == len(before) - 2
    window.close()


def test_a_path_listed_again_before_its_removal_is_written_stays(make_window, monkeypatch, qtbot):
    monkeypatch.setattr(library_removals, "SLICE", 1)
    window = make_window()
    before = _listed(window)
    held = [True]
    real = Library.remove_paths

    def remove_paths(self, paths):
        if held[0]:
            raise LibraryBusy("the library is busy")
        return real(self, paths)

    monkeypatch.setattr(Library, "remove_paths", remove_paths)
    window.documents.remove_all(before[:3], "", "")
    window.documents.open_path(before[2])  # opened again (from the file dialog, the command line) meanwhile
    qtbot.waitUntil(lambda: before[2] not in window.documents.removals.hidden, timeout=15000)  # its add is queued
    held[0] = False
    settle(window)
    assert sorted(_listed(window)) == sorted(before[2:])
    window.close()
    window = make_window()
    assert sorted(_listed(window)) == sorted(before[2:])
    window.close()
