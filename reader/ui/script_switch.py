"""Switching the reading view's script: the visible paragraphs at once, the whole text converted on a worker.

The conversion carries the view's version and is dropped if the view moved on (another document, another
script); the view keeps the reader's place and selection across it. The last conversions of the document shown are
kept (KEEP_CONVERSIONS configurations), so toggling back to a script just shown converts nothing again.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.text.display import AllConverted
from reader.text.pieces import convert_in_pieces, convert_window
from reader.ui.tuning import (CONVERT_PIECE_CHARS, CUT_ABOVE_CHARS, IN_PLACE_CHARS, OPEN_CONVERT_CHARS,
                              OPEN_CONVERT_MAX_CHARS)
from reader.ui.workers import Jobs

if TYPE_CHECKING:
    from reader.text.convert import Conversion
    from reader.ui.reading_pane import ReadingView

log = logging.getLogger(__name__)

KEEP_CONVERSIONS = 2  # configurations of the shown document kept for a toggle back
FREE_SLICE = 2_000  # conversions freed at a time on the worker (the GIL can change hands between slices)
KEEP_CHARS = 8_000_000  # characters kept in all (~9 MiB a million: texts and offset maps); a longer text keeps fewer


@dataclass(frozen=True)
class _Same:
    """The identity conversion of a paragraph (going back to the original)."""

    text: str
    offsets: object = None


def _identity(_config: str, _cache: str, texts: list[str]) -> list[_Same]:
    return [_Same(t) for t in texts]


def _convert(config: str, cache_dir: str, texts: list[str]) -> list[Conversion]:
    """The worker's conversion: a very long paragraph in pieces (one engine pass holds the GIL, and the window)."""
    return convert_in_pieces(config, cache_dir, texts, CONVERT_PIECE_CHARS)


def _all_converted(fn, config: str, cache_dir: str, source: list[str]) -> AllConverted:
    """The whole text converted, with what the view keeps of it made here too (see DisplayText.set_all); the
    conversions themselves are let go of here, in slices (handed over, the GUI thread freed them: 300,000 objects at
    16 M characters, and one free of them all holds the GIL, and so the window, as long)."""
    conversions = list(fn(config, cache_dir, source))
    made = AllConverted.of(source, conversions)
    while conversions:
        del conversions[-FREE_SLICE:]
    return made


def _around(source: list[str], first: int, step: int) -> list[int]:
    """Paragraphs from `first` (the place's, going back; the one after it, going on) up to OPEN_CONVERT_CHARS."""
    found, chars, i = [], 0, first
    while 0 <= i < len(source) and chars < OPEN_CONVERT_CHARS:
        found.append(i)
        chars += len(source[i]) + 1
        i += step
    return found


