"""The side panels around the text: they yield when the window is narrow, so the text keeps a readable measure.

A panel the reader hides stays hidden (remembered through the splitter's saved state); a panel hidden only for
lack of room comes back when the window is wide enough again.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QIODevice, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QApplication, QSplitter, QTextEdit, QWidget

MEASURE_CHARS = 24  # the narrowest line of text worth reading, in reading-font characters


def text_measure(view: QTextEdit, font: QFont | None = None) -> int:
    """Pixels of the reading view needed for a readable line in its font: the characters themselves (at their exact
    advance, rounded up) and what the view keeps around them (document margins, frame, scroll bar); a fixed 48 pixels
    for all that left 22 characters a line, fewer at punctuation, where 24 were promised. `font`: the one the text is
    being built in, where it differs from its document's (a long text zoomed is laid out again over several turns, its
    old document in the old font meanwhile: measured by it, the text stayed 20 characters a line at 17 pt)."""
    document = view.document()
    chars = math.ceil(QFontMetricsF(font or document.defaultFont()).horizontalAdvance("中") * MEASURE_CHARS)
    sides = 2 * (math.ceil(document.documentMargin()) + view.frameWidth())
    chrome = sides + view.verticalScrollBar().sizeHint().width()  # counted shown or not: a measure for any text
    return chars + chrome + 1  # (a line's width is compared with a little rounding)


DEFAULT_WIDTHS = (280, 220)  # documents and outline, keywords
USEFUL_WIDTH = 150  # a panel narrower than this is folded away rather than squeezed
_CENTER = 1


def _saved_sizes(state: QByteArray) -> list[int]:
    """The sizes written in a splitter state: the splitter's own before it is laid out are its restored ones squeezed
    into its first, small width (760, 342, 150 read back as 488, 70, 74)."""
    reader = QDataStream(state, QIODevice.OpenModeFlag.ReadOnly)
    head = [reader.readInt32() for _ in range(3)]
    sizes = [reader.readInt32() for _ in range(max(0, min(head[2], 3)))]
    return sizes if reader.status() == QDataStream.Status.Ok and len(sizes) == 3 else []


def _with_sizes(state: QByteArray, sizes: list[int]) -> QByteArray:
    """A splitter state with other sizes in it, the live splitter untouched: setting its sizes for a moment moved the
    text under the reader (a position change, so a save a second later, and so on while the panels stayed folded)."""
    reader = QDataStream(state, QIODevice.OpenModeFlag.ReadOnly)  # magic, version, then the sizes as a list of ints
    head = [reader.readInt32() for _ in range(3)]
    if reader.status() != QDataStream.Status.Ok or head[2] != len(sizes):
        return state
    out = QByteArray()
    writer = QDataStream(out, QIODevice.OpenModeFlag.WriteOnly)
    for value in head + sizes:
        writer.writeInt32(value)
    return out + state.mid(4 * (3 + len(sizes)))  # the flags after the sizes as they were


class PanelLayout(QObject):
    """Owns the widths of the horizontal splitter's side panels (index 0: documents/outline, 2: keywords)."""

    visibility_changed = Signal(int, bool)  # panel index, shown (by the reader's choice)

    def __init__(self, splitter: QSplitter, measure: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._splitter = splitter
        self._measure = measure  # pixels the text needs for MEASURE_CHARS characters
        self._wanted = {0: DEFAULT_WIDTHS[0], 2: DEFAULT_WIDTHS[1]}  # widths the reader chose
        self._hidden = {0: False, 2: False}  # hidden by the reader
        self._asked = -1  # the panel the reader last asked to show: never folded for room
        self._text_chosen = (0, 0)  # the text's width the reader left by dragging a handle, and the room then
        splitter.setChildrenCollapsible(True)
        splitter.setCollapsible(_CENTER, False)
        splitter.setStretchFactor(_CENTER, 1)
        splitter.splitterMoved.connect(self._moved)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        splitter.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            self._refit.start()  # once the splitter has laid out its children at the new width
        return False

    @Slot()
    def refit(self) -> None:
        """The text's measure changed (its size): fit again once the view has its new font."""
        self._refit.start()

    def is_shown(self, index: int) -> bool:
        """Whether the reader wants the panel (it may still be folded away for lack of room)."""
        return not self._hidden[index]

    def restore(self, state: QByteArray) -> None:
        """The saved splitter state; a panel saved at width 0 was hidden by the reader."""
        if state.isEmpty() or not self._splitter.restoreState(state):
            return
        sizes = _saved_sizes(state) or self._splitter.sizes()
        self._choose_text(sizes)
        for index in (0, 2):
            if sizes[index] > 0:
                self._wanted[index] = sizes[index]
            self._hidden[index] = sizes[index] == 0

    def save(self) -> QByteArray:
        """The splitter state with the reader's choices (not the room-driven folding) in it."""
        sizes = self._splitter.sizes()
        if all((sizes[i] == 0) == self._hidden[i] for i in (0, 2)):
            return self._splitter.saveState()  # nothing folded for lack of room: the state as it is
        saved = list(sizes)
        for index in (0, 2):
            saved[index] = 0 if self._hidden[index] else self._wanted[index]
        # the text as it is, not what the chosen widths would leave it in this room: saved at 700 px, 192 read back as
        # a text the reader had dragged narrow, kept at the next start (5-6 characters a line)
        saved[_CENTER] = self._text_chosen[0] or max(sizes[_CENTER], self._measure())  # never read back as chosen
        return _with_sizes(self._splitter.saveState(), saved)

    def set_shown(self, index: int, shown: bool) -> None:
        """The reader shows or hides a panel."""
        if not shown and not self._hidden[index] and self._splitter.sizes()[index] == 0:
            shown = True  # folded for room: its toggle (F9) showed nothing the first time, so it asks to see it
            self._asked = index
            self.fit()
            self.visibility_changed.emit(index, shown)  # the toggle is checked again
            return
        if self._hidden[index] == (not shown):
            return
        self._hidden[index] = not shown
        self._asked = index if shown else -1
        self.fit()
        self.visibility_changed.emit(index, shown)

    def _choose_text(self, sizes: list[int]) -> None:
        """A text the reader dragged narrower than its measure is not widened again by the next fit at that room or
        more: each restart took the documents panel back from where the reader left it (668 px came back 488). A text
        at its measure or wider (a drag stopped there) chose no width: zoomed in, it widens to its new measure (held at
        the old one, a line of 24 characters showed 17)."""
        chosen = (sizes[0] or sizes[2]) and sizes[_CENTER] < min(self._measure(), sum(sizes))  # all folded: the room's
        self._text_chosen = (sizes[_CENTER], sum(sizes)) if chosen else (0, 0)

    @Slot()
    def fit(self) -> None:
        """Give the text its measure first, then the panels what is left: shrink, then fold keywords, then the
        documents and outline."""
        total = sum(self._splitter.sizes())
        if total <= 0:
            return
        need = min(self._measure(), total)
        text, room = self._text_chosen
        if text and total >= room:  # a narrower window still gives the text its measure first
            need = min(need, text)
        minimum = {i: max(USEFUL_WIDTH, self._splitter.widget(i).minimumSizeHint().width()) for i in (0, 2)}
        # a width squeezed below the useful one (its neighbour's handle dragged across it, then saved) is widened:
        # restored at 79 pixels, the keyword panel showed its dots and counts with no keyword
        widths = {i: 0 if self._hidden[i] else max(minimum[i], self._wanted[i]) for i in (0, 2)}
        for i in (2, 0):  # shrink towards the minimum, keywords first
            spare = total - need - sum(widths.values())
            if spare < 0 and widths[i]:
                widths[i] = max(minimum[i], widths[i] + spare)
        folding = [i for i in (2, 0) if i != self._asked]  # the panel the reader just asked for stays
        for i in folding:  # still too narrow: fold a panel away
            if total - need - sum(widths.values()) < 0:
                widths[i] = 0
        sizes = [widths[0], max(1, total - widths[0] - widths[2]), widths[2]]
        if sizes != self._splitter.sizes():
            self._splitter.setSizes(sizes)

    @Slot(QWidget, QWidget)
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The keyboard went into a panel at width 0, where nothing it types is seen: a panel folded for room is
        shown (Ctrl+K, Ctrl+L, Tab); one the reader hid is passed over by Tab and shown by a shortcut."""
        if new is None:
            return
        sizes = self._splitter.sizes()
        for index in (0, 2):
            if sizes[index] or not self._splitter.widget(index).isAncestorOf(new):
                continue
            if not self._hidden[index]:
                self._asked = index
                self.fit()
                return
            modifiers = QGuiApplication.keyboardModifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if modifiers == Qt.KeyboardModifier.NoModifier:
                backwards = bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
                QTimer.singleShot(0, self, lambda: self._pass_over(new, index, backwards))
            else:
                self.set_shown(index, True)
            return

    def _pass_over(self, start: QWidget, index: int, backwards: bool) -> None:
        """Tab's next stop outside the hidden panel (the chain is walked once at most)."""
        panel, widget = self._splitter.widget(index), start
        for _ in range(500):
            widget = widget.previousInFocusChain() if backwards else widget.nextInFocusChain()
            if widget is start:
                return
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()
                    and not panel.isAncestorOf(widget) and widget.isActiveWindow()):
                widget.setFocus(Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason)
                return

    @Slot(int, int)
    def _moved(self, _pos: int, handle: int) -> None:
        """The reader dragged a handle: remember the widths (a panel dragged shut is hidden by the reader)."""
        sizes = self._measured(self._useful(self._splitter.sizes()), 0 if handle == 1 else 2)
        if sizes != self._splitter.sizes():
            self._splitter.setSizes(sizes)
        self._choose_text(sizes)
        for index in (0, 2):
            hidden = sizes[index] == 0
            if hidden != self._hidden[index]:
                self._hidden[index] = hidden
                self.visibility_changed.emit(index, not hidden)
            if sizes[index] > 0:
                self._wanted[index] = sizes[index]

    def _measured(self, sizes: list[int], dragged: int) -> list[int]:
        """A panel dragged wide gives the text back its measure (down to a useful width of its own), the other panel
        left as it was: the documents panel's edge dragged right left the text 92 pixels wide, a few characters a
        line, until the window was next resized."""
        short = min(self._measure(), sum(sizes)) - sizes[_CENTER]
        give = min(short, sizes[dragged] - USEFUL_WIDTH)
        if short <= 0 or sizes[dragged] == 0 or give <= 0:
            return sizes
        sizes = list(sizes)
        sizes[dragged], sizes[_CENTER] = sizes[dragged] - give, sizes[_CENTER] + give
        return sizes

    def _useful(self, sizes: list[int]) -> list[int]:
        """A side panel dragged narrower than a useful width is held at it, the room taken back from the text (to its
        minimum), then from the other panel (to a useful width); with none left it folds: dragged to 79 pixels, the
        keyword panel showed its dots and counts with no keyword."""
        sizes = list(sizes)
        text_minimum = self._splitter.widget(_CENTER).minimumSizeHint().width()
        for index in (0, 2):
            short = USEFUL_WIDTH - sizes[index]
            if sizes[index] == 0 or short <= 0:
                continue
            other = 2 - index
            from_text = min(short, max(0, sizes[_CENTER] - text_minimum))
            from_other = min(short - from_text, max(0, sizes[other] - USEFUL_WIDTH))
            if from_text + from_other < short:
                sizes[_CENTER], sizes[index] = sizes[_CENTER] + sizes[index], 0
            else:
                sizes[index], sizes[_CENTER], sizes[other] = USEFUL_WIDTH, sizes[_CENTER] - from_text, \
                    sizes[other] - from_other
        return sizes
