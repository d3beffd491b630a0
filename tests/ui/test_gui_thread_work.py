"""What a long document costs the GUI thread: passes over the whole text run on workers, the rest in slices.

These drive the real asynchronous window and record on which thread the whole-text passes ran; they measure no
times (the figures are bench/gui_latency.py's).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtGui import QFont, QTextCursor

from reader import documents
from reader.text import display, official
from reader.ui import reading_pane
from reader.ui import tuning
from reader.ui.workers import Jobs
from support import seed


def _threads_of(monkeypatch, module, name: str) -> list[bool]:
    """Wrap module.name; the list gets, per call, whether it ran on the GUI (main) thread."""
    calls: list[bool] = []
    original = getattr(module, name)

    def recorded(*args, **kwargs):
        calls.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return calls


def _open(qtbot, make_window, path) -> object:
    """Open a document and wait until it is shown and idle; how fast is the benches' business, not these tests' (a
    400,000-character text took over 10 s to be shown on a machine under a load of 15)."""
    window = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=60000):
        window.open_path(str(path))
    qtbot.waitUntil(lambda: not window.jobs.busy and not window.reading.busy, timeout=60000)
    return window


def test_a_busy_worker_hands_the_gil_back_within_a_millisecond(qapp):
    old = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default: a worker in pure Python kept the GUI waiting 5 ms a time
        Jobs()
        assert sys.getswitchinterval() <= tuning.GIL_SWITCH_S
    finally:
        sys.setswitchinterval(min(old, getattr(tuning, "GIL_SWITCH_S", old)))


def test_the_list_entry_of_an_opened_document_is_made_on_a_worker(qtbot, make_window, monkeypatch):
    on_gui = _threads_of(monkeypatch, official, "of_document")  # where reader.documents takes them from, on the worker
    hashes = _threads_of(monkeypatch, documents, "text_hash")  # where it takes it from
    window = _open(qtbot, make_window, seed("003"))
    assert on_gui and hashes, "the entry was made"
    assert not any(on_gui) and not any(hashes), "metadata and content key read the whole text off the GUI thread"
    # the list names the document it opened (a seed opened from the source tree joins the bundled copy, same content)
    qtbot.waitUntil(lambda: Path(window.document_list.current_path()).name == Path(window.loaded.path).name,
                    timeout=10000)  # its row is listed once the library writer's thread has written it


def test_paragraph_marks_of_an_opened_document_are_found_on_a_worker(qtbot, make_window, monkeypatch):
    worker = _threads_of(monkeypatch, display, "paragraph_marks")
    gui = _threads_of(monkeypatch, reading_pane, "paragraph_marks")
    window = _open(qtbot, make_window, seed("003"))
    assert worker and not any(worker)
    assert not gui, "the reading view used the marks found with the document"
    heading = window.loaded.document.headings[0]
    cursor = QTextCursor(window.reading.document())
    cursor.setPosition(window.reading.qt_for_source(heading.offset) + 1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold, "the headings are still drawn as headings"


def test_a_long_outline_is_made_over_several_turns_and_a_newer_one_replaces_it(qtbot):
    from PySide6.QtCore import QTimer

    from reader.text.sections import Outline
    from reader.ui.outline_view import FILL_SLICE, OutlineView
    from reader.text.model import Heading

    tree = OutlineView()
    qtbot.addWidget(tree)
    first = tuple(Heading(1, "", f"第{n}段", n, n) for n in range(3 * FILL_SLICE + 1))
    second = tuple(Heading(1, "", f"第{n}節", n, n) for n in range(2 * FILL_SLICE + 7))
    turns: list[int] = []
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.append(len(turns)))
    ticker.start()
    tree.set_outline(Outline(first))
    assert tree.tree.model().rowCount() == 0 and tree.empty_reason() == "Reading the outline…", "said while made, never 'no headings'"
    qtbot.waitUntil(lambda: len(turns) >= 2, timeout=3000)
    with qtbot.waitSignal(tree.outline_shown, timeout=5000):
        tree.set_outline(Outline(second))  # another document while the first outline is still being made
    ticker.stop()
    assert len(turns) >= 3, "the rows were made between event-loop turns"
    assert tree.tree.model().rowCount() == len(second)
    assert tree.label(0) == "第0節" and tree.tree.model().index(0, 0).data() == "第0節"
    qtbot.wait(50)
    assert tree.tree.model().rowCount() == len(second), "the first outline never replaced the second"


def test_many_hits_are_counted_and_drawn_near_the_view_first_and_marked_beside_the_scroll_bar_in_slices(
        qtbot, make_window, tmp_path):
    from qtsupport import long_text_file
    from reader.ui.hits_controller import MARKS_SLICE

    window = _open(qtbot, make_window, long_text_file(tmp_path, 400_000))
    word = "人大"
    total = window.reading.displayed_text().count(word) + "\n".join(window.reading.shown_header()).count(word)  # 68D
    assert total > 2 * MARKS_SLICE
    marked_at_count: list[int] = []
    window.hits.keyword_counts.connect(lambda counts: marked_at_count.append(len(window.hits.marks.marks())))
    with qtbot.waitSignal(window.hits.keyword_counts, timeout=10000) as got:
        window.keyword_panel.add_keyword(word)
    assert got.args[0][word] == total
    assert marked_at_count == [0], "the count came before the scroll bar's marks"
    assert window.reading.extraSelections(), "the hits in view are drawn with the count"
    qtbot.waitUntil(lambda: len(window.hits.marks.marks()) == total, timeout=10000)


def test_suggestions_are_asked_for_once_the_document_is_shown(qtbot, make_window):
    window = make_window()
    events: list[str] = []
    window.document_shown.connect(lambda path: events.append(f"shown {path[-12:]}"))
    real_request = window.suggestions.request
    window.suggestions.request = lambda key, text, n: (events.append(f"asked {len(text)}"), real_request(key, text, n))
    first, second = seed("001"), seed("003")
    window.open_path(str(first))
    window.open_path(str(second))  # the first may still be shown, in the same turn or not
    qtbot.waitUntil(lambda: any(e.startswith("asked") for e in events) and not window.jobs.busy, timeout=10000)
    qtbot.wait(50)
    assert events[-2:] == [f"shown {str(second)[-12:]}", f"asked {len(window.loaded.document.text)}"]
