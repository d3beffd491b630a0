"""The window keeps the library: adding through the import process, missing files and Locate…, changed files,
watched folders, and what it says at start-up about a damaged or read-only catalogue."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar, QPushButton

from qtsupport import settle
from reader.paths import Paths
from reader.storage import folders, importer
from reader.storage.library import Library
from reader.storage.search import search
from reader.ui.library_jobs import LibraryImport
from support import freeze

NOTICE = "国务院关于加强监督管理的通知\n\n国发〔2019〕3号\n\n一、总体要求\n加强监督管理，推进依法行政。\n"
REPORT = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"


def _library() -> Library:
    return Library(Paths.default().library_file)


def _entries(window) -> dict:
    return {e.path: e for e in window.document_list.entries()}


def _idle(window, qtbot, timeout: int = 60000) -> None:
    """Wait for the import process (the start-up check included), then for the window."""
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=timeout)
    settle(window)


def _checked(window, qtbot) -> None:
    """Run a check now (as the start-up check or a watched folder's change does) and wait for it."""
    window.actions_.check_library.trigger()
    _idle(window, qtbot)


def test_add_folder_imports_in_the_background_with_duplicates_and_unreadable_files_reported(
        make_window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "文件"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "a-gbk.txt").write_bytes(NOTICE.encode("gb18030"))  # the same document in another encoding
    (folder / "sub" / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    window = make_window()
    _idle(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(folder)))
    window.actions_.open_folder.trigger()
    progress = window.status.findChild(QProgressBar, "libraryProgress")
    assert progress.isVisible()  # shown while the process works; the window is not blocked meanwhile
    settle(window)
    assert not progress.isVisible()
    listed = _entries(window)
    notice_paths = {str(folder / "a.txt"), str(folder / "a-gbk.txt")} & set(listed)
    assert len(notice_paths) == 1  # one entry for the two encodings
    assert str(folder / "sub" / "report.txt") in listed
    assert str(folder / "image.txt") not in listed
    message = window.status.currentMessage()
    assert "Added 2 documents" in message and "1 already in the library" in message and "1 could not be read" in message
    note = window.info_bar.findChild(QLabel, "infoText").text()
    assert window.info_bar.isVisible() and "image.txt: " in note  # one note naming the file and why
    lib = _library()
    (entry,) = [lib.get(p) for p in notice_paths]
    assert sorted(p for p, _ in lib.locations(entry.doc_id)) == [str(folder / "a-gbk.txt"), str(folder / "a.txt")]
    assert [h.title for h in search(lib.connection, "湖泊治理")] == ["关于湖泊治理情况的报告"]  # indexed too
    assert folders.watched(lib.connection) == [str(folder)]


def test_a_web_pages_row_shows_its_articles_count_once_indexed_not_its_markups(make_window, qtbot, tmp_path,
                                                                                 monkeypatch):
    # the light pass reads a file's head: of a saved page, mostly scripts and menus (a NetEase page listed 9.0万字
    # for 3,471 characters of article, and kept saying so after the full pass had read it)
    script = "<script>var gallery = {" + "'p': 'http://img.example.com/a.jpg', " * 400 + "};</script>"
    menu = "".join(f'<li><a href="/n/{i}.html">网易新闻频道{i}</a></li>' for i in range(200))
    page = (f'<html><head><meta charset="utf-8"><title>任正非有哪四把榔头_网易财经</title>{script}</head><body>'
            f'<ul class="nav">{menu}</ul><h1>任正非有哪四把榔头</h1>'
            + "<p>6月18日，笔者参加了京东618的手机战况发布会，华为旗下的荣耀手机力压小米夺得销量冠军。</p>" * 5
            + "</body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    window = make_window()
    _idle(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(tmp_path / "page.html")], "")))
    window.actions_.add_files.trigger()
    _idle(window, qtbot)
    listed = _entries(window)[str(tmp_path / "page.html")]
    assert listed.chars == _library().get(str(tmp_path / "page.html")).chars < 400 < len(page)


