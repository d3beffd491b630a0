"""Lay out a long QTextDocument in small steps between events, so the window never stalls.

QTextDocumentLayout lays a document out lazily on a 10 ms timer, but its steps double up to 200,000 characters,
which for Chinese text means stalls of 100-300 ms in a long document (after opening it, resizing, or replacing
text). This pump takes the timer's place: whenever that timer fires, the pump swallows it and instead walks the
document by PUMP_CHUNK_CHARS positions at a time until the turn's budget is spent, PUMP_STEP_CHARS at most (a
slow or busy machine takes smaller steps; laid-out parts cost nothing), telling the view after each step so its
scroll bar grows. Painting and explicit queries still lay out at once whatever they need. Qt's other timer on the
layout, a 0 ms one that only reports the size laid out so far, is let through while held or waiting: swallowed, it
fired again on every event-loop turn (3,000-30,000 calls a second while a long text waited for its outline).
"""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QSizeF, QTimer
from PySide6.QtGui import QTextDocument

from reader.ui.tuning import PUMP_BUDGET_MS, PUMP_CHUNK_CHARS, PUMP_STEP_CHARS


class LayoutPump(QObject):
    """Drives the lazy layout of the document a text view shows; follows `set_document`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._document: QTextDocument | None = None
        self._layout = None
        self._pos = 0
        self._held = False
        self._waiting = False  # the document shown is to be replaced (see wait)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def set_document(self, document: QTextDocument) -> None:
        if self._layout is not None:
            self._layout.removeEventFilter(self)
        self._document = document
        self._layout = document.documentLayout()
        self._layout.installEventFilter(self)
        self._pos = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt's lazy-layout (and size) timer: take over instead of letting it run its big steps."""
        if watched is self._layout and event.type() == QEvent.Type.Timer:
            if not self._timer.isActive():
                if self._laid_out():
                    return False  # nothing left to lay out: Qt's own handler finds so and stops its timer (swallowed,
                    # the timer fired on and restarted the walk every event-loop turn: a busy idle window)
                if not self._held and not self._waiting:
                    self._pos = 0
                    self._timer.start()
                elif self._reports_size(event.timerId()):
                    return False  # Qt reports the size and stops that timer; nothing is laid out
            return True
        return False

    def hold(self, on: bool) -> None:
        """While held, nothing is laid out but what painting and queries ask for; released, the walk goes on."""
        if on == self._held:
            return
        self._held = on
        if on:
            self._timer.stop()
        elif not self._waiting and self._document is not None and not self._laid_out():
            self._timer.start()

    def wait(self, on: bool) -> None:
        """While waiting (a long text shown before its headings, rebuilt once they are in), nothing is laid out in the
        background: that layout was thrown away with the document (0.75 s of the GUI thread on 3 M characters)."""
        self._waiting = on
        if on:
            self._timer.stop()
        elif not self._held and self._document is not None and not self._laid_out():
            self._timer.start()

    def _reports_size(self, timer_id: int) -> bool:
        """Qt's size-report timer (0 ms; its lazy-layout one runs every 10 ms) lays nothing out: it need not wait."""
        registered = getattr(QAbstractEventDispatcher.instance(), "registeredTimers", None)  # deprecated in Qt 6.8:
        if registered is None:  # without it, every timer waits as before (the spin comes back, nothing breaks)
            return False
        return any(timer.timerId == timer_id and timer.interval == 0 for timer in registered(self._layout))

    def _laid_out(self) -> bool:
        """The whole document is laid out: its last block has lines (laid-out blocks are a prefix)."""
        layout = self._document.lastBlock().layout() if self._document is not None else None
        return layout is not None and layout.lineCount() > 0

    def _step(self) -> None:
        doc = self._document
        if doc is None:
            self._timer.stop()
            return
        end = doc.characterCount() - 1
        last = doc.findBlock(self._pos).layout()
        if self._pos and (last is None or last.lineCount() == 0):
            self._pos = 0  # laid out anew behind the walk (a resize mid-way): from the top, or one step is all of it
        goal, deadline = min(end, self._pos + PUMP_STEP_CHARS), perf_counter() + PUMP_BUDGET_MS / 1000
        while True:
            self._pos = min(goal, self._pos + PUMP_CHUNK_CHARS)
            self._layout.blockBoundingRect(doc.findBlock(self._pos))  # lays out up to here; free where done
            if self._pos >= goal or perf_counter() >= deadline:
                break
        self._layout.documentSizeChanged.emit(QSizeF())  # the view re-reads the laid-out size
        if self._pos >= end:
            self._timer.stop()
