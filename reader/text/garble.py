"""Find runs of text damaged by a wrong decoding (mojibake) so they can be flagged, never removed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reader.text import slices
from reader.text.charfreq import COMMON_CHARS
from reader.text.lazyre import lazy
from reader.text.model import BAD_BYTE_MARK, Garbled

# After translation: 'r' rare Han character, 'q' replacement mark or '?', 's' a symbol from the GBK/Big5 symbol rows
# (kana, Greek, Cyrillic, box drawing, compatibility forms) that lands between Han characters when bytes are misread,
# 'c' common Han; other characters stay themselves.
_CLUSTER = lazy(r"[rqs](?:[^rqs\n]{0,3}[rqs])+")
_MIN_SUSPECT = 5  # rare characters and marks in a run of mojibake
_MIN_DENSITY = 0.55
_TRANSLATE_CHARS = 50_000  # up to here a translate of the whole text (~4 ms) costs less than the compile
_RARE_ONLY = 8  # without '?' or stray symbols, only a long run of rare characters counts (魑魅魍魉 is real text)
_SYMBOL_RANGES = ((0x0370, 0x0500), (0x2500, 0x2580), (0x3040, 0x3100), (0x3220, 0x3260), (0xFE30, 0xFE50),
                  (0xFF41, 0xFF5B), (0xE000, 0xF900))


# UTF-8 bytes of Chinese read as Latin-1 / Windows-1252: a lead byte letter (ã…ï) and two continuation-byte symbols
# per character ('ä¸­æ–‡' for 中文); two such triplets in a row do not occur in real text.
_CONT = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ?\ufffd"
_LATIN_MOJIBAKE = lazy(f"(?:[ãäåæçèéï][{_CONT}]{{2}}){{2,}}")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Per code point class; built once on first use (≈30k entries) rather than at import, by dict.fromkeys over
    ranges (a comprehension testing each code point against COMMON_CHARS took 10-35 ms of the first open)."""
    table = dict.fromkeys(range(0x4E00, 0xA000), "r")
    table.update(dict.fromkeys((ord(c) for c in COMMON_CHARS if 0x4E00 <= ord(c) < 0xA000), "c"))
    table.update(dict.fromkeys(range(0x3400, 0x4DC0), "r"))
    table.update(dict.fromkeys(range(0xF900, 0xFB00), "r"))
    for lo, hi in _SYMBOL_RANGES:
        table.update(dict.fromkeys(range(lo, hi), "s"))
    table[ord("?")] = "q"
    table[ord(BAD_BYTE_MARK)] = "q"
    return table


@lru_cache(maxsize=1)
def _suspect_cluster() -> re.Pattern[str]:
    """_CLUSTER as it reads the text itself: a character is suspect where the table makes it 'r', 'q' or 's' (those
    letters themselves too, as the table keeps them), so the runs are the same and only they are translated, where a
    translate of the whole text looks every character up in a dict (a tenth of a second a million characters)."""
    table = _table()
    codes = sorted({cp for cp, cls in table.items() if cls in "rqs"} | {ord(c) for c in "rqs" if ord(c) not in table})
    ranges, start, prev = [], codes[0], codes[0]
    for cp in codes[1:] + [-1]:
        if cp != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = cp
        prev = cp
    suspect = "".join(ranges)
    return re.compile(f"[{suspect}](?:[^{suspect}\n]{{0,3}}[{suspect}])+")


def _clusters(text: str, table: dict[int, str]) -> Iterator[tuple[int, int, str]]:
    """Start, end and translated run of each _CLUSTER: on a short text read off its translation, as compiling
    _suspect_cluster (its class lists thousands of ranges) took 20-25 ms, most of the garble pass of a first open."""
    if len(text) <= _TRANSLATE_CHARS:
        for m in _CLUSTER.finditer(text.translate(table)):
            yield m.start(), m.end(), m.group()
        return
    for m in _suspect_cluster().finditer(text):
        yield m.start(), m.end(), slices.translate(m.group(), table)


def find_garbled(text: str) -> list[Garbled]:
    """Runs dense in rare characters, '?' marks and stray symbols: the trace of bytes decoded the wrong way."""
    table = _table()
    found: list[Garbled] = []
    for start, end, run in _clusters(text, table):
        rare, marks = run.count("r"), run.count("q") + run.count("s")
        # A stray Latin letter glued after '?' marks ('方向??h人大') is part of the damage.
        if run[-1] == "q" and end < len(text) - 1 and text[end].isascii() and text[end].isalpha() \
                and table.get(ord(text[end + 1]), text[end + 1]) in "rc":
            end += 1
            marks += 1
        suspect = rare + marks
        if suspect / (end - start) < _MIN_DENSITY:
            continue
        if suspect >= _MIN_SUSPECT and (marks or rare >= _RARE_ONLY) or run.count("q") >= 2 and suspect >= 3:
            found.append(Garbled(start, end, text[start:end]))
    if any(c in text for c in "ãäåæçèéï"):  # cheap test before the Latin-1 pattern
        found += [Garbled(m.start(), m.end(), m.group()) for m in _LATIN_MOJIBAKE.finditer(text)]
        found.sort(key=lambda g: g.start)
    return found
