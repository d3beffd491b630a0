"""Found by hand (session 66): places the window lost.

(a) A long document (shown before its outline is found) read to its very end came back a line or more above the end
once its headings arrived, brought back by Undo Removal (Ctrl+Z) or opened again from the list: their rebuild put the
top line back at the top, and at the end that line is partly scrolled off, so the status bar went from '100%' /
'less than a minute left' to 'about 1 min left' and the outline's mark back a few articles. The end is kept as the
end, as through a script toggle (round 66H) and a zoom.
(b) The open document removed, a neighbour shown in its place, then brought back (Ctrl+Z) and opened from the list,
opened at the place the session last saved (up to a second before), not at the reader's place when it went.
(c) After a document without headings, the outline's filter box stayed disabled while the next one opened: the
filter the window applies to the outline on its way (round 66U) could not be typed. It is enabled while a document
opens, and disabled again when one without headings is in."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from ime_input import commit_text
from library_steps import open_shown, remove_every_row
from qtsupport import chapters_report, settle
from reader import documents

LONG_LAW = "中华人民共和国湖泊保护条例\n\n" + "".join(  # over 150,000 characters: shown before its outline is found
    f"第{n}条 " + "国家加强湖泊保护，县级以上人民政府应当组织编制湖泊保护规划，并向社会公开，接受群众监督。" * (1 + n % 3)
    + "\n\n" for n in range(1, 1600))
REPORT = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"


def _held(monkeypatch, name: str, path) -> threading.Event:
    """The worker running documents.`name` for `path` waits until the test lets it go (as in round 66U)."""
    release = threading.Event()
    real = getattr(documents, name)

    def held(first, *args):
        if str(getattr(first, "path", first)) == str(path):
            release.wait(20)
        return real(first, *args)

    monkeypatch.setattr(documents, name, held)
    return release


def _shown_with_outline(window, qtbot, path) -> None:
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path)
                    and window.loaded.cleaned is None, timeout=30000)  # (its outline found)
    settle(window)


def _to_the_end(window, qtbot) -> int:
    """Ctrl+End in the text; returns the last heading's index (the outline's mark there)."""
    view = window.reading
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    last = len(window.sections.outline.headings) - 1
    _at_the_end(window, last)
    return last


def _at_the_end(window, last: int) -> None:
    bar = window.reading.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    assert window.status.progress.text() == "100%"
    assert window.outline.current_index() == last


def _law_and_report(make_window, qtbot, tmp_path):
    """A window showing the long law, opened after the report: (window, law, report)."""
    law, report = tmp_path / "law.txt", tmp_path / "report.txt"
    law.write_text(LONG_LAW, encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    window = make_window([str(report)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    open_shown(window, qtbot, law)
    _shown_with_outline(window, qtbot, law)
    return window, law, report


def _remove_shown_and_undo(window, qtbot, law) -> None:
    """Delete in the list (a neighbour is shown in its place), then Undo Removal."""
    document_list = window.document_list
    document_list.setFocus()
    qtbot.waitUntil(document_list.hasFocus)
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path != str(law), timeout=20000)
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    window.actions_.undo_removal.trigger()
    settle(window)


def test_every_row_brought_back_shows_the_long_document_read_to_the_end_at_the_end(make_window, qtbot, tmp_path):
    path = tmp_path / "law.txt"
    path.write_text(LONG_LAW, encoding="utf-8")
    window = make_window([str(path)])
    _shown_with_outline(window, qtbot, path)
    last = _to_the_end(window, qtbot)
    remove_every_row(window, qtbot)
    assert window.loaded is None  # the pane left empty: the undo shows it again
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    window.actions_.undo_removal.trigger()
    _shown_with_outline(window, qtbot, path)
    _at_the_end(window, last)


def test_a_long_document_read_to_the_end_opens_again_at_the_end(make_window, qtbot, tmp_path):
    window, law, report = _law_and_report(make_window, qtbot, tmp_path)
    last = _to_the_end(window, qtbot)
    open_shown(window, qtbot, report)
    window.open_path(str(law))
    _shown_with_outline(window, qtbot, law)
    _at_the_end(window, last)


def test_a_row_brought_back_opens_where_the_reader_was_when_it_went(make_window, qtbot, tmp_path, monkeypatch):
    from reader.ui import session

    monkeypatch.setattr(session, "SAVE_DELAY_MS", 60000)  # not saved again since the reader moved
    window, law, _report = _law_and_report(make_window, qtbot, tmp_path)
    window.session.save_soon()  # saved once at its top, as the session does a second after a move
    heading = window.sections.outline.headings[700]
    window.go_to_offset(heading.offset)
    settle(window)
    assert window.reading.top_offset() == heading.offset
    _remove_shown_and_undo(window, qtbot, law)
    window.open_path(str(law))
    _shown_with_outline(window, qtbot, law)
    assert window.reading.top_offset() == heading.offset


# --- (c) the outline's filter box while a document opens after one without headings --------------------------------

PROSE = "昭化区委人大工作会议召开\n\n" + "会议传达学习了中央人大工作会议精神，相关镇和部门作了交流发言。\n\n" * 6


@pytest.mark.parametrize("held", ["text", "outline"])
def test_the_outline_filter_can_be_typed_while_a_document_opens_after_one_without_headings(
        make_window, qtbot, tmp_path, monkeypatch, held):
    prose = tmp_path / "prose.txt"
    prose.write_text(PROSE, encoding="utf-8")
    window = make_window([str(prose)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(prose), timeout=20000)
    settle(window)
    box = window.outline.filter_box
    assert not window.outline.outline.headings and not box.isEnabled()  # nothing to filter
    if held == "text":  # a short text: nothing of it shown until it is read
        new = chapters_report(tmp_path, "new.txt", 8)
        release = _held(monkeypatch, "load_for_reading", new)
    else:  # a long text: shown before its outline is found, its tree made in slices
        new = chapters_report(tmp_path, "long.txt", 2500)
        release = _held(monkeypatch, "outline_of", new)
    try:
        window.open_path(str(new))
        if held == "outline":
            qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(new), timeout=15000)
        assert window.documents.is_opening
        assert box.isEnabled()  # the filter for the outline on its way can be typed
        window.actions_.focus_outline.trigger()
        qtbot.waitUntil(box.hasFocus)
        commit_text(box, "第3")  # as an input method types it
    finally:
        release.set()
    settle(window)
    assert box.isEnabled() and box.text() == "第3"
    shown = [i for i in range(len(window.outline.outline.headings)) if window.outline.row(i).isValid()]
    assert shown and all(window.outline.outline.matches(i, "第3") for i in shown)
    window.open_path(str(prose))  # back to the text without headings: nothing to filter again
    settle(window)
    assert window.loaded.path == str(prose) and box.text() == "" and not box.isEnabled()
