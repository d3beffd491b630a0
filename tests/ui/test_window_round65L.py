"""Session 65L: the library's upkeep. A document opened from the window is catalogued with its file's size and
time (taken before the read), so opening it again unchanged reads nothing more, while a change on disk since is
still noticed and read again; a dropped folder whose first document the reader removes from the list while it is
being added shows the next of its documents, not the removed one; a removal can be undone (Edit › Undo Removal,
the status bar's Undo); a keyword removed and added again in a later session comes back in its colour."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from library_steps import NOTICE, REPORT, watch_refreshes
from library_steps import open_shown as _open
from library_steps import two_documents as _two
from qtsupport import open_text, settle

@pytest.fixture
def refreshes(monkeypatch):
    return watch_refreshes(monkeypatch)


CASES = [  # (what the reader does after opening b once, whether b is read again)
    ("reopened unchanged", False),
    ("changed on disk, then reopened", True),
]


@pytest.mark.parametrize("case,read_again", CASES)
def test_a_document_opened_from_the_window_is_read_again_only_when_changed(make_window, qtbot, tmp_path, refreshes,
                                                                           case, read_again):
    window, a, b = _two(make_window, qtbot, tmp_path)
    _open(window, qtbot, b)
    info = os.stat(b)
    assert window.documents.library.catalogued_stat(str(b)) == (info.st_size, info.st_mtime)  # before: (-1, -1)
    assert str(b) not in refreshes  # before: every new document was read a second time right after it opened
    _open(window, qtbot, a)
    if read_again:
        b.write_text(REPORT + "二、下一步工作\n继续治理。\n", encoding="utf-8")
        os.utime(b, (info.st_atime + 5, info.st_mtime + 5))
    _open(window, qtbot, b)
    assert refreshes.count(str(b)) == (1 if read_again else 0)
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=20000)
    settle(window)
    now = os.stat(b)
    assert window.documents.library.catalogued_stat(str(b)) == (now.st_size, now.st_mtime)


def test_the_catalogued_size_is_the_files(make_window, qtbot, tmp_path, refreshes):
    window, a, b = _two(make_window, qtbot, tmp_path)
    _open(window, qtbot, b)
    entry = window.documents.library.get(str(b))
    assert entry is not None and entry.size == b.stat().st_size  # before: 0 until the refresh read it again


# --- a dropped folder's first document removed from the list while the folder is being added -----------------------

LAW = "中华人民共和国测试法\n\n第一条 为了测试，制定本法。\n"


def _folder(tmp_path) -> Path:
    folder = tmp_path / "资料"
    (folder / "older").mkdir(parents=True)
    (folder / "b-report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "a-notice.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "older" / "0-law.txt").write_text(LAW, encoding="utf-8")
    return folder


def _drop(window, *paths) -> None:
    """What a file manager's drag hands the window: file:// URLs, dropped on it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dragEnterEvent(QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, data,
                                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    window.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


def _shown(qtbot, window, path) -> None:
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=30000)
    settle(window)


def _one(make_window, qtbot, tmp_path):
    start = tmp_path / "start.txt"
    start.write_text("关于开始的报告\n\n正文。\n", encoding="utf-8")
    window = make_window([str(start)])
    _shown(qtbot, window, start)
    return window, start


def test_a_dropped_folders_first_document_removed_meanwhile_is_not_opened(make_window, qtbot, tmp_path):
    window, start = _one(make_window, qtbot, tmp_path)
    folder = _folder(tmp_path)
    _drop(window, folder)
    _shown(qtbot, window, folder / "a-notice.txt")
    window.open_path(str(start))
    _shown(qtbot, window, start)
    opened: list[str] = []
    window.documents.document_loaded.connect(lambda loaded, _p: opened.append(loaded.path))
    _drop(window, folder)  # already in the library: its first document is shown once the import reports
    assert window.library_panel.importer.busy
    window.document_list.select_path(str(folder / "a-notice.txt"))
    window.actions_.remove_document.trigger()  # the reader removes it before the import ends
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy and bool(opened), timeout=60000)
    settle(window)
    assert str(folder / "a-notice.txt") not in opened  # before: the removed document was opened
    assert window.loaded.path == str(folder / "b-report.txt")  # the next of the folder's documents in its order


# --- undoing a removal ------------------------------------------------------------------------------------------------

def _listed(window) -> set[str]:
    return {e.path for e in window.document_list.entries()}


def _remove(window, path: Path) -> None:
    window.document_list.select_path(str(path))
    window.actions_.remove_document.trigger()
    settle(window)


UNDO_CASES = ["the action", "the status bar's button"]


