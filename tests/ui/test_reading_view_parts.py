"""The reading view's parts built around it, each a fresh instance driven through its own interface.

A real ReadingView (shown, offscreen) holds the text; the ScriptSwitcher and the Navigator under test are our own,
so what they do is seen in the view's document, its scroll bar and their own signals and flags.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from reader.text.convert import get_converter
from reader.text.model import Document
from reader.ui.reading_motion import Navigator
from reader.ui.reading_pane import ReadingView
from reader.ui.script_switch import ScriptSwitcher
from reader.ui.tuning import IN_PLACE_CHARS, JUMP_STEP_CHARS
from reader.ui.workers import Jobs
from reading_material import law_lines
from support import paragraphs


class HeldJobs(Jobs):
    """The real thread pool, but each result waits until the test hands it over, in the order the test picks."""

    def __init__(self) -> None:
        super().__init__()
        self.slots: list[list] = []

    def submit(self, fn, *args, on_done=None, on_error=None):
        slot: list = []
        self.slots.append(slot)
        super().submit(fn, *args, on_done=lambda value: slot.append((on_done, value)),
                       on_error=lambda exc: slot.append((on_error, exc)))

    def release(self, qtbot, n: int) -> None:
        qtbot.waitUntil(lambda: bool(self.slots[n]), timeout=60_000)
        callback, value = self.slots[n][0]
        callback(value)


def document(lines: list[str], title: str = "中华人民共和国宪法") -> Document:
    """A document of these paragraphs (spliced material, so no outline: the switcher and navigator need none)."""
    return Document(title, paragraphs(lines))


@pytest.fixture
def jobs(qapp):
    held = HeldJobs()
    yield held
    held.wait(60_000)


@pytest.fixture
def view(qtbot, jobs, tmp_path_factory):
    reading = ReadingView(jobs, str(tmp_path_factory.mktemp("cache")))
    qtbot.addWidget(reading)
    reading.resize(640, 480)
    with qtbot.waitExposed(reading):
        reading.show()
    return reading


def show(qtbot, view: ReadingView, doc: Document, position: int = 0) -> None:
    with qtbot.waitSignal(view.text_shown, timeout=30_000):
        view.show_document(doc, (doc.title, ""), None, position)
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)


def shown(view: ReadingView, i: int) -> str:
    """Paragraph i as the view's QTextDocument holds it."""
    return view.document().findBlock(view.to_qt(view.display.starts[i])).text()


# --- ScriptSwitcher --------------------------------------------------------------------------------------------


def test_a_switch_shows_the_visible_paragraphs_at_once_then_the_whole_text_and_back(qtbot, view, jobs):
    lines = law_lines()
    doc = document(lines)
    show(qtbot, view, doc, doc.paragraphs[150].start)
    top = view.top_paragraph()
    first, last = view.visible_paragraphs()
    assert 140 < top <= 150 and last < len(lines) - 100
    s2t = get_converter("s2t")
    far = next(i for i in range(last + 20, len(lines)) if s2t.convert(lines[i]) != lines[i])
    switcher = ScriptSwitcher(view, jobs, "")
    finished = []
    switcher.finished.connect(lambda: finished.append(view.displayed_text()))
    switcher.start("s2t", view.version)
    assert switcher.busy
    assert [shown(view, i) for i in range(first, last)] == [s2t.convert(lines[i]) for i in range(first, last)]
    assert any("𠗣" in shown(view, i) for i in range(first, last))
    assert shown(view, far) == lines[far]  # the rest waits for the worker
    assert view.top_paragraph() == top
    jobs.release(qtbot, 0)
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    converted = "\n".join(s2t.convert(line) for line in lines)
    assert finished == [converted] and not switcher.busy
    assert view.displayed_text() == converted and shown(view, far) == s2t.convert(lines[far])
    qtbot.waitUntil(lambda: not view.busy)
    assert view.top_paragraph() == top
    switcher.start(None, view.version)  # back to the text as written
    assert [shown(view, i) for i in range(first, last)] == lines[first:last]
    jobs.release(qtbot, 1)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
    assert finished[1] == doc.text == view.displayed_text()


