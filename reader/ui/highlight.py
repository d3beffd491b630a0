"""Keyword highlights for the reading pane: colours, extra selections and the marks beside the scroll bar.

Hits are spans of the text an editor shows; `to_qt` / `from_qt` convert them to Qt positions at the boundary.
With many hits only those near the view get selections, rebuilt as the view scrolls. `HitMarks` draws every
hit over the scroll bar's groove and places them again when the document's layout grows.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QPlainTextDocumentLayout,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QTextEdit,
    QWidget,
)

from reader.text.hits import Hits
from reader.ui.body_positions import TITLE_BASE
from reader.ui.workers import finish

# Mid-lightness, saturated hues that stay distinct from one another and, drawn translucent, leave both dark
# text on light/sepia paper and light text on a dark background readable.
_PALETTE = (
    "#f5b700",  # amber
    "#3fa9f5",  # sky blue
    "#4cc45a",  # green
    "#f35ba0",  # pink
    "#ff8a3d",  # orange
    "#9b7bff",  # violet
    "#1fc7b6",  # teal
    "#e5484d",  # red
)
PALETTE_SIZE = len(_PALETTE)
_NORMAL_ALPHA = 125  # of 255 on light paper: clearly visible, dark text keeps a contrast ratio above 8
_NORMAL_ALPHA_DARK = 90  # on dark paper: light text keeps a contrast ratio above 4.5 (WCAG AA) on every colour
_CURRENT_TEXT = QColor("#111111")
_ALL_AT_ONCE = 300  # up to this many hits selections are built once (~25 ms), beyond it only near the view
_MARGIN = 6000  # Python characters built on either side of the visible range
_MARKS_SLICE_S = 0.015  # measuring the marks' places per event-loop turn
_RELAYOUT_MS = 250  # marks are placed again this long after the document's layout last changed size


def keyword_colour(n: int) -> QColor:
    """The n-th keyword colour (the palette repeats after PALETTE_SIZE)."""
    return QColor(_PALETTE[n % PALETTE_SIZE])


def selection_formats(colour: QColor, dark: bool = False) -> tuple[QTextCharFormat, QTextCharFormat]:
    """Normal and current-hit formats for one keyword colour (dark: for light text on a dark background)."""
    normal = QTextCharFormat()
    translucent = QColor(colour)
    translucent.setAlpha(_NORMAL_ALPHA_DARK if dark else _NORMAL_ALPHA)
    normal.setBackground(translucent)
    current = QTextCharFormat()
    current.setBackground(QColor(colour))
    current.setForeground(_CURRENT_TEXT)
    current.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    current.setUnderlineColor(_CURRENT_TEXT)
    current.setProperty(QTextFormat.Property.FullWidthSelection, False)
    return normal, current


def build_selections(
    document: QTextDocument,
    hits: Hits,
    colours: Mapping[str, QColor],
    to_qt: Callable[[int], int],
    indices: Iterable[int] | None = None,
    current: int | None = None,
    dark: bool = False,
) -> list[QTextEdit.ExtraSelection]:
    """Extra selections for the chosen hits; the current hit is drawn last so it is on top."""
    formats = {w: selection_formats(c, dark) for w, c in colours.items()}
    fallback = selection_formats(keyword_colour(0), dark)
    result = []
    chosen = range(len(hits)) if indices is None else indices
    for i in chosen:
        if i == current:
            continue
        result.append(_selection(document, hits[i].start, hits[i].end, to_qt, formats.get(hits[i].word, fallback)[0]))
    if current is not None and 0 <= current < len(hits):
        h = hits[current]
        result.append(_selection(document, h.start, h.end, to_qt, formats.get(h.word, fallback)[1]))
    return result


def _selection(document, start, end, to_qt, fmt) -> QTextEdit.ExtraSelection:
    last = document.characterCount() - 1  # stale hits on a replaced document must not run off its end
    cursor = QTextCursor(document)
    cursor.setPosition(min(to_qt(start), last))
    cursor.setPosition(min(to_qt(end), last), QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = fmt
    return selection


class HitHighlighter(QObject):
    """Keeps an editor's keyword selections current, building only what is near the view when there are many."""

    def __init__(self, editor: QAbstractScrollArea, apply: Callable[[list], None] | None = None,
                 visible: Callable[[], tuple[int, int]] | None = None, held: Callable[[], bool] | None = None) -> None:
        super().__init__(editor)
        self._editor = editor
        self._apply = apply or editor.setExtraSelections
        self._visible = visible or self._hit_tested_range
        self._held = held or (lambda: False)  # the view is not at its place yet: selections would be wasted work
        self._due = False  # a rebuild was held back: the next view change (or refresh) makes it
        self._hits = Hits()
        self._colours: Mapping[str, QColor] = {}
        self._to_qt: Callable[[int], int] = int
        self._from_qt: Callable[[int], int] = int
        self._current: int | None = None
        self._built: tuple[int, int] | None = None  # Python range covered by the applied selections
        editor.verticalScrollBar().valueChanged.connect(self._on_view_changed)
        editor.viewport().installEventFilter(self)
        editor.installEventFilter(self)

    def set_hits(
        self,
        hits: Hits,
        colours: Mapping[str, QColor],
        to_qt: Callable[[int], int],
        from_qt: Callable[[int], int],
        current: int | None = None,
    ) -> None:
        """New hits (after a keyword, document or script change); rebuilds the selections."""
        self._hits, self._colours, self._to_qt, self._from_qt = hits, dict(colours), to_qt, from_qt
        self._current = current
        self._rebuild()

    def set_current(self, index: int | None) -> None:
        """Make one hit the current one (F3); the view itself is moved by the caller."""
        self._current = index
        self._rebuild()

    def is_dark(self) -> bool:
        """Whether selections are drawn for light text on a dark background."""
        return self._editor.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def clear(self) -> None:
        """Remove every keyword selection."""
        self.set_hits(Hits(), {}, int, int)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is not self._editor:
            self._on_view_changed()
        elif event.type() == QEvent.Type.PaletteChange and watched is self._editor and self._hits:
            self._rebuild()
        return False

    @Slot()
    def refresh(self) -> None:
        """The view reached its place (a rebuilt, rewrapped or far-moved text): draw what was held back."""
        if self._due:
            self._rebuild()

    @Slot()
    def _on_view_changed(self, *_args) -> None:
        if self._due:
            return self._rebuild()
        if self._built is None or len(self._hits) <= _ALL_AT_ONCE:
            return
        start, end = self._visible()
        if start < self._built[0] or end > self._built[1]:
            self._rebuild()

    def _hit_tested_range(self) -> tuple[int, int]:
        """The visible range of a plain editor (a hit test: it lays the document out down to the view)."""
        viewport = self._editor.viewport()
        top = self._editor.cursorForPosition(QPoint(0, 0)).position()
        bottom = self._editor.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return self._from_qt(top), self._from_qt(bottom)

    def _rebuild(self) -> None:
        """Selections for the hits near the view; none while the view is on its way to its place (a document being
        built, rewrapped or laid out to a far place): each selection makes Qt lay the text out down to it (3,076
        hits on a 1 M-character law rebuilt for a zoom: 0.5 s), for a page that is replaced or not shown."""
        if self._hits and self._held():
            self._due = True
            return
        self._due = False
        document = self._editor.document()
        if len(self._hits) <= _ALL_AT_ONCE:
            indices: Iterable[int] = range(len(self._hits))
            self._built = (0, 0) if not self._hits else (-1, self._hits[-1].end + 1)
        else:
            start, end = self._visible()
            self._built = (start - _MARGIN if start > _MARGIN else TITLE_BASE, end + _MARGIN)  # the title's too
            indices = self._hits.overlapping(*self._built)
        current = self._current if self._current is not None and self._current < len(self._hits) else None
        if current is not None and current not in indices:
            indices = list(indices) + [current]
        self._apply(build_selections(document, self._hits, self._colours, self._to_qt, indices, current, self.is_dark()))


