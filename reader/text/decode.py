"""Turn file bytes into text: detect the encoding by plausibility, refuse binaries, mark undecodable bytes."""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from reader.text.charfreq import COMMON_CHARS, TOP_CHARS
from reader.text.filekinds import kind_of
from reader.text.lazyre import lazy
from reader.text.mixed_lines import mixed_reading
from reader.text.model import (BAD_BYTE_MARK, FOLDER, SQLITE, BinaryFileError, Decoded, FileTooLargeError,
                               NotAFileError, WrongEncodingError)
from reader.text.widecodes import foreign_reading, mixed_two_byte_utf8, utf16_without_nul, utf32_without_bom

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
SAMPLE_BYTES = 256 * 1024  # enough text to judge an encoding; detection cost stays flat for big files

NUL_BYTES = "it contains NUL bytes, so it is binary data"  # why a file is refused when no signature names it
_ERRORS = "zhreader-mark"  # codec error handler: one sentinel per undecodable byte
_SENTINEL = "\udcff"  # a lone surrogate never comes out of a successful decode, so it cannot collide

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF file; extract its text first"),
    (b"PK\x03\x04", "a ZIP archive or Office document; save it as text first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document; save it as text first"),
    (b"{\\rtf", "an RTF document; save it as plain text first"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", None),  # only with NUL bytes: a short text may start with 'MZ'
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3\x00", SQLITE),
)


def refusals() -> tuple[str, ...]:
    """Every `what` a refused binary file is named by, for the UI's table of their words in each language."""
    return tuple(dict.fromkeys([what or "a program" for _, what in _SIGNATURES] + [NUL_BYTES]))


# Candidate legacy encodings in order of preference when equally plausible.
_CANDIDATES = ("utf-8", "gb18030", "big5")
_SHORT = 4096  # past this, GBK or Big5 bytes that are also valid UTF-8 do not happen by chance
_BIG5_SUPERSETS = ("cp950", "big5hkscs")  # tried only when plain Big5 leaves bytes undecoded

_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "euc-cn": "gb18030",
            "big5": "big5", "big-5": "big5", "x-big5": "big5", "utf8": "utf-8", "unicode": "utf-8"}

_META_CHARSET = lazy(rb"""<meta[^<>]*?charset[ \t\r\n]*=[ \t\r\n]*["']?[ \t]*([A-Za-z0-9_.:-]{1,40})""",
                     re.IGNORECASE)
