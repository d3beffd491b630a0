"""Found by hand (session 62U): suggestions slow on a cold start say they are coming ('Finding suggestions…')
where they will appear; in a narrow window the status message is not cut short by the permanent fields (and is
whole on hover); the open document removed from the list gives way to its neighbour (the last one: the status
bar says what became of it); closing the window during a big folder import closes it at once, what was added
kept."""

from __future__ import annotations

import sqlite3
import sys
import time

import pytest
from PySide6.QtWidgets import QFileDialog

from qtsupport import settle
from reader.storage.library import Library
from reader.ui import window_keywords

REPORT = "关于湖泊治理情况的报告\n\n全市湖泊治理取得进展，湖泊水质明显好转。\n"


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _open(make_window, qtbot, paths, size=(1100, 760)):
    window = make_window([str(p) for p in paths], size=size)
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    return window


# --- (a) suggestions on their way ----------------------------------------------------------------------------------

def _pending_shown(window) -> bool:
    label = window.keyword_panel.findChild(type(window.status.encoding), "suggestionsPending")
    return label is not None and label.isVisibleTo(window.keyword_panel) and bool(label.text())


@pytest.mark.parametrize("text, pending", [
    (REPORT, True),      # before: an empty panel for seconds, then chips out of nowhere
    ("", False),         # left alone: an empty document gets no suggestions and no word that some are coming
    ("\n \n", False),
])
def test_slow_suggestions_say_they_are_coming(make_window, qtbot, tmp_path, held_suggestions, text, pending):
    window = _open(make_window, qtbot, [_write(tmp_path, "doc.txt", text)])
    qtbot.wait(window_keywords.PENDING_MS + 300)
    assert _pending_shown(window) == pending
    assert window.keyword_panel.suggestions_pending() == pending


def test_the_suggestions_replace_the_word(make_window, qtbot, tmp_path, held_suggestions):
    window = _open(make_window, qtbot, [_write(tmp_path, "doc.txt", REPORT)])
    qtbot.waitUntil(lambda: _pending_shown(window), timeout=5000)
    window.suggestions.ready.emit(held_suggestions[-1], ["湖泊", "治理"])
    settle(window)
    assert not _pending_shown(window)
    assert [c.text() for c in window.keyword_panel.findChildren(type(window.status.cleaned), "suggestionChip")
            if c.isVisibleTo(window.keyword_panel)] == ["湖泊", "治理"]


def test_the_word_stays_through_a_script_change(make_window, qtbot, tmp_path, held_suggestions):
    window = _open(make_window, qtbot, [_write(tmp_path, "doc.txt", REPORT)])
    qtbot.waitUntil(lambda: _pending_shown(window), timeout=5000)
    window.script_selector.choose("s2t")
    settle(window)
    assert _pending_shown(window)  # still on their way: not an empty row
    window.suggestions.ready.emit(held_suggestions[-1], ["湖泊"])
    settle(window)
    assert not _pending_shown(window)


def test_no_suggestions_replace_the_word_by_nothing(make_window, qtbot, tmp_path, held_suggestions):
    window = _open(make_window, qtbot, [_write(tmp_path, "doc.txt", REPORT)])
    qtbot.waitUntil(lambda: _pending_shown(window), timeout=5000)
    window.suggestions.ready.emit(held_suggestions[-1], [])
    settle(window)
    assert not _pending_shown(window) and not window.keyword_panel.suggestions_pending()


