"""Find runs of text damaged by a wrong decoding (mojibake) so they can be flagged, never removed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reader.text import slices
from reader.text.charfreq import COMMON_CHARS, TOP_CHARS
from reader.text.lazyre import lazy
from reader.text.model import BAD_BYTE_MARK, Garbled

# After translation: 'r' rare Han character, 'q' replacement mark or '?', 's' a symbol from the GBK/Big5 symbol rows
# (kana, Greek, Cyrillic, box drawing, compatibility forms) that lands between Han characters when bytes are misread,
# 'c' common Han; other characters stay themselves.
_CLUSTER = lazy(r"[rqs](?:[^rqs\n]{0,3}[rqs])+")
_MIN_SUSPECT = 5  # rare characters and marks in a run of mojibake
_MIN_DENSITY = 0.55
_MIN_RARE = 2  # rare Han characters in a run without '?' (one with): misread bytes are mostly Han
_MIN_MARKS_ONLY = 4  # '?' marks that make a run without rare Han (UTF-8 read as Big5 leaves mostly '?')
_TRANSLATE_CHARS = 50_000  # up to here a translate of the whole text (~4 ms) costs less than the compile
_RARE_ONLY = 8  # without '?' or stray symbols, only a long run of rare characters counts (魑魅魍魉 is real text)
_SYMBOL_RANGES = ((0x0370, 0x0500), (0x2500, 0x2580), (0x3040, 0x3100), (0x3220, 0x3260), (0xFE30, 0xFE50),
                  (0xFF41, 0xFF5B), (0xE000, 0xF900))

# UTF-8 read as GBK: each two-byte character pairs a UTF-8 lead byte (E0-EF) with a continuation byte (80-BF), or two
# continuation bytes, or a continuation byte with the next lead. '\x01' marks a character whose bytes are lead +
# continuation (GBK's level-2 and extension rows, or Big5's: rare in real text), '\x02' one of the other two shapes
# (many common characters have it), '\x03' a '?' or a mark left by bytes no character fits. Control characters, so
# that a letter of the text is never taken for a class (as 'r' 's' 'q' are in _CLUSTER).
_U8_RUN = lazy("[\x01\x02\x03]{4,}")
_U8_MIN_LEADS = 3  # lead+continuation characters in a run: three rare ones side by side do not happen in prose


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
    table.update(dict.fromkeys(map(ord, "rqs"), "x"))  # the letters of 'processors' are not classes
    return table


@lru_cache(maxsize=1)
def _u8_table() -> dict[int, str]:
    """Characters whose GBK bytes (or, lead+continuation, Big5 bytes) have the shape of UTF-8 bytes; built on first
    use."""
    lead, cont = range(0xE0, 0xF0), range(0x80, 0xC0)
    table: dict[int, str] = {}
    shapes = (([bytes((a, b)) for a in cont for b in (*cont, *lead)], "\x02", ("gbk",)),
              ([bytes((a, b)) for a in lead for b in cont], "\x01", ("gbk", "big5")))
    for pairs, mark, codecs in shapes:  # Big5's A4-BF rows are its everyday characters: as 'M' they would join
        for codec in codecs:  # real text onto a run. One decode per list (a decode per pair took 30 ms).
            for char in b"\n".join(pairs).decode(codec, errors="replace").split("\n"):
                code = ord(char[0])
                if len(char) != 1 or char == BAD_BYTE_MARK or not (code >= 0x3040 and not 0xFF00 <= code < 0xFF66
                                                                   or char.isalpha() or char == "〃"):
                    continue  # CJK and full-width punctuation: everyday marks, not the damage
                # 於 陽 have the shape but are everyday characters
                table[code] = mark if char not in TOP_CHARS or table.get(code) == "\x01" else "\x02"
    table[ord("?")] = table[ord(BAD_BYTE_MARK)] = "\x03"
    return table


def _class_of(codes: list[int]) -> str:
    """The inside of a character class matching these code points (sorted), as ranges."""
    ranges, start, prev = [], codes[0], codes[0]
    for cp in codes[1:] + [-1]:
        if cp != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = cp
        prev = cp
    return "".join(ranges)


@lru_cache(maxsize=1)
def _u8_shaped() -> re.Pattern[str]:
    """_U8_RUN as it reads the text itself (a long text: no translate of all of it); compiled on the first long text."""
    return re.compile(f"[{_class_of(sorted(_u8_table()))}]{{4,}}")


def _u8_runs(text: str, spans: Iterator[tuple[int, int, str]]) -> list[Garbled]:
    """The spans (start, end, classes) with rare lead+continuation characters among them, three different at least."""
    found = []
    for start, end, run in spans:
        leads, marks = run.count("\x01"), run.count("\x03")
        if leads >= _U8_MIN_LEADS and marks <= leads and leads * 4 >= len(run) \
                and len({c for c, k in zip(text[start:end], run) if k == "\x01"}) >= _U8_MIN_LEADS:
            found.append(Garbled(start, end, text[start:end]))
    return found


def _utf8_misread(text: str) -> list[Garbled]:
    """Runs of characters shaped like UTF-8 bytes read two at a time (see _u8_table)."""
    table = _u8_table()
    if len(text) <= _TRANSLATE_CHARS:
        return _u8_runs(text, ((m.start(), m.end(), m.group()) for m in _U8_RUN.finditer(text.translate(table))))
    return _u8_runs(text, ((m.start(), m.end(), slices.translate(m.group(), table))
                           for m in _u8_shaped().finditer(text)))


def _merged(runs: list[Garbled], text: str) -> list[Garbled]:
    """Overlapping or touching runs as one."""
    out: list[Garbled] = []
    for g in sorted(runs, key=lambda g: g.start):
        if out and g.start <= out[-1].end:
            if g.end > out[-1].end:
                out[-1] = Garbled(out[-1].start, g.end, text[out[-1].start:g.end])
        else:
            out.append(g)
    return out


@lru_cache(maxsize=1)
def _suspect_cluster() -> re.Pattern[str]:
    """_CLUSTER as it reads the text itself: a character is suspect where the table makes it 'r', 'q' or 's' (the
    letters themselves are 'x'), so the runs are the same and only they are translated, where a translate of the whole
    text looks every character up in a dict (a tenth of a second a million characters)."""
    table = _table()
    suspect = _class_of(sorted(cp for cp, cls in table.items() if cls in "rqs"))
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
        # A stray Latin letter glued after '?' marks or rare characters between Han ('方向??h人大', '鋵嵡闆r的') is
        # part of the damage: a byte of the text left alone by the misreading.
        glued = run[-1] in "qr" and end < len(text) - 1 and text[end].isascii() and text[end].isalpha() \
            and table.get(ord(text[end + 1]), text[end + 1]) in "rc"
        if glued:
            end += 1
            marks += 1
        suspect = rare + marks
        if suspect / (end - start) < _MIN_DENSITY:
            continue
        qs = run.count("q")
        if rare < (_MIN_RARE if not qs else 1 if qs < _MIN_MARKS_ONLY and not glued else 0):
            continue  # symbols alone (a box drawing, Cyrillic, kana) or a few '?' ('??? tip', '(???)') are not
            # misread Han: bytes read as GBK or Big5 give Han characters, or '?' where none fits (a run of them)
        if suspect >= _MIN_SUSPECT and (marks or rare >= _RARE_ONLY) or run.count("q") >= 2 and suspect >= 3:
            found.append(Garbled(start, end, text[start:end]))
    if any(c in text for c in "ãäåæçèéï"):  # cheap test before the Latin-1 pattern
        found += [Garbled(m.start(), m.end(), m.group()) for m in _LATIN_MOJIBAKE.finditer(text)]
    return _merged(found + _utf8_misread(text), text)