def test_cancel_in_the_status_bar_stops_the_import_and_keeps_what_was_added(make_window, qtbot, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1200):
        (folder / f"{i:04d}.txt").write_text(f"第{i}号文件\n\n正文{i}：依法行政。\n", encoding="utf-8")
    window = make_window()
    _idle(window, qtbot)
    upkeep = window.library_panel.upkeep
    upkeep.importer.progress.connect(lambda *_: upkeep.cancel_button.click())
    window.library_panel.upkeep.add_paths([str(folder)])
    settle(window, timeout=60)
    added = [p for p in _entries(window) if p.startswith(str(folder))]
    assert 0 < len(added) < 1200
    assert "stopped before the end" in window.status.currentMessage()
    assert len([e for e in _library().entries() if e.path.startswith(str(folder))]) == len(added)


def _missing_setup(tmp_path):
    doc = tmp_path / "notice.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = _library()
    importer.import_paths(lib, [str(doc)])
    importer.index_pending(lib)
    lib.set_position(str(doc), 12)
    lib.close()
    moved = tmp_path / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    doc.rename(moved)
    return doc, moved


def test_the_start_up_check_marks_a_missing_file_and_locate_relinks_it(make_window, qtbot, tmp_path, monkeypatch):
    doc, moved = _missing_setup(tmp_path)
    shown = tmp_path / "report.txt"
    shown.write_text(REPORT, encoding="utf-8")
    from reader.ui import window_library

    monkeypatch.setattr(window_library, "INDEX_DELAY_MS", 5000)  # a loaded machine takes a while to show the window
    window = make_window([str(shown)])
    assert not _entries(window)[str(doc)].missing  # the window was shown before the check ...
    qtbot.waitUntil(lambda: _entries(window)[str(doc)].missing, timeout=60000)  # ... which ran in the background
    _idle(window, qtbot)
    assert "missing" in window.status.currentMessage()
    window.open_path(str(doc))
    settle(window)
    box = window.findChild(QMessageBox, "missingDocument")
    assert box is not None and box.isVisible() and str(doc) in box.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(moved), "")))
    box.findChild(QPushButton, "locateButton").click()
    settle(window)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(moved), timeout=10000)
    listed = _entries(window)
    assert str(doc) not in listed and not listed[str(moved)].missing
    lib = _library()
    assert lib.get(str(moved)).position == 12 and lib.get(str(doc)) is None


def test_locate_refuses_a_file_with_other_text(make_window, qtbot, tmp_path, monkeypatch):
    doc, moved = _missing_setup(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(REPORT, encoding="utf-8")
    window = make_window()
    _checked(window, qtbot)
    assert _entries(window)[str(doc)].missing
    window.document_list.select_path(str(doc))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(other), "")))
    window.actions_.locate_document.trigger()
    settle(window)
    assert "other.txt was not linked" in window.info_bar.findChild(QLabel, "infoText").text()
    assert _entries(window)[str(doc)].missing and str(other) not in _entries(window)
    assert _library().get(str(doc)).missing


def test_a_file_changed_on_disk_is_read_again_when_opened(make_window, qtbot, tmp_path):
    doc = tmp_path / "notice.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = _library()
    importer.import_paths(lib, [str(doc)])
    importer.index_pending(lib)
    lib.close()
    shown = tmp_path / "shown.txt"
    shown.write_text(REPORT.replace("湖泊", "河道"), encoding="utf-8")
    window = make_window([str(shown)])
    _idle(window, qtbot)
    doc.write_text("关于湖泊治理的补充通知\n\n湖泊治理继续推进。\n", encoding="utf-8")
    os.utime(doc, (time.time() + 5, time.time() + 5))
    window.open_path(str(doc))
    settle(window)
    _idle(window, qtbot)
    assert "湖泊治理继续推进" in window.reading.toPlainText()
    assert _entries(window)[str(doc)].title == "关于湖泊治理的补充通知"
    lib = _library()
    assert [h.path for h in search(lib.connection, "湖泊治理")] == [str(doc)]
    assert str(doc) not in [h.path for h in search(lib.connection, "国发〔2019〕3号 依法行政")]


