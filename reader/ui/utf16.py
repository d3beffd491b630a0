"""Python str index <-> Qt UTF-16 position helpers, used only at the Qt boundary.

An astral character such as '𠮷' is one Python character but two UTF-16 code units (Qt positions).
`to_utf16` / `from_utf16` are fine for one-off conversions; `Utf16Map` precomputes the astral
positions once so that many conversions on a long text cost a binary search each.
"""
from __future__ import annotations

import bisect
import re
import sys

_ASTRAL = re.compile('[\U00010000-\U0010ffff]')
# CPython stores a str at 1, 2 or 4 bytes a character (PEP 393), 4 only when it holds a character past U+FFFF
_COMPACT = sys.implementation.name == 'cpython'
_ONE_ASTRAL = '\U00010000'


def astral_free(text: str) -> bool:
    """True when `text` has no character past U+FFFF, known without a scan: its storage is under 4 bytes a
    character (a cached UTF-8 copy can only make it look bigger, and then the map scans as before)."""
    # one astral character takes the header and 4 bytes for it and for the terminator: each more takes 4
    return _COMPACT and sys.getsizeof(text) < sys.getsizeof(_ONE_ASTRAL) + 4 * (len(text) - 1)


def to_utf16(text: str, index: int) -> int:
    """Qt position of Python index `index` in `text` (index may equal len(text))."""
    index = max(0, min(index, len(text)))
    return index + sum(1 for _ in _ASTRAL.finditer(text, 0, index))


def from_utf16(text: str, pos: int) -> int:
    """Python index of Qt position `pos`; a position inside a surrogate pair maps to its character."""
    if pos <= 0:
        return 0
    return Utf16Map(text).from_utf16(pos)


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units, as Qt counts it."""
    if astral_free(text):
        return len(text)
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


class Utf16Map:
    """Precomputed index map for one text: O(log k) conversions, k = number of astral characters."""

    __slots__ = ('_astral', '_astral_u16', 'length', 'utf16_length')

    def __init__(self, text: str) -> None:
        self._astral = [] if astral_free(text) else [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character's first code unit
        self._astral_u16 = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)
        self.utf16_length = self.length + len(self._astral)

    def to_utf16(self, index: int) -> int:
        """Qt position of Python index `index`."""
        index = max(0, min(index, self.length))
        if not self._astral:
            return index
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, pos: int) -> int:
        """Python index of Qt position `pos` (a low surrogate position maps to its character)."""
        pos = max(0, min(pos, self.utf16_length))
        if not self._astral:
            return pos
        # astral characters that start strictly before pos each add one extra code unit before pos
        n = bisect.bisect_left(self._astral_u16, pos)
        if n and self._astral_u16[n - 1] + 1 == pos:
            return self._astral[n - 1]  # pos is the low surrogate: same character
        return pos - n

