"""The displayed body text: a document's paragraphs, each either as written or converted, with offset maps.

Pure bookkeeping (no Qt): conversion is paragraph by paragraph, so the visible paragraphs can be shown in the
new script first and the rest filled in later; offsets move between the cleaned text (`Document.text`, the
source) and the displayed text through each paragraph's own map.
"""

from __future__ import annotations

import bisect
import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.text.codelines import CodeLine, code_lines
from reader.text.convert import Conversion, Converter, OffsetMap, get_converter

log = logging.getLogger(__name__)

_CLOSING = "。．.：:；;！!？? \u3000\t"  # a heading's own closing mark, which styles with it (no body text run in)


def converter(config: str, cache_dir: str = "") -> Converter:
    """The engine's shared converter for one configuration (derived tables cached under cache_dir)."""
    return get_converter(config, Path(cache_dir) if cache_dir else None)


def convert_paragraphs(config: str, cache_dir: str, texts: Sequence[str]) -> list[Conversion]:
    """Conversions (text + offset map) of several paragraphs; runs on a worker thread (short paragraphs are
    converted in batches: one call each cost a 1 M-character text 0.2 s of per-call work)."""
    from reader.text.batched import convert_batched

    return convert_batched(converter(config, cache_dir), texts)


def convert_short(config: str | None, cache_dir: str, text: str) -> str:
    """A title or heading in the displayed script."""
    if not config or not text:
        return text
    return converter(config, cache_dir).convert(text)


def paragraph_marks(doc, display: "DisplayText") -> tuple[dict[int, list], dict[int, tuple[int, bool] | CodeLine]]:
    """Headings, garbled runs and lines of code by paragraph: {i: [(start, end, kind, depth)]}, and the paragraphs
    set in a block format of their own: {i: (depth, run_in)} for a heading, {i: CodeLine} for a line of code.

    Offsets are the cleaned text's; a heading that starts its paragraph styles the whole block (run-in when
    body text follows it in the same paragraph); a line of code is set as code whole, never as a heading.
    """
    marks: dict[int, list] = {}
    headings: dict[int, tuple[int, bool] | CodeLine] = {}
    for h in doc.headings:
        i = display.paragraph_of(h.offset, displayed=False)
        para = doc.paragraphs[i]
        end = h.end if h.end >= 0 else para.start + len(para.text)
        whole = para.start + len(para.text)
        if end < whole and not para.text[end - para.start:].strip(_CLOSING):  # '（一）清理整顿的重点。': its stop too
            end = whole
        marks.setdefault(i, []).append((h.offset, end, "heading", h.depth))
        if h.offset == para.start:
            headings[i] = (h.depth, end < whole)
    for g in doc.garbled:
        marks.setdefault(display.paragraph_of(g.start, displayed=False), []).append((g.start, g.end, "garbled", 0))
    for i, line in code_lines(doc.paragraphs).items():
        para = doc.paragraphs[i]
        marks.setdefault(i, []).append((para.start, para.start + len(para.text), "code", 0))
        headings[i] = line
    return marks, headings


@dataclass(frozen=True)
class AllConverted:
    """Every paragraph's conversion as a DisplayText keeps it (texts, maps, starts, the joined text), made where it was
    converted: on a worker. Indexed as the conversions were (a kept one shows the screen at once on a toggle back)."""

    texts: list[str]
    maps: list
    starts: list[int] | None  # None: every length as in the source
    text: str

    @classmethod
    def of(cls, source: Sequence[str], conversions: Sequence) -> "AllConverted":
        texts = [c.text for c in conversions]
        maps = [None if t == s else c.offsets for t, s, c in zip(texts, source, conversions)]
        starts = None if list(map(len, texts)) == list(map(len, source)) else DisplayText._starts(texts)
        return cls(texts, maps, starts, "\n".join(texts))

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index: int) -> Conversion:
        return Conversion(self.texts[index], self.maps[index])  # (no map: the text is the source's)


def shown_display(doc, display: "DisplayText | None" = None) -> "DisplayText":
    """The DisplayText a view shows `doc` through: the one made beside it on a worker, if not yet taken."""
    if doc is None:
        return DisplayText([])
    if display is not None and len(display.source) == len(doc.paragraphs) and display.take():
        return display
    return DisplayText([p.text for p in doc.paragraphs])