def test_a_switch_keeps_the_place_and_the_selection_across_a_length_changing_conversion(qtbot, view, jobs):
    lines = ["内存里的𠮷字，" + line for line in law_lines()[:200]]  # s2twp: 内存 -> 記憶體 (one longer)
    lines[59] = "内存" * 150 + lines[59]  # the paragraph above the top grows by 150 characters: more lines
    doc = document(lines)
    show(qtbot, view, doc, doc.paragraphs[60].start)
    first, last = view.visible_paragraphs()
    bar, layout = view.verticalScrollBar(), view.document().documentLayout()
    top = view.top_paragraph()
    assert top == first == 60  # so the paragraph above is among those converted at once
    top_block = view.document().findBlock(view.to_qt(view.display.starts[top]))
    lines_above = view.document().findBlock(view.to_qt(view.display.starts[59])).layout().lineCount()
    place = layout.blockBoundingRect(top_block).top() - bar.value()
    i = first + 2
    start = view.display.starts[i] + 4  # from 𠮷 on
    view.select_display(start, start + 12, reveal=False)
    selection = view.selection_source()
    assert doc.text[selection[0]:selection[1]].startswith("𠮷字，")
    switcher = ScriptSwitcher(view, jobs, "")
    switcher.start("s2twp", view.version)
    assert shown(view, i).startswith("記憶體裡的𠮷字，")
    assert view.document().findBlock(view.to_qt(view.display.starts[59])).layout().lineCount() > lines_above
    assert view.top_paragraph() == top  # the place is kept, to the pixel (the scroll bar counts whole ones)
    assert abs(layout.blockBoundingRect(top_block).top() - bar.value() - place) <= 1
    assert view.selection_source() == selection
    assert view.textCursor().selectedText() == get_converter("s2twp").convert(doc.text[selection[0]:selection[1]])
    jobs.release(qtbot, 0)
    qtbot.waitUntil(lambda: not switcher.busy, timeout=30_000)
    assert view.selection_source() == selection


def test_a_long_text_is_switched_only_once_the_whole_conversion_arrives(qtbot, view, jobs):
    repeat = 1 + IN_PLACE_CHARS // len("\n".join(law_lines()))
    lines = law_lines(repeat)
    doc = document(lines)
    assert len(doc.text) > IN_PLACE_CHARS
    show(qtbot, view, doc, doc.paragraphs[200].start)
    first, last = view.visible_paragraphs()
    switcher = ScriptSwitcher(view, jobs, "")
    finished = []
    switcher.finished.connect(lambda: finished.append(True))
    switcher.start("s2t", view.version)
    assert switcher.busy
    assert [shown(view, i) for i in range(first, last)] == lines[first:last]  # no in-place edit of a long text
    jobs.release(qtbot, 0)
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    converted = [get_converter("s2t").convert(line) for line in law_lines()] * repeat
    assert [shown(view, i) for i in range(first, last)] == converted[first:last]
    assert view.display.shown == converted


def test_a_cancelled_switch_drops_its_conversion(qtbot, view, jobs):
    lines = law_lines()
    doc = document(lines)
    show(qtbot, view, doc)
    switcher = ScriptSwitcher(view, jobs, "")
    finished = []
    switcher.finished.connect(lambda: finished.append(True))
    switcher.start("s2t", view.version)
    version = view.version
    switcher.cancel()
    assert not switcher.busy
    jobs.release(qtbot, 0)
    for _ in range(50):
        QCoreApplication.processEvents()
    assert finished == [] and view.version == version
    assert view.display.shown[-100:] == lines[-100:]  # below the screen: still as written


def test_a_conversion_for_an_older_version_of_the_view_is_dropped(qtbot, view, jobs):
    lines = law_lines()
    doc = document(lines)
    show(qtbot, view, doc)
    switcher = ScriptSwitcher(view, jobs, "")
    finished = []
    switcher.finished.connect(lambda: finished.append(view.displayed_text()))
    switcher.start("s2t", view.version)  # job 0
    other = document(lines[:40], "另一份")
    show(qtbot, view, other)  # the view moved on: a new version
    jobs.release(qtbot, 0)
    for _ in range(50):
        QCoreApplication.processEvents()
    assert view.displayed_text() == other.text and finished == []
    show(qtbot, view, doc)
    switcher.start("s2t", view.version)  # job 1, for a version that is about to be old
    show(qtbot, view, doc)
    switcher.start(None, view.version)  # job 2, the current one
    jobs.release(qtbot, 2)
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    jobs.release(qtbot, 1)  # late, and for the older version
    for _ in range(50):
        QCoreApplication.processEvents()
    assert finished == [doc.text] and view.displayed_text() == doc.text


