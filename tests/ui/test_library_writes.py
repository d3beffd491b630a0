"""The window's library writes never wait for another process's write lock: they are kept and retried."""

from __future__ import annotations

import pytest

from library_steps import Lock
from qtsupport import late_jobs
from reader.documents import load
from reader.storage.library import Library, LibraryBusy
from reader.ui.library_writes import LibraryWriter
from reader.ui.window_documents import DocumentController
from support import seed


def _position(path, doc_path: str) -> int:
    library = Library(path)
    try:
        return library.get(doc_path).position
    finally:
        library.close()


def test_a_write_waits_only_as_long_as_it_is_told_then_says_busy(tmp_path):
    path = tmp_path / "library.sqlite3"
    library = Library(path)
    library.add(load(str(seed("000"))).entry())
    library.set_wait(20)
    lock = Lock(path)
    with pytest.raises(LibraryBusy):
        library.set_position(str(seed("000")), 5)
    lock.release()
    library.set_position(str(seed("000")), 5)
    assert library.get(str(seed("000"))).position == 5


def test_the_reading_position_is_kept_while_the_library_is_locked_and_written_once_free(qtbot, tmp_path):
    path = tmp_path / "library.sqlite3"
    docs = DocumentController(late_jobs(), path)
    with qtbot.waitSignal(docs.document_loaded, timeout=30_000):
        docs.open_path(str(seed("000")))
    qtbot.waitUntil(lambda: docs.writes.pending == 0, timeout=10000)  # its row, written on the writer's thread
    lock = Lock(path)
    docs.save_position(40)
    docs.save_position(80)  # replaces the one still waiting
    assert docs.writes.pending == 0  # written on a thread of their own (session 66S): the window never waits
    assert not docs.positions.flush(0.6)  # that thread finds the lock still held
    lock.release()
    assert docs.positions.flush(5.0)
    assert _position(path, str(seed("000"))) == 80


def test_writes_keep_their_order_and_closing_gives_them_one_longer_wait(qtbot, tmp_path):
    path = tmp_path / "library.sqlite3"
    library = Library(path)
    writer = LibraryWriter()
    writer.attach(library)  # written on the writer's own thread and connection
    done: list[str] = []
    lock = Lock(path)
    entry = load(str(seed("001"))).entry()
    writer.write(lambda written: (written.add(entry), done.append("add")))
    writer.write(lambda written: (written.set_position(entry.path, 7), done.append("position")),
                 key=("position", entry.path))
    assert done == [] and writer.pending == 2
    import threading

    threading.Timer(0.3, lock.release).start()  # the importer's batch ends while the window closes
    writer.flush(library)
    assert done == ["add", "position"] and writer.pending == 0
    assert library.get(entry.path).position == 7
