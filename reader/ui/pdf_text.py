"""An exported PDF's text layer: each glyph must read as the document's character (search and copy in viewers)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtGui import QFont, QRawFont

_RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_CMAP_SECTION = re.compile(rb"(begin(bfrange|bfchar)\n)(.*?)(\nend\2)", re.DOTALL)
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def radical_fixes(text: str, families: Sequence[str]) -> dict[int, int]:
    """Radical code point -> the document's ideograph drawn with the same glyph.

    CJK fonts such as Noto CJK draw 人 (U+4EBA) and the Kangxi radical ⼈ (U+2F08) with one glyph, and Qt's PDF
    writer names each glyph in the text layer by the lowest code point that reaches it: searching or copying the
    PDF then finds ⼈⼤ instead of 人大. Radicals the text itself contains are left alone.
    """
    present = {ord(c) for c in text}
    fixes: dict[int, int] = {}
    for family in families:
        raw = QRawFont.fromFont(QFont(family))
        if not raw.isValid():
            continue
        by_glyph = {}
        for code in _RADICALS:
            if code not in present and raw.supportsCharacter(chr(code)):
                glyphs = raw.glyphIndexesForString(chr(code))
                if glyphs and glyphs[0]:
                    by_glyph.setdefault(glyphs[0], code)
        for code in sorted(present):
            if code in _RADICALS or code < 0x3000 or code > 0xFFFF:
                continue
            glyphs = raw.glyphIndexesForString(chr(code))
            if glyphs and glyphs[0] in by_glyph:
                fixes.setdefault(by_glyph[glyphs[0]], code)
    return fixes


def fix_text_layer(pdf: bytes, fixes: dict[int, int]) -> bytes:
    """Rewrite the fonts' ToUnicode maps so each glyph reads as the document's character (same byte length, so
    the file's cross-reference offsets stay valid; compressed maps are left as they are)."""
    if not fixes:
        return pdf
    data = bytearray(pdf)
    for number in set(_TO_UNICODE.findall(pdf)):
        start = pdf.find(b"\n" + number + b" 0 obj")
        body = pdf.find(b"stream\n", start)
        end = pdf.find(b"endstream", body)
        if start < 0 or body < 0 or end < 0 or b"/Filter" in pdf[start:body]:
            continue
        stream = pdf[body:end]
        fixed = _CMAP_SECTION.sub(
            lambda m: m.group(1) + _fix_section(m.group(3), m.group(2), fixes) + m.group(4), stream)
        data[body:end] = fixed
    return bytes(data)


def _fix_section(section: bytes, kind: bytes, fixes: dict[int, int]) -> bytes:
    """Destination code points of bfchar / bfrange lines; the leading codes are glyph ids and are kept."""
    lines = []
    for line in section.split(b"\n"):
        codes = list(_HEX4.finditer(line))
        if kind == b"bfchar":
            keep = 1
        elif b"[" in line or (len(codes) == 3 and codes[0].group(1) == codes[1].group(1)):
            keep = 2
        else:  # '<lo> <hi> <start>' over several glyphs: one start code cannot be fixed for all of them
            keep = len(codes)
        for m in reversed(codes[keep:]):
            target = fixes.get(int(m.group(1), 16))
            if target is not None:
                line = line[:m.start(1)] + f"{target:04X}".encode() + line[m.end(1):]
        lines.append(line)
    return b"\n".join(lines)
