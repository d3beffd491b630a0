"""Session 74F: while a long text was shown and waited for its outline, the GUI thread spun: Qt's 0 ms size-report
timer on the document layout was swallowed with its lazy-layout one, so it fired again on every event-loop turn
(3,000-30,000 times a second, in Python, beside the worker finding the outline). It is now let through (it lays nothing
out); the lazy-layout timer is still held, so the text waiting to be rebuilt is not laid out in the background."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, QTimer
from qtsupport import chapters_report, settle
from reading_material import frontier
from support import seed_paths

from reader import documents


class _TimerCount(QObject):
    """Counts the timer events a watched object receives; lets them all through (to the pump's filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.count += 1
        return False


def test_a_long_text_waiting_for_its_outline_leaves_the_event_loop_idle(make_window, tmp_path, qtbot, monkeypatch):
    window = make_window()
    path = chapters_report(tmp_path, "long.txt", 2500)
    assert path.stat().st_size // 3 > documents.TEXT_FIRST_CHARS  # shown before its outline
    gate, real = threading.Event(), documents.outline_of
    monkeypatch.setattr(documents, "outline_of", lambda loaded: gate.wait(20) and real(loaded))
    try:
        window.open_path(str(path))
        qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.cleaned is not None
                        and not window.reading.busy, timeout=15000)
        qdoc = window.reading.document()
        counter, turns = _TimerCount(), []
        qdoc.documentLayout().installEventFilter(counter)  # runs before the pump's (installed earlier)
        ticker = QTimer()
        ticker.setInterval(0)
        ticker.timeout.connect(lambda: turns.append(1))  # one an event-loop turn
        ticker.start()
        qtbot.waitUntil(lambda: len(turns) >= 600, timeout=15000)
        ticker.stop()
        assert window.loaded.cleaned is not None  # still waiting for its outline
        assert counter.count < 150  # the layout's own timers over 600 turns (before: about 1,500)
        assert frontier(qdoc) is not None  # and the text is not laid out meanwhile (Qt's big steps held back)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: window.loaded.cleaned is None and not window.reading.busy, timeout=20000)
    settle(window)
    qtbot.waitUntil(lambda: frontier(window.reading.document()) is None, timeout=20000)  # the styled text, laid out


def test_a_long_text_opened_new_is_indexed_from_the_windows_build_once_its_outline_is_in(make_window, tmp_path, qtbot,
                                                                                          monkeypatch):
    """The full pass waits for the outline the window is finding (it built the same text beside it, on a two-core
    machine) and takes the rows the window left: the catalogue holds what a fresh build stores."""
    from reader.paths import Paths
    from reader.storage import handoff, importer
    from reader.storage.library import Library
    from reader.ui.window_library import INDEX_DELAY_MS

    window = make_window()
    folder = handoff.folder_of(Paths.default().library_file)
    catalogue = Library(Paths.default().library_file)
    importer_ = window.library_panel.importer
    counts = "SELECT count(*), sum(indexed = 0) FROM documents"
    for _ in range(2):  # the seeds listed and indexed at the first start, and the start-up check done
        qtbot.waitUntil(lambda: catalogue.connection.execute(counts).fetchone() == (len(seed_paths()), 0)
                        and not importer_.busy, timeout=60000)
        qtbot.wait(2 * INDEX_DELAY_MS)
    path = chapters_report(tmp_path, "long.txt", 2500)
    runs = []  # as each full pass with documents to index starts: whether the text's hand-off is waiting
    importer_.progress.connect(lambda phase, done, total: phase == "indexing" and done == 0
                                   and total and runs.append(handoff._file(folder, str(path)).exists()))
    gate, real = threading.Event(), documents.outline_of
    monkeypatch.setattr(documents, "outline_of", lambda loaded: gate.wait(30) and real(loaded))
    try:
        window.open_path(str(path))
        qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.cleaned is not None
                        and not window.reading.busy, timeout=15000)
        qtbot.wait(3 * INDEX_DELAY_MS)
        assert runs == []  # (before: the full pass built the text beside the window's outline)
    finally:
        gate.set()
    indexed = "SELECT d.indexed FROM documents d JOIN locations l ON l.doc_id = d.id WHERE l.path = ?"
    qtbot.waitUntil(lambda: catalogue.connection.execute(indexed, (str(path),)).fetchone() == (1,), timeout=30000)
    assert runs[-1] is True  # the window's rows were there for the pass that indexed it
    assert not handoff._file(folder, str(path)).exists()  # and taken
    fresh = Library(tmp_path / "fresh.db")
    shown = documents.load_for_reading(str(path), None, documents.TEXT_FIRST_CHARS)
    fresh.add(shown.entry(), shown.stat)
    importer.index_pending(fresh)
    query = ("SELECT d.title, d.chars, d.script, d.indexed, t.headings, t.walls FROM documents d JOIN texts t"
             " ON t.doc_id = d.id JOIN locations l ON l.doc_id = d.id WHERE l.path = ?")
    assert catalogue.connection.execute(query, (str(path),)).fetchall() == fresh.connection.execute(
        query, (str(path),)).fetchall() != []
    catalogue.close()
    settle(window)
