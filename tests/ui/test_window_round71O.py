"""Session 71O on the real window: rows brought back by Undo Removal after the seeds' duplicate import take their
catalogue places (copies of the seeds added from the command line, then the window's first start: the list read
1, 2, 6, 7, 3, 4, 5 after Undo, the catalogue 1-7)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from qtsupport import settle
from reader.cli import main as cli
from reader.paths import seeds_dir


def test_rows_brought_back_after_the_seeds_duplicate_import_take_their_catalogue_places(make_window, qtbot, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for seed in sorted(seeds_dir().glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    for n, title in enumerate(("水利", "交通")):
        (folder / f"z{n}.txt").write_text(f"关于{title}工作的通知\n\n一、总体要求\n做好{title}工作。\n", encoding="utf-8")
    assert cli(["library", "add", str(folder)]) == 0
    window = make_window()
    importer = window.library_panel.importer
    qtbot.waitUntil(lambda: not importer.busy, timeout=30000)  # the start-up check and the seeds' indexing are over
    settle(window)
    listed = window.document_list
    catalogue = [e.path for e in window.documents.library.entries()]
    assert [e.path for e in listed.entries()] == catalogue and len(catalogue) == 7
    for path in catalogue[:2]:  # some documents opened
        window.open_path(path)
        settle(window)
    model, selection = listed.model(), listed.selectionModel()
    selection.clearSelection()
    for row in range(2, 6):  # rows 3-6, then Delete and Remove
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    listed.setFocus()
    qtbot.waitUntil(listed.hasFocus)
    qtbot.keyClick(listed, Qt.Key.Key_Delete)
    settle(window)
    box = window.findChild(QMessageBox, "confirmRemoval")
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    settle(window)
    assert [e.path for e in listed.entries()] == catalogue[:2] + catalogue[6:]
    window.actions_.undo_removal.trigger()
    settle(window)
    qtbot.waitUntil(lambda: not window.documents.writes.pending, timeout=10000)  # the undo is written
    settle(window)
    assert [e.path for e in listed.entries()] == [e.path for e in window.documents.library.entries()]  # as a restart
    assert [e.path for e in listed.entries()] == catalogue  # each row named and placed as before the removal
    window.close()
