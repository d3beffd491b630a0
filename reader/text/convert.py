"""Simplified/Traditional conversion with offset maps, through opencc-python-reimplemented on current OpenCC data.

The library is the engine: `opencc_engine` feeds it the bundled upstream dictionaries (and what upstream's build
derives from them, cached under the cache directory). `fastconvert` computes the same result faster; it is
used when it can be built for a configuration, the library otherwise, and tests show both agree on all test
material. Conversion is local to the runs of text between separators (whitespace, punctuation), so converting
paragraph by paragraph gives exactly the text of converting the whole document at once.
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.text.offsets import OffsetMap, compose

log = logging.getLogger(__name__)

CONFIGS = ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "t2hk", "s2hkp", "hk2sp")
# What each configuration does, for menus and help.
DESCRIPTIONS = {
    "s2t": "Simplified → Traditional (OpenCC standard)",
    "t2s": "Traditional → Simplified",
    "s2tw": "Simplified → Traditional (Taiwan)",
    "tw2s": "Traditional (Taiwan) → Simplified",
    "s2twp": "Simplified → Traditional (Taiwan, with Taiwan phrases)",
    "tw2sp": "Traditional (Taiwan, with Taiwan phrases) → Simplified",
    "s2hk": "Simplified → Traditional (Hong Kong)",
    "hk2s": "Traditional (Hong Kong) → Simplified",
    "t2tw": "Traditional → Taiwan standard",
    "t2hk": "Traditional → Hong Kong standard",
    "s2hkp": "Simplified → Traditional (Hong Kong, with Hong Kong phrases)",
    "hk2sp": "Traditional (Hong Kong, with Hong Kong phrases) → Simplified",
}

__all__ = ["CONFIGS", "DESCRIPTIONS", "Conversion", "Converter", "OffsetMap", "get_converter"]


@dataclass(frozen=True)
class Conversion:
    """A converted text and the map between its offsets and the source's."""

    text: str
    offsets: OffsetMap


class Converter:
    """One OpenCC configuration over the bundled data; `fast=False` keeps to the library's own matcher.

    With a cache directory, the fast matcher's compiled tables are kept there too (marshal), so a later start
    loads them instead of reading and compiling the dictionaries; the library engine is then built only if used.
    """

    def __init__(self, config: str, cache_dir: Path | None = None, fast: bool = True) -> None:
        if config not in CONFIGS:
            raise ValueError(f"unknown conversion {config!r}; choose one of {', '.join(CONFIGS)}")
        from reader.text.opencc_data import DictionaryStore

        self.config = config
        self._store = DictionaryStore(Path(cache_dir) if cache_dir is not None else None)
        self._library = None
        self.fast = self._load_fast() if fast else None

    @property
    def library(self):
        """The library engine over the same chain (built on first use)."""
        if self._library is None:
            from reader.text.opencc_engine import LibraryEngine, build_chain

            self._library = LibraryEngine(build_chain(self.config, self._store))
        return self._library

    def _load_fast(self):
        from reader.text.fastconvert import FORMAT, FastMatcher, Unsupported

        path = self._store.derived_dir / f"{self.config}.matcher{FORMAT}" if self._store.derived_dir else None
        if path is not None and path.is_file():
            try:
                return FastMatcher.from_data(marshal.loads(path.read_bytes()))
            except (OSError, ValueError, EOFError, TypeError) as exc:
                log.warning("rebuilding the unreadable compiled matcher %s: %s", path, exc)
        try:
            matcher = FastMatcher(self.library.chain, self.library.separators)
        except Unsupported as exc:
            log.info("%s: converting with the library's matcher (%s)", self.config, exc)
            return None
        if path is not None:
            _write_atomically(path, marshal.dumps(matcher.to_data()))
        return matcher

    def convert(self, text: str) -> str:
        """The text in the target script."""
        return self.fast.convert(text) if self.fast is not None else self.library.convert(text)

    def convert_mapped(self, text: str) -> Conversion:
        """The converted text with an offset map, exact at separators and at the edges of changed spans."""
        if self.fast is None:
            return self._convert_mapped_by_pieces(text)
        out, steps = self.fast.convert_spans(text)
        spans: list = []
        for step in steps:
            spans = compose(spans, step)
        return Conversion(out, OffsetMap.from_spans(spans, len(text), len(out)))

    def _convert_mapped_by_pieces(self, text: str) -> Conversion:
        """Library path: map piece by piece (runs between separators), proportionally inside a changed run."""
        parts = self.library.separators.split(text)
        spans = []
        source = target = 0
        out = []
        for index, part in enumerate(parts):
            converted = self.library.convert(part) if index % 2 == 0 else part
            if len(converted) != len(part):
                spans.append((source, source + len(part), target, target + len(converted)))
            source += len(part)
            target += len(converted)
            out.append(converted)
        result = "".join(out)
        return Conversion(result, OffsetMap.from_spans(spans, len(text), len(result)))


def _write_atomically(path: Path, data: bytes) -> None:
    """A cache write that fails only costs the compilation next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not cache %s: %s", path, exc)


_lock = threading.Lock()


@lru_cache(maxsize=None)
def _cached_converter(config: str, cache_dir: Path | None) -> Converter:
    return Converter(config, cache_dir)


def get_converter(config: str, cache_dir: Path | None = None) -> Converter:
    """Converters are costly to build; share one per configuration (safe to call from worker threads)."""
    if config not in CONFIGS:
        raise ValueError(f"unknown conversion {config!r}; choose one of {', '.join(CONFIGS)}")
    with _lock:
        return _cached_converter(config, Path(cache_dir) if cache_dir is not None else None)
