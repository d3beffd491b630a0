"""A write still waiting for an import's lock when the window has gone ends quietly, with no error on the thread.

Closing gives pending writes one wait (CLOSE_WAIT_MS); a write the writer's thread is still making then lands after
the window's objects are deleted, and emitting its result raised 'Signal source has been deleted' on the thread.
"""

from __future__ import annotations

import sqlite3
import threading

import shiboken6

from reader.documents import load
from reader.storage.library import Library
from reader.ui import library_writes
from reader.ui.library_writes import LibraryWriter
from support import seed


def test_a_write_landing_after_the_window_went_ends_quietly(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(library_writes, "CLOSE_WAIT_MS", 100)  # the reader does not wait for the import's batch
    errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    path = tmp_path / "library.sqlite3"
    library = Library(path)
    writer = LibraryWriter()
    writer.attach(library)
    lock = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    lock.execute("BEGIN IMMEDIATE")  # an import's batch holding the write lock
    entry = load(str(seed("001"))).entry()
    started = threading.Event()
    writer.write(lambda written: (started.set(), written.add(entry)))
    assert started.wait(10)
    writer.flush(library)  # the window closes while the write waits for the lock
    thread = writer._thread
    shiboken6.delete(writer)  # and its objects go
    lock.execute("COMMIT")  # the batch ends: the write is made and its result has nowhere to go
    lock.close()
    thread.join(15)
    assert not thread.is_alive()
    assert errors == []
    library.close()
