"""Editing the reading pane's laid-out document in place: a few paragraphs, or the header, replaced.

Qt walks every laid-out block below an edit, so these are for short texts and small spans only; a whole new
text goes through a rebuild instead (text_build).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from reader.ui.body_positions import BodyPositions
from reader.ui.display_cuts import cuts, insert_cut, joined_format
from reader.ui.tuning import HOLE_GUARD_CHARS
from reader.ui.typography import Typography


def replace_paragraphs(qdoc: QTextDocument, positions: BodyPositions, marks: dict, typo: Typography,
                       frontier: int | None, indices: list[int], conversions: list,
                       kept: Sequence[QTextCursor] = ()) -> list[int]:
    """Store paragraphs' conversions and replace the blocks whose text changed, in one edit; returns those.

    `kept` (the highlights' cursors) end on the same text after the edit: a cursor in a replaced block collapsed.
    """
    display = positions.display
    spans = [tuple(display.to_source(positions.from_qt(p)) for p in (c.anchor(), c.position())) for c in kept]
    changed = [i for i, conv in zip(indices, conversions) if display.set_converted(i, conv)]
    if not changed:
        return changed
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    for i in changed:
        positions.changed(i)
        first = positions.header_blocks + positions.cuts.first_block(i)
        block = qdoc.findBlockByNumber(first)
        last = qdoc.findBlockByNumber(first + len(positions.cuts.of(i)))
        cursor.setPosition(block.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        text = display.shown[i]
        had = bool(positions.cuts.of(i))
        found = cuts(text) if had else []  # a heading, never cut by the build, stays whole
        positions.cuts.set(i, found)
        insert_cut(cursor, text, 0, len(text), found, typo.body_char, joined_format(typo.body_block), typo.body_block)
        if had:
            spacing = QTextBlockFormat()
            spacing.setBottomMargin(typo.body_block.bottomMargin())
            cursor.mergeBlockFormat(spacing)  # the last piece ends the paragraph
        for start, end, kind, depth in marks.get(i, ()):
            cursor.setPosition(positions.qt_for_source(start, qdoc))
            cursor.setPosition(positions.qt_for_source(end, qdoc), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(typo.mark_char(kind, depth))
    cursor.endEditBlock()
    for kept_cursor, (anchor, position) in zip(kept, spans):
        kept_cursor.setPosition(positions.qt_for_source(anchor, qdoc))
        kept_cursor.setPosition(positions.qt_for_source(position, qdoc), QTextCursor.MoveMode.KeepAnchor)
    close_holes(qdoc, frontier)
    return changed


def replace_header(qdoc: QTextDocument, texts: list[str]) -> None:
    """New texts for the header blocks (as many as there are), keeping their formats."""
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    block = qdoc.begin()
    for text in texts:
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        block = block.next()
    cursor.endEditBlock()


def close_holes(qdoc: QTextDocument, frontier: int | None) -> None:
    """Lay out again the stretch after the layout frontier an edit was made behind.

    Qt moves (without laying out) the blocks just past its lazy-layout frontier when an edit lands behind it;
    they would stay blank for good.
    """
    if frontier is None:
        return
    end = qdoc.characterCount() - 1
    if frontier < end:
        qdoc.markContentsDirty(frontier, min(HOLE_GUARD_CHARS, end - frontier))
