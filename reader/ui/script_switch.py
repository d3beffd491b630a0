"""Switching the reading view's script: the visible paragraphs at once, the whole text converted on a worker.

The conversion carries the view's version and is dropped if the view moved on (another document, another
script); the view keeps the reader's place and selection across it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.text.pieces import convert_in_pieces
from reader.ui.tuning import CONVERT_PIECE_CHARS, CUT_ABOVE_CHARS, IN_PLACE_CHARS
from reader.ui.workers import Jobs

if TYPE_CHECKING:
    from reader.text.convert import Conversion
    from reader.ui.reading_pane import ReadingView

log = logging.getLogger(__name__)


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


class ScriptSwitcher(QObject):
    """Owns a script change under way: the version it works for, the place and selection it keeps."""

    finished = Signal()  # every paragraph is in the new script

    def __init__(self, view: "ReadingView", jobs: Jobs, cache_dir: str) -> None:
        super().__init__(view)
        self._view = view
        self._jobs = jobs
        self._cache_dir = cache_dir
        self._version: int | None = None  # the view version this change works for; None when idle

    @property
    def busy(self) -> bool:
        return self._version is not None

    def cancel(self) -> None:
        """Forget the change under way (a new document); its conversion is dropped when it lands."""
        self._version = None

    def start(self, config: str | None, version: int) -> None:
        """Convert to `config` (None: back to the text as written): on screen now if cheap, all on a worker.

        Editing a laid-out QTextDocument in place costs Qt a walk over every block below the edit, so only a
        short document gets its visible paragraphs replaced at once; the whole text, converted on a worker,
        then replaces the document in one rebuild that keeps the reader's place.
        """
        view = self._view
        display = view.display
        self._version = version
        fn = _convert if config else _identity
        display.done = [False] * len(display.source)
        if len(view.displayed_text()) <= IN_PLACE_CHARS and not view.busy:
            first, last = view.visible_paragraphs()
            source = display.source  # a very long paragraph waits for the worker (converted here, it held the window)
            visible = [i for i in range(max(0, first - 1), last) if len(source[i]) <= CUT_ABOVE_CHARS]
            texts = [display.source[i] for i in visible]
            anchor, selection = view.anchor(), view.selection_source()
            view.replace_paragraphs(visible, fn(config or "", self._cache_dir, texts))
            view.restore_anchor(anchor)
            if selection is not None:
                view.restore_selection(selection)
        self._jobs.submit(fn, config or "", self._cache_dir, list(display.source),
                          on_done=lambda conversions: self._arrived(version, conversions),
                          on_error=lambda exc: self._failed(version, exc))

    def _arrived(self, version: int, conversions: list) -> None:
        if version != self._version or self._view.version != version:
            return
        self._view.replace_all(conversions, lambda: self._built(version))

    def _built(self, version: int) -> None:
        if version == self._version:
            self._finish()

    def _failed(self, version: int, exc: Exception) -> None:
        if version == self._version:
            log.warning("conversion failed: %s", exc)
            self._finish()

    def _finish(self) -> None:
        self.cancel()
        self.finished.emit()
