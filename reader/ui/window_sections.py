"""Which section the reader is in: the outline value, the heading the reader picked, the tree, the breadcrumb and
the place shown in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from reader.text.sections import Outline
from reader.ui.breadcrumb import Breadcrumb
from reader.ui.jump_history import JumpHistory
from reader.ui.outline_view import OutlineView
from reader.ui.reading_surface import scrolled_to_end


class SectionFollower(QObject):
    """Owns the shown document's `Outline` and the heading the reader last picked; draws both outline widgets.

    Once `attach`ed to the reading view and the status bar it also moves the view to headings and shows the
    reader's place (sections and progress) wherever the view reports it.
    """

    def __init__(self, tree: OutlineView, breadcrumb: Breadcrumb, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tree = tree
        self._breadcrumb = breadcrumb
        self._reading = self._status = None
        self._length: int | None = None  # of the shown text; None: nothing shown
        self.outline = Outline()
        self._picked = -1  # kept while the view cannot scroll the picked heading to the top (end of the text)
        self._hit: int | None = None  # cleaned-text offset of the hit last stepped to (F3, a find, a search result)
        self.history = JumpHistory(self)
        self._original = None  # the Show Original action: a step shows the cleaned text, where the places are
        self._filter_jump = False  # the reader jumped while the outline's filter was on (and has not retyped it)
        self._script_later = None  # a converter for the headings once the text on screen is in its script
        tree.outline_shown.connect(lambda: self.show_place())
        tree.filter_box.textChanged.connect(self._filter_changed)

    def attach(self, reading, status, hits=None) -> None:
        """The reading view whose place is followed, the status bar that shows the progress, and the hits
        controller whose steps name the section they land in."""
        self._reading, self._status = reading, status
        reading.conversion_finished.connect(self._script_shown)
        reading.text_shown.connect(lambda: self.show_place())  # a far place is reached after its document arrived
        if hits is not None:
            hits.hit_shown.connect(self.hit_shown)

    def hit_shown(self, start: int) -> None:
        """A hit stepped to (F3, a find, a library search result) at displayed offset `start`: revealed a third of the
        way down, the lines above it at the top were the section before's (F3 to '監督' in 第162條 named 第160條); its
        own section is the reader's while it is on screen; one in the title or the metadata line (-1) is above the
        first section, which it named."""
        if self._length is None or self._reading is None:
            return
        self._hit = self._reading.display.to_source(start) if start >= 0 else None
        self._picked = -1
        self.show_place()

    def _hit_on_screen(self, top: int) -> int | None:
        """The hit last stepped to, while it is on screen (below the top, above the bottom)."""
        hit = self._hit
        if hit is None or hit < top:
            return None
        reading = self._reading
        at = reading.display.to_display(hit)
        if at < reading.visible_display_range()[1]:
            return hit
        if reading.display.paragraph_of(at) >= reading.visible_paragraphs()[1]:
            return None  # well below the screen (no layout is forced that far)
        cursor = QTextCursor(reading.document())  # its line may not be laid out yet (a text rebuilt in another
        cursor.setPosition(reading.to_qt(at))  # script): the range on screen stopped short of it
        return hit if reading.cursorRect(cursor).top() < reading.viewport().height() else None

    def steps(self, back, forward, original) -> None:
        """Go Back and Go Forward actions, enabled while there is a place to go to; `original`: Show Original."""
        self._original = original
        back.triggered.connect(lambda: self.step(self.history.back))
        forward.triggered.connect(lambda: self.step(self.history.forward))
        self.history.changed.connect(lambda can_back, can_forward: (back.setEnabled(can_back),
                                                                     forward.setEnabled(can_forward)))
        back.setEnabled(False)
        forward.setEnabled(False)

    def step(self, take) -> None:
        """Go to the place `take` (the history's back or forward) gives for the reader's place, if any."""
        if self._length is None:
            return
        if self._original is not None:
            self._original.setChecked(False)
        target = take(self._here())
        if target is not None:
            self.go_to(target, leaving=False)

    def _here(self) -> int:
        """The reader's place for Go Back: the end of the text where the view shows it (its top line, partly
        scrolled off, put at the top again left the end out of sight and the progress at 98%)."""
        bar = self._reading.verticalScrollBar()
        if self._length and scrolled_to_end(bar):
            return self._length
        return self._reading.top_offset()

    def set_outline(self, outline: Outline, length: int | None = None, pending: bool = False,
                    keep_places: bool = False) -> None:
        """A new document's outline (`length` of its text; None: nothing shown; `pending`: a long text shown before
        its outline, which outline_arrived brings; `keep_places`: the same text, its jumps kept); a long one's tree
        is made in slices between event-loop turns (OutlineView), and the current section is marked once in place."""
        if not keep_places:
            self.history.clear()
            self._script_later = None  # a new text: its outline comes in the script it is shown in
            if self._reading is not None:
                self._reading.expect_marks(pending)
        self.outline = outline
        self._length = length
        self._picked = -1
        self._breadcrumb.reserve(length is not None and len(outline) > 0)  # named by none at the title, yet as tall
        if not keep_places:
            self._hit = None  # (a long text's outline arriving after its search hit was selected keeps the hit)
        self._tree.set_outline(outline, shown=length is not None, empty=length == 0, pending=pending)

    def outline_arrived(self, shown, loaded) -> None:
        """The outline of the text shown first (documents.Loaded, then complete): its headings styled in the view at
        the reader's place (one rebuild, none for a text without any), and listed in the script shown."""
        if loaded.marks != shown.marks:
            self._reading.set_marks(loaded.marks)
        else:
            self._reading.expect_marks(False)  # no heading to style: the text shown is laid out as it is
        self.set_outline(Outline(loaded.document.headings, self.outline.convert), self._length, keep_places=True)
        self.show_place()

    def set_converter(self, convert) -> None:
        """The same headings in another script, once the text on screen is in it: a long text is converted on a
        worker, and a breadcrumb in the new script over the old text for seconds named a place not shown."""
        if self._reading is not None and self._reading.script_behind:
            self._script_later = convert
            return
        self._script_later = None
        self.outline = self.outline.with_converter(convert)
        self._tree.set_converter(self.outline)

    def _script_shown(self) -> None:
        """The text is in the new script: its headings and the breadcrumb follow in the same turn."""
        if self._script_later is not None:
            self.set_converter(self._script_later)
            self.show_place()

    def pick(self, offset: int) -> None:
        """The reader picked the heading at `offset`: it stays current even where the view cannot scroll it to the
        top (the end of the text)."""
        self._picked = self.outline.section_at(offset)
        self._hit = None
        self.show_place()

    def go_to(self, offset: int, leaving: bool = True) -> None:
        """Put a cleaned-text offset (a heading) at the top of the view; `leaving`: Go Back returns to the place
        left."""
        if leaving and self._length is not None:
            self.history.leave(self._here(), offset)
        first = len(self.outline) and offset == self.outline.headings[0].offset
        self._picked = 0 if first else -1  # the first heading gone to is named, the title shown above it
        self._hit = None
        self._reading.scroll_to_offset(offset)
        self._reading.setFocus()
        self.show_place()
        self._filter_jump = bool(self._tree.filter_box.text().strip())

    def _filter_changed(self) -> None:
        self._filter_jump = False

    def show_place(self, offset: int | None = None) -> None:
        """The section and the progress at `offset` (default: the top of the view), once the text is on screen (a far
        place of a long text, laid out in steps under the page before it, was named 0.5-1 s before it was shown)."""
        if self._length is None or self._reading is None or self._reading.arriving:
            return
        offset = self._reading.top_offset() if offset is None else offset
        bar = self._reading.verticalScrollBar()
        end = scrolled_to_end(bar)
        read = self._reading.top_offset(read=True)  # -1 at the title: no section yet (the first one's was named)
        read = max(offset, read) if read >= 0 else read  # a sliver of the line above a heading: its section
        if 0 <= self._picked < len(self.outline) and read > self.outline.headings[self._picked].offset:
            self._picked = -1  # read on past the heading picked: back at the title, it is no longer named
        self.follow(read, bar.value() >= bar.maximum(), scrolled_to_end=end)  # (a text that fits: its end on screen)
        self._status.set_place(offset, self._length, end)

    def section_at(self, offset: int, end_on_screen: bool, scrolled_to_end: bool = False) -> int:
        """The section the reader is in: the picked heading while it is below the top and the end is shown, or the
        title above it (the first heading, picked, scrolls the view to the top); else, scrolled to the end, the last
        one (the sections on the last screen never reach the top)."""
        picked = self._picked
        if (end_on_screen or offset < 0) and 0 <= picked < len(self.outline) and (
                self.outline.headings[picked].offset >= offset):
            return picked
        if scrolled_to_end and len(self.outline):
            return len(self.outline) - 1
        return self.outline.section_at(offset)

    def follow(self, offset: int, end_on_screen: bool, scrolled_to_end: bool = False) -> None:
        """Select the current section in the tree and show its path in the breadcrumb; after a jump made from a
        filtered outline, a section the filter hides ends the filter (the reader has gone on reading: the tree
        followed nothing while its other headings stayed hidden). Moving between the filter's headings keeps it."""
        if (hit := self._hit_on_screen(offset)) is not None:
            index = max(self.section_at(offset, end_on_screen), self.outline.section_at(hit))
        else:
            index = self.section_at(offset, end_on_screen, scrolled_to_end)
        self._tree.select(index)
        if self._filter_jump and index >= 0 and not self._tree.row(index).isValid():  # (the title is no section)
            self._tree.filter_box.clear()  # read on from a heading found by the filter: the whole outline follows
        self._breadcrumb.set_crumbs(self.outline.crumbs(self.outline.headings[index].offset) if index >= 0 else [])
