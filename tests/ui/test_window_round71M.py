"""Session 71M on the real window: a row brought back by Undo Removal stays in the list when a library request that
read the catalogue between the removal's write and the undo's reports it gone (seen once under load in round 66U's
test: the seed row brought back vanished again, the catalogue still listing it)."""

from __future__ import annotations

from qtsupport import click_document, settle
from tests.ui.test_window_round66U import _library, _order


def test_a_row_brought_back_stays_when_a_request_under_way_reports_it_gone(make_window, qtbot, tmp_path):
    window, _paths = _library(make_window, tmp_path)
    importer = window.library_panel.importer
    qtbot.waitUntil(lambda: not importer.busy, timeout=30000)  # the start-up check and indexing are over
    importer.start([], label="index")  # a request: it reads the catalogue as it goes
    qtbot.waitUntil(lambda: not importer.busy, timeout=30000)
    settle(window)
    before = _order(window)
    gone = before[2]
    click_document(qtbot, window, gone)
    window.actions_.remove_document.trigger()
    settle(window)
    window.actions_.undo_removal.trigger()
    settle(window)
    assert _order(window) == before
    importer.entries_gone.emit([gone])  # what that request posts when it read the catalogue between the two writes
    settle(window)
    assert _order(window) == before  # the row stays where Undo put it back
    assert window.documents.library.listed(gone) is not None  # as the catalogue has it
    other = before[-1]  # a row merged or relinked elsewhere (not brought back by the reader) still goes
    importer.entries_gone.emit([other])
    settle(window)
    assert _order(window) == [path for path in before if path != other]
