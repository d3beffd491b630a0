"""What a reader saw under Xvfb (session 58), each on the real asynchronous window: counted messages worded for one
and for many, no verdict on an outline not yet read, and search results of the same title told apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QListView

from qtsupport import settle
from reader.text.model import CleaningCounts
from reader.ui.search_results import telling_apart

NO_HEADINGS = "No headings were found in this document."
PLAIN = "今天下午，我们沿着河岸走了很久，看见许多人在钓鱼，也有孩子在放风筝。"  # prose, no heading in it


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _add_files(window, qtbot, monkeypatch, files: list[Path]) -> str:
    """File › Add Files… with the dialog answered; the status message of the report."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **kw: ([str(f) for f in files], "")))
    window.actions_.add_files.trigger()
    _idle(window, qtbot)
    return window.status.currentMessage()


def _note(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


# -- counted messages ---------------------------------------------------------------------------------------------


def test_adding_one_document_and_then_two_is_worded_for_each(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    _idle(window, qtbot)
    files = []
    for i, title in enumerate(("关于湖泊治理情况的报告", "关于河道清淤工作的通知", "关于山林防火检查的意见")):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(_note(title, f"第{i}份材料。" + PLAIN), encoding="utf-8")
        files.append(path)
    message = _add_files(window, qtbot, monkeypatch, files[:1])
    assert "Added 1 document" in message and "Added 1 documents" not in message
    message = _add_files(window, qtbot, monkeypatch, files[1:])
    assert "Added 2 documents" in message


def test_one_unreadable_file_and_one_result_are_worded_for_one(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    _idle(window, qtbot)
    image = tmp_path / "image.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    doc = tmp_path / "lake.txt"
    doc.write_text(_note("关于湖泊鸬鹚调查的报告", PLAIN), encoding="utf-8")
    _add_files(window, qtbot, monkeypatch, [image, doc])
    note = window.info_bar.findChild(QLabel, "infoText").text()
    assert "1 file could not be added:" in note
    window.library_panel.index_soon()
    _idle(window, qtbot)
    field = window.findChild(QLineEdit, "librarySearch")
    field.setText("鸬鹚")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    status = window.findChild(QLabel, "librarySearchStatus")
    qtbot.waitUntil(lambda: status.text() not in ("", "Searching…"), timeout=10000)
    assert status.text() == "1 document"


@pytest.mark.parametrize("source, n, wanted", [
    ("%n files missing (Library › Locate… re-links one)", 1, "1 file missing (Library › Locate… re-links it)"),
    ("%n files missing (Library › Locate… re-links one)", 3, "3 files missing (Library › Locate… re-links one)"),
    ("%n new documents in watched folders", 1, "1 new document in watched folders"),
    ("%n moved documents found again", 0, "0 moved documents found again"),
    ("%n re-read", 1, "1 re-read"),  # the same words for one and for many: no entry needed
])
def test_counted_library_messages_agree_with_their_count(make_window, source, n, wanted):
    make_window()  # the app installs its translation (English here) as it starts
    assert QCoreApplication.translate("Library", source, None, n) == wanted


def test_the_status_bar_counts_one_character_item_and_byte_and_groups_thousands(make_window):
    window = make_window()
    window.status.set_document("utf-8", "s", "", 1, CleaningCounts(1, 0, 0), 1)
    assert window.status.chars.text() == "1 character"
    assert window.status.cleaned.text() == "Cleaned: 1 removed · 1 undecodable byte"
    window.status.set_document("utf-8", "s", "", 12345, CleaningCounts(2, 0, 0), 0)
    assert window.status.chars.text() == "12.3k characters"  # from ten thousand on, as the list counts (76E)
    assert window.status.cleaned.text() == "Cleaned: 2 removed"


# -- the outline while a document loads ------------------------------------------------------------------------


def test_no_verdict_on_headings_while_a_large_document_loads_then_the_verdict(make_window, qtbot, tmp_path):
    small = tmp_path / "small.txt"
    small.write_text(PLAIN + "\n", encoding="utf-8")
    large = tmp_path / "large.txt"
    large.write_text((PLAIN + "\n\n") * 40000, encoding="utf-8")  # about 3 MB of prose without headings
    window = make_window()
    window.open_path(str(small))
    settle(window)
    assert window.outline.empty_reason() == NO_HEADINGS  # a document on screen that truly has none
    window.open_path(str(large))
    reason = window.outline.empty_reason()
    assert reason != NO_HEADINGS and reason == "Reading the outline…"
    assert window.outline._empty.text() != NO_HEADINGS
    settle(window, timeout=120)
    assert window.loaded.path == str(large)
    assert window.outline.empty_reason() == NO_HEADINGS  # loaded, and truly none


def test_a_failed_open_gives_the_verdict_back_and_no_document_gives_none(make_window, qtbot, tmp_path):
    small = tmp_path / "small.txt"
    small.write_text(PLAIN + "\n", encoding="utf-8")
    window = make_window()
    window.open_path(str(small))
    settle(window)
    window.open_path(str(tmp_path / "gone.txt"))
    assert window.outline.empty_reason() == "Reading the outline…"
    settle(window)
    assert window.outline.empty_reason() == NO_HEADINGS  # the document on screen is still the small one
    window.documents.remove(str(small))  # Delete in the list: nothing of it stays on screen
    settle(window)
    assert window.reading.toPlainText() == "" and window.outline.empty_reason() == ""  # nothing to judge


def test_a_document_with_headings_keeps_its_tree_while_the_next_one_loads(make_window, tmp_path):
    with_headings = tmp_path / "h.txt"
    with_headings.write_text("关于工作的通知\n\n一、总体要求\n" + PLAIN + "\n\n二、主要任务\n" + PLAIN + "\n",
                             encoding="utf-8")
    window = make_window()
    window.open_path(str(with_headings))
    settle(window)
    rows = window.outline.tree.model().rowCount()
    assert rows > 0
    window.open_path(str(tmp_path / "gone.txt"))
    assert window.outline.empty_reason() == "" and window.outline.tree.model().rowCount() == rows
    settle(window)


# -- library search results of the same title ----------------------------------------------------------------------


def test_two_documents_of_the_same_title_in_two_folders_are_told_apart(make_window, qtbot, tmp_path, monkeypatch):
    title = "关于鸬鹚湖治理情况的报告"
    paths = []
    for folder, body in (("2023", "去年的数字。"), ("2024", "今年的数字。")):
        (tmp_path / folder / "报告").mkdir(parents=True)
        path = tmp_path / folder / "报告" / "湖.txt"
        path.write_text(_note(title, body + PLAIN), encoding="utf-8")
        paths.append(path)
    other = tmp_path / "2024" / "另一份.txt"
    other.write_text(_note("关于鸬鹚保护的意见", PLAIN), encoding="utf-8")
    window = make_window()
    _idle(window, qtbot)
    _add_files(window, qtbot, monkeypatch, [*paths, other])
    window.library_panel.index_soon()
    _idle(window, qtbot)
    field = window.findChild(QLineEdit, "librarySearch")
    results = window.findChild(QListView, "librarySearchResults")
    field.setText("鸬鹚")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: results.model().rowCount() == 3, timeout=10000)
    model = results.model()
    rows = {model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole): model.index(r, 0) for r in range(3)}
    first, second = (rows[str(p)] for p in paths)
    shown = first.data(Qt.ItemDataRole.DisplayRole), second.data(Qt.ItemDataRole.DisplayRole)
    assert shown[0].split("<br>")[0] != shown[1].split("<br>")[0]  # the heads differ, not just the snippets
    assert "2023" in shown[0].split("<br>")[0] and "2024" in shown[1].split("<br>")[0]
    assert "class='muted'" in shown[0]  # the folder muted beside the title
    assert rows[str(other)].data(Qt.ItemDataRole.UserRole + 2) == ""  # a title of its own: no folder


@pytest.mark.parametrize("paths, wanted", [
    (["/h/a/docs/x.txt", "/h/b/docs/x.txt"], ["a/docs", "b/docs"]),
    (["/h/a/x.txt", "/h/b/x.txt"], ["a", "b"]),
    (["/h/a/x.txt", "/h/a/x copy.txt"], ["a/x.txt", "a/x copy.txt"]),  # one folder: the names tell them apart
    (["/h/a/x.txt", "/h/b/x.txt", "/h/b/y.txt"], ["a", "b/x.txt", "b/y.txt"]),
])
def test_telling_apart_gives_the_shortest_folder_ending_that_differs(paths, wanted):
    assert telling_apart(paths) == wanted
