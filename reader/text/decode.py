"""Turn file bytes into text, detecting the encoding (placeholder: the foundation issue refines it)."""

from __future__ import annotations

from pathlib import Path

from reader.text.model import BAD_BYTE_MARK, BinaryFileError, Decoded, FileTooLargeError

MAX_BYTES = 50 * 1024 * 1024


def read_file(path: Path) -> Decoded:
    """Read and decode a file, refusing what is not text."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise FileTooLargeError(f"{path.name}: {size / 1048576:.1f} MB is larger than the 50 MB the reader opens")
    return decode_bytes(path.read_bytes(), name=path.name)


def decode_bytes(data: bytes, name: str = "") -> Decoded:
    """Decode bytes of a text file."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryFileError(f"{name or 'input'}: not a text file (binary data)")
    for enc in ("utf-8-sig", "gb18030", "big5"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        enc = "utf-8"
        text = data.decode(enc, errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = tuple(i for i, c in enumerate(text) if c == BAD_BYTE_MARK)
    return Decoded(text=text, encoding=enc, bad_positions=bad)
