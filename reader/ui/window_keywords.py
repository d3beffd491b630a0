"""The reader's keywords, the find bar's F3 and jieba's suggestions: what the keyword side of the window does
between the keyword panel, the hits and the reading view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QToolTip

from reader.settings import Settings, former_colours
from reader.text.fold import fold
from reader.text.keywords import keyword_sample, stands_for
from reader.ui.find_bar import FindBar
from reader.ui.hits_controller import HitsController
from reader.ui.keyword_panel import KeywordPanel
from reader.ui.reading_pane import ReadingView
from reader.ui.suggestions import Suggestions

SUGGESTIONS = 12
PENDING_MS = 400  # an answer later than this (jieba still loading) is announced where the suggestions will appear
MAX_KEYWORD_CHARS = 40  # a longer selection is a passage, not a keyword
EDGE_PUNCTUATION = "。，、；：？！…—·“”‘’「」『』（）《》〈〉【】〔〕.,;:?!\"'()[] \u3000"  # taken off a selection's ends


class KeywordCommands(QObject):
    """Owns the suggestions shown (in the document's own script) and which request's answer is awaited."""

    changed = Signal()  # the keyword list changed: the session is worth saving

    def __init__(self, settings: Settings, panel: KeywordPanel, hits: HitsController, reading: ReadingView,
                 find_bar: FindBar, suggestions: Suggestions, convert: Callable[[str], str], cache_dir: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._panel = panel
        self._hits = hits
        self._reading = reading
        self._find_bar = find_bar
        self._suggestions = suggestions
        self._convert = convert
        self._cache_dir = cache_dir
        self._suggested: list[str] = []
        self._awaited = ""  # key of the request whose answer is wanted; "" while no document is shown
        self._script_later = False  # a script change the text on screen has not caught up with: chips wait for it
        self._answered = False  # the shown document's suggestions came (those held for the text to turn, too)
        self._shown_path = ""  # the document whose keyword rows are shown: another one shows them from the top
        self._pending = QTimer(self, singleShot=True, interval=PENDING_MS)  # no flicker when the answer is quick
        self._pending.timeout.connect(self._panel.set_suggestions_pending)
        reading.conversion_finished.connect(self._script_shown)
        panel.set_stands_for(self._stands_for)

    def restore(self, words: list[str], slots: dict[str, int] | None = None) -> None:
        """The keywords of the last session, highlighted from the first document on, each in its saved colour."""
        self._panel.set_former(self._settings.former_keyword_colours)
        self._panel.set_keywords(words, slots)
        words = self._panel.keywords()
        typed_in = {w: r for w, r in self._settings.keyword_typed_in.items() if w in words}
        self._hits.set_keywords(words, {w: self._panel.colour_for(w) for w in words}, typed_in)

    @Slot(list)
    def set_keywords(self, words: list) -> None:
        """The reader added or removed keywords: one added is read in the script shown now (滑鼠 typed in Taiwan's
        words stands for 鼠标 in every script, while 程序 typed in Simplified stays 程序), and is remembered so."""
        kept = self._settings.keyword_typed_in
        typed_in = {w: r for w, r in self._typed_in(words).items() if r}
        self._settings.keywords = list(words)
        self._settings.keyword_typed_in = typed_in
        self._settings.keyword_colours = self._panel.slots()
        self._settings.former_keyword_colours = former_colours(self._panel.former())
        self._hits.set_keywords(words, {w: self._panel.colour_for(w) for w in words}, typed_in)
        if typed_in != kept and not self._panel.suggestions_pending():  # (rebuilt chips for a plain keyword lost
            self._offer()  # the row's Tab stop the panel keeps: 65U)
        self.changed.emit()

    def add_selection(self) -> None:
        """Ctrl+K: the selected words become a keyword (a selection across paragraphs does not); with nothing
        selected, the keyword box takes the typing."""
        text = self._reading.selected_text().strip().strip(EDGE_PUNCTUATION)  # '引进。' as 引进: a drag that took
        if not text:  # the stop or a quotation mark along is no part of the word
            self._panel.focus_input()
        elif "\u2029" not in text and len(text) <= MAX_KEYWORD_CHARS:
            added = self._panel.add_keyword(text, whole=True)  # '人大，监督' selected is one phrase, not two keywords
            if added:  # its colour seen at once where it was selected: the selection drawn over it hid what Ctrl+K did
                cursor = self._reading.textCursor()
                cursor.clearSelection()  # the caret stays at its end (F3 goes on from there)
                self._reading.setTextCursor(cursor)
            if not self._panel.in_sight():  # folded (a narrow window, Shift+F9): say so where the reader looks
                had = self._panel.existing(text)
                self._tell(self._panel.already({text: had}) if had and not added
                           else self.tr("Keyword added: {0}").format(text))
        else:  # across paragraphs or a passage: said, where Ctrl+K did nothing to be seen before
            self._tell(self.tr("Select a word or a phrase of up to {0} characters to highlight it")
                       .format(MAX_KEYWORD_CHARS))

    def _tell(self, said: str) -> None:
        view = self._reading
        QToolTip.showText(view.viewport().mapToGlobal(view.cursorRect().bottomLeft()), said, view)

    def finding(self) -> bool:
        """F3 steps through find results while the find bar is open, else through keyword hits."""
        return self._find_bar.isVisible() and self._hits.find_active

    def next_hit(self) -> None:
        (self._hits.find_next if self.finding() else self._hits.next_keyword)()

    def previous_hit(self) -> None:
        (self._hits.find_previous if self.finding() else self._hits.previous_keyword)()

    def document_shown(self, text: str, path: str = "") -> None:
        """jieba keywords of a newly shown document, computed in the background; the window never waits.

        They come from the document's own text, so they are asked for once per document shown (keyed by the
        view's version when it was shown) and only converted again when the script changes. Another document
        shows the keyword rows from the top (the same one read again keeps the reader's scroll).
        """
        if path != self._shown_path:
            self._shown_path = path
            self._panel.rows_area.to_top()
        self._suggested = []
        self._script_later = self._answered = False
        self._panel.set_suggestions([])
        self._awaited = key = str(self._reading.version)
        if text.strip():  # an empty document gets no suggestions, and no word that some are coming
            self._pending.start()
        else:
            self._pending.stop()
        # asked on the next turn, once the text is up: handing a long text to the child takes tens of ms
        QTimer.singleShot(0, self, lambda: self._request(key, text))

    def _request(self, key: str, text: str) -> None:
        if key == self._awaited:  # still the document shown (none other was shown in the same turn, none closed)
            self._suggestions.request(key, keyword_sample(text), SUGGESTIONS)  # (the child would sample it: a long
            # text's whole went down the pipe for nothing, 16 M characters escaped as JSON on the GUI thread)

    def document_closed(self) -> None:
        self._pending.stop()
        self._shown_path = ""
        self._suggested = []
        self._script_later = self._answered = False
        self._panel.set_suggestions([])
        self._awaited = ""

    def script_changed(self) -> None:
        """The suggestions shown follow the displayed script once the text on screen is in it (still on their way,
        the word saying so stays): a long text is converted on a worker, and chips in the new script stood over the
        old text for seconds."""
        self._script_later = self._reading.script_behind
        if self._panel.suggestions_pending():
            return
        self._offer()

    @Slot()
    def _script_shown(self) -> None:
        """The text on screen is in the new script: the chips follow in the same turn."""
        if self._script_later:
            self._script_later = False
            if self._answered or not self._panel.suggestions_pending():  # (on their way: offered when they come)
                self._offer()

    def _offer(self) -> None:
        """The suggestions in the displayed script, less the words a keyword typed in a region's words stands for:
        印表機 typed in Taiwan's words highlights 打印机 in 简体, where a chip 打印机 would add it a second time."""
        if self._script_later:  # the chips shown (or the word that some are coming) stay until the text turns
            return
        taken = self._simplified()
        self._panel.set_suggestions([self._convert(w) for w in self._suggested if fold(w) not in taken])

    def _typed_in(self, words: list[str]) -> dict[str, str | None]:
        """The region's words each keyword was typed in (None: as written); one added since the settings were saved
        is read in the script shown now."""
        kept, before = self._settings.keyword_typed_in, set(self._settings.keywords)
        return {w: kept.get(w) if w in before else self._hits.typed_in() for w in words}

    def _simplified(self) -> dict[str, str]:
        """{the Simplified word each keyword stands for, folded: the keyword} (converters the hits' worker loaded)."""
        return {fold(stands_for(w, r, self._cache_dir)): w for w, r in self._typed_in(self._panel.keywords()).items()}

    def _stands_for(self, word: str) -> str | None:
        """The keyword a word typed now would only highlight again: 打印机 typed in 简体 beside 印表機 typed in
        Taiwan's words, or 印表機 typed in Taiwan's words beside 打印机."""
        return self._simplified().get(fold(stands_for(word, self._hits.typed_in(), self._cache_dir)))

    @Slot(object, list)
    def on_suggestions(self, key: str, words: list) -> None:
        if key and key == self._awaited:
            self._pending.stop()
            self._answered = True
            self._suggested = list(words)
            self._offer()