def layout_fractions(document: QTextDocument, positions: Sequence[int]) -> list[float]:
    """Vertical place of each Qt position as a fraction of the document's laid-out height.

    A long QTextEdit document is laid out in the background after it is set (about 1 s for 1 M characters);
    until the last block has been laid out the fractions are character fractions, so this never forces a
    layout. Within a paragraph the place is interpolated by character, which is finer than a scroll-bar pixel.
    """
    return finish(fraction_steps(document, positions, float("inf")))


def fraction_steps(document: QTextDocument, positions: Sequence[int], slice_s: float) -> Iterator[None]:
    """layout_fractions, yielding every `slice_s` seconds (each position in a new block measures that block: 0.4 s
    for 20,000 hits); returns the fractions."""
    layout = document.documentLayout()
    count = max(1, document.characterCount())
    last = document.lastBlock().layout()
    if last is None or last.lineCount() == 0:
        return [min(1.0, max(0.0, pos / count)) for pos in positions]
    plain = isinstance(layout, QPlainTextDocumentLayout)
    height = float(document.lineCount()) if plain else layout.documentSize().height()
    if height <= 0:
        return [min(1.0, max(0.0, pos / count)) for pos in positions]
    result = []
    block_start, block_length, top, span = 0, 0, 0.0, 0.0
    deadline = time.perf_counter() + slice_s
    for pos in positions:
        if not block_start <= pos < block_start + block_length:
            if time.perf_counter() > deadline:
                yield
                deadline = time.perf_counter() + slice_s
            block = document.findBlock(pos)
            block_start, block_length = block.position(), max(1, block.length())
            if plain:
                top, span = float(block.firstLineNumber()), float(max(1, block.lineCount()))
            else:
                rect = layout.blockBoundingRect(block)
                top, span = rect.top(), rect.height()
        y = top + span * (pos - block_start) / block_length
        result.append(min(1.0, max(0.0, y / height)))
    return result


