"""A file's name as the window and the command line show it: on one line, whatever characters the file system let
into it; pure (the CLI and the library search use it too)."""

from __future__ import annotations

import json
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


def json_text(obj: object) -> str:
    """JSON that is valid UTF-8 whatever file names it holds: a name's bytes that are not UTF-8 (lone surrogates)
    are written as \\udcXX escapes, which json.load reads back as the very name os.fsencode gives the bytes of
    (written raw they made the output undecodable)."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


_REFUSED = frozenset('/\\:*?"<>|')  # characters a file system (Windows', a USB stick's) refuses in a name
_NAME_CHARS = 60  # a suggested file name's length at most, its suffix aside


def export_name(title: str) -> str:
    """A file name for a title (a Save dialog's suggestion): refused characters replaced, and a long title cut after
    a whole word ('…Erasure Codes for Big Dat.txt' was suggested for '…Erasure Codes for Big Data》論文翻譯')."""
    name = "".join("_" if c in _REFUSED else c for c in title).strip()
    if len(name) <= _NAME_CHARS:
        return name
    cut = name[:_NAME_CHARS]
    if _latin(name[_NAME_CHARS - 1]) and _latin(name[_NAME_CHARS]):  # in a word: back to the space before it
        space = cut.rfind(" ")
        cut = cut[:space] if space >= _NAME_CHARS // 2 else cut
    return cut.rstrip(" _")


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()
