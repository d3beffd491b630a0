"""Undo Removal names the document as the list shows it: in 繁, the removal said 「關於湖泊治理情況的報告」 was removed,
and the undo that it 「关于湖泊治理情况的报告」 is back (its title as catalogued, in the document's own script)."""

from __future__ import annotations

from library_steps import REPORT, three_documents
from qtsupport import settle


def test_undo_names_the_document_in_the_script_the_list_shows(make_window, qtbot, tmp_path):
    window, _paths = three_documents(make_window, qtbot, tmp_path)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    window.open_path(str(report))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(report), timeout=20000)
    settle(window)
    window.set_script("s2t")
    settle(window)
    qtbot.waitUntil(lambda: window.document_list.current_path() == str(report), timeout=10000)
    window.document_list.select_path(str(report))
    window.actions_.remove_document.trigger()
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    # the next document's 'Opening …' stands first while the machine is busy; the removal's message follows it
    qtbot.waitUntil(lambda: "關於湖泊治理情況的報告" in window.status.currentMessage(), timeout=20000)
    settle(window)
    window.actions_.undo_removal.trigger()
    qtbot.waitUntil(lambda: "is back in the list" in window.status.currentMessage(), timeout=20000)
    assert "關於湖泊治理情況的報告" in window.status.currentMessage()
