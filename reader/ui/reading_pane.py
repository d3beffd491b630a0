"""The reading pane: a document's cleaned text laid out for reading, shown in the chosen script.

The text is always inserted as plain text (markup inside a document is never interpreted, nothing is fetched).
Python indices are used throughout; Qt positions appear only through `to_qt` / `from_qt`.
A script change converts the visible paragraphs at once and the rest in chunks on a worker, replacing blocks in
place, so the same paragraph stays at the top and a long document never blocks the window.
"""

from __future__ import annotations

import bisect
import logging
from collections import defaultdict

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from reader.text.model import Document
from reader.text.display import DisplayText
from reader.ui.lazy_layout import LayoutPump
from reader.ui.reading_motion import MotionMixin
from reader.ui.script_switch import LAYOUT_AHEAD, VISIBLE_MARGIN, ScriptSwitchMixin
from reader.ui.themes import Theme, reading_palette
from reader.ui.typography import Typography, reading_font
from reader.ui.utf16 import Utf16Map, to_utf16
from reader.ui.workers import Jobs

log = logging.getLogger(__name__)

DOCUMENT_MARGIN = 28
FORMAT_STEP = 300  # paragraphs formatted per event-loop turn after the first screen


class ReadingView(ScriptSwitchMixin, MotionMixin, QTextEdit):
    """The text of one document, header first; emits where the reader is."""

    position_changed = Signal(int)  # cleaned-text offset at the top of the view (debounced)
    display_changed = Signal()  # the displayed text changed: a document opened, or a script change progressed
    conversion_finished = Signal()

    def __init__(self, jobs: Jobs, cache_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._jobs = jobs
        self._cache_dir = cache_dir
        self._doc: Document | None = None
        self._display = DisplayText([])
        self._origin = 0  # Qt position where the body starts (after the header)
        self._utf16: Utf16Map | None = None
        self._marks: dict[int, list[tuple[int, int, str, int]]] = {}  # paragraph -> (start, end, kind, depth)
        self._heading_paragraphs: dict[int, tuple[int, bool]] = {}  # paragraph -> (depth, run-in)
        self._header: tuple[str, str] = ("", "")
        self._header_blocks = 0
        self._generation = 0
        self._queue: list[int] = []
        self._busy = False
        self._top = 0  # cleaned-text offset at the top, kept across resizes
        self._pending: int | None = None  # a place asked for while hidden
        self._layout_goal: int | None = None  # a far place being laid out towards
        self._qdoc: QTextDocument | None = None
        self._pump_layout = LayoutPump(self)
        self._format_pending: list[int] = []  # paragraphs whose heading/garbled formats are still to apply
        self._format_timer = QTimer(self, singleShot=True)
        self._format_timer.timeout.connect(self._format_more)
        self._anchor: tuple[int, float] | None = None
        self._saved_selection: tuple[int, int] | None = None
        self._pinning = False
        self._extra_actions: list = []
        self._layers: dict[str, list] = {}
        self._typo = Typography(reading_font(13.0), Theme("light", "#fff", "#000", "#000", "#666", "#fcc", "#9cf"))
        self._repin_timer = QTimer(self, singleShot=True, interval=0)
        self._repin_timer.timeout.connect(self._repin)
        self._scroll_timer = QTimer(self, singleShot=True, interval=40)
        self._scroll_timer.timeout.connect(self._emit_position)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- what the rest of the window reads ---------------------------------------------------------------

    @property
    def display(self) -> DisplayText:
        """The displayed paragraphs and the maps between displayed and cleaned offsets."""
        return self._display

    def displayed_text(self) -> str:
        """The body as shown (for find, keywords, copy-all and export)."""
        return self._display.text

    @property
    def version(self) -> int:
        """Changes whenever the displayed text is replaced (a document opened, a script change begun).

        Work computed off the GUI thread carries the version it was computed for and is applied only if the
        view still shows that version: the window's one staleness check.
        """
        return self._generation

    @property
    def converting(self) -> bool:
        """A script change is still filling in paragraphs."""
        return self._busy

    def to_qt(self, index: int) -> int:
        """Qt position of a displayed-text index."""
        return self._origin + self._map().to_utf16(index)

    def from_qt(self, pos: int) -> int:
        """Displayed-text index of a Qt position (header positions map to 0)."""
        return self._map().from_utf16(max(0, pos - self._origin))

    def _map(self) -> Utf16Map:
        if self._utf16 is None:
            self._utf16 = Utf16Map(self._display.text)
        return self._utf16

    def top_offset(self) -> int:
        """Cleaned-text offset of the first character at the top of the view."""
        if self._doc is None:
            return 0
        if self._pending is not None:
            return self._pending
        pos = self.position_at_y(0)
        if pos < self._origin:
            return 0
        return self._display.to_source(self.from_qt(pos))

    def top_paragraph(self) -> int:
        """Index of the paragraph at the top of the view."""
        block = self.document().findBlock(self.position_at_y(0))
        return max(0, block.blockNumber() - self._origin_block())

    def position_at_y(self, y: int) -> int:
        """Qt position of the first character on the line at viewport height y.

        Unlike cursorForPosition (a hit test, which finishes the whole layout first), this only reads blocks
        that are laid out already, so it stays cheap in a long document whose layout is still under way.
        """
        qdoc = self.document()
        layout = qdoc.documentLayout()
        target = self.verticalScrollBar().value() + y + 1  # a pixel's slack: blocks start at fractional y
        lo, hi = 0, self._frontier_block()
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if layout.blockBoundingRect(qdoc.findBlockByNumber(mid)).top() <= target:
                lo = mid
            else:
                hi = mid - 1
        block = qdoc.findBlockByNumber(lo)
        text_layout = block.layout()
        rel = target - layout.blockBoundingRect(block).top()
        if text_layout is not None:
            for n in range(text_layout.lineCount()):
                line = text_layout.lineAt(n)
                if line.y() + line.height() > rel:
                    return block.position() + line.textStart()
            if text_layout.lineCount() and block.next().isValid():
                return block.next().position()  # in the space between paragraphs: the next one is at the top
        return block.position()

    def _origin_block(self) -> int:
        return self._header_blocks

    # --- showing a document -------------------------------------------------------------------------------

    def set_typography(self, typography: Typography) -> None:
        """New font size or theme: rebuild the formats, keeping the place."""
        top = self.top_offset()
        self._typo = typography
        palette = reading_palette(typography.theme, self.palette())
        self.setPalette(palette)
        self.viewport().setPalette(palette)
        self.document().setDefaultFont(typography.font)
        self._update_margins()
        if self._doc is not None:
            self._rebuild(self._header)
            self.scroll_to_offset(top)

    def show_document(self, doc: Document, header: tuple[str, str], config: str | None, position: int = 0) -> None:
        """Display a document (header = title and metadata line, already in the displayed script)."""
        self._generation += 1
        self._queue = []
        self._busy = False
        self._doc = doc
        self._display = DisplayText([p.text for p in doc.paragraphs])
        self._index_marks(doc)
        self._rebuild(header, position)
        self.scroll_to_offset(position)
        if config:
            self.set_config(config, header)
        else:
            self.display_changed.emit()
        self._emit_position()

    def clear_document(self) -> None:
        self._generation += 1
        self._queue = []
        self._busy = False
        self._doc = None
        self._display = DisplayText([])
        self._utf16 = None
        self._format_pending = []
        self.document().clear()

    def _index_marks(self, doc: Document) -> None:
        """Headings and garbled runs by paragraph, so each paragraph can be formatted on its own."""
        self._marks = defaultdict(list)
        self._heading_paragraphs = {}
        for h in doc.headings:
            i = doc.paragraph_at(h.offset)
            para = doc.paragraphs[i]
            end = h.end if h.end >= 0 else para.start + len(para.text)
            self._marks[i].append((h.offset, end, "heading", h.depth))
            if h.offset == para.start:
                self._heading_paragraphs[i] = (h.depth, end < para.start + len(para.text))
        for g in doc.garbled:
            i = doc.paragraph_at(g.start)
            self._marks[i].append((g.start, g.end, "garbled", 0))

    def _rebuild(self, header: tuple[str, str], position: int | None = None) -> None:
        """Lay the whole document out again from the displayed paragraphs.

        Headings and garbled runs are formatted at once down to a screen below `position` (the place to be
        shown; default the current top); further down, in steps as the layout reaches them (a long document's
        thousands of headings would otherwise cost a visible pause).
        """
        self._header = header
        top = self.top_offset() if position is None else position
        typo = self._typo
        # Built detached (no layout runs while it is filled), then handed to the view, which lays it out lazily.
        qdoc = QTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        qdoc.setDocumentMargin(DOCUMENT_MARGIN)
        qdoc.setDefaultFont(typo.font)
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        title, meta = header
        first = True
        for text, block_fmt, char_fmt in ((title, typo.title_block, typo.title_char),
                                          (meta, typo.meta_block, typo.meta_char)):
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
        self._origin = cursor.position()
        self._header_blocks = cursor.block().blockNumber()
        cursor.insertText(self._display.text, typo.body_char)
        base = self._origin_block()
        marked = sorted(set(self._marks) | set(self._heading_paragraphs))
        now = len(marked)
        if not self._jobs.synchronous and self._display.source:
            limit = self._display.paragraph_of(top, displayed=False) + self._visible_paragraphs() + VISIBLE_MARGIN
            now = bisect.bisect_left(marked, limit)
        for i in marked[:now]:
            self._format_paragraph(cursor, base, i)
        self._format_pending = marked[now:]
        cursor.endEditBlock()
        self._utf16 = None
        self.setDocument(qdoc)
        self._pump_layout.set_document(qdoc)
        if self._qdoc is not None:
            self._qdoc.deleteLater()  # ours (the first, the view's own, is deleted by the view)
        self._qdoc = qdoc
        self._apply_layers()
        if self._format_pending:
            self._format_timer.start(0)

    def _format_paragraph(self, cursor: QTextCursor, base: int, i: int) -> None:
        if i in self._heading_paragraphs:
            self._format_block(cursor, base, i)
        if i in self._marks:
            self._format_chars(cursor, i)

    def _format_more(self) -> None:
        """Format the next pending paragraphs that the layout has reached, holding the place at the top."""
        pending = self._format_pending
        if not pending or self._doc is None:
            return
        reach = self._frontier_block() - self._header_blocks + LAYOUT_AHEAD
        n = min(FORMAT_STEP, bisect.bisect_right(pending, reach))
        if n:
            anchor = self._current_anchor()
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            for i in pending[:n]:
                self._format_paragraph(cursor, self._header_blocks, i)
            cursor.endEditBlock()
            del pending[:n]
            if not self._busy:
                self._anchor = anchor
                self._restore_anchor()
                self._anchor = None
        if pending:
            self._format_timer.start(0 if n else 5)

    def _format_block(self, cursor: QTextCursor, base: int, i: int) -> None:
        depth, run_in = self._heading_paragraphs[i]
        block = cursor.document().findBlockByNumber(base + i)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(self._typo.heading_block(depth, run_in))

    def _format_chars(self, cursor: QTextCursor, i: int) -> None:
        """Heading and garbled character formats of one paragraph, mapped into the displayed text."""
        for start, end, kind, depth in self._marks.get(i, ()):
            fmt = self._typo.heading_char(depth) if kind == "heading" else self._typo.garbled_char
            cursor.setPosition(self.qt_for_source(start, cursor.document()))
            cursor.setPosition(self.qt_for_source(end, cursor.document()), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def qt_for_source(self, offset: int, qdoc: QTextDocument | None = None) -> int:
        """Qt position of a cleaned-text offset, computed within its paragraph (no whole-text map needed)."""
        display = self._display
        if not display.source:
            return self._origin
        i = display.paragraph_of(offset, displayed=False)
        inner = display.to_display(offset) - display.starts[i]
        block = (qdoc or self.document()).findBlockByNumber(self._header_blocks + i)
        return block.position() + to_utf16(display.shown[i], inner)

    # --- extra selections by layer (keywords, find, ...) ---------------------------------------------------

    def set_layer(self, name: str, selections: list) -> None:
        """Replace one layer of extra selections; layers are drawn in the order first set."""
        self._layers[name] = list(selections)
        self._apply_layers()

    def _apply_layers(self) -> None:
        merged = [s for layer in self._layers.values() for s in layer]
        self.setExtraSelections(merged)

    # --- Qt overrides ---------------------------------------------------------------------------------------

    def set_context_actions(self, actions: list) -> None:
        self._extra_actions = list(actions)

    def contextMenuEvent(self, event) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self._extra_actions:
            menu.addSeparator()
            for action in self._extra_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy gives plain text in the displayed script, paragraph breaks as newlines."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText())
        return data

    def loadResource(self, _type: int, _name) -> object:
        """Never fetch anything a document names."""
        return None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self.scroll_to_offset(self._pending)

    def resizeEvent(self, event) -> None:
        """A new size rewraps the text: keep the same place at the top once the layout settles."""
        super().resizeEvent(event)
        self._update_margins()
        if self._doc is not None and not self._busy:
            self._repin_timer.start()

    def _repin(self) -> None:
        if self._doc is not None and not self._busy and self.isVisible():
            self.scroll_to_offset(self._top)

    def _update_margins(self) -> None:
        """Centre a column of readable width; the margins are painted as paper."""
        bar = self.verticalScrollBar()
        avail = self.width() - (bar.sizeHint().width() if bar.isVisible() else 0)
        column = self._typo.column_width(self.document().documentMargin())
        side = max(0, (avail - column) // 2)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
