"""Find runs of text damaged by a wrong decoding (mojibake) so they can be flagged, never removed."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.text.charfreq import COMMON_CHARS
from reader.text.model import BAD_BYTE_MARK, Garbled

# After translation: 'r' rare Han character, 'q' replacement mark or '?', 'c' common Han; other characters stay.
_CLUSTER = re.compile(r"[rq](?:[^rq\n]{0,2}[rq])+")
_MIN_SUSPECT = 4  # rare characters and marks in a run of mojibake
_MIN_DENSITY = 0.6


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Per code point class; built once on first use (≈30k entries) rather than at import."""
    table = {cp: ("c" if chr(cp) in COMMON_CHARS else "r") for cp in range(0x4E00, 0xA000)}
    table.update({cp: "r" for cp in range(0x3400, 0x4DC0)})
    table.update({cp: "r" for cp in range(0xF900, 0xFB00)})
    table[ord("?")] = "q"
    table[ord(BAD_BYTE_MARK)] = "q"
    return table


def find_garbled(text: str) -> list[Garbled]:
    """Runs dense in rare characters and '?' marks, the trace of bytes decoded with the wrong encoding."""
    classes = text.translate(_table())
    found: list[Garbled] = []
    for m in _CLUSTER.finditer(classes):
        start, end = m.span()
        run = classes[start:end]
        suspect = run.count("r") + run.count("q")
        marks = run.count("q")
        # A stray Latin letter glued after '?' marks ('方向??h人大') is part of the damage.
        if classes[end - 1] == "q" and end < len(text) - 1 and text[end].isascii() and text[end].isalpha() \
                and classes[end + 1] in "rc":
            end += 1
            suspect += 1
        density = suspect / (end - start)
        if density < _MIN_DENSITY:
            continue
        if suspect >= _MIN_SUSPECT and run.count("r") >= 2 or marks >= 2 and suspect >= 3:
            found.append(Garbled(start, end, text[start:end]))
    return found
