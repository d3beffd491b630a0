"""A file's name as the window shows it: on one line, whatever characters the file system let into it."""

from __future__ import annotations

import unicodedata
from pathlib import PurePath

_BREAKS = frozenset(("Cc", "Zl", "Zp"))  # a newline, tab or line separator in a name would break the row in two


def readable(text: str) -> str:
    """A name from the file system as a reader can read it: bytes that are not UTF-8 (kept as lone surrogates) are
    read as GB18030, as a Chinese Windows archive wrote them, or shown as � where they are not GB18030 either;
    drawn as they came, they showed '_Ժ.txt' for 公文样本_国务院.txt."""
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    if "/" in text:  # each folder's name as its own: one may be UTF-8, the next GBK
        return "/".join(readable(part) for part in text.split("/"))
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def shown_name(path: str) -> str:
    """The last part of `path`, each control character or line/paragraph separator shown as a space."""
    name = readable(PurePath(path).name or path)
    if name.isprintable():
        return name
    return "".join(" " if unicodedata.category(c) in _BREAKS else c for c in name)
