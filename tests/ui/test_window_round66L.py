"""Found by hand (session 66W): in the library search's results the arrow keys did not open the document they
stopped on, as they do in the document list, and PageDown marked a result other than the document shown. The row the
keys stop on now opens, at its hit, once the reader stops (as in the document list): the row marked and the document
shown agree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library
from qtsupport import settle

WORD = "示范条款"
COUNT = 14


def _library_of(tmp_path) -> list[str]:
    """Documents that all have WORD, at different depths, in the library before the window starts."""
    paths = []
    for i in range(COUNT):
        path = tmp_path / f"d{i:02d}.txt"
        body = "".join(f"第{k}条　国家保障公民的各项权利。\n" for k in range(i + 1))
        path.write_text(f"第{i}号关于试行的通知\n\n{body}本{WORD}自公布之日起施行。\n", encoding="utf-8")
        paths.append(str(path))
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, paths)
    importer.index_pending(lib)
    lib.close()
    return paths


def _results(make_window, qtbot, tmp_path):
    paths = _library_of(tmp_path)
    window = make_window([paths[0]])
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    field.setFocus()
    field.insert(WORD)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    search = window.library_panel.search
    qtbot.waitUntil(lambda: search.model.rowCount() == COUNT and status.text() != "Searching…", timeout=10000)
    settle(window)
    return window, search


def _agree(window, search, qtbot) -> None:
    """The document shown is the result marked, with its hit selected; the only row selected is the current one."""
    view = search.results
    hit = view.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == hit.path
                    and window.reading.textCursor().selectedText() == WORD, timeout=10000)
    settle(window)
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [view.currentIndex().row()]
    assert window.reading.textCursor().selectedText() == WORD
    assert QApplication.focusWidget() is view  # the reader goes on through the results


def test_arrow_keys_in_the_results_open_the_result_they_stop_on_at_its_hit(make_window, qtbot, tmp_path):
    window, search = _results(make_window, qtbot, tmp_path)
    view = search.results
    qtbot.keyClick(search.field, Qt.Key.Key_Down)  # into the results: the first one
    assert view.currentIndex().row() == 0
    _agree(window, search, qtbot)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 3
    _agree(window, search, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    _agree(window, search, qtbot)
    assert view.currentIndex().row() == 2
    window.close()


def test_page_down_in_the_results_shows_the_result_it_marks(make_window, qtbot, tmp_path):
    window, search = _results(make_window, qtbot, tmp_path)
    view = search.results
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    _agree(window, search, qtbot)
    before = view.currentIndex().row()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.currentIndex().row() > before
    _agree(window, search, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == COUNT - 1
    _agree(window, search, qtbot)
    window.close()
