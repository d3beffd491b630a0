"""Round 59X on the real window: the outline filter of a long outline never stalls the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeView

from qtsupport import settle
from reader.ui.outline_view import FILL_SLICE

BODY = "各单位应当按照要求认真落实有关工作。"


def _report(tmp_path, parts: int = 10, sections: int = 10, items: int = 30):
    """A report of numbered headings at three levels (3,210 with the defaults), a line of text under each."""
    lines = ["年度工作报告"]
    for a in range(1, parts + 1):
        lines += [f"{a}. 第{a}部分工作情况", BODY]
        for b in range(1, sections + 1):
            lines += [f"{a}.{b} 分项工作{a}.{b}", BODY]
            for c in range(1, items + 1):
                lines += [f"{a}.{b}.{c} 具体事项{c}", BODY]
    path = tmp_path / "long-report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def long_outline(make_window, qtbot, tmp_path):
    window = make_window()
    window.open_path(str(_report(tmp_path)))
    settle(window)
    outline = window.outline
    qtbot.waitUntil(lambda: outline.tree.model().rowCount() == 10, timeout=10000)
    assert len(outline.outline.headings) > FILL_SLICE
    return window


def _expanded_sections(tree: QTreeView) -> int:
    """How many second-level rows are open."""
    model = tree.model()
    return sum(tree.isExpanded(model.index(b, 0, model.index(a, 0)))
               for a in range(model.rowCount()) for b in range(model.rowCount(model.index(a, 0))))


def _idle(outline) -> bool:
    return getattr(outline, "_matching", None) is None and getattr(outline, "_unfolding", None) is None


def test_a_long_outline_is_matched_over_several_turns_of_the_event_loop(long_outline, qtbot):
    outline = long_outline.outline
    outline.filter_box.setText("事项1")
    assert outline.tree.model().rowCount() == 10 and outline._proxy.needle == ""  # nothing done in the keystroke
    qtbot.waitUntil(lambda: _idle(outline), timeout=10000)
    assert outline._proxy.needle == "事项1" and outline.tree.model().rowCount() == 10  # every part has a match
    first = outline.tree.model().index(0, 0)
    assert outline.tree.model().rowCount(first) == 10 and outline.tree.isExpanded(first)


def test_a_filter_that_keeps_many_rows_never_opens_the_whole_tree_at_once(long_outline, qtbot, monkeypatch):
    outline = long_outline.outline
    wholesale = []
    monkeypatch.setattr(QTreeView, "expandAll", lambda self: wholesale.append(self))
    outline.filter_box.setText("事项")  # every heading of the third level: 3,000 rows to open
    qtbot.waitUntil(lambda: _idle(outline), timeout=10000)
    assert wholesale == []
    assert _expanded_sections(outline.tree) == 100  # yet every kept path is open


def test_a_changed_filter_replaces_the_rows_in_one_pass_not_row_by_row(long_outline, qtbot):
    outline = long_outline.outline
    outline.filter_box.setText("1")
    qtbot.waitUntil(lambda: _idle(outline), timeout=10000)
    removed, resets = [], []
    outline.tree.model().rowsRemoved.connect(lambda *a: removed.append(a))
    outline.tree.model().modelReset.connect(lambda: resets.append(1))
    outline.filter_box.setText("12")
    qtbot.waitUntil(lambda: _idle(outline), timeout=10000)
    assert removed == [] and resets == [1]


def test_escape_on_a_long_outlines_filter_opens_the_tree_as_first_shown(long_outline, qtbot):
    outline = long_outline.outline
    before = _expanded_sections(outline.tree)
    outline.filter_box.setFocus()
    outline.filter_box.setText("事项")
    qtbot.waitUntil(lambda: _idle(outline), timeout=10000)
    qtbot.keyClick(outline.filter_box, Qt.Key.Key_Escape)
    assert outline.filter_box.text() == ""
    assert _expanded_sections(outline.tree) == before == 0  # the top level open, not all 3,210 rows


def test_enter_while_a_long_filter_is_being_matched_goes_to_the_first_match(long_outline, qtbot):
    outline = long_outline.outline
    went = []
    outline.heading_activated.connect(went.append)
    outline.filter_box.setFocus()
    outline.filter_box.setText("具体事项7")
    qtbot.keyClick(outline.filter_box, Qt.Key.Key_Return)
    index = outline.outline.headings.index(next(h for h in outline.outline.headings if "具体事项7" in h.title))
    assert went == [outline.outline.headings[index].offset]


def test_a_short_outline_is_still_filtered_in_the_keystroke(make_window, tmp_path):
    window = make_window()
    window.open_path(str(_report(tmp_path, parts=3, sections=3, items=3)))
    settle(window)
    outline = window.outline
    outline.filter_box.setText("分项工作2.3")
    assert outline._proxy.needle == "分项工作2.3" and outline.tree.model().rowCount() == 1
    part = outline.tree.model().index(0, 0)
    assert outline.tree.isExpanded(part) and outline.tree.model().rowCount(part) == 1


# -- a resize while the long text is still being laid out --------------------------------------------------------------

def test_a_resize_while_the_pump_walks_restarts_its_small_steps_from_the_top(qtbot, qapp):
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QTextEdit

    from reader.text.display import DisplayText
    from reader.ui.lazy_layout import LayoutPump
    from reader.ui.tuning import PUMP_STEP_CHARS
    from reading_material import build, frontier, pump_steps, spliced_lines

    owner = QObject()
    qdoc = build(owner, DisplayText(spliced_lines(20)), ("長", ""))[0].document
    view = QTextEdit()
    qtbot.addWidget(view)
    view.resize(700, 500)
    pump = LayoutPump(view)
    view.setDocument(qdoc)
    pump.set_document(qdoc)
    with qtbot.waitExposed(view):
        view.show()
    for _ in range(400):
        QCoreApplication.processEvents()
        if (frontier(qdoc) or 0) >= qdoc.characterCount() // 2:
            break
    assert frontier(qdoc) is not None and pump._timer.isActive()  # half-way through
    view.resize(500, 400)  # every line laid out again at the new width
    longest = max(qdoc.findBlockByNumber(n).length() for n in range(qdoc.blockCount()))
    steps = pump_steps(qdoc)  # how far the layout got in each event-loop turn
    assert frontier(qdoc) is None
    assert max(steps) <= 2 * PUMP_STEP_CHARS + longest, steps  # not the half already walked in one step
    owner.deleteLater()


# -- the scroll bar's marks of thousands of hits ------------------------------------------------------------------------

def test_the_marks_of_thousands_of_hits_are_measured_over_several_turns(make_window, qtbot, tmp_path, monkeypatch):
    from qtsupport import long_text_file
    from reader.ui import highlight

    window = make_window()
    window.open_path(str(long_text_file(tmp_path, 400_000)))
    settle(window)
    word = "人大"
    total = window.reading.displayed_text().count(word) + "\n".join(window.reading.shown_header()).count(word)
    window.keyword_panel.add_keyword(word)
    marks = window.hits.marks
    text, view = window.reading.displayed_text(), window.reading
    last = view.document().lastBlock
    qtbot.waitUntil(lambda: last().layout().lineCount() > 0 and len(marks.marks()) == total, timeout=20000)
    positions = [view.to_qt(i) for i in range(text.find(word), len(text), 1) if text.startswith(word, i)][::2]
    assert len(positions) > 1000
    monkeypatch.setattr(highlight, "_MARKS_SLICE_S", 0.0, raising=False)  # a slice per block: never all at once
    marks.track(view.document(), positions, [QColor("#4cc45a")] * len(positions))
    assert len(marks.marks()) == total  # the marks shown stay while the new places are measured
    qtbot.waitUntil(lambda: len(marks.marks()) == len(positions), timeout=20000)
    assert [f for f, _ in marks.marks()] == highlight.layout_fractions(view.document(), positions)


# -- the hits of a keyword or a find are put in order on the worker -------------------------------------------------

def test_the_hits_are_merged_and_counted_on_the_worker_not_in_the_window(make_window, qtbot, monkeypatch):
    import threading

    from support import seed

    from reader.text.hits import Hits

    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    threads: list[bool] = []
    merge, count = Hits.from_spans.__func__, Hits.counts

    def from_spans(cls, spans):
        threads.append(threading.current_thread() is threading.main_thread())
        return merge(cls, spans)

    def counts(self):
        threads.append(threading.current_thread() is threading.main_thread())
        return count(self)

    monkeypatch.setattr(Hits, "from_spans", classmethod(from_spans))
    monkeypatch.setattr(Hits, "counts", counts)
    with qtbot.waitSignal(window.hits.keyword_counts, timeout=10000) as got:
        window.keyword_panel.add_keyword("人大")
    assert got.args[0]["人大"] > 0
    with qtbot.waitSignal(window.hits.find_result, timeout=10000):
        window.actions_.find.trigger()
        window.find_bar._input.setText("人大")
    settle(window)
    assert threads and not any(threads)  # 68,000 hits took the window 0.6 s to merge and count