def test_a_watched_folder_adds_new_files_and_finds_moved_ones_again(make_window, qtbot, tmp_path):
    folder = tmp_path / "watched"
    (folder / "sub").mkdir(parents=True)
    (folder / "notice.txt").write_text(NOTICE, encoding="utf-8")
    window = make_window()
    _idle(window, qtbot)
    window.library_panel.upkeep.add_paths([str(folder)])
    settle(window)
    assert str(folder) in window.library_panel.upkeep.watcher.directories()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")  # the watcher sees it: no action needed
    qtbot.waitUntil(lambda: str(folder / "report.txt") in _entries(window), timeout=30000)
    _idle(window, qtbot)
    (folder / "notice.txt").rename(folder / "sub" / "moved.txt")
    qtbot.waitUntil(lambda: str(folder / "sub" / "moved.txt") in _entries(window), timeout=30000)
    _idle(window, qtbot)
    assert str(folder / "notice.txt") not in _entries(window)
    assert not _entries(window)[str(folder / "sub" / "moved.txt")].missing


def test_at_start_up_a_watched_folder_is_rescanned(make_window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "watched"
    folder.mkdir()
    (folder / "notice.txt").write_text(NOTICE, encoding="utf-8")
    lib = _library()
    importer.import_paths(lib, [str(folder)])
    lib.close()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")  # while the reader was closed
    (folder / "notice.txt").rename(folder / "notice-2019.txt")
    at_check: list[tuple[bool, set]] = []  # the window when a check is asked for: shown?, what it lists
    check = LibraryImport.check

    def noted_check(self: LibraryImport) -> None:
        window = self.parent().parent()  # the import belongs to the window's library panel
        at_check.append((window.isVisible(), set(_entries(window))))
        check(self)

    monkeypatch.setattr(LibraryImport, "check", noted_check)
    window = make_window()
    qtbot.waitUntil(lambda: str(folder / "report.txt") in _entries(window), timeout=60000)
    shown, listed = at_check[0]  # the rescan ran in the background, once the window showed the catalogue as it was
    assert shown and str(folder / "notice.txt") in listed and str(folder / "report.txt") not in listed
    _idle(window, qtbot)
    listed = _entries(window)
    assert str(folder / "notice-2019.txt") in listed and str(folder / "notice.txt") not in listed


def test_stop_watching_leaves_the_documents_and_adds_nothing_more(make_window, qtbot, tmp_path):
    folder = tmp_path / "watched"
    folder.mkdir()
    (folder / "notice.txt").write_text(NOTICE, encoding="utf-8")
    window = make_window()
    _idle(window, qtbot)
    window.library_panel.upkeep.add_paths([str(folder)])
    settle(window)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "stopWatchingMenu")
    window.library_panel.upkeep.fill_stop_menu(menu)
    (choice,) = [a for a in menu.actions() if a.text() == str(folder)]
    choice.trigger()
    assert window.library_panel.upkeep.watcher.directories() == []
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    _checked(window, qtbot)
    assert str(folder / "report.txt") not in _entries(window)
    assert str(folder / "notice.txt") in _entries(window)
    assert folders.watched(_library().connection) == []


def test_a_damaged_catalogue_is_reported_in_the_window(make_window, qtbot):
    db = Paths.default().library_file
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    window = make_window()
    settle(window)
    note = window.info_bar.findChild(QLabel, "infoText").text()
    assert window.info_bar.isVisible() and "damaged" in note and "moved to" in note
    assert list(db.parent.glob("library.sqlite3.damaged-*"))




@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_catalogue_that_cannot_be_written_gives_a_read_only_session_said_at_start_up(make_window, qtbot):
    lib = _library()
    lib.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    db = Paths.default().library_file
    freeze(db, True)
    try:
        window = make_window()
        settle(window)
        note = window.info_bar.findChild(QLabel, "infoText").text()
        assert window.info_bar.isVisible() and "cannot be written" in note and "not be saved" in note
        assert window.documents.library.read_only
        _idle(window, qtbot)
        window.close()
    finally:
        freeze(db, False)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_read_only_home_is_said_at_start_up(make_window, qtbot):
    home = Paths.default().library_file.parent.parent
    for sub in ("config", "data", "cache"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    freeze(home / "data", True)
    try:
        window = make_window()
        settle(window)
        note = window.info_bar.findChild(QLabel, "infoText").text()
        assert window.info_bar.isVisible() and str(home / "data") in note and "this session" in note
        _idle(window, qtbot)
        window.close()
    finally:
        freeze(home / "data", False)