def test_a_failed_conversion_ends_the_switch_with_the_text_as_written(qtbot, view, jobs, caplog):
    lines = law_lines(repeat=40)
    doc = document(lines)
    view.show_document(doc, (doc.title, ""), None, 0)
    assert view.busy  # a long text is still being built: nothing is edited in place meanwhile
    switcher = ScriptSwitcher(view, jobs, "")
    finished = []
    switcher.finished.connect(lambda: finished.append(True))
    switcher.start("no-such-config", view.version)
    assert switcher.busy
    jobs.release(qtbot, 0)  # the worker's error
    assert finished == [True] and not switcher.busy
    assert "conversion failed" in caplog.text
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    assert view.displayed_text() == doc.text


# --- Navigator -----------------------------------------------------------------------------------------------


@pytest.fixture
def long_view(qtbot, view):
    """The view showing about 700,000 characters, just shown: most of it is not laid out yet."""
    lines = law_lines(repeat=40)
    with qtbot.waitSignal(view.text_shown, timeout=30_000):
        view.show_document(document(lines), ("中华人民共和国宪法", ""), None, 0)
    return view


def paragraph_pos(view: ReadingView, i: int) -> int:
    return view.to_qt(view.display.starts[i])


def top_block(view: ReadingView, nav: Navigator) -> int:
    return view.document().findBlock(nav.position_at_y(0)).blockNumber()


def test_a_far_move_lays_out_in_steps_and_arrives_with_the_paragraph_on_top(qtbot, long_view):
    view = long_view
    nav = Navigator(view)
    arrived = []
    nav.arrived.connect(lambda: arrived.append(True))
    k = len(view.display.shown) * 9 // 10
    pos = paragraph_pos(view, k)
    assert pos - nav.frontier_position() > 2 * JUMP_STEP_CHARS
    nav.go_to(pos)
    assert nav.moving and not arrived
    qtbot.waitUntil(lambda: bool(arrived), timeout=30_000)
    assert not nav.moving and arrived == [True]
    assert top_block(view, nav) == view.document().findBlock(pos).blockNumber()
    assert view.top_paragraph() == k
    block = next(view.document().findBlock(paragraph_pos(view, j)) for j in range(k + 1, k + 40)
                 if view.document().findBlock(paragraph_pos(view, j)).layout().lineCount() >= 3)
    line = block.layout().lineAt(2)
    nav.go_to(block.position() + line.textStart() + 1)  # within a paragraph's third line: that line on top
    qtbot.waitUntil(lambda: len(arrived) == 2)
    assert nav.position_at_y(0) == block.position() + line.textStart()


def test_a_cancelled_move_never_arrives(qtbot, long_view):
    view = long_view
    nav = Navigator(view)
    arrived = []
    nav.arrived.connect(lambda: arrived.append(True))
    nav.go_to(paragraph_pos(view, len(view.display.shown) - 5))
    assert nav.moving
    nav.cancel()
    assert not nav.moving
    for _ in range(100):
        QCoreApplication.processEvents()
    assert arrived == [] and view.verticalScrollBar().value() == 0


