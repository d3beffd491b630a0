"""Building the reading pane's QTextDocument in steps between events, so a long document never stalls the window.

The document is filled detached (no layout runs meanwhile) in formatted runs: the body's text with heading and
garbled-text formats. Each event-loop turn does a few milliseconds of it; a short document is built at once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from reader.text.display import DisplayText
from reader.ui.display_cuts import BlockCuts, cut_points, insert_cut, joined_format, sliced_cuts
from reader.ui.tuning import BUILD_BUDGET_MS, BUILD_RUN_CHARS
from reader.ui.typography import Typography

MarkKey = tuple[str, int]  # ("heading" | "garbled" | "code", depth)


@dataclass(frozen=True)
class Built:
    """A finished document and where its body starts."""

    document: QTextDocument
    origin: int  # Qt position where the body starts
    header_blocks: int  # blocks before the body
    cuts: BlockCuts  # the very long paragraphs shown in several blocks


class DocumentBuilder(QObject):
    """Builds one document at a time; starting another drops the one under way."""

    built = Signal(object)  # Built

    def __init__(self, parent: QObject, margin: int) -> None:
        super().__init__(parent)
        self._margin = margin
        self._steps: Iterator | None = None
        self._held = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._continue)

    @property
    def building(self) -> bool:
        return self._steps is not None

    def cancel(self) -> None:
        self._steps = None
        self._timer.stop()

    def hold(self, on: bool) -> None:
        """While held, a long build goes no further (a short one is built at start); released, it carries on."""
        self._held = on
        if on:
            self._timer.stop()
        elif self._steps is not None and not self._timer.isActive():
            self._timer.start()

    def start(self, header: tuple[str, str], display: DisplayText, marks: dict, headings: dict,
              typo: Typography) -> None:
        """Build header + body; `built` is emitted when done: before this returns for a short document, else from the
        next event-loop turn on (the turn that asked has work of its own: a text arriving, its outline restyled)."""
        self._steps = self._build(header, display, marks, headings, typo)
        self._timer.stop()
        if len(display.text) <= BUILD_RUN_CHARS:
            self._continue()
        elif not self._held:
            self._timer.start()

    def _continue(self) -> None:
        steps = self._steps
        if steps is None:
            return
        deadline = time.perf_counter() + BUILD_BUDGET_MS / 1000
        try:
            while time.perf_counter() < deadline:
                next(steps)
        except StopIteration as done:
            if steps is self._steps:
                self._steps = None
                self.built.emit(done.value)
            return
        if not self._held:
            self._timer.start()

    def _build(self, header, display: DisplayText, marks: dict, headings: dict, typo: Typography):
        qdoc = QTextDocument(self.parent())
        qdoc.setUndoRedoEnabled(False)
        qdoc.setDocumentMargin(self._margin)
        qdoc.setDefaultFont(typo.font)
        cursor = QTextCursor(qdoc)
        first = True
        for text, block_fmt, char_fmt in ((header[0], typo.title_block, typo.title_char),
                                          (header[1], typo.meta_block, typo.meta_char)):
            if not text:
                continue
            if not first:
                cursor.insertBlock()
            cursor.setBlockFormat(block_fmt)
            cursor.setBlockCharFormat(char_fmt)
            cursor.insertText(text, char_fmt)
            first = False
        if not first:
            cursor.insertBlock()
        cursor.setBlockFormat(typo.body_block)
        cursor.setBlockCharFormat(typo.body_char)
        origin, header_blocks = cursor.position(), cursor.block().blockNumber()
        formats: dict[tuple, QTextCharFormat] = {}
        text = display.text
        found: dict[int, list[int]] = {}
        yield from sliced_cuts(display.shown, headings, found)
        points = cut_points(display.shown, display.starts, found)
        joined = joined_format(typo.body_block)
        for start, end, keys, action in _runs(display, marks, headings):
            if action == "heading":
                cursor.setBlockFormat(typo.paragraph_block(headings[display.paragraph_of(start)]))
            if action == "body-block":
                cursor.insertBlock(typo.body_block, typo.body_char)  # the paragraph after a heading or code is body
            else:
                fmt = formats.get(keys)
                if fmt is None:
                    fmt = formats[keys] = _merged(typo, keys)
                insert_cut(cursor, text, start, end, points, fmt, joined, typo.body_block)
            yield
        return Built(qdoc, origin, header_blocks, BlockCuts(found))


def _merged(typo: Typography, keys: tuple[MarkKey, ...]) -> QTextCharFormat:
    fmt = QTextCharFormat(typo.body_char)
    for kind, depth in keys:
        fmt.merge(typo.mark_char(kind, depth))
    return fmt


def _runs(display: DisplayText, marks: dict, headings: dict):
    """(start, end, active mark keys, action) runs of the displayed text, in order, computed as they are used.

    action is "heading" where a heading paragraph begins (its block gets the heading format), "body-block" for
    the newline that ends a heading paragraph (the next block must not inherit its format), else None.
    """
    text, starts = display.text, display.starts
    count, pos = len(starts), 0
    for i in sorted(set(marks) | set(headings)):
        begin = starts[i]
        end = starts[i + 1] - 1 if i + 1 < count else len(text)  # the paragraph, without its newline
        yield from _plain(text, pos, begin)
        spans = []
        cuts = {begin, end}
        for start, stop, kind, depth in marks.get(i, ()):
            lo, hi = max(begin, display.to_display(start)), min(end, display.to_display(stop))
            if hi > lo:
                spans.append((lo, hi, (kind, depth)))
                cuts.update((lo, hi))
        points = sorted(cuts)
        action = "heading" if i in headings else None
        for a, b in zip(points, points[1:]) if len(points) > 1 else [(begin, end)]:
            keys = tuple(sorted({key for lo, hi, key in spans if lo <= a and b <= hi}))
            yield a, b, keys, action
            action = None
        if i in headings and i + 1 < count:
            yield end, end + 1, (), "body-block"
            end += 1
        pos = end
    yield from _plain(text, pos, len(text))


def _plain(text: str, start: int, end: int):
    """A stretch without marks, in pieces of at most BUILD_RUN_CHARS (each step of the build stays short)."""
    while end - start > BUILD_RUN_CHARS:
        cut = text.rfind("\n", start, start + BUILD_RUN_CHARS) + 1
        if cut <= start:
            cut = start + BUILD_RUN_CHARS
        yield start, cut, (), None
        start = cut
    if end > start:
        yield start, end, (), None
