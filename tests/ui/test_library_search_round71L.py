"""Found by hand after session 71 (71L): typing a word in the library search and pressing Down at once, before the
results came, did nothing (Enter typed as fast opened the first result); with the results of the words before still
shown, Down went into those and the new ones then left no row current. Down now goes into the results of the words
typed, once they come: onto the first, which opens at its hit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library

GRAIN = "秋粮丰收在望\n" + "各地抢抓农时，组织农民开展备耕，春耕生产有序推进。\n" * 80 + "今年全省落实粮食播种面积。\n"
OTHER = "人大工作要点\n" + "市人大常委会依法开展监督工作，推动人大工作高质量发展。\n" * 20


def test_down_typed_before_the_results_came_opens_the_first_of_them(make_window, qtbot, tmp_path):
    grain, other = tmp_path / "grain.txt", tmp_path / "other.txt"
    grain.write_text(GRAIN, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(other), str(grain)])
    importer.index_pending(lib)
    lib.close()
    window = make_window([str(other)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    field = window.findChild(QLineEdit, "librarySearch")
    search = window.library_panel.search
    field.setFocus()
    field.insert("人大")  # results of the words before, still shown while the next are searched
    qtbot.waitUntil(lambda: search.model.rowCount() == 1 and search.model.hits[0].path == str(other), timeout=20000)
    field.clear()
    field.insert("粮食")
    qtbot.keyClick(field, Qt.Key.Key_Down)  # at once: the search for 粮食 has not even started
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(grain)
                    and window.reading.textCursor().selectedText() == "粮食", timeout=20000)
    settle(window)
    assert search.results.currentIndex().row() == 0  # the row marked is the document shown
    assert search.results.hasFocus() or not window.isActiveWindow()  # the arrows go on through the results
    assert window.reading.textCursor().selectedText() == "粮食"
    window.close()
