"""The reading pane: a document's cleaned text laid out for reading, shown in the chosen script.

Plain text only (markup in a document is never interpreted, nothing is fetched). Python indices throughout; Qt
positions only through `to_qt` / `from_qt` / `qt_for_source`. Its parts are described in docs/architecture.md.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from reader.text.display import DisplayText, paragraph_marks, shown_display
from reader.text.model import Document
from reader.ui import in_place
from reader.ui.body_positions import BodyPositions, DisplayOffset, SourceOffset
from reader.ui.layers import SelectionLayers
from reader.ui.lazy_layout import LayoutPump
from reader.ui.reading_arrival import Arrival
from reader.ui.reading_look import ReadingLook
from reader.ui.reading_motion import Anchor, Navigator
from reader.ui.reading_place import PlaceKeeper
from reader.ui.reading_screen import Screen
from reader.ui.reading_surface import DOCUMENT_MARGIN, ReadingSurface, scrolled_to_end
from reader.ui.retire import DocumentRetirer
from reader.ui.script_switch import ScriptSwitcher
from reader.ui.text_build import Built, DocumentBuilder
from reader.ui.tuning import IN_PLACE_CHARS
from reader.ui.typography import Typography
from reader.ui.workers import Jobs


class ReadingView(ReadingSurface):
    """The text of one document, header first; emits where the reader is."""

    position_changed = Signal(int)  # cleaned-text offset at the top of the view (debounced)
    display_changed = Signal()  # the displayed text is complete in a new version: a document opened, a script set
    conversion_finished = Signal()
    document_replaced = Signal()  # a new QTextDocument (document, theme, size): highlight layers were dropped
    header_changed = Signal()  # another title or metadata line (a UI language): its hits are matched again
    text_shown = Signal()  # a document asked for with show_document is on screen at its place

    def __init__(self, jobs: Jobs, cache_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self._doc: Document | None = None
        self._display = DisplayText([])
        self._version = 0
        self._header: tuple[str, str] = ("", "")
        self._positions = self._body = BodyPositions(self.document)
        self._marks: dict[int, list[tuple[int, int, str, int]]] = {}  # paragraph -> (start, end, kind, depth)
        self._heading_paragraphs: dict[int, tuple[int, bool]] = {}  # paragraph -> (depth, run-in)
        self._layers = SelectionLayers()
        self._qdoc: QTextDocument | None = None
        self._look = ReadingLook(self)  # the typography, applied to the view (its palette, font and column)
        self._pump = LayoutPump(self)
        self._retirer = DocumentRetirer(self)  # replaced documents freed in steps
        self._builder = DocumentBuilder(self, DOCUMENT_MARGIN)
        self._builder.built.connect(self._swap)
        self._after_build: list = []  # what to do once the document being built is shown
        self._pending_top: int | None = None  # the place to show once the document being built is in
        self._held = False  # another document is being opened (hold_back)
        self._nav = Navigator(self)
        self._screen = Screen(self, self._nav, self._positions)  # what is on screen, from the layout made so far
        self._switcher = ScriptSwitcher(self, jobs, cache_dir)
        self._switcher.finished.connect(self._conversion_done)
        self._place = PlaceKeeper(self, self._nav)  # the reader's place, kept across resizes and layout
        self._arrival = Arrival(self._nav, lambda: self._builder.building, self.text_shown.emit, self)

    # --- what the rest of the window reads ---------------------------------------------------------------

    @property
    def version(self) -> int:
        """Changes whenever the displayed text is replaced (a document opened, a script change begun or done): work
        computed off the GUI thread is applied only if the view still shows its version (the one staleness check)."""
        return self._version

    @property
    def display(self) -> DisplayText:
        """The displayed paragraphs and the maps between displayed and cleaned offsets."""
        return self._display

    def displayed_text(self) -> str:
        """The body as shown (for find, keywords, copy-all and export)."""
        return self._display.text

    def shown_header(self) -> tuple[str, str]:
        """The title and metadata line shown above the body: keywords are counted, drawn and stepped to in them too."""
        return self._header if self._doc is not None else ("", "")

    @property
    def converting(self) -> bool:
        """A script change is still filling in paragraphs."""
        return self._switcher.busy

    @property
    def script_behind(self) -> bool:
        """A script change is under way and the text on screen is still in the script before it."""
        return self._switcher.behind

    @property
    def busy(self) -> bool:
        """Something the reader asked for is still under way (building, converting, laying out towards a place)."""
        return self._switcher.busy or self._builder.building or self._nav.moving

    @property
    def arriving(self) -> bool:
        """The page before a document asked for is on screen: its title, breadcrumb and status wait (Arrival)."""
        return self._arrival.pending

    @property
    def has_document(self) -> bool:
        """A document is shown or on its way (the place is then a place in it)."""
        return self._doc is not None

    @property
    def typography(self) -> Typography:
        return self._look.typography

    def to_qt(self, index: DisplayOffset) -> int:
        """Qt position of a displayed-text index."""
        return self._positions.to_qt(index)

    def from_qt(self, pos: int, header: bool = False) -> DisplayOffset:
        """Displayed-text index of a Qt position (header positions map to 0; with `header`, to the header's offsets)."""
        return self._positions.from_qt(pos, self.shown_header() if header else None)

    def qt_for_source(self, offset: SourceOffset, qdoc: QTextDocument | None = None) -> int:
        """Qt position of a cleaned-text offset."""
        return self._positions.qt_for_source(offset, qdoc)

    def held_place(self) -> SourceOffset | None:
        """The place asked for while the view was hidden or its document built: no layout shows it yet."""
        return held if (held := self._place.held()) is not None else self._pending_top

    def top_offset(self, read: bool = False) -> SourceOffset:
        """Cleaned-text offset of the first character (`read`: first read) at the top of the view, or the place held."""
        return self._screen.top_offset(read)

    def place(self, end: bool = False) -> SourceOffset:
        """The reader's place, steady while the view is on its way there or rewrapped (see PlaceKeeper.place)."""
        return self._place.place(len(self._doc.text) if end and self._doc is not None else None)

    def top_paragraph(self) -> int:
        """Index of the paragraph at the top of the view."""
        return self._screen.top_paragraph()

    def visible_paragraphs(self) -> tuple[int, int]:
        """First and past-the-last paragraph on screen (an upper bound, see Screen)."""
        return self._screen.visible_paragraphs()

    def visible_display_range(self) -> tuple[DisplayOffset, DisplayOffset]:
        """Displayed-text range on screen (never forces the whole layout)."""
        return self._screen.visible_display_range()

    # --- showing a document -------------------------------------------------------------------------------

    def set_typography(self, typography: Typography) -> None:
        """New font size or theme: rebuild the formats, keeping the place."""
        top, at_end = self.place(), scrolled_to_end(self.verticalScrollBar())  # the end stays the end at any size
        if self._doc is None:
            return self._look.apply(typography)
        if typography.font != self._look.typography.font:  # (a theme alone: the page shown, in its new palette)
            self.viewport().setUpdatesEnabled(False)  # the old page stays until the new one is in place, held there and
        self._pending_top = top  # not in the new font (laid out again from its top, it was painted there zooming in at
        self._look.apply(typography, replaced=True)  # the end; its highlights, made again, laid it out to the place)
        self._rebuild(self._header, self._nav.go_to_end if at_end else None)

    def show_document(self, doc: Document, header: tuple[str, str], config: str | None, position: int = 0,
                      marks: tuple[dict, dict] | None = None, display: DisplayText | None = None) -> None:
        """Display a document (header: title and metadata line, in the displayed script); a long one is built over
        a few event-loop turns, the view holding the place asked for; `marks` and `display`: found on a worker."""
        self._held = False
        self._builder.hold(False)  # the old document is laid out no further: the new one's layout starts in _swap
        self._hold(doc, marks, display)
        self._switcher.open_at(config, position)  # its first screen in the chosen script, the rest from set_config
        version, display = self._version, self._display
        self._arrival.ask()
        self._place.top = self._pending_top = position

        def shown() -> None:
            if display is not self._display:  # another document asked for since
                return
            self._settle_at(self._place.top)  # the place asked for, or one the reader picked while it was built
            self._arrival.built()  # a far place is laid out in steps, the old page still on screen
            if version == self._version:  # (a script chosen while it was built, a new version, is on its way)
                self.set_config(config, header) if config else self.display_changed.emit()  # matched once converted
            self._place.emit_position()

        self._rebuild(header, shown)

    def set_marks(self, marks: tuple[dict, dict]) -> None:
        """A long text's headings, found after it was shown: styled in one rebuild at the same place, once the text
        being built is in (restarting its build would hold its first screen back)."""
        if self._builder.building:
            return self._after_build.append(lambda doc=self._doc: doc is self._doc and self.set_marks(marks))
        self._marks, self._heading_paragraphs = marks
        self._rebuild(self._header, lambda: self._pump.wait(False))  # the styled text is laid out, once it is in

    def expect_marks(self, on: bool) -> None:
        """A long text shown before its headings: set_marks will rebuild it, so its layout waits for that."""
        self._pump.wait(on)

    def hold_back(self, on: bool) -> None:
        """Another document is on its way: the one shown is built and laid out no further (dropped when that one
        arrives, carried on if it cannot be opened), so its slices do not take the GIL from the opening."""
        self._held = on
        self._builder.hold(on)
        self._pump.hold(on or self._builder.building)  # a document being built is laid out once it is in

    def clear_document(self) -> None:
        """Show nothing (the open document was removed)."""
        self._hold(None)
        self._rebuild(("", ""))
        self.display_changed.emit()

    def _hold(self, doc: Document | None, marks: tuple | None = None, display: DisplayText | None = None) -> None:
        """The document shown from now on, its conversion and layout still to come: a new version."""
        self._arrival.drop()  # the one on its way to its place is not announced any more
        self._switcher.cancel()
        self._version += 1
        self._doc = doc
        self._display = shown_display(doc, display)
        self._positions.reset(self._display)
        if marks is None:
            marks = paragraph_marks(doc, self._display) if doc is not None else ({}, {})
        self._marks, self._heading_paragraphs = marks

    def set_config(self, config: str | None, header: tuple[str, str]) -> None:
        """Show the body through another conversion: visible paragraphs now, the rest on a worker."""
        if self._doc is None:
            return
        self._version += 1
        if len(self._display.text) <= IN_PLACE_CHARS and not self._builder.building and self._screen.header_on_screen():
            self.set_header(header)
        else:
            self._header = header  # shown with the converted text: a header edit would walk the whole layout
        self._display.config = config
        self._pump.hold(True)  # the text shown is replaced once converted: its layout took the CPU from the conversion
        self._switcher.start(config, self._version)

    def replace_all(self, conversions: list, then) -> None:
        """Every paragraph converted: one rebuild, the same text at the top (or the end), the selection kept."""
        top, selection = self.place(), self.selection_source()
        at_end = scrolled_to_end(self.verticalScrollBar())  # its top line, cut at the end, went a line above it
        self._place.top = top
        self._retirer.drop(self._display.set_all(conversions))  # the replaced text let go of in steps too
        self._positions.changed()
        self._pending_top = top
        version = self._version

        def shown() -> None:
            if version == self._version:
                self._settle_at(self._place.top, at_end)
                if selection is not None:
                    self.restore_selection(selection)
            then()

        self._rebuild(self._header, shown)

    def _conversion_done(self) -> None:
        self._version += 1  # the complete text in the new script is a new version: matches are made again
        self._pump.hold(self._held or self._builder.building)  # (a failed conversion is not followed by a swap)
        self.setExtraSelections(self._layers.merged(self.document()))
        self.display_changed.emit()
        self.conversion_finished.emit()
        self._place.emit_position()

    def _rebuild(self, header: tuple[str, str], then=None) -> None:
        """The displayed paragraphs in a new QTextDocument, built detached in steps (text_build) and laid out lazily;
        `then` runs once it is shown; the highlights go with the old one, and `document_replaced` asks for new ones."""
        self._header = header
        if then is not None:
            self._after_build.append(then)
        if not self._builder.building:
            self._pending_top = self.place(end=True) if self._pending_top is None else self._pending_top
        self._builder.start(header, self._display, self._marks, self._heading_paragraphs, self.typography)

    def _swap(self, built: Built) -> None:
        qdoc = built.document
        self._positions.placed(built.origin, built.header_blocks, built.cuts)
        self.viewport().setUpdatesEnabled(False)  # the old page stays on screen until the new one is in place (first:
        self._layers.clear()  # dropping its highlights asks for their bands to be painted, from the new text's top)
        self.setExtraSelections([])
        self._nav.reset()
        self.verticalScrollBar().setValue(0)  # else setDocument lays out everything down to the old place
        qdoc.setPageSize(QSizeF(self.viewport().width(), -1))  # the layout made in setDocument wraps as shown (at no
        self.setDocument(qdoc)  # width it laid out ~2,000 px of unwrapped lines: 100 pieces of a one-line file, 0.2 s)
        self._pump.set_document(qdoc)
        self._pump.hold(self._held)
        self._retirer.retire(self._qdoc)  # ours, if any (the first, the view's own, is deleted by the view)
        self._qdoc = qdoc
        top, self._pending_top = self._pending_top, None
        actions, self._after_build = self._after_build, []
        self.document_replaced.emit()
        for action in actions:
            action()
        if not self._nav.moving and not self.viewport().updatesEnabled():
            self._settle_at(top or 0)  # nobody asked for a place: the one held during the build

    def _settle_at(self, offset: SourceOffset, end: bool = False) -> None:
        """After a rebuild: move to the place or the end, then paint (a far place is laid out in steps first)."""
        end = end or (self._doc is not None and offset >= len(self._doc.text) > 0)  # the end kept (place(end=True))
        self._nav.go_to_end() if end else self.scroll_to_offset(offset)
        if not self._nav.moving:
            self.viewport().setUpdatesEnabled(True)

    # --- editing in place (short texts) -------------------------------------------------------------------

    def replace_paragraphs(self, indices: list[int], conversions: list) -> None:
        """Store paragraphs' conversions and replace the blocks whose text changed, the highlights on them kept."""
        qdoc = self.document()
        if in_place.replace_paragraphs(qdoc, self._positions, self._marks, self.typography,
                                       self._nav.frontier_position(), indices, conversions, self._layers.cursors(qdoc)):
            self.setExtraSelections(self._layers.merged(qdoc))

    def anchor(self) -> Anchor:
        return self._nav.anchor()

    def restore_anchor(self, anchor: Anchor) -> None:
        self._nav.restore(anchor)

    def selection_source(self) -> tuple[SourceOffset, SourceOffset] | None:
        """The selection as cleaned-text offsets (kept across a script change), None without one."""
        c = self.textCursor()
        return self._positions.source_span(c.selectionStart(), c.selectionEnd()) if c.hasSelection() else None

    def restore_selection(self, span: tuple[SourceOffset, SourceOffset]) -> None:
        self.select_qt(*(self.qt_for_source(o) for o in span))

    def set_header(self, header: tuple[str, str]) -> None:
        """New title or metadata line (another script or UI language), the body untouched."""
        if header == self._header:
            return
        if len([h for h in header if h]) != len([h for h in self._header if h]):
            self._rebuild(header)
        else:
            in_place.replace_header(qdoc := self.document(), [t for t in header if t])
            self._header, blocks = header, self._positions.header_blocks
            self._positions.placed(qdoc.findBlockByNumber(blocks).position(), blocks)
        self.header_changed.emit()

    # --- moving -------------------------------------------------------------------------------------------

    def scroll_to_offset(self, offset: SourceOffset) -> None:
        """Put the line holding a cleaned-text offset at the top of the view."""
        if self._place.held_while_hidden(offset):
            return
        if self._builder.building:
            self._pending_top = offset  # the document being built opens there (a heading picked meanwhile)
            return
        if self._doc is None or offset <= 0:
            return self._nav.to_top()  # (its place kept there, and one still on its way to a far place arrived)
        self.scroll_to_display(self._display.to_display(offset))

    def scroll_to_display(self, index: DisplayOffset) -> None:
        """Put the line holding a displayed-text index at the top of the view (far places laid out in steps)."""
        self._nav.go_to(self.to_qt(index))

    def reveal_display(self, start: DisplayOffset, end: DisplayOffset) -> None:
        """Bring a displayed span into view, a third of the way down, unless it is already well in view."""
        self._nav.reveal(self.to_qt(start))

    def select_display(self, start: DisplayOffset, end: DisplayOffset, reveal: bool = True) -> None:
        """Select a displayed-text span (find results) and bring it into view."""
        self.select_qt(self.to_qt(start), self.to_qt(end))
        if reveal:
            self._nav.reveal(self.to_qt(start))

    # --- extra selections by layer (keywords, find, ...) ---------------------------------------------------

    def set_layer(self, name: str, selections: list) -> None:
        """Replace one layer of extra selections (those into another document are refused)."""
        self.setExtraSelections(self._layers.set(name, selections, self.document()))

    # --- Qt overrides ---------------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        """Home and End (Ctrl+End too, past a layout under way) go to the text's start and end; the page and arrow
        keys read on from the screen shown, and the last Page Down shows the very end."""
        if self._doc is None or not self._nav.key(event):
            super().keyPressEvent(event)
            self._nav.paged(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place.shown()

    def resizeEvent(self, event) -> None:
        """A new size rewraps the text: keep the same place at the top once the layout settles."""
        self._place.before_resize()
        super().resizeEvent(event)
        self._place.after_resize()
        self._update_margins()

    def _update_margins(self) -> bool:
        return self._look.centre()
