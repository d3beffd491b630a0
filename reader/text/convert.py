"""Simplified/Traditional conversion with offset maps (placeholder: the conversion issue refines it)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

CONFIGS = ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "t2hk")


@dataclass(frozen=True)
class OffsetMap:
    """Aligned segment starts between a source text and its conversion."""

    source_starts: tuple[int, ...] = (0,)
    target_starts: tuple[int, ...] = (0,)

    def to_target(self, offset: int) -> int:
        """Target offset of a source offset (start of the segment containing it, plus the in-segment delta when lengths agree)."""
        i = bisect.bisect_right(self.source_starts, offset) - 1
        return self.target_starts[i] + (offset - self.source_starts[i])

    def to_source(self, offset: int) -> int:
        """Source offset of a target offset."""
        i = bisect.bisect_right(self.target_starts, offset) - 1
        return self.source_starts[i] + (offset - self.target_starts[i])


@dataclass(frozen=True)
class Conversion:
    text: str
    offsets: OffsetMap


class Converter:
    """One OpenCC configuration."""

    def __init__(self, config: str) -> None:
        if config not in CONFIGS:
            raise ValueError(f"unknown conversion {config!r}; choose one of {', '.join(CONFIGS)}")
        import opencc

        self.config = config
        self._engine = opencc.OpenCC(config)

    def convert(self, text: str) -> str:
        return self._engine.convert(text)

    def convert_mapped(self, text: str) -> Conversion:
        out = self.convert(text)
        return Conversion(out, OffsetMap())


@lru_cache(maxsize=None)
def get_converter(config: str) -> Converter:
    """Converters are costly to build; share one per configuration."""
    return Converter(config)
