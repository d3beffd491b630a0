"""Session 72I on the real window: removing a row removes its document from the library, every location it is
listed under. The bundled seeds' copies added from the command line, then the window's first start (the seeds
imported: each a second location of its copy's document), one row per document; Delete, then a restart (a second
window on the same home, whose start-up pass rescans the added folder) listed the document again under the seed's
path. Adding the folder again lists it again; Undo Removal brings back both locations and the reading place."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from qtsupport import click_document, click_heading, settle, until_library_idle
from reader.cli import main as cli
from reader.paths import seeds_dir


def _seeds_copied(make_window, qtbot, tmp_path):
    """The seeds' copies added by the command line, then the first start: (window, folder, seed copies' paths)."""
    folder = tmp_path / "副本"
    folder.mkdir()
    for seed in sorted(seeds_dir().glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    assert cli(["library", "add", str(folder)]) == 0
    window = make_window()
    until_library_idle(qtbot, window)
    listed = [e.path for e in window.document_list.entries()]
    assert listed == [str(p) for p in sorted(folder.glob("*.txt"))]  # one row per document, the copies' paths
    return window, folder, listed


def _delete_row(window, qtbot, path: str) -> None:
    """The row picked (its document shown), then Delete in the list (three rows or fewer go without a question)."""
    loaded = window.documents.loaded
    if loaded is None or window.documents.listed_path(loaded.path) != path:  # a copy read elsewhere marks its row
        click_document(qtbot, window, path)
    listed = window.document_list
    listed.setFocus()
    qtbot.waitUntil(listed.hasFocus)
    qtbot.keyClick(listed, Qt.Key.Key_Delete)
    settle(window)
    assert path not in {e.path for e in listed.entries()}


def _restarted(window, make_window, qtbot):
    window.close()
    again = make_window()  # a second window on the same home: the next start
    until_library_idle(qtbot, again)
    return again


def test_a_removed_row_stays_gone_after_a_restart_until_its_folder_is_added_again(make_window, qtbot, tmp_path,
                                                                                  monkeypatch):
    window, folder, listed = _seeds_copied(make_window, qtbot, tmp_path)
    gone = listed[1]
    doc_id = window.documents.library.listed(gone).doc_id
    seed = [path for path, _missing in window.documents.library.locations(doc_id) if path != gone]
    assert len(seed) == 1 and not seed[0].startswith(str(folder))  # the bundled seed, the same text
    _delete_row(window, qtbot, gone)
    window = _restarted(window, make_window, qtbot)
    shown = [e.path for e in window.document_list.entries()]
    assert shown == [path for path in listed if path != gone]  # before: back, under the seed's path, at the end
    assert window.documents.library.listed(seed[0]) is None
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(folder)))
    window.actions_.open_folder.trigger()  # the reader adds the folder again: the document is listed again
    qtbot.waitUntil(lambda: gone in {e.path for e in window.document_list.entries()}, timeout=30000)
    settle(window)
    assert window.documents.library.listed(seed[0]) is None  # the seed was not added again
    assert Path(gone).exists() and Path(seed[0]).exists()  # the files never touched
    window.close()


def test_undo_removal_brings_back_every_location_and_the_reading_place(make_window, qtbot, tmp_path):
    window, _folder, listed = _seeds_copied(make_window, qtbot, tmp_path)
    gone = listed[1]
    library = window.documents.library
    doc_id = library.listed(gone).doc_id
    locations = library.locations(doc_id)
    stats = {path: library.catalogued_stat(path) for path, _missing in locations}
    click_document(qtbot, window, gone)
    click_heading(qtbot, window, 2)  # read on to its third section
    place = window.reading.place(end=True)
    assert place > 0
    _delete_row(window, qtbot, gone)
    assert library.locations(doc_id) == []  # before: the seed's location stayed
    window.actions_.undo_removal.trigger()
    settle(window)
    assert [e.path for e in window.document_list.entries()] == listed
    assert library.locations(doc_id) == locations  # both, the row's path first
    assert {path: library.catalogued_stat(path) for path, _missing in locations} == stats  # not read again
    window = _restarted(window, make_window, qtbot)
    assert [e.path for e in window.document_list.entries()] == listed
    assert window.documents.library.listed(gone).position == place
    window.close()


def test_removing_the_row_of_a_copy_being_read_closes_it_as_the_row_itself(make_window, qtbot, tmp_path):
    window, folder, listed = _seeds_copied(make_window, qtbot, tmp_path)
    elsewhere = tmp_path / "别处"
    elsewhere.mkdir()
    copy = elsewhere / "副本.txt"
    copy.write_bytes(Path(listed[1]).read_bytes())
    with qtbot.waitSignal(window.document_shown, timeout=10000):
        window.open_path(str(copy))  # File › Open on a copy: read from there, its listed row marked
    settle(window)
    assert window.documents.loaded.path == str(copy)
    assert window.documents.listed_path(str(copy)) == listed[1]
    _delete_row(window, qtbot, listed[1])
    assert window.documents.loaded is None or window.documents.loaded.path not in (str(copy), listed[1])
    assert window.documents.library.get(str(copy)) is None  # before: the copy went on being read, listed next start
    window.actions_.undo_removal.trigger()
    settle(window)
    assert [e.path for e in window.document_list.entries()] == listed
    assert window.documents.library.get(str(copy)) is not None
    window.close()
