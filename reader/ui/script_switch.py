"""Switching a reading view's script in place: visible paragraphs at once, the rest in chunks on a worker.

Part of ReadingView (kept apart to keep modules short). Blocks are replaced one paragraph at a time, so block
numbers never change; the paragraph at the top is pinned after each chunk, and the selection is restored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetricsF, QTextCursor

from reader.text.display import convert_paragraphs

log = logging.getLogger(__name__)

CHUNK_PARAGRAPHS = 50  # converted per worker job and replaced per event-loop turn
LAYOUT_AHEAD = 200  # blocks an edit may lie beyond the laid-out part without waiting for the layout
VISIBLE_MARGIN = 4  # paragraphs beyond the visible ones converted before the first paint


@dataclass(frozen=True)
class _Same:
    """The identity conversion of a paragraph (going back to the original)."""

    text: str
    offsets: object = None


def _identity(_config: str, _cache: str, texts: list[str]) -> list[_Same]:
    return [_Same(t) for t in texts]


class ScriptSwitchMixin:
    """set_config() and its incremental machinery."""

    # --- changing the script ------------------------------------------------------------------------------

    def set_config(self, config: str | None, header: tuple[str, str]) -> None:
        """Show the body through another conversion: visible paragraphs now, the rest on a worker."""
        if self._doc is None:
            return
        self._generation += 1
        generation = self._generation
        self._anchor = self._current_anchor()
        cursor = self.textCursor()
        self._saved_selection = None
        if cursor.hasSelection():
            self._saved_selection = (self._display.to_source(self.from_qt(cursor.selectionStart())),
                                     self._display.to_source(self.from_qt(cursor.selectionEnd())))
        self._set_header(header)
        self._display.config = config
        self._busy = True
        self._display.done = [False] * len(self._display.source)
        fn = convert_paragraphs if config else _identity
        count = len(self._display.source)
        first = self.top_paragraph()
        last = min(count, first + self._visible_paragraphs() + VISIBLE_MARGIN)
        visible = list(range(max(0, first - 1), last))
        self._apply(visible, fn(config or "", self._cache_dir, [self._display.source[i] for i in visible]))
        self._queue = list(range(last, count)) + list(range(max(0, first - 1) - 1, -1, -1))
        self._pump(generation, fn, config or "")

    def _visible_paragraphs(self) -> int:
        """Upper bound of paragraphs on screen, from the viewport height and the line height."""
        line = QFontMetricsF(self._typo.font).lineSpacing() or 16
        return int(self.viewport().height() / line) + 1

    def _pump(self, generation: int, fn, config: str) -> None:
        """Convert the next chunk (paragraphs on screen first) on a worker, apply it, repeat; inline when synchronous."""
        while generation == self._generation:
            if not self._queue:
                self._finish()
                return
            chunk = self._next_chunk()
            texts = [self._display.source[i] for i in chunk]
            if self._jobs.synchronous:
                self._apply(chunk, fn(config, self._cache_dir, texts))
                continue

            def done(conversions: list, chunk: list[int] = chunk) -> None:
                self._apply_when_laid_out(generation, chunk, conversions, fn, config)

            self._jobs.submit(fn, config, self._cache_dir, texts, on_done=done, on_error=self._conversion_failed)
            return

    def _apply_when_laid_out(self, generation: int, chunk: list[int], conversions: list, fn, config: str) -> None:
        """Apply a chunk once the lazy layout has nearly reached it (an edit beyond it would force the rest at once)."""
        if generation != self._generation:
            return
        if self._header_blocks + max(chunk) > self._frontier_block() + LAYOUT_AHEAD:
            QTimer.singleShot(5, lambda: self._apply_when_laid_out(generation, chunk, conversions, fn, config))
            return
        self._apply(chunk, conversions)
        QTimer.singleShot(0, lambda: self._pump(generation, fn, config))

    def _next_chunk(self) -> list[int]:
        chunk = self._urgent()
        if chunk:
            wanted = set(chunk)
            self._queue = [i for i in self._queue if i not in wanted]
        else:
            # one contiguous run: an edit block spanning a gap would make Qt lay out everything in between
            queue, n = self._queue, 1
            step = queue[1] - queue[0] if len(queue) > 1 else 1
            while n < min(CHUNK_PARAGRAPHS, len(queue)) and abs(step) == 1 and queue[n] - queue[n - 1] == step:
                n += 1
            chunk, self._queue = queue[:n], queue[n:]
        return chunk

    def _urgent(self) -> list[int]:
        """Paragraphs on screen not converted yet (the reader scrolled or jumped during a conversion)."""
        done = self._display.done
        first = self.top_paragraph()
        last = min(len(done), first + self._visible_paragraphs() + VISIBLE_MARGIN)
        return [i for i in range(max(0, first - 1), last) if not done[i]]

    def _conversion_failed(self, exc: Exception) -> None:
        log.warning("conversion failed: %s", exc)
        self._queue = []
        self._finish()

    def _apply(self, indices: list[int], conversions: list) -> None:
        """Replace the changed paragraphs' blocks in place and keep the anchor paragraph where it was."""
        display = self._display
        changed = [i for i, conv in zip(indices, conversions) if display.set_converted(i, conv)]
        if changed:
            self._utf16 = None
            qdoc = self.document()
            base = self._origin_block()
            cursor = QTextCursor(qdoc)
            cursor.beginEditBlock()
            for i in changed:
                block = qdoc.findBlockByNumber(base + i)
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(display.shown[i], self._typo.body_char)
                if i in self._marks:
                    self._format_chars(cursor, i)
            cursor.endEditBlock()
        self._restore_anchor()
        self._restore_selection()

    def _finish(self) -> None:
        self._busy = False
        self._anchor = None
        self._saved_selection = None
        self._apply_layers()
        self.display_changed.emit()
        self.conversion_finished.emit()
        self._emit_position()

    def set_header(self, header: tuple[str, str]) -> None:
        """New title or metadata line (another UI language), the body untouched."""
        self._set_header(header)

    def _set_header(self, header: tuple[str, str]) -> None:
        """Retitle in place: the header blocks keep their formats, the body does not move."""
        if header == self._header:
            return
        if len([h for h in header if h]) != len([h for h in self._header if h]):
            top = self.top_offset()
            self._rebuild(header)
            self.scroll_to_offset(top)
            return
        qdoc = self.document()
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        block = qdoc.begin()
        for text in (t for t in header if t):
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
            block = block.next()
        cursor.endEditBlock()
        self._header = header
        self._origin = qdoc.findBlockByNumber(self._header_blocks).position()

    def _current_anchor(self) -> tuple[int, float]:
        block = self.document().findBlock(self.position_at_y(0))
        top = self.document().documentLayout().blockBoundingRect(block).top()
        return block.blockNumber(), self.verticalScrollBar().value() - top

    def _restore_anchor(self) -> None:
        if self._anchor is None:
            return
        number, delta = self._anchor
        block = self.document().findBlockByNumber(number)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self._pinning = True
        self.verticalScrollBar().setValue(int(round(top + delta)))
        self._pinning = False

    def _restore_selection(self) -> None:
        if self._saved_selection is None:
            return
        start, end = (self.qt_for_source(o) for o in self._saved_selection)
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._pinning = True
        self.setTextCursor(cursor)
        self._pinning = False