class ScriptSwitcher(QObject):
    """Owns a script change under way: the version it works for, the place and selection it keeps."""

    finished = Signal()  # every paragraph is in the new script

    def __init__(self, view: "ReadingView", jobs: Jobs, cache_dir: str) -> None:
        super().__init__(view)
        self._view = view
        self._jobs = jobs
        self._cache_dir = cache_dir
        self._version: int | None = None  # the view version this change works for; None when idle
        self._kept: OrderedDict[str, list] = OrderedDict()  # config -> every paragraph's conversion, newest last
        self._owner: object = None  # the DisplayText the kept conversions were made for
        self._chars = 0  # its length
        self._on_screen = False  # the change under way already shows on screen (its visible paragraphs, in place)

    @property
    def busy(self) -> bool:
        return self._version is not None

    @property
    def behind(self) -> bool:
        """A change is under way and the text on screen is still in the script before it."""
        return self._version is not None and not self._on_screen

    def cancel(self) -> None:
        """Forget the change under way and the conversions kept (a new document, or the same one read again)."""
        self._version = None
        self._kept.clear()
        self._owner = None

    def open_at(self, config: str | None, offset: int) -> None:
        """Convert the paragraphs around the place a new document opens at before it is built, the rest left to
        start(): its first screen is never painted in the script as written (a long text's whole conversion lands
        seconds after it is shown)."""
        display = self._view.display
        if not config or not display.source:
            return
        source, at = display.source, display.paragraph_of(offset, displayed=False)
        indices = _around(source, at, -1) + _around(source, at + 1, 1)
        long = [i for i in indices if len(source[i]) > OPEN_CONVERT_MAX_CHARS]  # only its part on the first screen:
        indices = [i for i in indices if i not in long]  # converted whole here, it held the window (the worker's next)
        try:
            conversions = _convert(config, self._cache_dir, [source[i] for i in indices])
            for i in long:
                inner = offset - display.starts[at] if i == at else (0 if i > at else len(source[i]))
                window = (max(0, inner - OPEN_CONVERT_CHARS), inner + OPEN_CONVERT_CHARS)
                conversions.append(convert_window(config, self._cache_dir, source[i], *window))
                indices.append(i)
        except Exception as exc:  # noqa: BLE001 - the worker's whole conversion reports it and ends the change
            log.warning("conversion of the first screen failed: %s", exc)
            return
        display.config = config
        for i, conversion in zip(indices, conversions):
            display.set_converted(i, conversion)

    def start(self, config: str | None, version: int) -> None:
        """Convert to `config` (None: back to the text as written): on screen now if cheap, all on a worker.

        Editing a laid-out QTextDocument in place costs Qt a walk over every block below the edit, so only a
        document up to IN_PLACE_CHARS, and not busy (built, moved or converted still), gets its visible paragraphs
        replaced at once (from a kept conversion if there is one); the whole text, converted on a worker, then
        replaces the document in one rebuild that keeps the reader's place.
        """
        view = self._view
        display = view.display
        quiet = not view.busy  # read before this change makes the view busy (read after, it never edited in place)
        self._version = version
        self._on_screen = False
        fn = _convert if config else _identity
        display.done = [False] * len(display.source)
        if self._owner is not display:
            self._kept.clear()
            self._owner = display
            self._chars = sum(map(len, display.source))
        kept = self._kept.get(config) if config else None
        if quiet and len(view.displayed_text()) <= IN_PLACE_CHARS:
            self._on_screen = self._visible_now(fn, config, kept)
        if kept is not None:  # shown before: no conversion, one rebuild on the next turn (as a worker's would land)
            self._kept.move_to_end(config)
            QTimer.singleShot(0, self, lambda: self._arrived(version, kept))
            return
        self._jobs.submit(_all_converted, fn, config or "", self._cache_dir, list(display.source),
                          on_done=lambda conversions: self._arrived(version, conversions, config, display),
                          on_error=lambda exc: self._failed(version, exc))

    def _visible_now(self, fn, config: str | None, kept: list | None) -> bool:
        """Replace the paragraphs on screen in place, the place and selection kept; False if they could not be."""
        view, source = self._view, self._view.display.source
        first, last = view.visible_paragraphs()  # a very long paragraph waits for the worker (converted here, it
        visible = [i for i in range(max(0, first - 1), last) if len(source[i]) <= CUT_ABOVE_CHARS]  # held the window)
        try:
            conversions = ([kept[i] for i in visible] if kept is not None
                           else fn(config or "", self._cache_dir, [source[i] for i in visible]))
        except Exception as exc:  # noqa: BLE001 - the worker's attempt reports it and ends the change
            log.warning("conversion of the screen failed: %s", exc)
            return False
        anchor, selection = view.anchor(), view.selection_source()
        view.replace_paragraphs(visible, conversions)
        view.restore_anchor(anchor)
        if selection is not None:
            view.restore_selection(selection)
        return True

    def _arrived(self, version: int, conversions: list, config: str | None = None, display: object = None) -> None:
        if version != self._version or self._view.version != version:
            return
        if config and display is self._owner:
            self._keep(config, conversions)
        self._view.replace_all(conversions, lambda: self._built(version))

    def _keep(self, config: str, conversions: list) -> None:
        """Keep a whole conversion for a toggle back; the oldest beyond KEEP_CONVERSIONS (or KEEP_CHARS) is dropped."""
        limit = min(KEEP_CONVERSIONS, KEEP_CHARS // max(1, self._chars))
        if limit < 1:
            return
        self._kept[config] = conversions
        self._kept.move_to_end(config)
        while len(self._kept) > limit:
            self._kept.popitem(last=False)

    def _built(self, version: int) -> None:
        if version == self._version:
            self._finish()

    def _failed(self, version: int, exc: Exception) -> None:
        if version == self._version:
            log.warning("conversion failed: %s", exc)
            self._finish()

    def _finish(self) -> None:
        self._version = None
        self.finished.emit()
