"""Simplified/Traditional conversion with offset maps, exactly as upstream OpenCC converts, on its current data.

`opencc_engine` reads a configuration the way upstream does (normalization, maximum-matching segmentation,
conversion steps within segments, `union`/`short_circuit` groups) over the bundled dictionaries and what
upstream's build derives from them (cached under the cache directory); its `ReferenceEngine` is the plain
algorithm. `fastconvert` computes the same result faster and is what converts; the tests show both agree on
all test material, and bench/opencc_differential.py compares it with the native library. No dictionary key
holds a line break, so converting paragraph by paragraph gives exactly the text of converting the whole
document at once.
"""

from __future__ import annotations

import logging
import marshal
import zlib
import threading
from dataclasses import dataclass
from pathlib import Path

from reader.atomic import write_atomically

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


WARM_CHARS = 4000  # over fastconvert's QUICK_CHARS and MAP_WHOLE: converted as a screen is, patterns and all


@dataclass(frozen=True)
class Conversion:
    """A converted text and the map between its offsets and the source's."""

    text: str
    offsets: OffsetMap


class Converter:
    """One OpenCC configuration over the bundled data; `fast=False` converts with the plain reference engine.

    With a cache directory, the fast matcher's compiled tables are kept there too (marshal), so a later start
    loads them instead of reading and compiling the dictionaries; the reference engine is then built only if used.
    """

    def __init__(self, config: str, cache_dir: Path | None = None, fast: bool = True) -> None:
        if config not in CONFIGS:
            raise ValueError(f"unknown conversion {config!r}; choose one of {', '.join(CONFIGS)}")
        from reader.text.opencc_data import DictionaryStore

        self.config = config
        self._store = DictionaryStore(Path(cache_dir) if cache_dir is not None else None)
        self._reference = None
        self.fast = self._load_fast() if fast else None

    @property
    def reference(self):
        """The reference engine over the same plan (built on first use)."""
        if self._reference is None:
            from reader.text.opencc_engine import ReferenceEngine, build_plan

            self._reference = ReferenceEngine(build_plan(self.config, self._store))
        return self._reference

    def _load_fast(self):
        from reader.text.fastconvert import FORMAT, FastMatcher
        from reader.text.opencc_engine import Unsupported

        path = self._store.derived_dir / f"{self.config}.matcher{FORMAT}" if self._store.derived_dir else None
        if path is not None and path.is_file():
            try:
                return FastMatcher.from_data(marshal.loads(_checked(path.read_bytes())))
            except (OSError, ValueError, EOFError, TypeError) as exc:
                log.warning("rebuilding the unreadable compiled matcher %s: %s", path, exc)
        try:
            matcher = FastMatcher(self.reference.plan)
        except Unsupported as exc:
            log.info("%s: converting with the reference engine (%s)", self.config, exc)
            return None
        if path is not None:
            data = marshal.dumps(matcher.to_data())
            _write_atomically(path, zlib.crc32(data).to_bytes(4, "big") + data)
        return matcher

    def warm(self) -> None:
        """Compile now, on the caller's thread (a worker), what a first screen's conversion needs: the patterns are
        made on first need, and the window's first script change of a session made them on its own thread (a
        character class of thousands of characters parsed by `re` in Python, and a 65,536-entry table: 40-130 ms)."""
        if self.fast is not None:
            self.convert_mapped(self.fast.sample(WARM_CHARS))

    def _high(self, text: str) -> bytes | None:
        """The text's UTF-16 high bytes (see `faststep.high_bytes`); None when the reference engine must convert:
        no fast matcher, or an ideographic description sequence."""
        from reader.text.fastconvert import high_bytes, may_hold_ids

        if self.fast is None:
            return None
        high = high_bytes(text)
        return None if may_hold_ids(text, high) else high

    def convert(self, text: str) -> str:
        """The text in the target script."""
        high = self._high(text)
        return self.reference.convert(text) if high is None else self.fast.convert(text, high)

    def convert_mapped(self, text: str) -> Conversion:
        """The converted text with an offset map, exact outside the spans whose length changed."""
        high = self._high(text)
        if high is None:
            return self._convert_mapped_by_lines(text)
        out, steps = self.fast.convert_spans(text, high=high)
        spans: list = []
        for step in steps:
            spans = compose(spans, step)
        return Conversion(out, OffsetMap.from_spans(spans, len(text), len(out)))

    def _convert_mapped_by_lines(self, text: str) -> Conversion:
        """Reference path: map line by line (no key holds a line break), proportionally inside a changed line."""
        spans = []
        source = target = 0
        out = []
        for line in text.split("\n"):
            converted = self.reference.convert(line)
            if len(converted) != len(line):
                spans.append((source, source + len(line), target, target + len(converted)))
            source += len(line) + 1
            target += len(converted) + 1
            out.append(converted)
        result = "\n".join(out)
        return Conversion(result, OffsetMap.from_spans(spans, len(text), len(result)))


def _checked(data: bytes) -> bytes:
    """The marshalled matcher behind its CRC-32: parts of it are unmarshalled only when a text needs them, so damage
    must be found at load (and the matcher rebuilt), not in the middle of a conversion."""
    if len(data) < 4 or zlib.crc32(data[4:]).to_bytes(4, "big") != data[:4]:
        raise ValueError("checksum mismatch")
    return data[4:]


def _write_atomically(path: Path, data: bytes) -> None:
    """A cache write that fails only costs the compilation next time."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        log.warning("could not cache %s: %s", path, exc)


# Guards the two tables below for a look-up only, never while a converter is built: one global lock held for a
# build (0.5-13 s from a cold cache) made the GUI thread's title or keyword conversion wait for any script's load.
_lock = threading.Lock()
_built: dict[tuple[str, Path | None], Converter] = {}
_building: dict[tuple[str, Path | None], threading.Lock] = {}


def _key(config: str, cache_dir: Path | str | None) -> tuple[str, Path | None]:
    """One key per configuration and cache, whether the cache came as text or a path."""
    if config not in CONFIGS:
        raise ValueError(f"unknown conversion {config!r}; choose one of {', '.join(CONFIGS)}")
    return config, Path(cache_dir) if cache_dir is not None else None


def build_lock(config: str, cache_dir: Path | str | None = None) -> threading.Lock:
    """The lock held while this configuration's converter is built, so a wait for it waits for no other build."""
    key = _key(config, cache_dir)
    with _lock:
        return _building.setdefault(key, threading.Lock())


def forget_under(folder: Path | str) -> int:
    """Let go of the converters kept for cache folders inside `folder` (about 16 MB each), which is going away: a
    process that makes a cache folder per run (each test has a home of its own) kept every one of them; returns how
    many. A converter still held by a caller lives on with it; one asked for again is built anew."""
    root = Path(folder)
    with _lock:
        gone = [key for key in _built if key[1] is not None and key[1].is_relative_to(root)]
        for key in gone:
            del _built[key]
        for key in [key for key, lock in _building.items()
                    if key[1] is not None and key[1].is_relative_to(root) and not lock.locked()]:
            del _building[key]
    return len(gone)


def get_converter(config: str, cache_dir: Path | str | None = None) -> Converter:
    """Converters are costly to build; share one per configuration (safe to call from worker threads): a built one
    comes back at once, a build waits only for another thread building the same one, never for another's."""
    key = _key(config, cache_dir)
    with _lock:
        converter = _built.get(key)
    if converter is not None:
        return converter
    with build_lock(*key):
        with _lock:
            converter = _built.get(key)
        if converter is None:
            converter = Converter(*key)
            with _lock:
                _built[key] = converter
    return converter
