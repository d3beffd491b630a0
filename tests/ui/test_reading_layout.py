"""The lazy layout of a long reading document: the LayoutPump's small steps, and edits made behind its frontier.

Laid-out blocks are read through Qt's public layout API (a block with lines is laid out; they form a prefix).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.text.display import DisplayText, convert_paragraphs
from reader.ui import in_place
from reader.ui.lazy_layout import LayoutPump
from reader.ui.tuning import PUMP_STEP_CHARS
from reading_material import build, frontier, laid_out, pump_steps, spliced_lines, typography


@pytest.fixture
def owner(qapp):
    """The QObject the builders and their documents belong to (they go with it)."""
    parent = QObject()
    yield parent
    parent.deleteLater()


def holes(qdoc: QTextDocument) -> list[int]:
    return [n for n in range(qdoc.blockCount()) if not laid_out(qdoc.findBlockByNumber(n))]


def pumped_view(qtbot, owner, repeat: int):
    display = DisplayText(spliced_lines(repeat))
    built, positions, _marks = build(owner, display, ("長", ""))
    view = QTextEdit()
    qtbot.addWidget(view)
    view.resize(700, 500)
    pump = LayoutPump(view)
    view.setDocument(built.document)
    pump.set_document(built.document)
    with qtbot.waitExposed(view):
        view.show()
    return view, pump, built.document, positions


def test_the_pump_lays_a_long_document_out_in_small_steps(qtbot, owner):
    view, pump, qdoc, _positions = pumped_view(qtbot, owner, repeat=20)
    for document in (qdoc, build(owner, DisplayText(spliced_lines(16)), ("另", ""))[0].document):
        if document is not qdoc:  # the pump follows the view to a new document
            view.setDocument(document)
            pump.set_document(document)
        longest = max(document.findBlockByNumber(n).length() for n in range(document.blockCount()))
        steps = pump_steps(document)
        assert frontier(document) is None and holes(document) == []  # all laid out, without the reader scrolling
        assert len([s for s in steps if s]) >= 10
        # A step ends in the block holding its goal, or a little past it where Qt lays out a few more lines; never
        # Qt's own steps, which double up to 200,000 characters.
        assert max(steps) <= 2 * PUMP_STEP_CHARS + longest, steps
        size = document.documentLayout().documentSize().height()
        assert view.verticalScrollBar().maximum() >= size - view.height() - 1  # the scroll bar followed


@pytest.mark.parametrize("closed", [True, False], ids=["frontier-given", "no-frontier"])
def test_an_edit_behind_the_layout_frontier_leaves_no_blank_paragraphs(qtbot, owner, closed):
    view, pump, qdoc, positions = pumped_view(qtbot, owner, repeat=10)
    typo = typography()
    for _ in range(400):
        QCoreApplication.processEvents()
        if (frontier(qdoc) or 0) >= 20_000:
            break
    edge = frontier(qdoc)
    assert edge is not None and edge >= 20_000  # laid out this far, not further
    indices = list(range(40))
    conversions = convert_paragraphs("s2twp", "", positions.display.source[:40])
    changed = in_place.replace_paragraphs(qdoc, positions, {}, typo, edge if closed else None, indices, conversions)
    assert changed
    if not closed:
        in_place.close_holes(qdoc, edge)  # the same repair, asked for on its own
    for _ in range(400):
        QCoreApplication.processEvents()
        if frontier(qdoc) is None:
            break
    assert holes(qdoc) == []


def test_the_pump_rests_once_the_document_is_laid_out(qtbot, owner):
    """An idle window uses no processor: Qt's layout timer, once the walk is done, is left to Qt to stop (swallowed, it
    fired on every event-loop turn and restarted the walk for ever); a resize still lays out in small steps."""
    view, pump, qdoc, _positions = pumped_view(qtbot, owner, repeat=20)
    pump_steps(qdoc)
    assert frontier(qdoc) is None
    walks = []
    pump._timer.timeout.connect(lambda: walks.append(pump._pos))
    for _ in range(100):
        QCoreApplication.processEvents()
    assert walks == []
    view.resize(500, 400)
    for _ in range(400):
        QCoreApplication.processEvents()
    assert walks and frontier(qdoc) is None  # the new width laid out by the pump, to the end
    walks.clear()
    for _ in range(100):
        QCoreApplication.processEvents()
    assert walks == []
