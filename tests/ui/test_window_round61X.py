"""A hostile machine (round 61X): a library write that fails for good (a full disk) is said in the window once,
not only logged, and the reader keeps reading; a busy library (another instance's lock) is still not an error."""

from __future__ import annotations

import sqlite3
import threading
import time

from PySide6.QtWidgets import QLabel

from qtsupport import settle
from reader.storage.library import Library, LibraryError
from reader.ui.library_writes import LibraryWriter

DOC = "关于第{0}次会议的通知\n\n一、会议时间\n本次会议定于下周召开，请各单位准时参加。{1}\n"


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _fill_the_disk(window, qtbot) -> None:
    """The window's writer's connection may grow the file no more: sqlite answers SQLITE_FULL as on a full disk."""
    def fill(library) -> None:
        db = library.connection
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")

    window.documents.writes.write(fill)
    qtbot.waitUntil(lambda: window.documents.writes.pending == 0, timeout=10000)


def _note(window) -> str:
    return window.info_bar.findChild(QLabel, "infoText").text() if window.info_bar.isVisible() else ""


def test_documents_added_on_a_full_disk_are_listed_and_the_reader_told_once(make_window, qtbot, tmp_path):
    window = make_window()
    _idle(window, qtbot)
    _fill_the_disk(window, qtbot)
    files = []
    for i in range(40):  # long names: more than the free room left in the file's last pages
        path = tmp_path / f"{'关于召开年度工作会议的通知' * 5}{i:02d}.txt"
        path.write_text(DOC.format(i, "内容。" * (i + 1)), encoding="utf-8")
        files.append(path)
    window.documents.open_files(files)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(files[-1].resolve()), timeout=30000)
    settle(window)
    listed = {e.path for e in window.document_list.entries()}
    assert {str(f.resolve()) for f in files} <= listed  # listed for the session all the same
    note = _note(window)
    assert "could not save a change" in note and "full" in note
    assert note.count("could not save a change") == 1  # one notice, not one per write


def test_a_busy_library_is_not_told_and_a_success_rearms_the_notice(qtbot, tmp_path):
    writer = LibraryWriter()
    writer.attach(Library(tmp_path / "library.sqlite3"))
    told: list[str] = []
    writer.failed.connect(told.append)

    def fail(_library) -> None:
        raise LibraryError("cannot write the library: database or disk is full")

    writer.write(fail)
    writer.write(fail)
    qtbot.waitUntil(lambda: writer.pending == 0, timeout=5000)
    assert told == ["cannot write the library: database or disk is full"]
    writer.write(lambda _library: None)  # the disk has room again
    writer.write(fail)
    qtbot.waitUntil(lambda: writer.pending == 0, timeout=5000)
    assert len(told) == 2
    lock = sqlite3.connect(tmp_path / "library.sqlite3", isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    writer.write(Library.mark_seeded)  # another instance's lock: kept and retried, not a failure
    qtbot.wait(300)
    assert writer.pending == 1 and len(told) == 2
    lock.execute("COMMIT")
    qtbot.waitUntil(lambda: writer.pending == 0, timeout=15000)
    assert len(told) == 2
    writer.flush()
    lock.close()


def test_a_script_whose_tables_are_not_built_is_chosen_without_waiting_for_them(make_window, qtbot, monkeypatch):
    """Its cache folder removed (or a first choice of it), a conversion takes seconds to build: the window shows
    the header as written meanwhile and converts it once the tables are built on a worker."""
    import reader.text.convert as convert

    window = make_window()
    _idle(window, qtbot)
    built = convert.Converter.__init__
    built_on: list[str] = []

    def slow(self, *args, **kwargs) -> None:
        built_on.append(threading.current_thread().name)
        time.sleep(1.5)
        built(self, *args, **kwargs)

    monkeypatch.setattr(convert.Converter, "__init__", slow)
    monkeypatch.setattr(convert, "_built", {})  # none built: the slow build runs, and what it builds goes with the test
    headers: list[tuple[str, str]] = []
    show_header = window.reading.set_header
    monkeypatch.setattr(window.reading, "set_header", lambda header: (headers.append(header), show_header(header)))
    title = window.loaded.document.title
    window.set_script("s2hk")
    main = threading.main_thread().name
    assert main not in built_on  # the GUI thread did not build the tables: the event loop is not held while they are
    qtbot.waitUntil(lambda: bool(built_on), timeout=10000)
    assert main not in built_on  # built on a worker
    expected = convert.get_converter("s2hk", window.paths.cache_dir).convert(title)
    qtbot.waitUntil(lambda: bool(headers) and headers[-1][0] == expected, timeout=30000)
