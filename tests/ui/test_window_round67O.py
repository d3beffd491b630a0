"""Session 67O: an Undo Removal waits on the library writer while an import holds the lock; a row removed again
before that restore was written came back in the list once it was written (the catalogue had it removed: it went
at the next start), and a second Undo could not bring it back (its catalogue row was read, not yet there)."""

from __future__ import annotations

from library_steps import Lock, catalogued, three_documents
from qtsupport import settle


def _listed(window) -> set[str]:
    return {e.path for e in window.document_list.entries()}


def _remove(window, qtbot, path: str) -> None:
    window.document_list.select_path(path)
    window.actions_.remove_document.trigger()
    assert path not in _listed(window)
    qtbot.wait(100)  # the Undo is offered from the next turn on


def _restore_waiting(make_window, qtbot, tmp_path):
    """b removed (written), its Undo given while an import's batch holds the lock, then b removed again."""
    window, (a, b, c) = three_documents(make_window, qtbot, tmp_path)
    _remove(window, qtbot, b)
    settle(window)
    assert catalogued(window, b) is None
    lock = Lock(window.paths.library_file)
    window.actions_.undo_removal.trigger()
    assert b in _listed(window)
    qtbot.wait(100)
    _remove(window, qtbot, b)  # its restore still waits for the lock
    return window, lock, b


def test_a_row_removed_again_before_its_undo_is_written_stays_removed(make_window, qtbot, tmp_path):
    window, lock, b = _restore_waiting(make_window, qtbot, tmp_path)
    lock.release()
    qtbot.waitUntil(lambda: not window.documents.writes.pending and not window.documents.removals.busy,
                    timeout=20000)
    settle(window)
    assert catalogued(window, b) is None
    assert b not in _listed(window)  # before: listed again when the first Undo's restore was written


def test_the_second_undo_brings_back_a_row_whose_first_undo_was_not_written_yet(make_window, qtbot, tmp_path):
    window, lock, b = _restore_waiting(make_window, qtbot, tmp_path)
    window.actions_.undo_removal.trigger()  # before: nothing kept to bring back (its catalogue row not there yet)
    lock.release()
    qtbot.waitUntil(lambda: not window.documents.writes.pending and not window.documents.removals.busy,
                    timeout=20000)
    settle(window)
    assert b in _listed(window)
    assert catalogued(window, b) is not None


def test_a_missing_file_opened_while_its_undo_waits_is_marked(make_window, qtbot, tmp_path):
    window, (a, b, c) = three_documents(make_window, qtbot, tmp_path)
    _remove(window, qtbot, b)
    settle(window)
    lock = Lock(window.paths.library_file)
    window.actions_.undo_removal.trigger()  # its restore waits for the import's batch
    (tmp_path / "b.txt").unlink()
    with qtbot.waitSignal(window.documents.open_failed, timeout=20000):
        window.open_path(b)
    qtbot.wait(100)
    lock.release()
    qtbot.waitUntil(lambda: not window.documents.writes.pending and not window.documents.removals.busy,
                    timeout=20000)
    settle(window)
    assert catalogued(window, b).missing  # before: not marked (its catalogue row was read before it was written)
    assert window.document_list.listed_entry(b).missing
