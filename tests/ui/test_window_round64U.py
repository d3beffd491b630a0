"""Session 64U: a document the reader removed from the list never comes back in this session, whatever was on its way
when it went (the catalogue write of its opening still waiting for the lock an import held, an import's listing of
it); folders dropped on the window are added to the library as Library › Add Folder… adds them, their first
document shown, with the same report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from qtsupport import settle
from reader.storage.library import Library, LibraryBusy

NOTICE = "国务院关于加强监督管理的通知\n\n一、总体要求\n加强监督管理，推进依法行政。\n"
REPORT = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"


def _listed(window) -> set[str]:
    return {e.path for e in window.document_list.entries()}


def _three(make_window, qtbot, tmp_path):
    paths = [tmp_path / f"{n}.txt" for n in ("a", "b", "c")]
    for n, path in zip("abc", paths):
        path.write_text(f"关于{n}的报告\n\n正文{n}。\n", encoding="utf-8")
    window = make_window([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.document_list.entries()) >= 3, timeout=20000)
    settle(window)
    return window


@pytest.fixture
def held_lock(monkeypatch):
    """The import process holds the write lock: the window's catalogue writes of an opening wait (and are retried)
    until the test lets it go."""
    held = {"on": False}
    original = Library.add_entries

    def add_entries(self, entries, *args, **kwargs):
        if held["on"]:
            raise LibraryBusy("database is locked")
        return original(self, entries, *args, **kwargs)

    monkeypatch.setattr(Library, "add_entries", add_entries)
    return held


# --- (a) a removed document stays removed ---------------------------------------------------------------------------

def test_the_open_document_removed_while_its_catalogue_write_waits_stays_removed(make_window, qtbot, tmp_path,
                                                                                  held_lock):
    window = _three(make_window, qtbot, tmp_path)
    order = [e.path for e in window.document_list.entries()]
    target = next(p for p in order if p != window.loaded.path)
    held_lock["on"] = True
    window.open_path(target)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == target, timeout=20000)
    assert window.documents.writes.pending  # its row's write waits for the lock
    window.document_list.select_path(target)
    window.actions_.remove_document.trigger()
    assert target not in _listed(window)
    held_lock["on"] = False  # the import's batch ends: the waiting write, then the removal, are written
    qtbot.waitUntil(lambda: not window.documents.writes.pending and not window.documents.removals.busy,
                    timeout=20000)
    settle(window)
    assert target not in _listed(window)  # before: the row came back with the opening's write
    assert window.documents.library.get(target) is None
    assert window.loaded is not None and window.loaded.path != target


def test_a_document_opened_again_after_its_removal_is_listed_again(make_window, qtbot, tmp_path, held_lock):
    window = _three(make_window, qtbot, tmp_path)
    order = [e.path for e in window.document_list.entries()]
    target = next(p for p in order if p != window.loaded.path)
    window.document_list.select_path(target)
    window.actions_.remove_document.trigger()
    settle(window)
    assert target not in _listed(window)
    window.open_path(target)  # the reader opens it again (Open…): it is listed again, as before
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == target, timeout=20000)
    settle(window)
    assert target in _listed(window) and window.documents.library.get(target) is not None


def _remove_when_listed(window, monkeypatch, target: str) -> list:
    """The reader removes `target` while an import request that will list it is under way: just before its listing
    arrives (the process read and wrote it before the removal could be written)."""
    from reader.ui.library_jobs import LibraryImport
    original = LibraryImport._deliver
    seen: list = []

    def deliver(self, message):
        if message[0] == "listed" and any(e.path == target for e in message[1]) and not seen:
            seen.append(self.current)
            window.document_list.select_path(target)
            window.actions_.remove_document.trigger()
        original(self, message)

    monkeypatch.setattr(LibraryImport, "_deliver", deliver)
    return seen


@pytest.mark.parametrize("removal_waits", [
    True,    # before: the removal, written only after the request's last report, left the row listed for good
    False,   # the removal written at once: the request's own last report takes the row away again (as before)
])
def test_a_refresh_under_way_when_its_document_is_removed_does_not_bring_it_back(make_window, qtbot, tmp_path,
                                                                                monkeypatch, removal_waits):
    held = {"on": False}
    original = Library.remove_paths

    def remove_paths(self, paths):
        if held["on"]:
            raise LibraryBusy("database is locked")
        return original(self, paths)

    monkeypatch.setattr(Library, "remove_paths", remove_paths)
    window = _three(make_window, qtbot, tmp_path)
    target = next(e.path for e in window.document_list.entries() if e.path != window.loaded.path
                  and e.path.startswith(str(tmp_path)))
    importer = window.library_panel.importer
    qtbot.wait(2000)  # the start-up check and the index pass (which reads every file whole) are done first
    qtbot.waitUntil(lambda: not importer.busy, timeout=30000)
    Path(target).write_text("关于变更的报告\n\n正文已改。\n", encoding="utf-8")  # changed since it was catalogued
    seen = _remove_when_listed(window, monkeypatch, target)
    held["on"] = removal_waits
    importer.refresh(target)  # as the upkeep asks after an open
    qtbot.waitUntil(lambda: bool(seen) and not importer.busy, timeout=30000)
    held["on"] = False  # the lock is free at last: the removal is written
    settle(window)
    assert seen == ["refresh"]
    assert target not in _listed(window)  # before: listed again by the refresh's late report
    assert window.documents.library.get(target) is None  # and the catalogue forgot it too


def test_a_folder_added_again_after_a_removal_lists_it_again(make_window, qtbot, tmp_path):
    window = _three(make_window, qtbot, tmp_path)
    target = next(e.path for e in window.document_list.entries() if e.path != window.loaded.path
                  and e.path.startswith(str(tmp_path)))
    window.document_list.select_path(target)
    window.actions_.remove_document.trigger()
    settle(window)
    assert target not in _listed(window)
    window.library_panel.upkeep.add_paths([target])  # Add Files… with it again: a request after the removal
    qtbot.waitUntil(lambda: target in _listed(window), timeout=30000)
    settle(window)
    assert window.library_panel.upkeep.removed_rows.dropped == 0


# --- (b) folders dropped on the window ---------------------------------------------------------------------------

LAW = "中华人民共和国测试法\n\n第一条 为了测试，制定本法。\n"


def _folder(tmp_path, name: str = "资料") -> Path:
    folder = tmp_path / name
    (folder / "older").mkdir(parents=True)
    (folder / "b-report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "a-notice.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "older" / "0-law.txt").write_text(LAW, encoding="utf-8")
    return folder


def _drop(window, *paths) -> None:
    """What a file manager's drag hands the window: file:// URLs, dropped on it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()  # the window takes the drag (a folder's URL is a local file's)
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)  # QApplication only delivers drops during a real drag-and-drop session


