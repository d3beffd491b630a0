"""The reading pane: a document's cleaned text laid out for reading, shown in the chosen script.

The text is always inserted as plain text (markup inside a document is never interpreted, nothing is fetched).
Python indices are used throughout; Qt positions appear only through `to_qt` / `from_qt` / `qt_for_source`.
Its parts: the view builds and formats the QTextDocument and owns the highlight layers; a `ScriptSwitcher`
converts paragraphs in place; a `Navigator` moves the view without forcing a full layout; a `LayoutPump` lays a
long document out in small steps.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetricsF, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from reader.text.display import DisplayText
from reader.text.model import Document
from reader.ui.lazy_layout import LayoutPump
from reader.ui.reading_motion import Anchor, Navigator
from reader.ui.script_switch import ScriptSwitcher
from reader.ui.text_build import Built, DocumentBuilder
from reader.ui.themes import Theme, reading_palette
from reader.ui.tuning import HOLE_GUARD_CHARS, IN_PLACE_CHARS, POSITION_DEBOUNCE_MS, SWITCH_VISIBLE_MARGIN
from reader.ui.typography import Typography, reading_font
from reader.ui.utf16 import Utf16Map
from reader.ui.workers import Jobs

log = logging.getLogger(__name__)

DOCUMENT_MARGIN = 28

DisplayOffset = int  # an index into the displayed text (DisplayText.text)
SourceOffset = int  # an index into the cleaned text (Document.text)


class ReadingView(QTextEdit):
    """The text of one document, header first; emits where the reader is."""

    position_changed = Signal(int)  # cleaned-text offset at the top of the view (debounced)
    display_changed = Signal()  # the displayed text is complete in a new version: a document opened, a script set
    conversion_finished = Signal()
    document_replaced = Signal()  # a new QTextDocument (document, theme, size): highlight layers were dropped

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
        self._doc: Document | None = None
        self._display = DisplayText([])
        self._version = 0
        self._origin = 0  # Qt position where the body starts (after the header)
        self._header: tuple[str, str] = ("", "")
        self._header_blocks = 0
        self._maps: dict[int, Utf16Map] = {}  # paragraph -> its UTF-16 map (built on demand)
        self._marks: dict[int, list[tuple[int, int, str, int]]] = {}  # paragraph -> (start, end, kind, depth)
        self._heading_paragraphs: dict[int, tuple[int, bool]] = {}  # paragraph -> (depth, run-in)
        self._layers: dict[str, list] = {}
        self._qdoc: QTextDocument | None = None
        self._extra_actions: list = []
        self._top = 0  # cleaned-text offset at the top, kept across resizes
        self._pending: int | None = None  # a place asked for while hidden
        self._typo = Typography(reading_font(13.0), Theme("light", "#fff", "#000", "#000", "#666", "#fcc", "#9cf"))
        self._pump = LayoutPump(self)
        self._builder = DocumentBuilder(self, DOCUMENT_MARGIN)
        self._builder.built.connect(self._swap)
        self._after_build: list = []  # what to do once the document being built is shown
        self._pending_top: int | None = None  # the place to show once the document being built is in
        self._nav = Navigator(self)
        self._nav.arrived.connect(self._arrived)
        self._switcher = ScriptSwitcher(self, jobs, cache_dir)
        self._switcher.finished.connect(self._conversion_done)
        self._repin_timer = QTimer(self, singleShot=True, interval=0)
        self._repin_timer.timeout.connect(self._repin)
        self._scroll_timer = QTimer(self, singleShot=True, interval=POSITION_DEBOUNCE_MS)
        self._scroll_timer.timeout.connect(self._emit_position)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- what the rest of the window reads ---------------------------------------------------------------

    @property
    def version(self) -> int:
        """Changes whenever the displayed text is replaced (a document opened, a script change begun or done).

        Work computed off the GUI thread carries the version it was computed for and is applied only if the
        view still shows that version: the window's one staleness check.
        """
        return self._version

    @property
    def display(self) -> DisplayText:
        """The displayed paragraphs and the maps between displayed and cleaned offsets."""
        return self._display

    def displayed_text(self) -> str:
        """The body as shown (for find, keywords, copy-all and export)."""
        return self._display.text

    @property
    def converting(self) -> bool:
        """A script change is still filling in paragraphs."""
        return self._switcher.busy

    @property
    def busy(self) -> bool:
        """Something the reader asked for is still under way (building, converting, laying out towards a place)."""
        return self._switcher.busy or self._builder.building or self._nav.moving

    @property
    def typography(self) -> Typography:
        return self._typo

    def to_qt(self, index: DisplayOffset) -> int:
        """Qt position of a displayed-text index, computed within its paragraph."""
        display = self._display
        if not display.shown:
            return self._origin
        i = display.paragraph_of(max(0, index))
        inner = max(0, min(index - display.starts[i], len(display.shown[i])))
        block = self.document().findBlockByNumber(self._header_blocks + i)
        return block.position() + self._paragraph_map(i).to_utf16(inner)

    def from_qt(self, pos: int) -> DisplayOffset:
        """Displayed-text index of a Qt position (header positions map to 0)."""
        display = self._display
        if pos < self._origin or not display.shown:
            return 0
        block = self.document().findBlock(pos)
        i = min(len(display.shown) - 1, max(0, block.blockNumber() - self._header_blocks))
        return display.starts[i] + self._paragraph_map(i).from_utf16(pos - block.position())

    def qt_for_source(self, offset: SourceOffset, qdoc: QTextDocument | None = None) -> int:
        """Qt position of a cleaned-text offset, computed within its paragraph (no whole-text map needed)."""
        display = self._display
        if not display.source:
            return self._origin
        i = display.paragraph_of(offset, displayed=False)
        inner = display.to_display(offset) - display.starts[i]
        block = (qdoc or self.document()).findBlockByNumber(self._header_blocks + i)
        return block.position() + self._paragraph_map(i).to_utf16(inner)

    def _paragraph_map(self, i: int) -> Utf16Map:
        """Python <-> UTF-16 map of one displayed paragraph (astral characters such as 𠮷 count twice in Qt)."""
        found = self._maps.get(i)
        if found is None:
            found = self._maps[i] = Utf16Map(self._display.shown[i])
        return found

    def top_offset(self) -> SourceOffset:
        """Cleaned-text offset of the first character at the top of the view."""
        if self._doc is None:
            return 0
        if self._pending is not None:
            return self._pending
        if self._pending_top is not None:
            return self._pending_top
        pos = self._nav.position_at_y(0)
        if pos < self._origin:
            return 0
        return self._display.to_source(self.from_qt(pos))

    def top_paragraph(self) -> int:
        """Index of the paragraph at the top of the view."""
        block = self.document().findBlock(self._nav.position_at_y(0))
        return max(0, block.blockNumber() - self._header_blocks)

    def visible_paragraphs(self) -> tuple[int, int]:
        """First and past-the-last paragraph on screen (an upper bound from the viewport and line height)."""
        line = QFontMetricsF(self._typo.font).lineSpacing() or 16
        first = self.top_paragraph()
        count = len(self._display.source)
        return first, min(count, first + int(self.viewport().height() / line) + 1 + SWITCH_VISIBLE_MARGIN)

    def visible_display_range(self) -> tuple[DisplayOffset, DisplayOffset]:
        """Displayed-text range on screen, from blocks already laid out (never forces the whole layout)."""
        top = self._nav.position_at_y(0)
        bottom = self._nav.position_at_y(self.viewport().height())
        return self.from_qt(top), self.from_qt(bottom) + 1

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
            self._pending_top = top
            self._rebuild(self._header)

    def show_document(self, doc: Document, header: tuple[str, str], config: str | None, position: int = 0) -> None:
        """Display a document (header = title and metadata line, already in the displayed script).

        A long document is built over a few event-loop turns; until then the view holds the place asked for.
        """
        self._switcher.cancel()
        self._version += 1
        version = self._version
        self._doc = doc
        self._display = DisplayText([p.text for p in doc.paragraphs])
        self._maps = {}
        self._index_marks(doc)
        self._top = self._pending_top = position

        def shown() -> None:
            if version != self._version:
                return
            self._settle_at(position)
            if config:
                self.set_config(config, header)
            else:
                self.display_changed.emit()
            self._emit_position()

        self._rebuild(header, shown)

    def clear_document(self) -> None:
        """Show nothing (the open document was removed)."""
        self._switcher.cancel()
        self._version += 1
        self._doc = None
        self._display = DisplayText([])
        self._maps = {}
        self._marks, self._heading_paragraphs = {}, {}
        self._rebuild(("", ""))
        self.display_changed.emit()

    def set_config(self, config: str | None, header: tuple[str, str]) -> None:
        """Show the body through another conversion: visible paragraphs now, the rest on a worker."""
        if self._doc is None:
            return
        self._version += 1
        if len(self._display.text) <= IN_PLACE_CHARS and not self._builder.building:
            self.set_header(header)
        else:
            self._header = header  # shown with the converted text: a header edit would walk the whole layout
        self._display.config = config
        self._switcher.start(config, self._version)

    def replace_all(self, conversions: list, then) -> None:
        """Every paragraph converted: one rebuild, the same text at the top, the selection kept."""
        top, selection = self.top_offset(), self.selection_source()
        for i, conversion in enumerate(conversions):
            self._display.set_converted(i, conversion)
        self._maps = {}
        self._pending_top = top
        version = self._version

        def shown() -> None:
            if version == self._version:
                self._settle_at(top)
                if selection is not None:
                    self.restore_selection(selection)
            then()

        self._rebuild(self._header, shown)

    def _conversion_done(self) -> None:
        self._version += 1  # the complete text in the new script is a new version: matches are made again
        self._apply_layers()
        self.display_changed.emit()
        self.conversion_finished.emit()
        self._emit_position()

    def _index_marks(self, doc: Document) -> None:
        """Headings and garbled runs by paragraph, so each paragraph can be formatted on its own."""
        self._marks = defaultdict(list)
        self._heading_paragraphs = {}
        paragraph_of = self._display.paragraph_of
        for h in doc.headings:
            i = paragraph_of(h.offset, displayed=False)
            para = doc.paragraphs[i]
            end = h.end if h.end >= 0 else para.start + len(para.text)
            self._marks[i].append((h.offset, end, "heading", h.depth))
            if h.offset == para.start:
                self._heading_paragraphs[i] = (h.depth, end < para.start + len(para.text))
        for g in doc.garbled:
            i = paragraph_of(g.start, displayed=False)
            self._marks[i].append((g.start, g.end, "garbled", 0))

    def _rebuild(self, header: tuple[str, str], then=None) -> None:
        """Lay the whole document out again from the displayed paragraphs, in a new QTextDocument.

        It is built detached, in steps for a long text (see text_build), then handed to the view, which lays
        it out lazily; `then` runs once it is shown. Every highlight layer is dropped with the old document
        (its selections point into it) and `document_replaced` asks their owners for new ones.
        """
        self._header = header
        if then is not None:
            self._after_build.append(then)
        if not self._builder.building:
            self._pending_top = self.top_offset() if self._pending_top is None else self._pending_top
        self._builder.start(header, self._display, self._marks, self._heading_paragraphs, self._typo)

    def _swap(self, built: Built) -> None:
        qdoc = built.document
        self._origin, self._header_blocks = built.origin, built.header_blocks
        self._layers = {}
        self.setExtraSelections([])
        self._nav.reset()
        self.viewport().setUpdatesEnabled(False)  # the old page stays on screen until the new one is in place
        self.verticalScrollBar().setValue(0)  # else setDocument lays out everything down to the old place
        self.setDocument(qdoc)
        self._pump.set_document(qdoc)
        if self._qdoc is not None:
            self._qdoc.deleteLater()  # ours (the first, the view's own, is deleted by the view)
        self._qdoc = qdoc
        top, self._pending_top = self._pending_top, None
        actions, self._after_build = self._after_build, []
        self.document_replaced.emit()
        for action in actions:
            action()
        if not self._nav.moving and not self.viewport().updatesEnabled():
            self._settle_at(top or 0)  # nobody asked for a place: the one held during the build

    def _settle_at(self, offset: SourceOffset) -> None:
        """After a rebuild: move to the place, then paint (a far place is laid out in steps first)."""
        self.scroll_to_offset(offset)
        if not self._nav.moving:
            self.viewport().setUpdatesEnabled(True)

    @Slot()
    def _arrived(self) -> None:
        if not self.viewport().updatesEnabled():
            self.viewport().setUpdatesEnabled(True)
        self._emit_position()

    def _char_marks(self, i: int):
        """(source start, source end, format) of the heading and garbled runs in one paragraph."""
        for start, end, kind, depth in self._marks.get(i, ()):
            yield start, end, self._typo.heading_char(depth) if kind == "heading" else self._typo.garbled_char

    def _format_chars(self, cursor: QTextCursor, i: int) -> None:
        """Heading and garbled character formats of one paragraph replaced in place."""
        for start, end, fmt in self._char_marks(i):
            cursor.setPosition(self.qt_for_source(start, cursor.document()))
            cursor.setPosition(self.qt_for_source(end, cursor.document()), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    # --- editing in place (script changes, deferred formats) ----------------------------------------------

    def replace_paragraphs(self, indices: list[int], conversions: list) -> None:
        """Store paragraphs' conversions and replace the blocks whose text changed, in one edit (short texts)."""
        display = self._display
        changed = [i for i, conv in zip(indices, conversions) if display.set_converted(i, conv)]
        if not changed:
            return

        def edit(cursor: QTextCursor) -> None:
            qdoc = cursor.document()
            for i in changed:
                self._maps.pop(i, None)
                block = qdoc.findBlockByNumber(self._header_blocks + i)
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(display.shown[i], self._typo.body_char)
                if i in self._marks:
                    self._format_chars(cursor, i)

        self._edit(edit)

    def _edit(self, edit) -> None:
        """One edit of the QTextDocument, after which no block behind the layout frontier is left unlaid."""
        qdoc = self.document()
        frontier = self._nav.frontier_position()
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        edit(cursor)
        cursor.endEditBlock()
        if frontier is not None:
            # Qt moves (without laying out) the blocks just past its lazy-layout frontier when an edit lands
            # behind it; they would stay blank for good. Laying that stretch out again closes the hole.
            end = qdoc.characterCount() - 1
            if frontier < end:
                qdoc.markContentsDirty(frontier, min(HOLE_GUARD_CHARS, end - frontier))

    def anchor(self) -> Anchor:
        return self._nav.anchor()

    def restore_anchor(self, anchor: Anchor) -> None:
        self._nav.restore(anchor)

    def selection_source(self) -> tuple[SourceOffset, SourceOffset] | None:
        """The selection as cleaned-text offsets (kept across a script change), None without one."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self._display.to_source(self.from_qt(cursor.selectionStart())),
                self._display.to_source(self.from_qt(cursor.selectionEnd())))

    def restore_selection(self, span: tuple[SourceOffset, SourceOffset]) -> None:
        start, end = (self.qt_for_source(o) for o in span)
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def set_header(self, header: tuple[str, str]) -> None:
        """New title or metadata line (another script or UI language), the body untouched."""
        if header == self._header:
            return
        if len([h for h in header if h]) != len([h for h in self._header if h]):
            self._rebuild(header)
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

    # --- moving -------------------------------------------------------------------------------------------

    def scroll_to_offset(self, offset: SourceOffset) -> None:
        """Put the line holding a cleaned-text offset at the top of the view."""
        self._top = offset
        if not self.isVisible():
            self._pending = offset  # laid out for real once shown
            self.viewport().setUpdatesEnabled(True)
            return
        self._pending = None
        if self._doc is None or offset <= 0:
            self._nav.cancel()
            self.verticalScrollBar().setValue(0)
            self._arrived()
            return
        self.scroll_to_display(self._display.to_display(offset))

    def scroll_to_display(self, index: DisplayOffset) -> None:
        """Put the line holding a displayed-text index at the top of the view (far places laid out in steps)."""
        self._nav.go_to(self.to_qt(index))

    def reveal_display(self, start: DisplayOffset, end: DisplayOffset) -> None:
        """Bring a displayed span into view, a third of the way down, unless it is already well in view."""
        self._nav.reveal(self.to_qt(start))

    def select_display(self, start: DisplayOffset, end: DisplayOffset, reveal: bool = True) -> None:
        """Select a displayed-text span (find results) and bring it into view."""
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if reveal:
            self._nav.reveal(self.to_qt(start))

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        self._scroll_timer.start()

    @Slot()
    def _emit_position(self) -> None:
        if self._doc is not None:
            self._top = self.top_offset()
            self.position_changed.emit(self._top)

    # --- extra selections by layer (keywords, find, ...) ---------------------------------------------------

    def set_layer(self, name: str, selections: list) -> None:
        """Replace one layer of extra selections; layers are drawn in the order first set.

        Only selections into the document shown now are kept: one made for a replaced document would point
        into freed memory.
        """
        current = self.document()
        self._layers[name] = [s for s in selections if s.cursor.document() is current]
        self._apply_layers()

    def _apply_layers(self) -> None:
        current = self.document()
        merged = [s for layer in self._layers.values() for s in layer if s.cursor.document() is current]
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

    def keyPressEvent(self, event) -> None:
        """Ctrl+End goes to the very end even while the layout of a long document is still under way."""
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) and self._doc is not None:
            self._nav.go_to_end()
            event.accept()
            return
        super().keyPressEvent(event)

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
        if self._doc is not None and not self._switcher.busy:
            self._repin_timer.start()

    def _repin(self) -> None:
        if self._doc is None or self._switcher.busy or not self.isVisible():
            return
        if self._nav.at_end:
            self._nav.go_to_end()
        else:
            self.scroll_to_offset(self._top)

    def _update_margins(self) -> None:
        """Centre a column of readable width; the margins are painted as paper."""
        bar = self.verticalScrollBar()
        avail = self.width() - (bar.sizeHint().width() if bar.isVisible() else 0)
        column = self._typo.column_width(self.document().documentMargin())
        side = max(0, (avail - column) // 2)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
