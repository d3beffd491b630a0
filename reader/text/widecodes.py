"""Encodings the Chinese plausibility score cannot tell apart: BOM-less UTF-16/32 and Japanese or Korean files.

Why: a BOM-less UTF-16 file of Chinese with no ASCII has no NUL byte to show it, and GB18030 decodes its bytes
without an error; UTF-32 without a BOM is all NULs and was refused as binary; a Japanese or Korean file decodes as
GB18030 or Big5 too, and a Korean one even reads as common Chinese characters. Each reading here needs the bytes to
decode strictly and the script it shows (kana, Hangul) to dominate, so Chinese files never reach these codecs.
"""

from __future__ import annotations

# The syllables most frequent in Korean prose (particles, endings, common roots): real Korean is a third or more
# of these; GB2312 bytes read as EUC-KR give Hangul too, but spread over all 2,350 syllables
_KOREAN_COMMON = frozenset("이다는의에하고을가지기서한로사리도대자수어를으해나인그아일시적니정보들있장전부제상국것과동주라요면만게"
                           "내우스학여생위성었했은야와소실계화경구원습입없되된될말년때문오저모공회연")
_AT_LEAST = 8  # kana or Hangul seen: a few GBK characters may read as Hangul by chance ('监督管理' does)
_CONTROLS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f") | {"\x7f"}

# (codec, first and last code point of the script it must show, share of the non-ASCII characters in that script)
_FOREIGN = (
    ("shift_jis", "\u3041", "\u30ff", 0.3),  # Japanese prose is a third or more kana
    ("euc_jp", "\u3041", "\u30ff", 0.3),
    ("euc_kr", "\uac00", "\ud7a3", 0.6),  # Korean is almost all Hangul, and common syllables (below)
)


def utf32_without_bom(head: bytes) -> str | None:
    """UTF-32 without a BOM: every code unit's top byte is NUL, nine in ten in the first plane, and the units decode
    strictly to printable text."""
    head = head[: len(head) // 4 * 4]
    if len(head) < 4:
        return None
    units = len(head) // 4
    if not any(head[3::4]) and head[2::4].count(0) >= 0.9 * units:
        candidate = "utf-32-le"
    elif not any(head[0::4]) and head[1::4].count(0) >= 0.9 * units:
        candidate = "utf-32-be"
    else:
        return None  # text is nearly all in the first plane; b'\x00\x01\x02\x00' repeated is data, not U+20100
    try:
        text = head.decode(candidate)
    except UnicodeDecodeError:
        return None
    return candidate if _printable(text) else None


def utf16_without_nul(sample: bytes, whole_length: int) -> str | None:
    """UTF-16 of text with no ASCII at all (so no NUL byte): an even length and a strict, printable, mostly-Han
    reading one way; the caller still weighs it against the legacy readings."""
    if whole_length % 2 or len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    for candidate in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(candidate)
        except UnicodeDecodeError:
            try:
                text = sample[:-2].decode(candidate)  # the sample may end inside a surrogate pair
            except UnicodeDecodeError:
                continue
        if text and _printable(text) and _share(text, "\u3400", "\u9fff") >= 0.5:
            return candidate
    return None


def foreign_reading(sample: bytes, complete: bool) -> str | None:
    """The Japanese or Korean codec that reads the bytes strictly and shows its own script; None for Chinese."""
    for codec, low, high, share in _FOREIGN:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError as exc:
            if complete or exc.start < len(sample) - 2:  # a cut sample may end inside a character
                continue
            text = sample[: exc.start].decode(codec)
        seen = sum(1 for c in text if low <= c <= high)
        if seen < _AT_LEAST or _share(text, low, high) < share:
            continue
        if codec != "euc_kr" or sum(1 for c in text if c in _KOREAN_COMMON) >= 0.3 * seen:
            return codec
    return None


def _share(text: str, low: str, high: str) -> float:
    """How many of the non-ASCII characters fall between low and high."""
    non_ascii = sum(1 for c in text if c > "\x7f")
    if not non_ascii:
        return 0.0
    return sum(1 for c in text if low <= c <= high) / non_ascii


def _printable(text: str) -> bool:
    """At least 95% printable, no control characters but tab, line ends and form feed."""
    if any(c in _CONTROLS for c in text):
        return False
    return sum(1 for c in text if c.isprintable() or c in "\n\r\t\f") >= 0.95 * len(text)


def mixed_two_byte_utf8(text: str) -> bool:
    """A strict UTF-8 reading that only GBK or Big5 bytes give: no ASCII letter, every non-ASCII character in the
    two-byte range (Latin to Arabic), drawn from more than one script or a combining mark with no letter before it
    ('通知' in GBK reads as Hebrew accent + combining mark). Real text in those languages keeps to one script."""
    import unicodedata

    scripts: set[str] = set()
    before = " "
    for c in text:
        if c < "\x80":
            if c.isalpha():
                return False
        else:
            if c > "\u07ff":
                return False
            if unicodedata.category(c).startswith("M"):
                if not before.isalpha():
                    return True
            else:
                scripts.add(unicodedata.name(c, "?").split(" ")[0])
        before = c
    return len(scripts) > 1