def test_a_quick_answer_shows_no_word_at_all(make_window, qtbot, tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr("reader.ui.keyword_panel.KeywordPanel.set_suggestions_pending",
                        lambda self: seen.append(True))
    monkeypatch.setattr("reader.ui.suggestions.Suggestions.request",
                        lambda self, key, text, count: self.ready.emit(key, ["湖泊"]))
    _open(make_window, qtbot, [_write(tmp_path, "doc.txt", REPORT)])
    qtbot.wait(window_keywords.PENDING_MS + 300)
    assert not seen  # no flicker of 'Finding suggestions…' before chips that were there at once


def test_a_child_that_ends_unanswered_clears_the_word(qtbot, tmp_path):
    from reader.ui.suggestions import Suggestions
    suggestions = Suggestions(str(tmp_path))
    suggestions._serial, suggestions._key = 3, "7"
    with qtbot.waitSignal(suggestions.ready, timeout=1000) as blocker:
        suggestions._finished(1, None)
    assert blocker.args == ["7", []]


# --- (b) the status message in a narrow window ---------------------------------------------------------------------

def _message_fits(window) -> bool:
    status = window.status
    fields = sum(w.width() for w in (status.cleaned, status.encoding, status.script, status.chars, status.progress,
                                     status.time_left) if w.isVisible())
    return status.fontMetrics().horizontalAdvance(status.currentMessage()) + fields < status.width()


@pytest.mark.parametrize("width, hidden", [
    (480, True),     # before: 'empty.txt is empty: th…' beside the encoding, length and progress
    (1400, False),   # left alone: room for both
])
def test_a_narrow_window_shows_the_whole_message(make_window, qtbot, tmp_path, width, hidden):
    window = _open(make_window, qtbot, [_write(tmp_path, "empty.txt", "")], size=(width, 700))
    message = window.status.currentMessage()
    assert message.startswith("empty.txt is empty")
    assert window.status.toolTip() == message  # whole on hover in any case
    assert window.status.encoding.isHidden() == hidden
    assert _message_fits(window)


def test_the_fields_come_back_with_the_message_gone(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, [_write(tmp_path, "empty.txt", "")], size=(480, 700))
    assert window.status.encoding.isHidden()
    size = window.size()
    window.status.clearMessage()
    settle(window)
    assert not window.status.encoding.isHidden() and window.status.toolTip() == ""
    assert window.size() == size  # never a relayout that resizes the window


def test_resizing_with_a_message_does_not_loop(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, [_write(tmp_path, "empty.txt", "")], size=(480, 700))
    events = []
    original = type(window.status).resizeEvent

    def counting(self, event):
        events.append(event.size().width())
        original(self, event)

    type(window.status).resizeEvent = counting
    try:
        for width in (700, 520, 900, 480):
            window.resize(width, 700)
            settle(window)
        qtbot.wait(200)
    finally:
        type(window.status).resizeEvent = original
    assert len(events) <= 8  # one per resize (two at most), not a relayout loop
    assert window.width() == 480 or window.width() == window.minimumSizeHint().width()


# --- (c) the open document removed from the list -------------------------------------------------------------------

def _three(make_window, qtbot, tmp_path):
    paths = [_write(tmp_path, f"{n}.txt", f"关于{n}的报告\n\n正文{n}。\n") for n in ("a", "b", "c")]
    window = make_window([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.document_list.entries()) >= 3, timeout=20000)
    settle(window)
    return window


def _remove_shown(window, qtbot) -> str:
    shown = window.loaded.path
    window.document_list.select_path(shown)
    window.actions_.remove_document.trigger()
    qtbot.waitUntil(lambda: window.loaded is None or window.loaded.path != shown, timeout=20000)
    settle(window)
    return shown


@pytest.mark.parametrize("row", [0, 1, 2])
def test_removing_the_open_document_shows_its_neighbour(make_window, qtbot, tmp_path, row):
    window = _three(make_window, qtbot, tmp_path)
    order = [e.path for e in window.document_list.entries()]
    window.open_path(order[row])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == order[row], timeout=20000)
    settle(window)
    _remove_shown(window, qtbot)
    expected = order[row + 1] if row + 1 < len(order) else order[row - 1]  # below, else above
    assert window.loaded is not None and window.loaded.path == expected  # before: a blank page, no word
    assert window.document_list.current_path() == expected  # the row marked is the one shown
    assert window.reading.displayed_text()
    assert order[row] not in [e.path for e in window.document_list.entries()]


def test_removing_the_last_document_says_what_became_of_it(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, [_write(tmp_path, "only.txt", REPORT)])
    for entry in window.document_list.entries():  # only the one shown left in the list
        if entry.path != window.loaded.path:
            window.documents.remove(entry.path)
    settle(window)
    _remove_shown(window, qtbot)
    assert window.loaded is None and window.reading.displayed_text() == ""
    assert "was removed from the list; the file stays where it is" in window.status.currentMessage()
    assert "湖泊治理" in window.status.currentMessage()  # named by its title, as the list named it
    assert window.document_list.current_path() == ""


def test_removing_another_document_leaves_the_open_one(make_window, qtbot, tmp_path):
    window = _three(make_window, qtbot, tmp_path)
    shown = window.loaded.path
    other = next(e.path for e in window.document_list.entries() if e.path != shown)
    window.document_list.select_path(other)
    window.actions_.remove_document.trigger()
    settle(window)
    assert window.loaded is not None and window.loaded.path == shown
    message = window.status.currentMessage()  # (64D) the row removed is named, the open one stays unnamed
    stem, shown_stem = other.rsplit("/", 1)[-1][0], shown.rsplit("/", 1)[-1][0]
    assert f"“关于{stem}的报告” was removed" in message and f"关于{shown_stem}的" not in message


# --- (d) closing during a big folder import ------------------------------------------------------------------------

def test_shutdown_does_not_wait_seconds_for_the_batch_in_hand(qtbot, tmp_path):
    from PySide6.QtCore import QProcess
    from reader.ui.library_jobs import LibraryImport
    importer = LibraryImport(tmp_path / "library.db")
    busy = QProcess(importer)  # a batch of big files in hand: the stop file is read only after it
    busy.start(sys.executable, ["-c", "import time; time.sleep(30)"])
    assert busy.waitForStarted(10000)
    importer._process = busy
    started = time.monotonic()
    importer.shutdown()
    assert time.monotonic() - started < 1.5  # before: 5 s with the window still on screen
    assert busy.state() == QProcess.ProcessState.NotRunning


def test_closing_during_a_big_import_closes_at_once_and_keeps_what_was_added(make_window, qtbot, tmp_path,
                                                                             monkeypatch):
    folder = tmp_path / "大量文件"
    folder.mkdir()
    body = "全市湖泊治理取得进展。" * 400
    for i in range(1500):
        (folder / f"{i:04}.txt").write_text(f"关于第{i}项工作的报告\n\n{body}{i}\n", encoding="utf-8")
    window = make_window()
    settle(window)
    importer = window.library_panel.importer
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(folder)))
    window.actions_.open_folder.trigger()
    qtbot.waitUntil(lambda: importer.current == "import", timeout=20000)
    qtbot.wait(300)  # under way: listing or indexing
    process = importer._process
    started = time.monotonic()
    window.close()
    took = time.monotonic() - started
    assert took < 1.5  # before: up to 5 s with the window still on screen
    assert process is None or process.state() == process.ProcessState.NotRunning
    db = window.paths.library_file
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    library = Library(db)
    try:
        for entry in library.entries():  # every row written whole
            assert entry.path and entry.title
    finally:
        library.close()
