"""Keyword and find hits over the reading view: matching on a worker, highlight layers, scroll-bar marks, F3.

Hits are spans of the displayed text (`ReadingView.displayed_text()`, display offsets). Every match carries the
view's version it was made for; a result for an older version is dropped, and when the view replaces its
QTextDocument (theme, size) the layers and marks are built again from the hits kept here.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QColor

from reader.text.display import DisplayText
from reader.text.hitanchors import Anchor, anchor_of, index_at
from reader.text.hits import Hits
from reader.text.keywords import TYPED_REGIONS
from reader.ui.body_positions import TITLE_BASE, display_place, source_place
from reader.ui.hit_matching import matched
from reader.ui.highlight import HitHighlighter, HitMarks
from reader.ui.reading_pane import ReadingView
from reader.ui.tuning import STALE_COUNTS_MS
from reader.ui.window_script import DisplayScript
from reader.ui.workers import Jobs

FIND_COLOUR = QColor("#c8e65a")  # lime: unlike any keyword colour (the palette starts with amber)
MARK_FALLBACK = QColor("#888888")
MARKS_SLICE = 1000  # hits placed beside the scroll bar per event-loop turn (each finds its block: ~10 ms a slice)

Click = tuple[DisplayText, int]  # where the reader last clicked: the display and its source_place (the header's: <0)


class HitsController(QObject):
    """Owns the hits of the keywords and of the find query for the displayed text."""

    keyword_counts = Signal(dict)
    keyword_position = Signal(int, int)  # current (0-based, -1 none), total
    keyword_current = Signal(str, bool)  # the current hit's keyword ("" none); True when F3 just stepped to it
    find_result = Signal(int, int)
    hit_revealed = Signal()  # a hit is about to be shown (stepped to, found): the reader wants to see it in the text
    hit_shown = Signal(int)  # the displayed offset of the hit just brought into view: its section is the reader's
    stepped = Signal(int)  # after F3 / Enter: 1 went round from the last hit to the first, -1 the other way, 0 did not
    no_step = Signal(bool)  # F3 had no hit to go to: False no keywords at all, True none of them in the document shown

    def __init__(self, view: ReadingView, jobs: Jobs, cache_dir: str = "", script: DisplayScript | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._jobs = jobs
        self._cache_dir = cache_dir  # the converters' tables: a keyword is converted as the text shown was
        self._script = script  # the DisplayScript: its words_config shows a typed keyword in the region's words
        self._keywords: list[str] = []
        self._typed_in: dict[str, str] = {}  # keyword -> the region's words it was typed in (TYPED_REGIONS)
        self._colours: dict[str, QColor] = {}
        self._hits = Hits()
        self._hits_version = -1  # the view version the hits were matched on
        self._hits_words: list[str] = []  # and the keywords they were matched for
        self._counted: DisplayText | None = None  # the document the counts shown were matched in
        self._stale = QTimer(self, singleShot=True, interval=STALE_COUNTS_MS)
        self._stale.timeout.connect(self._counts_unknown)
        self._current: int | None = None
        self._anchor: Anchor | None = None
        self._click: Click | None = None  # a click in the text since the last step: the next one goes on from it
        self._query = ""
        self._query_typed_in: str | None = None
        self._find = Hits()
        self._find_version = -1
        self._find_current: int | None = None
        self._find_anchor: Anchor | None = None
        self._find_from: Click | None = None  # where the reader clicked before this search: it looks on from there
        visible = view.visible_display_range
        held = lambda: view.held_place() is not None or (view.busy and not view.converting)  # noqa: E731 (not there)
        self._keyword_layer = HitHighlighter(view, lambda s: view.set_layer("keywords", s), visible, held)
        self._find_layer = HitHighlighter(view, lambda s: view.set_layer("find", s), visible, held)
        view.position_changed.connect(self._keyword_layer.refresh)  # there: what was held back is drawn
        view.position_changed.connect(self._find_layer.refresh)
        self.marks = HitMarks(view.verticalScrollBar())
        self._marking: tuple[Hits, object, list[int]] | None = None  # hits, document, Qt positions found so far
        self._marks_timer = QTimer(self, singleShot=True, interval=0)
        self._marks_timer.timeout.connect(self._place_marks)
        view.document_replaced.connect(self._redraw)
        view.header_changed.connect(lambda: self._hits_version == view.version and self.refresh())  # its own hits
        view.clicked.connect(self._clicked)

    # --- keywords -----------------------------------------------------------------------------------------

    def set_keywords(self, words: list[str], colours: Mapping[str, QColor],
                     typed_in: Mapping[str, str] | None = None) -> None:
        """`typed_in`: keyword -> the display showing a region's words it was typed in (see `typed_in`)."""
        self._keywords = list(words)
        self._colours = dict(colours)
        self._typed_in = dict(typed_in or {})
        self.refresh()

    def _words_config(self) -> str | None:
        """The conversion a keyword or query is also looked for through: the choice's for a typed (Simplified) word."""
        return (self._script.words_config if self._script is not None else None) or self._view.display.config

    def typed_in(self) -> str | None:
        """The display a word typed now is read in, when it shows a region's words (滑鼠 then stands for 鼠标)."""
        config = self._words_config()
        return config if config in TYPED_REGIONS else None

    @Slot()
    def refresh(self) -> None:
        """Match again on the displayed text (after a keyword, document or script change)."""
        view = self._view
        version, text, words = view.version, view.displayed_text(), list(self._keywords)
        self._watch_counts()
        if words and text:  # the title and metadata line above it too: counted, stepped to
            self._jobs.submit(matched, text, words, self._words_config(), self._cache_dir, view.shown_header(),
                              self._typed_in, on_done=lambda found: self._keywords_found(version, words, *found))
        else:  # no document shown: nothing was counted, so no count is shown ('0' would say 'not found in it')
            hits, counts = matched("", words)
            self._keywords_found(version, words, hits, counts if view.has_document else {})
        if self._query:
            self._search(self._query, keep=True)

    def _keywords_found(self, version: int, words: list[str], hits: Hits, counts: dict[str, int]) -> None:
        if version != self._view.version or words != self._keywords:
            return  # the text or the keywords changed meanwhile; a newer refresh follows
        self._stale.stop()
        self._counted = self._view.display
        self._hits = hits
        self._hits_version, self._hits_words = version, words
        self._current = index_at(self._view.display, self._hits, self._anchor)  # '2 of 76' stays after a toggle
        if self._current is None:
            self._anchor = None  # its keyword removed, or another document
        self._draw_keywords()
        self.keyword_counts.emit(counts)
        self.keyword_position.emit(-1 if self._current is None else self._current, len(self._hits))
        self.keyword_current.emit("" if self._current is None else hits[self._current].word, False)

    def _watch_counts(self) -> None:
        """Another document shown: the last one's counts go if its own are slow to come (a long text, converted)."""
        if self._view.display is not self._counted:
            self._stale.start()

    @Slot()
    def _counts_unknown(self) -> None:
        """A long document's hits are still being matched: no counts, rather than the last document's."""
        self.keyword_counts.emit({})
        self.keyword_position.emit(-1, 0)

    def _draw_keywords(self) -> None:
        """The hits near the view at once; the marks of all of them beside the scroll bar MARKS_SLICE per turn."""
        view = self._view
        self._keyword_layer.set_hits(self._hits, self._colours, view.to_qt, view.from_qt, self._current)
        self._marking = (self._hits, view.document(), [])
        self._marks_timer.stop()
        if len(self._hits) > MARKS_SLICE:
            self.marks.track(view.document(), [], [])  # no marks of the last keywords meanwhile
        self._place_marks()

    @Slot()
    def _place_marks(self) -> None:
        if self._marking is None:
            return
        hits, document, positions = self._marking
        if hits is not self._hits or document is not self._view.document():
            self._marking = None  # newer hits or a new document: _draw_keywords started again
            return
        positions.extend(self._view.to_qt(h.start) for h in hits.items[len(positions):len(positions) + MARKS_SLICE])
        if len(positions) < len(hits):
            self._marks_timer.start()
            return
        self._marking = None
        self.marks.track(document, positions, [self._colours.get(h.word, MARK_FALLBACK) for h in hits],
                         self._current)

    @Slot()
    def _redraw(self) -> None:
        """The view has a new QTextDocument: the same hits, drawn into it (or none, if they are outdated)."""
        version = self._view.version
        if self._hits_version != version:
            self._hits, self._current = Hits(), None
        self._watch_counts()  # shown before it is matched, or converted
        self._draw_keywords()
        if self._find_version != version:
            self._find, self._find_current = Hits(), None
        self._find_layer.set_hits(self._find, {self._query: FIND_COLOUR}, self._view.to_qt, self._view.from_qt,
                                  self._find_current)

    @Slot()
    def next_keyword(self) -> None:
        self._step_keyword(forward=True)

    @Slot()
    def previous_keyword(self) -> None:
        self._step_keyword(forward=False)

    def _step_keyword(self, forward: bool) -> None:
        hits = self._hits
        if not hits:
            self._say_no_step()
            return
        index, wrapped = self._step(hits, self._current, forward)
        self._current = index
        self._anchor = anchor_of(self._view.display, hits, index)
        self._keyword_layer.set_current(index)
        if index is not None:
            self.hit_revealed.emit()  # first: the view it is revealed in is shown (the original left)
            self._view.reveal_display(hits[index].start, hits[index].end)
            self.hit_shown.emit(max(-1, hits[index].start))  # the title's: -1, above the first section
        self.marks.set_current_index(index)
        self.keyword_position.emit(-1 if index is None else index, len(hits))
        self.keyword_current.emit("" if index is None else hits[index].word, True)
        self.stepped.emit(wrapped)

    def _say_no_step(self) -> None:
        """F3 that cannot move says why (it did nothing, silently); nothing while the hits are still being matched."""
        if not self._keywords:
            self.no_step.emit(False)
        elif (self._view.has_document and self._hits_version == self._view.version
              and self._hits_words == self._keywords):
            self.no_step.emit(True)

    @Slot(int)
    def _clicked(self, qt_position: int) -> None:
        """Kept as a source offset: a script change between the click and F3 moves every display offset."""
        display = self._view.display
        self._click = display, source_place(display, self._view.from_qt(qt_position, header=True))  # the title's too

    def _clicked_at(self) -> int | None:
        """The display offset the reader clicked at since the last step, while it is still on screen (scrolled
        away from it without another click, they read from the view's top); a step uses the click up."""
        click, self._click = self._click, None
        if click is None or click[0] is not self._view.display:
            return None
        at = display_place(self._view.display, click[1])
        return at if self._on_screen(at) else None

    def _step(self, hits: Hits, current: int | None, forward: bool) -> tuple[int | None, int]:
        """The hit F3 (or Enter in the find bar) goes to: from where the reader clicked since the last step (the
        first hit at or after the click, Shift+F3 the last before it); else on from the current one while the
        reader is still at it, else from where they read now (after an outline jump, a scroll, a search); and
        whether it went round the end (1 on from the top, -1 on from the bottom, 0 not), which the reader is told of."""
        if (clicked := self._clicked_at()) is not None:
            at = clicked - 1 if forward else clicked
        elif current is None or not self._on_screen(hits[current].start):
            at = self._top() - (1 if forward else 0)  # a hit starting at the top line is the next one
        else:
            at = hits[current].start
        index = hits.next_after(at, wrap=False) if forward else hits.previous_before(at, wrap=False)
        if index is not None:
            return index, 0
        return (hits.next_after(at) if forward else hits.previous_before(at)), (1 if forward else -1)

    def current_on_screen(self) -> bool | None:
        """Whether the hit last stepped to is where the reader is (None: there is none): the panel names it then."""
        return None if self._current is None else self._on_screen(self._hits[self._current].start)

    def _top(self) -> int:
        """The display offset at the top of the page; with the title on screen, its hits are the first from the top."""
        view = self._view
        title = view.held_place() is None and view.visible_display_range()[0] < 0
        return TITLE_BASE if title else view.display.to_display(view.top_offset())

    def _on_screen(self, start: int) -> bool:
        """Whether a hit is where the reader is: on screen, or the view is still on its way (to it, often)."""
        if self._view.busy:
            return True
        top, bottom = self._view.visible_display_range()
        return top <= start < bottom

    # --- find ---------------------------------------------------------------------------------------------

    @Slot(str)
    def find(self, query: str) -> None:
        origin = self._find_origin()
        self._query = query.strip()
        self._query_typed_in = self.typed_in()  # kept when the script changes: the query means what it meant
        self._find_current, self._find_anchor = None, None
        if (clicked := self._clicked_at()) is not None:  # a new click: the search, and typing on, look from there
            self._find_from, origin = (self._view.display, source_place(self._view.display, clicked)), None
        elif not self._query:
            self._find_from = None
        self._search(self._query, keep=False, origin=origin)

    @Slot(str)
    def recall_find(self, query: str) -> None:
        """The find bar opened again on its query: its matches shown and counted, none current, the view left where
        the reader is (Ctrl+F in a newly opened document jumped to a match of the last one's query)."""
        query = query.strip()
        if query == self._query and self._find_version == self._view.version:
            return  # shown here already (the bar was open): the current match stays
        self._query = query
        self._find_current, self._find_anchor, self._find_from = None, None, None
        self._search(query, keep=True, quiet=True)

    def _find_origin(self) -> int | None:
        """The current match while the reader is still at it: an edited query searches on from there (from the view's
        top, which that match's reveal had moved up, each edit went back a match or more)."""
        index = self._find_current
        if index is None or self._find_version != self._view.version or not self._on_screen(self._find[index].start):
            return None
        return self._find[index].start

    def _search_start(self) -> int:
        """Where a new search looks from: where the reader clicked while it is on screen (as F3 goes on from a
        click), else the top of the page they see."""
        display, start = self._view.display, self._find_from
        if start is not None and start[0] is display and self._on_screen(at := display_place(display, start[1])):
            return at
        return self._top()

    def _search(self, query: str, keep: bool, origin: int | None = None, quiet: bool = False) -> None:
        view = self._view
        version, text = view.version, view.displayed_text()
        if not query or not text:
            self._find, self._find_version, self._find_current = Hits(), version, None
            self._find_layer.clear()
            self.find_result.emit(-1, 0)
            return
        typed_in = {query: self._query_typed_in} if self._query_typed_in else None
        self._jobs.submit(matched, text, [query], self._words_config(), self._cache_dir, view.shown_header(), typed_in,
                          on_done=lambda found: self._found(version, query, found[0], keep, origin, quiet))

    def _found(self, version: int, query: str, hits: Hits, keep: bool, origin: int | None, quiet: bool) -> None:
        if version != self._view.version or query != self._query:
            return
        self._find = hits
        self._find_version = version
        wrapped = 0
        if quiet and self._find_anchor is None:  # recalled: no match current until Enter (kept once one is)
            self._find_current = None
        elif keep and self._find_anchor is not None:
            self._find_current = index_at(self._view.display, self._find, self._find_anchor)
        else:
            start = self._search_start() if origin is None else origin
            self._find_current = self._find.first_from(start, wrap=False)
            wrapped = int(self._find_current is None and bool(self._find))  # every match lies above the reader
            if wrapped:
                self._find_current = 0
            self._find_anchor = anchor_of(self._view.display, self._find, self._find_current)
        self._show_find(reveal=not keep)
        if not keep:
            self.stepped.emit(wrapped)  # a new search that went round to a match above says so, as a step does

    def _show_find(self, reveal: bool) -> None:
        view = self._view
        self._find_layer.set_hits(self._find, {self._query: FIND_COLOUR}, view.to_qt, view.from_qt, self._find_current)
        index = self._find_current
        if reveal and index is not None:
            self.hit_revealed.emit()
            view.reveal_display(self._find[index].start, self._find[index].end)
            self.hit_shown.emit(max(-1, self._find[index].start))  # the title's (counted, as a keyword's): -1, no section
        self.find_result.emit(-1 if index is None else index, len(self._find))

    @Slot()
    def find_next(self) -> None:
        self._step_find(True)

    @Slot()
    def find_previous(self) -> None:
        self._step_find(False)

    def _step_find(self, forward: bool) -> None:
        if not self._find:
            return
        self._find_current, wrapped = self._step(self._find, self._find_current, forward)
        self._find_from = None  # stepped on: a changed query looks from the page then on screen
        self._find_anchor = anchor_of(self._view.display, self._find, self._find_current)
        self._show_find(reveal=True)
        self.stepped.emit(wrapped)

    @Slot()
    def clear_find(self) -> None:
        self.find("")

    @property
    def find_active(self) -> bool:
        return bool(self._query)
