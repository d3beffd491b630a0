"""Found from the CI run of session 72's stop: Undo Removal's row came back at the end of the list once under load.
The catalogue was read again (for a change made elsewhere) while the undo's restore was being written: the reading,
made before the write landed and taken in before the write's end was, found the document gone and unlisted it; the
write's end then listed it again, at the end."""

from __future__ import annotations

import threading
import time

from qtsupport import click_document, settle, until_library_idle
from reader.storage import removal


def test_a_catalogue_reading_made_while_an_undo_is_written_does_not_unlist_the_row(make_window, qtbot, monkeypatch):
    window = make_window()  # the first start: the seeds imported
    until_library_idle(qtbot, window)
    catalogue = window.library_panel.catalogue
    listed = [e.path for e in window.document_list.entries()]
    gone = listed[1]
    qtbot.waitUntil(lambda: gone in (catalogue._read or {}) and not catalogue._reading, timeout=20000)  # as read
    click_document(qtbot, window, gone)
    window.document_list.setFocus()
    monkeypatch.setattr(catalogue, "_soon", lambda *args: None)  # Undo pressed before the removal's write was seen
    window.actions_.remove_document.trigger()
    settle(window)
    assert window.documents.library.listed(gone) is None  # the removal written
    monkeypatch.undo()
    writing, restore = threading.Event(), removal.restore

    def slow_restore(*args, **kwargs):
        writing.set()
        time.sleep(1.5)  # a library busy under load: the reading below is made before the rows are written
        return restore(*args, **kwargs)

    monkeypatch.setattr(removal, "restore", slow_restore)
    window.actions_.undo_removal.trigger()
    qtbot.waitUntil(writing.is_set, timeout=10000)
    catalogue._timer.stop()
    catalogue._read_now()  # the catalogue's change seen (the removal's write, or one made elsewhere meanwhile)
    qtbot.waitUntil(lambda: window.documents.writes.pending == 0, timeout=20000)
    settle(window)
    qtbot.wait(1000)
    qtbot.waitUntil(lambda: not catalogue._reading, timeout=20000)
    settle(window)
    assert [e.path for e in window.document_list.entries()] == listed  # before: the row last, after the others
    assert window.documents.library.listed(gone) is not None
    window.close()


def test_an_idle_window_does_not_read_the_catalogue_again_and_again(make_window, qtbot):
    window = make_window()
    until_library_idle(qtbot, window)
    catalogue = window.library_panel.catalogue
    qtbot.waitUntil(lambda: catalogue.readings >= 1 and not catalogue._reading, timeout=20000)
    settle(window)
    qtbot.wait(1500)  # the reading of the window's own last writes
    reads, read_now = [], catalogue._read_now

    def counted():
        reads.append(1)
        read_now()

    catalogue._timer.timeout.disconnect()
    catalogue._timer.timeout.connect(counted)
    qtbot.wait(3000)
    assert len(reads) <= 1  # before (run as root, as CI is): every 0.6 s, each reading's connection touching the log
    window.close()


def test_the_catalogue_chosen_as_a_document_is_refused_unopened(make_window, qtbot, monkeypatch):
    from reader.text import decode

    window = make_window()
    until_library_idle(qtbot, window)
    settle(window)
    shown = window.loaded.path
    catalogue = window.documents.library.path
    opened, read_file = [], decode.read_file

    def spy(path, *args, **kwargs):
        opened.append(str(path))
        return read_file(path, *args, **kwargs)

    monkeypatch.setattr(decode, "read_file", spy)
    window.open_path(str(catalogue))  # File › Open… on the library's own file
    qtbot.waitUntil(lambda: "not a text file" in window.statusBar().currentMessage(), timeout=20000)
    settle(window)
    assert opened == []  # before: read on a worker to be sniffed, its descriptor closed under the window's locks
    assert window.loaded.path == shown  # the document on screen stays
    window.open_path(str(catalogue.parent / "missing.txt"))  # another file is still read
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    settle(window)
    window.close()
