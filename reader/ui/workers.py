"""Slow work off the GUI thread: thread-pool jobs around pure functions, results delivered on the GUI thread."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

from reader.ui.tuning import GIL_SWITCH_S

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits its signals, so the slots run queued on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, jobs: "Jobs", on_done: Callback | None, on_error: Callback | None) -> None:
        super().__init__()
        self._jobs = jobs
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._done)
        self.failed.connect(self._failed)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._jobs._relays.discard(self)
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _failed(self, exc: Any) -> None:
        self._jobs._relays.discard(self)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.warning("background job failed: %s", exc)


class _Job(QRunnable):
    """A few lines around a pure function: call it, report the result or the exception."""

    def __init__(self, fn: Callable[..., Any], args: tuple, relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # reported to the GUI, which turns it into a message
            log.debug("job %s failed", getattr(self._fn, "__name__", self._fn), exc_info=True)
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.finished, result)

    def _deliver(self, signal: SignalInstance, value: Any) -> None:
        """Hand the outcome to the GUI thread, unless the window was closed meanwhile (nobody to tell)."""
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("job finished after its window was closed; result dropped")


class Jobs(QObject):
    """Runs pure functions on a thread pool and calls back on the GUI thread.

    There is one way to run a job, the asynchronous one users get; a caller that needs to know which state a
    result belongs to passes that state along (the reading view's version) and checks it when the result lands.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()
        if sys.getswitchinterval() > GIL_SWITCH_S:
            sys.setswitchinterval(GIL_SWITCH_S)  # the GUI thread gets the GIL back from a busy worker at once

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
               on_error: Callback | None = None) -> None:
        """Run fn(*args) off the GUI thread; on_done(result) or on_error(exception) run on the GUI thread."""
        relay = _Relay(self, on_done, on_error)
        self._relays.add(relay)
        self._pool.start(_Job(fn, args, relay))

    def wait(self, msecs: int = -1) -> bool:
        """Block until running jobs finish (shutdown, tests)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        """Some job is running or its result has not been delivered yet."""
        return bool(self._relays)


def finish(steps: Iterator[Any]) -> Any:
    """Run a generator of sliced work to its end at once (a short input needs no slices); its return value."""
    try:
        while True:
            next(steps)
    except StopIteration as done:
        return done.value
