"""Searching the whole library from the window: either script, and a result opens its document at the hit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from qtsupport import search_library, settle
from support import corpus_path, seed


def test_a_search_finds_every_seed_mentioning_a_word_in_either_script_and_opens_at_the_hit(make_window, qtbot):
    window = make_window()
    results = search_library(qtbot, window, "監督")  # Traditional query; most seeds are Simplified (监督)
    wanted = seed("000").name  # the library lists the seeds where they are installed
    found = {Path(results.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1).path).name
             for r in range(results.model().rowCount())}
    assert wanted in found  # a Simplified seed with 监督
    row = next(r for r in range(results.model().rowCount())
               if Path(results.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1).path).name == wanted)
    hit = results.model().index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
    window.open_path(str(seed("001")))
    settle(window)
    results.activated.emit(results.model().index(row, 0))
    settle(window)
    qtbot.waitUntil(lambda: window.reading.textCursor().hasSelection(), timeout=10000)
    assert Path(window.loaded.path).name == wanted
    assert window.reading.textCursor().selectedText() in ("监督", "監督")
    assert abs(window.reading.top_offset() - hit.offset) < 2000  # the hit is near the top, in view


def test_opening_a_document_keeps_its_official_metadata_in_the_list(make_window, qtbot):
    """The window records what it opened; that record carries the 文号, 发文机关 and kind the importer found."""
    path = str(corpus_path("off06_state_council_1997_11.txt").resolve())
    window = make_window()
    library = window.documents.library
    window.open_path(path)
    settle(window)
    assert window.loaded.path == path
    qtbot.waitUntil(lambda: library.get(path) is not None and window.documents.writes.pending == 0, timeout=10000)
    entry = library.get(path)
    assert (entry.number, entry.authority, entry.kind) == ("国办发〔1997〕11号", "国务院办公厅", "通知")
