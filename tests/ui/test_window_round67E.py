"""Session 67E: the window's catalogue writes (a document's row when it opens, a removal, its undo, a missing file's
mark) ran on the GUI thread, each waiting up to 30 ms for an import's lock and retried every 250 ms, 100-300 ms of
the reader's time while an import ran. They are now written on the library writer's own thread, in the order
given: a removal and its undo land in that order, and Ctrl+Q writes what is still waiting."""

from __future__ import annotations

import threading

import pytest
from library_steps import Lock, catalogued, three_documents
from qtsupport import settle
from reader.storage import removal
from reader.storage.library import Library


@pytest.fixture
def gui_writes(monkeypatch) -> list[str]:
    """Catalogue writes made on the GUI thread, counted (not timed)."""
    seen: list[str] = []

    def counted(owner, name: str) -> None:
        real = getattr(owner, name)

        def call(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                seen.append(name)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, call)

    for name in ("add", "remove_paths", "mark_missing", "mark_seeded"):
        counted(Library, name)
    counted(removal, "restore")
    return seen


def test_an_opening_a_removal_and_its_undo_wait_for_an_import_off_the_gui_thread_in_order(make_window, qtbot,
                                                                                        tmp_path, gui_writes):
    window, (a, b, c) = three_documents(make_window, qtbot, tmp_path)
    new = tmp_path / "d.txt"
    new.write_text("关于d的通知\n\n一、总体要求\n正文d。\n", encoding="utf-8")
    gui_writes.clear()
    lock = Lock(window.paths.library_file)  # an import's batch under way
    try:
        with qtbot.waitSignal(window.document_shown, timeout=20000):
            window.open_path(str(new))
        window.document_list.select_path(b)
        window.actions_.remove_document.trigger()
        qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
        qtbot.wait(300)  # the removal's slice is with the writer, waiting for the lock
        window.actions_.undo_removal.trigger()
        assert b in {e.path for e in window.document_list.entries()}
        assert window.documents.writes.pending  # the row of d, the removal and the undo: all still waiting
    finally:
        lock.release()
    qtbot.waitUntil(lambda: not window.documents.writes.pending and not window.documents.removals.busy,
                    timeout=20000)
    settle(window)
    assert gui_writes == []  # before: the row's add, the removal and the undo tried on the GUI thread
    assert catalogued(window, str(new)) is not None
    assert catalogued(window, b) is not None  # removed, then brought back: never the other way round
    assert str(new) in {e.path for e in window.document_list.entries()}


def test_what_waits_for_the_lock_at_ctrl_q_is_written_before_the_window_goes(make_window, qtbot, tmp_path,
                                                                             gui_writes):
    window, (a, b, c) = three_documents(make_window, qtbot, tmp_path)
    new = tmp_path / "e.txt"
    new.write_text("关于e的通知\n\n一、总体要求\n正文e。\n", encoding="utf-8")
    gui_writes.clear()
    lock = Lock(window.paths.library_file)
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_path(str(new))
    window.document_list.select_path(c)
    window.actions_.remove_document.trigger()
    assert window.documents.writes.pending or window.documents.removals.busy
    threading.Timer(0.5, lock.release).start()  # the import's batch ends while the window closes
    window.actions_.quit.trigger()  # Ctrl+Q
    assert gui_writes == []
    assert catalogued(window, str(new)) is not None  # its row, waiting at Ctrl+Q, was written
    assert catalogued(window, c) is None  # and the removal after it


def test_a_missing_file_is_marked_off_the_gui_thread(make_window, qtbot, tmp_path, gui_writes):
    window, (a, b, c) = three_documents(make_window, qtbot, tmp_path)
    gone = tmp_path / "b.txt"
    gone.rename(tmp_path / "b-moved.txt")
    gui_writes.clear()
    window.open_path(b)
    qtbot.waitUntil(lambda: not window.documents.writes.pending and catalogued(window, b).missing, timeout=20000)
    assert gui_writes == []  # before: ['mark_missing'] on the GUI thread
    assert window.loaded is not None and window.loaded.path != b
