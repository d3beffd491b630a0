"""Session 67D, found by hand in the document list: after a sort by Number (文号) the list stayed scrolled where it
was, the row read gone elsewhere and the rows in view those without a 文号 (sorted last), their cells blank."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt

from qtsupport import drag_handle, settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library
from reader.ui.document_model import COLUMN, ENTRY_ROLE
from reader.ui.panels import USEFUL_WIDTH


def _library(tmp_path, count: int = 60) -> list[str]:
    """`count` notices; the second half has a 文号, the last one the lowest (国发〔2019〕1号)."""
    paths = []
    for i in range(count):
        path = tmp_path / f"{i:02d}.txt"
        number = f"国发〔2019〕{count - i}号\n\n" if i >= count // 2 else ""
        path.write_text(f"国务院关于第{i}项工作的通知\n\n{number}一、总体要求\n正文第{i}段。\n", encoding="utf-8")
        paths.append(str(path))
    library = Library(Paths.default().library_file)
    importer.import_paths(library, paths)
    importer.index_pending(library)
    library.close()
    return paths


def _wide_list(window, sort: str = "", descending: bool = False) -> None:
    """A documents panel wide enough for the Number column, chosen in the header's menu."""
    sizes = window.splitter.sizes()
    window.splitter.setSizes([720, sum(sizes) - 720 - sizes[2], sizes[2]])
    settle(window)
    window.document_list.restore_view(sort, descending, ["date", "number"])
    settle(window)
    assert not window.document_list.isColumnHidden(COLUMN["number"])


def _open_row(window, qtbot, path: str) -> None:
    """The reader scrolls to the row and clicks it."""
    document_list = window.document_list
    row = next(r for r in range(document_list.count()) if document_list.item(r).data(ENTRY_ROLE).path == path)
    document_list.scrollTo(document_list.item(row).index)
    rect = document_list.visualItemRect(document_list.item(row))
    qtbot.mouseClick(document_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == path, timeout=20000)
    settle(window)


def _click_header(window, qtbot, key: str) -> None:
    header = window.document_list.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN[key]) + header.sectionSize(COLUMN[key]) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    settle(window)


def _in_sight(document_list) -> bool:
    return document_list.viewport().rect().contains(document_list.visualRect(document_list.currentIndex()))


@pytest.mark.parametrize("clicks, top", [(1, True), (2, False)])
def test_a_sort_by_number_shows_the_list_from_its_top_with_the_row_read_in_sight(make_window, qtbot, tmp_path,
                                                                                   clicks, top):
    paths = _library(tmp_path)
    window = make_window(size=(1500, 800))
    _wide_list(window)
    document_list = window.document_list
    _open_row(window, qtbot, paths[-1])  # the last row, the list scrolled to its end
    assert document_list.verticalScrollBar().value() > 0
    for _ in range(clicks):  # ascending: 1号 first; descending: the last of the numbered rows, mid-list
        _click_header(window, qtbot, "number")
    assert document_list.horizontalHeader().sortIndicatorSection() == COLUMN["number"]
    assert document_list.current_path() == paths[-1]
    assert _in_sight(document_list)
    if top:
        assert document_list.currentIndex().row() == 0 and document_list.verticalScrollBar().value() == 0


# --- the sort while its column is out of sight --------------------------------------------------------------------

def _title_header(document_list) -> str:
    return document_list.model().headerData(COLUMN["title"], Qt.Orientation.Horizontal)


@pytest.mark.parametrize("descending, arrow", [(False, "↑"), (True, "↓")])
def test_a_narrow_list_says_how_it_is_sorted(make_window, qtbot, tmp_path, descending, arrow):
    # a sort by Number kept from a wide list: in the default narrow list only titles show, the arrow with its column
    _library(tmp_path, 8)
    window = make_window(size=(1300, 800))
    document_list = window.document_list
    document_list.restore_view("number", descending, ["date", "number"])
    settle(window)
    assert document_list.isColumnHidden(COLUMN["number"])
    said = _title_header(document_list)
    assert said.endswith(f"Number {arrow}") and "documents" in said, said
    _wide_list(window, "number", descending)  # its column in sight: the arrow says it, the title's header as before
    assert document_list.horizontalHeader().sortIndicatorSection() == COLUMN["number"]
    assert "Number" not in _title_header(document_list)
    for key in ("title", ""):  # by title (its own arrow) or in catalogue order: nothing more is said
        document_list.sort_by(key)
        assert "↑" not in _title_header(document_list) and "↓" not in _title_header(document_list)



# --- a side panel dragged narrow ----------------------------------------------------------------------------------



@pytest.mark.parametrize("handle, dx, panel", [
    (2, 120, 2),    # the keyword panel's own edge dragged towards the window's: 220 -> 100 pixels
    (1, 1000, 2),   # the documents panel's edge dragged across the text into the keyword panel (79 pixels, 66Z)
    (1, -180, 0),   # the documents panel dragged narrow: 280 -> 100 pixels, its titles cut to a few characters
])
def test_a_panel_dragged_narrow_keeps_a_useful_width(make_window, qtbot, handle, dx, panel):
    Paths.default().ensure().settings_file.write_text(json.dumps({"keywords": ["监督"]}), encoding="utf-8")
    window = make_window(size=(1300, 800))
    splitter = window.splitter
    drag_handle(splitter, handle, dx)
    settle(window)
    assert splitter.sizes()[panel] >= USEFUL_WIDTH, splitter.sizes()
    drag_handle(splitter, panel if panel else 1, 600 if panel else -600)  # dragged on, past half its width: it folds
    settle(window)
    assert splitter.sizes()[panel] == 0 and not window.panels.is_shown(panel)