@pytest.mark.parametrize("how", UNDO_CASES)
def test_undo_brings_back_a_removed_row_with_its_place_and_keywords(make_window, qtbot, tmp_path, how):
    window, a, b = _two(make_window, qtbot, tmp_path)
    _open(window, qtbot, b)
    _open(window, qtbot, a)
    library = window.documents.library
    library.set_position(str(b), 7)
    library.set_keywords(str(b), ["治理"])
    before = library.get(str(b))
    undo = window.actions_.undo_removal
    assert not undo.isEnabled()  # nothing removed yet
    _remove(window, b)
    assert str(b) not in _listed(window) and library.get(str(b)) is None  # removed, and written
    button = window.library_panel.undo_removal.button
    assert undo.isEnabled() and button.isVisible()  # before: no undo at all
    undo.trigger() if how == "the action" else button.click()
    settle(window)
    assert str(b) in _listed(window)
    after = library.get(str(b))
    assert after is not None and (after.position, after.keywords, after.title) == (7, before.keywords, before.title)
    assert not undo.isEnabled() and not button.isVisible()  # one undo per removal
    assert after.added == before.added  # its place in the list by date added
    assert "is back in the list" in window.status.currentMessage()
    assert b.read_text(encoding="utf-8") == REPORT  # the file untouched


def test_undo_before_the_removal_is_written_keeps_the_row(make_window, qtbot, tmp_path):
    window, a, b = _two(make_window, qtbot, tmp_path)
    _open(window, qtbot, b)
    _open(window, qtbot, a)
    window.document_list.select_path(str(b))
    window.actions_.remove_document.trigger()
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    window.actions_.undo_removal.trigger()  # the removal may still be waiting for its turn
    settle(window)
    assert str(b) in _listed(window) and window.documents.library.get(str(b)) is not None


def test_a_new_removal_replaces_the_undo(make_window, qtbot, tmp_path):
    window, a, b = _two(make_window, qtbot, tmp_path)
    _open(window, qtbot, b)
    _open(window, qtbot, a)
    _remove(window, b)
    _remove(window, a)  # the open one: closed, the file stays
    window.actions_.undo_removal.trigger()
    settle(window)
    assert str(a) in _listed(window) and str(b) not in _listed(window)  # only the last removal comes back


# --- a removed keyword's colour, across sessions -----------------------------------------------------------------

KEYWORD_TEXT = "关于人大监督工作的报告\n\n国家机关依法接受人大监督，改革发展取得进展。國家、監督、人民。\n"


def _keyword_window(make_window, qtbot, tmp_path):
    return open_text(make_window, qtbot, tmp_path, KEYWORD_TEXT, "report.txt")


KEYWORD_CASES = [  # (added again after the restart, a keyword added before it, its colour)
    ("监督", None, 2),  # its own colour (yellow), not the first free one (人大's)
    ("監督", None, 2),  # in its other script too
]


@pytest.mark.parametrize("again,first,slot", KEYWORD_CASES)
def test_a_removed_keyword_added_again_in_a_later_session_keeps_its_colour(make_window, qtbot, tmp_path, again,
                                                                          first, slot):
    from reader.ui.highlight import keyword_colour

    window = _keyword_window(make_window, qtbot, tmp_path)
    panel = window.keyword_panel
    for word in ("人大", "國家", "监督"):
        panel.add_keyword(word)
    assert panel.colour_for("监督").name() == keyword_colour(slot).name()
    panel.remove_keyword("监督")
    panel.remove_keyword("人大")
    settle(window)
    window.close()  # the session is saved
    second = _keyword_window(make_window, qtbot, tmp_path)
    if first:
        second.keyword_panel.add_keyword(first)
        assert second.keyword_panel.colour_for(first).name() == keyword_colour(0).name()  # the first free one
    second.keyword_panel.add_keyword(again)
    assert second.keyword_panel.colour_for(again).name() == keyword_colour(slot).name()  # before: the first free


def test_a_removed_keywords_colour_taken_meanwhile_gives_a_free_one(make_window, qtbot, tmp_path):
    from reader.ui.highlight import keyword_colour

    window = _keyword_window(make_window, qtbot, tmp_path)
    panel = window.keyword_panel
    for word in ("人大", "國家", "监督"):
        panel.add_keyword(word)
    panel.remove_keyword("监督")
    settle(window)
    window.close()
    second = _keyword_window(make_window, qtbot, tmp_path)
    second.keyword_panel.add_keyword("改革")  # 监督's yellow is the first free colour: taken
    second.keyword_panel.add_keyword("监督")
    colours = {w: second.keyword_panel.colour_for(w).name() for w in second.keyword_panel.keywords()}
    assert colours["改革"] == keyword_colour(2).name() and len(set(colours.values())) == 4