def test_reveal_brings_a_place_into_view_unless_it_is_already_there(qtbot, long_view):
    view = long_view
    nav = Navigator(view)
    arrived = []
    nav.arrived.connect(lambda: arrived.append(True))
    pos = paragraph_pos(view, len(view.display.shown) // 2) + 3
    nav.reveal(pos)
    qtbot.waitUntil(lambda: bool(arrived), timeout=30_000)
    cursor = view.textCursor()
    cursor.setPosition(pos)
    rect, height = view.cursorRect(cursor), view.viewport().height()
    assert height * 0.1 <= rect.top() and rect.bottom() <= height * 0.85
    bar = view.verticalScrollBar()
    value = bar.value()
    for y in (height // 5, height // 2, height * 3 // 4):
        nav.reveal(nav.position_at_y(y))  # already well in view: nothing moves
        assert bar.value() == value
    assert len(arrived) == 4


def test_the_end_is_reached_and_kept_until_the_reader_moves(qtbot, long_view):
    view = long_view
    nav = Navigator(view)
    arrived = []
    nav.arrived.connect(lambda: arrived.append(True))
    bar = view.verticalScrollBar()
    assert not nav.at_end
    nav.go_to_end()
    qtbot.waitUntil(lambda: bool(arrived), timeout=30_000)
    assert nav.at_end and bar.value() == bar.maximum() > 0
    qtbot.waitUntil(lambda: nav.frontier_position() is None, timeout=30_000)
    for _ in range(20):
        QCoreApplication.processEvents()
    assert nav.at_end and bar.value() == bar.maximum()
    last = view.document().lastBlock()
    assert top_block(view, nav) < last.blockNumber() <= view.document().findBlock(
        nav.position_at_y(view.viewport().height() - 1)).blockNumber()
    def grow() -> None:
        """The document grows at the end (as the finished layout does by its last margins)."""
        before = bar.maximum()
        cursor = view.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertText("附则。" * 200)
        qtbot.waitUntil(lambda: bar.maximum() > before)

    grow()
    assert nav.at_end and bar.value() == bar.maximum()  # still at the end
    bar.setValue(bar.maximum() - 50)
    assert not nav.at_end
    value = bar.value()
    grow()
    assert not nav.at_end and bar.value() == value  # the reader moved away: the view stays where it is


def test_an_anchor_restores_the_place_to_the_pixel_and_survives_a_rewrap(qtbot, long_view):
    view = long_view
    nav = Navigator(view)
    qtbot.waitUntil(lambda: nav.frontier_position() is None, timeout=30_000)
    layout = view.document().documentLayout()
    block = view.document().findBlock(paragraph_pos(view, 300))
    value = int(layout.blockBoundingRect(block).top()) + 7
    bar = view.verticalScrollBar()
    bar.setValue(value)
    anchor = nav.anchor()
    assert anchor.block == block.blockNumber()
    bar.setValue(0)
    nav.restore(anchor)
    assert bar.value() == value
    view.resize(420, 480)  # the text wraps anew: the same paragraph at the top
    qtbot.waitUntil(lambda: not view.busy)
    for _ in range(20):
        QCoreApplication.processEvents()
    nav.restore(anchor)
    assert top_block(view, nav) == anchor.block


def test_position_at_y_and_the_frontier_read_the_laid_out_blocks(qtbot, long_view):
    view = long_view
    nav = Navigator(view)
    qdoc = view.document()
    edge = nav.frontier_position()
    assert edge is not None and 0 < edge < qdoc.characterCount() // 2
    after, before = qdoc.findBlock(edge), qdoc.findBlock(edge).previous()
    assert after.layout().lineCount() == 0 and before.layout().lineCount() > 0
    assert after.position() == edge
    view.scroll_to_display(view.display.starts[40])
    qtbot.waitUntil(lambda: not view.busy)
    bar, layout, height = view.verticalScrollBar(), qdoc.documentLayout(), view.viewport().height()
    checked = 0
    block = qdoc.findBlock(nav.position_at_y(0))
    while block.isValid() and layout.blockBoundingRect(block).top() - bar.value() < height:
        top = layout.blockBoundingRect(block).top() - bar.value()
        for n in range(block.layout().lineCount()):
            line = block.layout().lineAt(n)
            y = top + line.y() + line.height() / 2
            if 0 <= y < height:
                assert nav.position_at_y(int(y)) == block.position() + line.textStart()
                checked += 1
        block = block.next()
    assert checked > 10
    qtbot.waitUntil(lambda: nav.frontier_position() is None, timeout=30_000)  # all laid out (the view's pump)


def test_a_second_far_move_is_not_undone_by_the_place_reported_from_the_first(qtbot, long_view):
    """Two outline jumps in a row, then a resize: the view went back to the first place (the reported position,
    debounced, overwrote the second goal while the move was under way, and the resize re-pinned to it)."""
    from reader.ui.tuning import POSITION_DEBOUNCE_MS

    view = long_view
    starts = view.display.starts
    first, second = starts[len(starts) * 3 // 10], starts[len(starts) * 9 // 10]
    view.scroll_to_offset(view.display.to_source(first))
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    target = view.display.to_source(second)
    view.scroll_to_offset(target)
    assert view.busy  # laid out in steps: the debounced report of the first place lands during this move
    qtbot.wait(POSITION_DEBOUNCE_MS * 2)
    view.resize(600, 480)
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    qtbot.wait(POSITION_DEBOUNCE_MS * 2)
    assert view.top_offset() == target


def test_a_place_picked_while_the_document_is_still_being_built_is_where_it_opens(qtbot, view):
    """An outline heading clicked in the second a long document takes to build was lost (it opened at the top)."""
    doc = document(law_lines(repeat=40))
    view.show_document(doc, (doc.title, ""), None, 0)
    assert view.busy  # built over several event-loop turns
    target = doc.paragraphs[len(doc.paragraphs) * 8 // 10].start
    view.scroll_to_offset(target)
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    qtbot.wait(100)
    assert view.top_offset() == target
    assert view.verticalScrollBar().value() > 0