# Codecs a web page may declare (the Encoding Standard's, under Python's names); anything else is detected instead:
# 'base64', 'rot13', 'zlib', 'idna' and 'punycode' are Python codecs but not encodings of text.
_WEB_CODECS = frozenset(
    "utf-8 gb18030 gbk gb2312 big5 big5hkscs cp950 euc_jp iso2022_jp shift_jis cp932 euc_kr cp949 cp866 koi8-r koi8-u "
    "mac-roman mac-cyrillic tis-620 cp874 iso8859-1 ascii latin-1 hz".split()
    + [f"iso8859-{n}" for n in range(2, 17)] + [f"cp{n}" for n in range(1250, 1259)]
)
_CHINESE_LEGACY = frozenset(("gb18030", "big5", "cp950", "big5hkscs"))
_UTF16 = frozenset(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"))
_NOT_A_FILE = ((stat.S_ISFIFO, "a pipe (FIFO)"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a disk device"),
               (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, FOLDER))


def _mark(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Replace each undecodable byte with a sentinel the decoder can never otherwise produce."""
    return _SENTINEL * (exc.end - exc.start), exc.end


def _ensure_handler() -> None:
    try:
        codecs.lookup_error(_ERRORS)
    except LookupError:
        codecs.register_error(_ERRORS, _mark)


def read_file(path: Path, encoding: str | None = None) -> Decoded:
    """Read and decode a file, refusing what is too big or not text; `encoding` forces a codec (Reopen with Encoding)."""
    path = Path(os.fsdecode(path))
    info = path.stat()  # before open(): opening a FIFO blocks until a writer comes, which may be never
    for test, what in _NOT_A_FILE:
        if test(info.st_mode):
            raise NotAFileError(f"{path.name}: not a regular file ({what}); the reader opens only files", what)
    if info.st_size > MAX_BYTES:
        raise FileTooLargeError(f"{path.name}: {info.st_size / 1048576:.1f} MB is larger than the 50 MB the reader opens")
    with open(path, "rb") as f:
        data = read_bounded(f, path.name)
    return decode_bytes(data, name=path.name, encoding=encoding)


def read_bounded(stream: BinaryIO, label: str, limit: int = MAX_BYTES) -> bytes:
    """At most `limit` bytes of a stream that may never end (standard input from /dev/zero, a growing file)."""
    chunks, total = [], 0
    while total <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise FileTooLargeError(f"{label}: more than the {limit // 1048576} MB the reader opens")
    return b"".join(chunks)


def decode_bytes(data: bytes, name: str = "", encoding: str | None = None) -> Decoded:
    """Decode the bytes of a text file: BOM, HTML meta charset, strict UTF-8, else the most plausible reading.

    `encoding` forces a codec ('Reopen with Encoding…' after a wrong guess); a BOM is then only stripped.
    """
    label = name or "input"
    if len(data) > MAX_BYTES:
        raise FileTooLargeError(f"{label}: {len(data) / 1048576:.1f} MB is larger than the 50 MB the reader opens")
    _ensure_handler()
    forced = encoding
    encoding, body = _bom(data)
    declared = None
    if forced:
        _text_codec(forced)  # LookupError for a name Python does not know or a codec that is not for text
        encoding, body = forced, (data[3:] if encoding == "utf-8-sig" else body)
    elif encoding is None:
        data = body = _without_nul_padding(data, label)
        _refuse_binary(data, label)
        head = data[:8192]
        declared = _bomless_utf16(head) if b"\x00" in head else _declared_charset(data, name)
        encoding = declared or detect_encoding(data)
    text = body.decode(encoding, _ERRORS)
    if not forced and not declared and body is data and (_SENTINEL in text or encoding in _CHINESE_LEGACY):
        text = mixed_reading(body, encoding, _ERRORS, plausibility) or text  # detected, so the lines may disagree
    if declared and _SENTINEL in text:
        # The declaration (or the UTF-16 guess) does not fit the bytes: let detection decide if it reads them better.
        other = detect_encoding(data)
        alt = data.decode(other, _ERRORS)
        if alt.count(_SENTINEL) < text.count(_SENTINEL):
            encoding, text = other, alt
    elif declared in _CHINESE_LEGACY:
        encoding, text = _legacy_recheck(data, declared, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", _SENTINEL)
    text, bad = _place_marks(text)
    if bad and len(bad) > max(16, len(text) // 10):
        if forced:  # a text the reader chose the wrong encoding for, not a binary file
            raise WrongEncodingError(f"{label}: {len(bad)} bytes cannot be read as {encoding}", encoding)
        raise BinaryFileError(f"{label}: not a text file ({len(bad)} bytes cannot be read as {encoding})")
    if bad:
        log.info("%s: %d undecodable bytes marked", label, len(bad))
    kind = kind_of(name, text)
    from reader.text.formats import extract_meta  # the format module is only needed once the text exists

    return Decoded(text=text, encoding=encoding, kind=kind, bad_positions=bad, meta=extract_meta(text, kind))


def _legacy_recheck(data: bytes, declared: str, text: str) -> tuple[str, str]:
    """A page declaring gb2312 that is Big5 (or the reverse) decodes without an error, as double-byte codecs do:
    the declaration gives way only when another Chinese codec reads the page as clearly more plausible Chinese."""
    other = detect_encoding(data)
    if other == declared or other not in _CHINESE_LEGACY:
        return declared, text
    sample = data[:SAMPLE_BYTES]
    if plausibility(sample.decode(other, _ERRORS)) < plausibility(sample.decode(declared, _ERRORS)) + 0.5:
        return declared, text
    log.info("declared charset %s reads as less plausible Chinese than %s; using %s", declared, other, other)
    return other, data.decode(other, _ERRORS)


def _bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, (data if encoding == "utf-8-sig" else data[len(bom):])
    return None, data


def _refuse_binary(data: bytes, label: str) -> None:
    """Binary files are refused with a one-line reason; BOM-less UTF-16 is let through."""
    head = data[:8192]
    has_nul = b"\x00" in head
    for signature, what in _SIGNATURES:
        if data.startswith(signature) and (what or has_nul):
            what = what or "a program"
            raise BinaryFileError(f"{label}: not a text file ({what})", what)
    if has_nul and _bomless_utf16(head) is None and not _stray_nuls(head):
        raise BinaryFileError(f"{label}: not a text file ({NUL_BYTES})", NUL_BYTES)


_PADDING = b"\x00" * 4  # a UTF-16/32 text ends in three NUL bytes at most: a longer run is padding


def _without_nul_padding(data: bytes, label: str) -> bytes:
    """A text ending in a run of NUL bytes (saved as the machine crashed, a download cut short) is text: the run goes;
    of UTF-16/32 text (NULs in what is left) the last code unit stays whole."""
    if not data.endswith(_PADDING):
        return data
    end = len(data.rstrip(b"\x00"))
    if end == 0:
        return data  # nothing but NULs: binary
    if b"\x00" in data[: min(end, 8192)]:
        end = min(len(data), end + (-end) % 4)
    log.info("%s: %d NUL bytes of padding at the end left out", label, len(data) - end)
    return data[:end]


_CONTROL_BYTES = lazy(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def _stray_nuls(head: bytes) -> bool:
    """A text with a few NUL bytes in it (a bad copy, a C string's end pasted in): one NUL in a thousand bytes at
    most and no other control byte, where binary data has both everywhere; the NULs are then marked as bad bytes."""
    return head.count(0) <= max(1, len(head) // 1000) and _CONTROL_BYTES.search(head) is None


_CHINESE_UTF16 = 0.5  # plausibility a reading needs when its NULs do not show its byte order: common characters


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 (or UTF-32) without a BOM: NUL bytes (high bytes of ASCII) sit on one side, and the text reads cleanly.

    Chinese has NULs of its own on the other side (一 is 00 4E in UTF-16-LE, 开 00 5F, 最 00 67): a text with few ASCII
    characters has as many there, or more, and was refused as binary. The side with more NULs is tried first, then
    either side as Chinese text (the more plausible reading). An indent's full-width spaces (U+3000) are text
    too: a document indented with them was refused."""
    wide = utf32_without_bom(head)
    if wide:
        return wide
    head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    first, other = ("utf-16-be", "utf-16-le") if even > odd else ("utf-16-le", "utf-16-be")
    if even != odd and _clean_utf16(head, first) is not None:
        return first
    # the other side, or either on a tie: only as clearly Chinese text (binary data may read as printable units)
    readings = {c: plausibility(text) for c in (first, other) if (text := _clean_utf16(head, c)) is not None}
    best = max(readings, key=readings.__getitem__, default=None)  # the first on a tie: LE
    return best if best is not None and readings[best] >= _CHINESE_UTF16 else None


def _clean_utf16(head: bytes, candidate: str) -> str | None:
    """The head read as `candidate` when nearly all of it is printable text, else None."""
    try:
        text = head.decode(candidate)
    except UnicodeDecodeError:
        text = head[:-2].decode(candidate, "ignore")  # the sample may end inside a surrogate pair
    printable = sum(1 for c in text if c.isprintable() or c.isspace())  # '\u3000' of indents is no printable
    return text if printable >= 0.95 * len(text) else None


def _declared_charset(data: bytes, name: str) -> str | None:
    """The charset a web page declares in its <meta> tag, when the page is HTML and the codec exists."""
    head = data[:4096]
    if kind_of(name, head.decode("latin-1")) != "html":
        return None
    m = _META_CHARSET.search(head)
    if not m:
        return None
    declared = m.group(1).decode("ascii", "replace").lower()
    declared = _ALIASES.get(declared, declared)
    try:
        declared = codecs.lookup(declared).name
    except LookupError:
        declared = ""
    if declared in _UTF16:
        return "utf-8"  # the <meta> was read as ASCII, so the bytes are not UTF-16: the HTML standard says UTF-8
    if declared not in _WEB_CODECS:
        log.info("declared charset %r is not a text encoding of the web; detecting instead", m.group(1)[:40])
        return None
    if declared in ("latin-1", "iso8859-1", "cp1252", "ascii") and max(data[:SAMPLE_BYTES], default=0) > 0x7F:
        return None  # Chinese pages mislabelled as Western are common; single-byte codecs never fail, so detect
    return declared


def _text_codec(name: str) -> str:
    """The codec's name when it decodes bytes to text; LookupError for base64, rot13 and the like."""
    info = codecs.lookup(name)
    if not getattr(info, "_is_text_encoding", True) or info.name in ("idna", "punycode"):
        raise LookupError(f"{name!r} is not an encoding of text")
    return info.name


def detect_encoding(data: bytes) -> str:
    """UTF-8 when it decodes strictly; otherwise the candidate whose reading looks most like Chinese text."""
    sample = data[:SAMPLE_BYTES]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _short_legacy(sample) if len(data) <= _SHORT and mixed_two_byte_utf8(text) else "utf-8"
    foreign = foreign_reading(sample, complete=len(data) <= SAMPLE_BYTES)
    if foreign:
        return foreign
    scores = {enc: plausibility(sample.decode(enc, _ERRORS)) for enc in _CANDIDATES}
    wide = utf16_without_nul(sample, len(data))
    if wide:
        scores[wide] = plausibility(sample[: len(sample) // 2 * 2].decode(wide, _ERRORS)) - 1e-9  # legacy wins ties
    if sample.decode("big5", _ERRORS).count(_SENTINEL) > 1:
        for enc in _BIG5_SUPERSETS:
            scores[enc] = plausibility(sample.decode(enc, _ERRORS))
    best = max(scores, key=lambda enc: scores[enc])  # dict order breaks ties in preference order
    log.debug("encoding scores %s -> %s", scores, best)
    return best


def _short_legacy(sample: bytes) -> str:
    """A short GBK or Big5 file that happens to be valid UTF-8 ('通知' is): the Chinese reading when every character
    in it is a common one, else UTF-8 as before."""
    for enc in _CANDIDATES[1:]:
        text = sample.decode(enc, _ERRORS)
        if _SENTINEL not in text and plausibility(text) >= 1.0:
            return enc
    return "utf-8"


def plausibility(text: str) -> float:
    """Common Chinese characters per non-ASCII one (very common ones count twice), minus a penalty per bad byte."""
    non_ascii = sum(1 for c in text if c > "\x7f")
    if not non_ascii:
        return 0.0
    common = sum(1 for c in text if c in COMMON_CHARS) + sum(1 for c in text if c in TOP_CHARS)
    bad = text.count(_SENTINEL)
    return (common - 10 * bad) / non_ascii


def _place_marks(text: str) -> tuple[str, tuple[int, ...]]:
    """Swap sentinels for the visible mark and record where they are."""
    if _SENTINEL not in text:
        return text, ()
    positions = []
    find = text.find
    i = find(_SENTINEL)
    while i >= 0:
        positions.append(i)
        i = find(_SENTINEL, i + 1)
    return text.replace(_SENTINEL, BAD_BYTE_MARK), tuple(positions)