class HitMarks(QWidget):
    """Hit positions drawn over a scroll bar's groove; transparent to the mouse so the scroll bar still works."""

    def __init__(self, scroll_bar: QScrollBar) -> None:
        super().__init__(scroll_bar)
        self.setObjectName("hitMarks")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._bar = scroll_bar
        self._marks: list[tuple[float, QColor]] = []
        self._current: float | None = None
        self._rows: dict[int, QColor] = {}
        self._document: QTextDocument | None = None
        self._positions: list[int] = []
        self._colours: list[QColor] = []
        self._fractions: list[float] = []
        self._current_index: int | None = None
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(_RELAYOUT_MS)
        self._relayout.timeout.connect(self._place_tracked)
        self._measuring: Iterator[None] | None = None  # the marks' places being measured, a slice per turn
        self._measure_timer = QTimer(self, singleShot=True, interval=0)
        self._measure_timer.timeout.connect(self._measure_step)
        self._height = -1  # the height the marks were bucketed for
        scroll_bar.installEventFilter(self)
        scroll_bar.rangeChanged.connect(self._place)
        self._place()
        self.show()

    def set_marks(self, marks: Sequence[tuple[float, QColor]]) -> None:
        """Where the hits are, as fractions (0 = top, 1 = bottom) of the document, each in its colour."""
        self._marks = list(marks)
        self._bucket()
        self.update()

    def set_current(self, fraction: float | None) -> None:
        """Mark the current hit more strongly (None: no current hit)."""
        self._current = fraction
        self.update()

    def track(
        self, document: QTextDocument, positions: Sequence[int], colours: Sequence[QColor], current: int | None = None
    ) -> None:
        """Marks for Qt positions in a document, placed again (debounced) whenever its layout changes size."""
        if self._document is not document:
            self._disconnect()
            self._document = document
            document.documentLayout().documentSizeChanged.connect(self._relayout.start)
        self._positions, self._colours, self._current_index = list(positions), list(colours), current
        self._place_tracked()

    def set_current_index(self, index: int | None) -> None:
        """Make the index-th tracked position the current one (cheap: nothing is measured again)."""
        self._current_index = index
        ok = index is not None and 0 <= index < len(self._fractions)
        self.set_current(self._fractions[index] if ok else None)

    def _disconnect(self) -> None:
        if self._document is not None:
            try:
                self._document.documentLayout().documentSizeChanged.disconnect(self._relayout.start)
            except (RuntimeError, TypeError):
                pass  # the document is already gone
        self._document = None

    @Slot()
    def _place_tracked(self) -> None:
        """Measure the marks' places again, in slices (the marks shown stay until the new ones are measured)."""
        self._measuring = None
        self._measure_timer.stop()
        if self._document is None:
            self._placed([])
            return
        self._measuring = fraction_steps(self._document, self._positions, _MARKS_SLICE_S)
        self._measure_step()

    @Slot()
    def _measure_step(self) -> None:
        if self._measuring is None:
            return
        try:
            next(self._measuring)
        except StopIteration as done:
            self._measuring = None
            self._placed(done.value)
            return
        except RuntimeError:  # the document was deleted
            self._measuring, self._document = None, None
            self._placed([])
            return
        self._measure_timer.start()

    def _placed(self, fractions: list[float]) -> None:
        self._fractions = fractions
        self.set_marks(list(zip(self._fractions, self._colours)))
        self.set_current_index(self._current_index)

    def marks(self) -> list[tuple[float, QColor]]:
        """The fractions and colours shown (for tests and the window's own bookkeeping)."""
        return list(self._marks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.StyleChange):
            self._place()
        return False

    def _groove(self):
        option = QStyleOptionSlider()
        self._bar.initStyleOption(option)
        return self._bar.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, self._bar
        )

    @Slot()
    def _place(self, *_args) -> None:
        groove = self._groove()
        if groove.isEmpty():
            groove = self._bar.rect()
        self.setGeometry(groove)
        if self.height() != self._height:  # the range changes at every step of a long layout: the rows do not
            self._bucket()
        self.raise_()

    def _bucket(self) -> None:
        """One colour per pixel row, so thousands of hits cost a few hundred rectangles to paint."""
        self._height = self.height()
        span = max(1, self._height - 3)
        self._rows = {}
        for fraction, colour in self._marks:
            self._rows[int(min(1.0, max(0.0, fraction)) * span)] = colour

    def paintEvent(self, event) -> None:
        if not self._rows and self._current is None:
            return
        painter = QPainter(self)
        width = self.width()
        left = width // 2  # the right half, so the slider stays visible beside the marks
        for y, colour in self._rows.items():
            painter.fillRect(left, y, width - left - 1, 3, colour)
        if self._current is not None:
            span = max(1, self.height() - 5)
            y = int(min(1.0, max(0.0, self._current)) * span)
            painter.setPen(QPen(self.palette().windowText().color(), 1))
            painter.setBrush(self.palette().highlight())
            painter.drawRect(QRectF(0.5, y + 0.5, width - 1.0, 4.0))
        painter.end()
