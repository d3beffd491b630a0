"""Found by hand in session 74: in the State Council's notice (国办发〔1997〕11号) the headings '（一）清理整顿的重点。' and
'（二）符合下列要求的社会团体予以保留。' were drawn in the heading's bold colour up to their last word, and their own
full stop in plain body text, as if a sentence of body ran in after the heading. A heading paragraph whose only
text after the heading is its closing mark is styled whole, and spaced as a heading, not a run-in one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QTextCursor

from reader.documents import load
from reader.text.display import DisplayText
from reading_material import build, typography
from support import corpus_path

pytestmark = pytest.mark.usefixtures("qapp")

STOPPED = ("（一）清理整顿的重点。", "（二）符合下列要求的社会团体予以保留。", "（一）第一阶段为社会团体自查阶段。")


def test_a_headings_own_full_stop_is_styled_with_it(qapp):
    owner = QObject()
    doc = load(corpus_path("off06_state_council_1997_11.txt")).document
    display = DisplayText([p.text for p in doc.paragraphs])
    built, positions, marks = build(owner, display, (doc.title, ""), doc, typography())
    found = 0
    for h in doc.headings:
        i = doc.paragraph_at(h.offset)
        para = doc.paragraphs[i]
        if para.text not in STOPPED:
            continue
        found += 1
        assert h.end == para.start + len(para.text) - 1  # the outline's heading stops before its '。'
        cursor = QTextCursor(built.document)
        cursor.setPosition(positions.qt_for_source(para.start + len(para.text) - 1) + 1)
        assert cursor.charFormat().fontWeight() == QFont.Weight.Bold  # the '。' itself
        block = built.document.findBlock(positions.qt_for_source(h.offset))
        assert block.blockFormat().bottomMargin() == typography().heading_block(h.depth, False).bottomMargin()
    assert found == len(STOPPED)
    owner.deleteLater()