def _shown(qtbot, window, path) -> None:
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=30000)
    settle(window)


def _one(make_window, qtbot, tmp_path):
    start = tmp_path / "start.txt"
    start.write_text("关于开始的报告\n\n正文。\n", encoding="utf-8")
    window = make_window([str(start)])
    _shown(qtbot, window, start)
    return window, start


def test_a_dropped_folder_is_added_and_its_first_document_shown(make_window, qtbot, tmp_path):
    window, _start = _one(make_window, qtbot, tmp_path)
    folder = _folder(tmp_path)
    _drop(window, folder)  # before: silently ignored (only files were kept)
    _shown(qtbot, window, folder / "a-notice.txt")  # its own first file, before its subfolder's
    want = {str(folder / "a-notice.txt"), str(folder / "b-report.txt"), str(folder / "older" / "0-law.txt")}
    qtbot.waitUntil(lambda: want <= _listed(window), timeout=30000)
    assert str(folder) in window.library_panel.upkeep.watcher.directories()  # watched, as Add Folder… does
    qtbot.waitUntil(lambda: "Added 3 documents" in window.status.currentMessage(), timeout=10000)  # its report


def test_a_folder_dropped_again_shows_its_first_document_with_the_report(make_window, qtbot, tmp_path):
    window, start = _one(make_window, qtbot, tmp_path)
    folder = _folder(tmp_path)
    _drop(window, folder)
    _shown(qtbot, window, folder / "a-notice.txt")
    window.open_path(str(start))
    _shown(qtbot, window, start)
    _drop(window, folder)
    _shown(qtbot, window, folder / "a-notice.txt")
    qtbot.waitUntil(lambda: "already in the library" in window.status.currentMessage(), timeout=10000)


def test_a_folder_dropped_with_a_file_is_added_and_the_file_shown(make_window, qtbot, tmp_path):
    window, _start = _one(make_window, qtbot, tmp_path)
    folder = _folder(tmp_path)
    loose = tmp_path / "loose.txt"
    loose.write_text("关于单独文件的报告\n\n正文。\n", encoding="utf-8")
    _drop(window, folder, loose)
    _shown(qtbot, window, loose)  # the file dropped is the one shown, as before
    want = {str(folder / "a-notice.txt"), str(folder / "b-report.txt"), str(loose)}
    qtbot.waitUntil(lambda: want <= _listed(window), timeout=30000)
    settle(window)
    assert window.loaded.path == str(loose)  # the folder's listing does not take its place


def test_an_empty_folder_dropped_leaves_the_document_shown(make_window, qtbot, tmp_path):
    window, start = _one(make_window, qtbot, tmp_path)
    empty = tmp_path / "空"
    empty.mkdir()
    _drop(window, empty)
    qtbot.waitUntil(lambda: "Added 0 documents" in window.status.currentMessage(), timeout=30000)
    settle(window)
    assert window.loaded is not None and window.loaded.path == str(start)


def test_dropped_files_are_opened_as_before(make_window, qtbot, tmp_path):
    window, _start = _one(make_window, qtbot, tmp_path)
    first, second = tmp_path / "x.txt", tmp_path / "y.txt"
    first.write_text(NOTICE, encoding="utf-8")
    second.write_text(REPORT, encoding="utf-8")
    _drop(window, first, second)
    _shown(qtbot, window, second)  # the last one shown, both listed
    assert {str(first), str(second)} <= _listed(window)