class DisplayText:
    """Paragraph texts as displayed, with maps to and from the cleaned text's offsets."""

    def __init__(self, paragraphs: Sequence[str], config: str | None = None, text: str | None = None) -> None:
        self.source = list(paragraphs)
        self.config = config
        self.shown = list(self.source)
        self._maps: list[OffsetMap | None] = [None] * len(self.source)  # None: identical to the source paragraph
        self.done = [config is None] * len(self.source)
        self._source_starts = self._starts(self.source)
        self._shown_starts: list[int] | None = self._source_starts
        self._text: str | None = text  # (the document's own joined text, shared: 4 bytes a character on CJK text)
        self._taken = False

    def take(self) -> bool:
        """True the first time only: one made on a worker (documents.Loaded.display) is shown by one view, which then
        changes it (built here, 16 M characters held the window 85 ms of its CPU, seconds on a loaded machine)."""
        taken, self._taken = self._taken, True
        return not taken

    @staticmethod
    def _starts(texts: Sequence[str]) -> list[int]:
        """Offsets of each paragraph in the '\n'-joined text (C-level loops: this runs after every chunk)."""
        if not texts:
            return []
        starts = list(itertools.accumulate(map((1).__add__, map(len, texts)), initial=0))
        starts.pop()
        return starts

    @property
    def complete(self) -> bool:
        return all(self.done)

    def pending(self) -> list[int]:
        """Paragraph indices not yet converted."""
        return [i for i, d in enumerate(self.done) if not d]

    def set_converted(self, index: int, conversion: Conversion) -> bool:
        """Store one paragraph's conversion; True when its displayed text changed."""
        old = self.shown[index]
        changed = conversion.text != old
        self.shown[index] = conversion.text
        self._maps[index] = None if conversion.text == self.source[index] else conversion.offsets
        self.done[index] = True
        if changed:
            self._text = None
            if len(conversion.text) != len(old):
                self._shown_starts = None  # most conversions keep lengths: the starts stay valid
        return changed

    def set_all(self, conversions: "Sequence[Conversion] | AllConverted") -> tuple:
        """Store every paragraph's conversion at once; `AllConverted` (made on a worker) leaves nothing to compute here
        (its texts, maps, starts and joined text made on the GUI thread held the window 110 ms of CPU on 16 M). Returns
        what was shown, for the caller to let go of in steps (freed here, 20-24 ms of CPU at 16 M)."""
        if not isinstance(conversions, AllConverted):
            conversions = AllConverted.of(self.source, conversions)
        replaced = (self.shown, self._maps, self._shown_starts, self._text, self.done)
        self.shown = list(conversions.texts)  # copies (a few ms): set_converted changes these, a kept one must not
        self._maps = list(conversions.maps)
        self._shown_starts = self._source_starts if conversions.starts is None else conversions.starts
        self._text = conversions.text
        self.done = [True] * len(self.shown)
        return replaced

    @property
    def text(self) -> str:
        """The displayed body: paragraphs joined by single newlines, like Document.text."""
        if self._text is None:
            self._text = "\n".join(self.shown)
        return self._text

    @property
    def starts(self) -> list[int]:
        """Start offset of each displayed paragraph."""
        if self._shown_starts is None:
            self._shown_starts = self._starts(self.shown)
        return self._shown_starts

    def paragraph_of(self, offset: int, displayed: bool = True) -> int:
        """Index of the paragraph containing an offset of the displayed (or source) text."""
        starts = self.starts if displayed else self._source_starts
        return max(0, bisect.bisect_right(starts, offset) - 1)

    def to_display(self, offset: int) -> int:
        """Displayed offset of a cleaned-text offset."""
        if not self.source:
            return 0
        i = self.paragraph_of(offset, displayed=False)
        inner = min(offset - self._source_starts[i], len(self.source[i]))
        mapping = self._maps[i]
        if mapping is not None:
            inner = min(max(0, mapping.to_target(inner)), len(self.shown[i]))
        return self.starts[i] + inner

    def to_source(self, offset: int) -> int:
        """Cleaned-text offset of a displayed offset."""
        if not self.source:
            return 0
        i = self.paragraph_of(offset)
        inner = min(offset - self.starts[i], len(self.shown[i]))
        mapping = self._maps[i]
        if mapping is not None:
            inner = min(max(0, mapping.to_source(inner)), len(self.source[i]))
        return self._source_starts[i] + inner
