"""Session 62B, the library at scale: the document list says how many documents it holds (the title column's
header, 'Title · 10,000 documents'), and removing more than a few rows at once (Ctrl+A or Shift+End, then Delete)
asks first, Cancel the default; one to three rows go at once, as before (test_window_round62V)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from qtsupport import settle
from reader.storage.library import Entry
from reader.storage.search import Found, Hit
from reader.ui import library_search
from reader.ui.document_list import DocumentList
from reader.ui.document_model import COLUMN


def _header(document_list) -> str:
    return document_list.model().headerData(COLUMN["title"], Qt.Orientation.Horizontal)


def _listed(document_list) -> list[str]:
    return [e.path for e in document_list.entries()]


@pytest.mark.parametrize("count, says", [
    (0, "Title"),                        # an empty list says no count
    (2, "Title · 2 documents"),
    (5, "Title · 5 documents"),
    (12345, "Title · 12,345 documents"),  # grouped as the status bar groups characters
])
def test_the_list_header_counts_the_documents(qtbot, count, says):
    view = DocumentList()
    qtbot.addWidget(view)
    view.set_entries([Entry(path=f"/d/{i}.txt", title=f"文档{i}") for i in range(count)])
    assert _header(view) == says


@pytest.mark.parametrize("change, says", [
    (lambda v: v.add_entry(Entry(path="/d/new.txt", title="新文档")), "Title · 4 documents"),
    (lambda v: v.add_entries([Entry(path=f"/d/n{i}.txt", title="新") for i in range(3)]), "Title · 6 documents"),
    (lambda v: v.add_entry(Entry(path="/d/0.txt", title="改过的标题")), "Title · 3 documents"),  # a refresh
    (lambda v: v.remove_path("/d/1.txt"), "Title · 2 documents"),
    (lambda v: v.set_filter("監督"), "Title · 2 documents"),  # a filter counts the rows it shows (either script)
])
def test_the_count_follows_the_list(qtbot, change, says):
    view = DocumentList()
    qtbot.addWidget(view)
    view.set_entries([Entry(path=f"/d/{i}.txt", title=t) for i, t in enumerate(("监督通知", "监督意见", "财政报告"))])
    seen = []
    view.model().headerDataChanged.connect(lambda *_: seen.append(True))
    change(view)
    assert _header(view) == says
    assert seen or says == "Title · 3 documents"  # the header is told to repaint


def test_the_window_list_says_how_many_documents_there_are(make_window):
    window = make_window()
    document_list = window.document_list
    count = len(_listed(document_list))
    assert count >= 4
    assert _header(document_list) == f"Title · {count} documents"
    window.close()


def _remove_all(window, qtbot) -> QMessageBox | None:
    document_list = window.document_list
    document_list.setFocus()
    document_list.selectAll()
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)
    settle(window)
    return window.findChild(QMessageBox, "confirmRemoval")


@pytest.mark.parametrize("answer", ["cancel", "escape", "enter", "remove"])
def test_removing_many_rows_at_once_asks_first(make_window, qtbot, answer):
    window = make_window()
    document_list = window.document_list
    before = _listed(document_list)
    assert len(before) > 3
    box = _remove_all(window, qtbot)
    assert box is not None and box.isVisible()
    assert box.text() == f"Remove {len(before)} documents from the list?"
    assert _listed(document_list) == before  # nothing gone while the question is open
    if answer == "cancel":
        box.button(QMessageBox.StandardButton.Cancel).click()
    elif answer == "escape":
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    elif answer == "enter":  # Cancel is the default: Enter pressed on reflex keeps every row
        qtbot.keyClick(box, Qt.Key.Key_Return)
    else:
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    settle(window)
    if answer == "remove":
        assert _listed(document_list) == []
        assert _header(document_list) == "Title"
        assert window.loaded is None
    else:
        assert _listed(document_list) == before
        assert _header(document_list) == f"Title · {len(before)} documents"
    window.close()
    window = make_window()  # what was removed stays removed; what was kept is still there
    assert _listed(window.document_list) == ([] if answer == "remove" else before)
    window.close()


def test_a_few_rows_are_removed_without_a_question(make_window, qtbot):
    window = make_window()
    document_list = window.document_list
    before = _listed(document_list)
    document_list.setFocus()
    document_list.setCurrentRow(0)
    for row in (1, 2):
        rect = document_list.visualRect(document_list.model().index(row, 0))
        qtbot.mouseClick(document_list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         rect.center())
    assert len(document_list.selected_paths()) == 3
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)
    settle(window)
    assert window.findChild(QMessageBox, "confirmRemoval") is None
    assert _listed(document_list) == before[3:]
    assert _header(document_list) == f"Title · {len(before) - 3} documents"
    window.close()


# --- the library search's true count --------------------------------------------------------------------------------

def _hits(n: int) -> list[Hit]:
    return [Hit(i + 1, f"/lib/{i}.txt", f"关于监督的通知{i}", "simplified", 3, 2, "加强监督管理", "") for i in range(n)]


@pytest.mark.parametrize("total, exact, says, rows", [
    (79, True, "79 documents match; the best 50 are shown", 50),
    (12345, True, "12,345 documents match; the best 50 are shown", 50),
    (120, False, "About 120 documents match; the best 50 are shown", 50),  # a long phrase, candidates unread
    # left alone
    (50, True, "50 documents", 50),
    (1, True, "1 document", 1),
])
def test_a_search_says_how_many_documents_match_in_all(make_window, qtbot, monkeypatch, total, exact, says, rows):
    monkeypatch.setattr(library_search, "_search_file",
                        lambda _db, _q, limit: Found(_hits(min(total, limit)), total, exact))
    window = make_window()
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    field.setFocus()
    field.insert("监督")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status.text() not in ("", "Searching…"), timeout=10000)
    assert status.text() == says
    assert window.library_panel.search.model.rowCount() == rows
    window.close()


# --- removing many rows at once ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("removed", [
    list(range(0, 40, 2)),            # every other row, top down (Ctrl+A order)
    list(range(39, -1, -3)),          # bottom up
    [5, 6, 7, 8, 0, 39],              # a run, then the ends
])
def test_rows_stay_right_after_many_are_removed(qtbot, removed):
    view = DocumentList()
    qtbot.addWidget(view)
    view.set_entries([Entry(path=f"/d/{i}.txt", title=f"文档{i}") for i in range(40)])
    for i in removed:
        view.remove_path(f"/d/{i}.txt")
    view.add_entry(Entry(path="/d/new.txt", title="新文档"))
    view.add_entry(Entry(path="/d/10.txt", title="改过的标题"))  # a refresh finds its row
    kept = [f"/d/{i}.txt" for i in range(40) if i not in removed] + ["/d/new.txt"] + ["/d/10.txt"] * (10 in removed)
    assert [e.path for e in view.entries()] == kept
    for path in kept:
        view.select_path(path)
        assert view.current_path() == path
    assert next(e for e in view.entries() if e.path == "/d/10.txt").title == "改过的标题"


def test_removing_half_of_ten_thousand_rows_does_not_freeze_the_list(qtbot):
    import time

    view = DocumentList()
    qtbot.addWidget(view)
    view.set_entries([Entry(path=f"/d/{i}.txt", title=f"文档{i}") for i in range(10000)])
    start = time.thread_time()  # CPU time: under load the wall clock counts the time the test was not scheduled
    for i in range(0, 10000, 2):
        view.remove_path(f"/d/{i}.txt")
    assert time.thread_time() - start < 3.0  # each removal rebuilt the path index: 13 s
    assert len(view.entries()) == 5000 and _header(view) == "Title · 5,000 documents"
