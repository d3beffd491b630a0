"""The status bar: encoding, script, length, reading progress and time left, and the 'cleaned' indicator."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QStatusBar, QToolButton, QWidget

from reader.documents import minutes_left
from reader.text.choices import SOURCE_SCRIPT_NAMES
from reader.text.codecnames import codec_name
from reader.text.model import CleaningCounts, Paragraph
from reader.text.textleft import TextLeft
from reader.ui.lengths import length_text
from reader.ui.reading_surface import scrolled_to_end


WRAP_NOTE_MS = 3000  # long enough to be read at a glance, gone before the next few steps
GRIP_PX = 24  # the size grip at the bar's right end


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusBar", text)


class StatusBar(QStatusBar):
    """Permanent facts about the open document on the right, transient messages on the left."""

    cleaned_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.cleaned = QToolButton(objectName="cleanedIndicator")
        self.cleaned.setAutoRaise(True)
        self.cleaned.clicked.connect(self.cleaned_clicked)
        self.encoding = QLabel(objectName="encodingLabel")
        self.script = QLabel(objectName="scriptLabel")
        self.chars = QLabel(objectName="charsLabel")
        self.progress = QLabel(objectName="progressLabel")
        self.time_left = QLabel(objectName="timeLeftLabel")
        for widget in (self.cleaned, self.encoding, self.script, self.chars, self.progress, self.time_left):
            if isinstance(widget, QLabel):
                widget.setTextFormat(Qt.TextFormat.PlainText)
                widget.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(widget)
        self._fields = (self.cleaned, self.encoding, self.script, self.chars, self.progress, self.time_left)
        self._others: list[QWidget] = []  # permanent widgets put beside the fields by others (Undo, progress)
        self._has_document = False
        self._made_room = False  # the fields are hidden while a message that does not fit beside them is shown
        self._script = ("", "")  # the file's script and the one shown: kept to name again after the original view
        self._original = False  # the original file is on screen (Ctrl+U): shown as it is, no script mapping
        self._chars = 0  # the cleaned text's length, and its place below: shown again back from the original view
        self._paragraphs: Sequence[Paragraph] = ()
        self._left: TextLeft | None = None
        self._place = (0, 0, False)
        self._original_view: QPlainTextEdit | None = None
        self._wrap_note = ""  # the last 'Continued from …' shown, taken away by a step that does not wrap
        self._said, self._shown, self._until = "", "", 0.0  # a message as said, as shown (elided), when it goes
        self._arriving = ""  # the message kept while the page before an opened document is still on screen
        self.messageChanged.connect(self._message_changed)
        self.clear_document()

    def changeEvent(self, event: QEvent) -> None:
        """The reading time left in the new UI language at once ('约剩 13 分钟' stayed up in 繁體 until a scroll)."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.LanguageChange or not self._has_document:
            return
        if self._original:
            self._original_moved()
        else:
            self._set_fraction(*self._place)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """A widget others put on the right (Undo, an import's progress): room is made again as it comes and goes,
        as the fields beside it were reckoned without it ('… the files stay wh' cut short beside Undo)."""
        super().addPermanentWidget(widget, stretch)
        if not hasattr(self, "_fields"):  # (the fields themselves, being added)
            return
        self._others.append(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._others and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.updateGeometry()  # (the window's least width)
            self._refit()
            self._make_room()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widgets never hidden: the fields give way in a narrow window (_make_room), so the bar no
        longer holds the window as wide as all of them."""
        if not hasattr(self, "_others"):  # (asked while being built)
            return super().minimumSizeHint()
        kept = [self.progress, *(w for w in self._others if not w.isHidden())]
        return QSize(GRIP_PX + sum(w.sizeHint().width() + 6 for w in kept), super().minimumSizeHint().height())

    def showMessage(self, message: str, timeout: int = 0) -> None:
        """A message too long for the bar gives way in the name it quotes, not in what it says was done: '“中华人民共和国
        …的通知” was removed from the list; the file stays where it is' (at 700 px beside Undo the end was cut off)."""
        self._said, self._shown = message, self._fitted(message)
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else 0.0
        super().showMessage(self._shown, timeout)

    def _refit(self) -> None:
        """The message shown fitted again to the bar's room (resized, Undo come or gone), for the time it has left."""
        if not self._shown or self.currentMessage() != self._shown or self._shown == self._fitted(self._said):
            return  # none of ours is shown (a menu's status tip is Qt's), or it fits as it is
        left = max(1, int((self._until - time.monotonic()) * 1000)) if self._until else 0
        self._shown = self._fitted(self._said)
        super().showMessage(self._shown, left)

    def _fitted(self, message: str) -> str:
        """The message with its quoted name (“…”) elided in the middle as far as the bar's room needs."""
        room = self.width() - GRIP_PX - 24 - sum(w.sizeHint().width() + 6 for w in self._others if not w.isHidden())
        metrics = self.fontMetrics()
        start, end = message.find("“"), message.rfind("”")
        if metrics.horizontalAdvance(message) <= room or start < 0 or end <= start + 1:
            return message
        name, rest = message[start + 1:end], message[:start + 1] + message[end:]
        width = max(metrics.horizontalAdvance("…") * 2, room - metrics.horizontalAdvance(rest))
        return message[:start + 1] + metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width) + message[end:]

    def _message_changed(self, message: str) -> None:
        """The whole message on hover, however narrow the window; and room made for it if it is cut short."""
        self.setToolTip(self._said if message and message == self._shown else message)
        self._make_room()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit()
        self._make_room()

    def _make_room(self) -> None:
        """Hide the permanent fields while the message would be cut short beside them ('empty.txt is empty: th…'),
        and, in a narrow window, the least needed of them while they would not fit at all (at 700 px the bar's right
        end, the reading time and Undo, was cut off).

        Decided from the bar's width, which hiding or showing them never changes (they come back only where they
        fit), so it cannot loop as reflowing them on resize did."""
        message = self.currentMessage()
        shown = [w for w in self._fields if w is not self.cleaned or self._cleaned_any]
        room = self.width() - GRIP_PX - sum(w.sizeHint().width() + 6 for w in self._others if not w.isHidden())
        fields = sum(w.sizeHint().width() + 6 for w in shown)
        self._made_room = bool(message) and self.fontMetrics().horizontalAdvance(message) + 24 + fields > room
        if self._made_room:
            shown = []
        for widget in (self.chars, self.encoding, self.time_left, self.script, self.cleaned):  # least needed first
            if fields <= room or widget not in shown:
                continue
            fields -= widget.sizeHint().width() + 6
            shown.remove(widget)
        for widget in self._fields:
            widget.setVisible(widget in shown)

    def clear_document(self) -> None:
        for widget in (self.encoding, self.script, self.chars, self.progress, self.time_left):
            widget.clear()
        self._has_document = False
        self._cleaned_any = False
        self.cleaned.hide()

    def set_document(self, encoding: str, source_script: str, shown_as: str, chars: int, cleaned: CleaningCounts,
                     bad_bytes: int, paragraphs: Sequence[Paragraph] = ()) -> None:
        self.encoding.setText(codec_name(encoding))  # Big5, as readers know it (not BIG5)
        self.encoding.setToolTip(self.tr("Detected encoding; File › Reopen with Encoding… if it looks wrong"))
        self.set_script(source_script, shown_as)
        self._chars = chars
        self._paragraphs, self._left = paragraphs, None  # (the reading left by file line: made once asked)
        self._show_length(chars)
        # nothing cleaned, nothing undecodable: no indicator ('Cleaned: 0 items' opened an empty list)
        told = [self._cleaned_words(cleaned), self.tr("%n undecodable bytes", "", bad_bytes) if bad_bytes else ""]
        self.cleaned.setText(" · ".join(x for x in told if x))
        self.cleaned.setToolTip(self.tr("What cleaning removed and why, and where text looks garbled"))
        self._has_document = True
        self._cleaned_any = bool(any(cleaned) or bad_bytes)
        self._make_room()  # (the indicator, and fields as wide as this document's)
        self._original_moved()
        if self._arriving and self._said == self._arriving and self.currentMessage() == self._shown:
            self.clearMessage()  # 'Opening …' kept until now: the document it named is on screen
        self._arriving = ""

    def document_in(self, arriving: bool) -> None:
        """An opened document is in: the message that it was opening goes, or, while the page before it is still on
        screen (a long text built, or laid out down to a far place: seconds), stays until its facts are shown
        (set_document); cleared at once, the old page stood there with nothing saying another was on its way."""
        self._arriving = self._said if arriving and self.currentMessage() else ""
        if not self._arriving:
            self.clearMessage()

    def _cleaned_words(self, cleaned: CleaningCounts) -> str:
        """The counts as What Cleaning Did gives them ('Cleaned: 12 removed, 3 moved to the header'): a line shown in
        the header was not removed, and a reader told so would look for it in vain."""
        parts = [self.tr("%n removed", "", cleaned.removed) if cleaned.removed else "",
                 self.tr("%n moved to the header", "", cleaned.moved) if cleaned.moved else "",
                 self.tr("%n flagged as garbled", "", cleaned.garbled) if cleaned.garbled else ""]
        said = [p for p in parts if p]
        return self.tr("Cleaned: {0}").format(self.tr(", ").join(said)) if said else ""

    def _show_length(self, chars: int) -> None:
        """The count as the document list writes it ('3098字', '1.8万字', '18.2k characters')."""
        self.chars.setText(length_text(chars))

    def watch_original(self, action: QAction, view: QPlainTextEdit) -> None:
        """While the original view is on (Ctrl+U), the length and the place are those of the file it shows."""
        self._original_view = view
        action.toggled.connect(self.set_original)
        view.textChanged.connect(self._original_moved)
        view.verticalScrollBar().valueChanged.connect(self._original_moved)

    def _original_moved(self) -> None:
        """The original's length, and the progress and time left at its top line, counted on the cleaned text's
        paragraphs from that line on, what a reader reads there (the end on screen counts as 100 %): a page's tags
        and style sheet counted gave 'about 33 min left' for three minutes of text."""
        view = self._original_view
        if not self._original or view is None or not self._has_document or view.document().isEmpty():  # (not a copy
            # of its text to ask: 60 ms on every scroll step in a 1 M-character file)
            return
        length = view.document().characterCount() - 1
        self._show_length(length)
        bar = view.verticalScrollBar()
        top = view.cursorForPosition(QPoint(1, 1))
        if self._left is None and self._paragraphs:
            self._left = TextLeft(self._paragraphs)
        if self._left is None:  # (no paragraphs: an empty text, or none given) the file's own place
            self._set_fraction(top.position(), length, scrolled_to_end(bar))
            return
        left = self._left.chars_from(top.blockNumber() + 1)  # (progress, too: '96%' beside 'about 3 min left' at
        self._set_fraction(self._chars - left, self._chars, scrolled_to_end(bar))  # a page's first line of text)

    def set_script(self, source_script: str, shown_as: str) -> None:
        self._script = (source_script, shown_as)
        written = SOURCE_SCRIPT_NAMES.get(source_script, source_script)
        if self._original:  # the file as it is: its own script, no conversion to name
            self.script.setText(self.tr("Original file: {0}").format(written) if written else self.tr("Original file"))
            self.script.setToolTip(self.tr("The file as it is, unconverted (Ctrl+U: back to the cleaned text)"))
            return
        # no Chinese to tell the script by (an empty file, a text in English): no script, not a bare '→ 繁體'
        self.script.setText(f"{written} → {shown_as}" if shown_as and written else written)
        self.script.setToolTip(self.tr("Script of the file → script shown"))

    def set_original(self, on: bool) -> None:
        """The original view shows the file unconverted: the script field says so, and names the mapping again
        once the cleaned text is back."""
        self._original = on
        if self._has_document:
            self.set_script(*self._script)
        if on:
            self._original_moved()
        elif self._has_document:
            self._show_length(self._chars)
            self._set_fraction(*self._place)

    def hit_stepped(self, wrapped: int) -> None:
        """A quiet word when F3 or Enter went round the end of the hits (1: on from the top, -1: from the bottom);
        a step that does not wrap takes an earlier such word away."""
        if wrapped:
            self._wrap_note = self.tr("Continued from the top") if wrapped > 0 else self.tr("Continued from the bottom")
            self.showMessage(self._wrap_note, WRAP_NOTE_MS)
        elif self._wrap_note and self.currentMessage() == self._wrap_note:
            self.clearMessage()

    def no_hit_to_step(self, has_keywords: bool) -> None:
        """F3 with nothing to go to: what is missing, and where to put a keyword."""
        self.showMessage(self.tr("None of your keywords occurs in this document") if has_keywords
                         else self.tr("No keywords to find — type one in the keyword box (Ctrl+K)"), WRAP_NOTE_MS)

    def set_place(self, offset: int, total: int, at_end: bool) -> None:
        """Progress through the cleaned text and the reading time left (kept, not shown, under the original view)."""
        self._place = (offset, total, at_end)
        if not self._original:
            self._set_fraction(offset, total, at_end)

    def _set_fraction(self, offset: int, total: int, at_end: bool) -> None:
        """Progress and time left at `offset` of `total` characters; the end on screen counts as 100 %."""
        if total <= 0:  # an empty document: no progress or reading time to give
            self.progress.clear()
            self.time_left.clear()
            return
        fraction = 1.0 if at_end else min(1.0, offset / total)
        self.set_progress(fraction, minutes_left(int(total * (1 - fraction))))

    def set_progress(self, fraction: float, minutes: int) -> None:
        self.progress.setText(f"{round(fraction * 100)}%")
        self.progress.setToolTip(self.tr("Reading progress"))
        said = time_left_text(minutes)
        if said != self.time_left.text():
            self.time_left.setText(said)
            self._make_room()  # its words change width ('less than a minute left', 'about 3 min left')


def time_left_text(minutes: int) -> str:
    """Reading time left in words a reader takes in at a glance: minutes, or hours for long texts."""
    if minutes < 1:
        return _tr("less than a minute left")
    if minutes < 90:
        return _tr("about {0} min left").format(minutes)
    hours = minutes / 60
    return _tr("about {0} h left").format(f"{hours:.1f}" if hours < 10 else f"{round(hours)}")


class InfoBar(QFrame):
    """A dismissible note above the text, for things the reader should know once (never a modal dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.text = QLabel(objectName="infoText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        close = QToolButton(objectName="infoClose")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_lines(self, lines: list[str]) -> None:
        self.text.setText("\n".join(lines))
        self.show()

    def withdraw(self, lines: list[str]) -> None:
        """Take back a note that no longer holds (an earlier import's failures once a later one is in); the other
        notes shown with it stay, and the bar closes when none is left."""
        if not self.isVisible() or not lines:
            return
        shown = self.text.text().split("\n")
        kept = [line for line in shown if line not in lines]
        if len(kept) == len(shown):
            return
        self.text.setText("\n".join(kept))
        self.setVisible(bool(kept))
