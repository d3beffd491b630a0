"""Wrapped lines glued back into a paragraph, in time linear in the paragraph (a string grown by + is copied at
every line: a 1.6 M-character paragraph took 6 s)."""

from __future__ import annotations

_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _before_latin(text: str) -> str:
    """The character before `text`'s trailing run of Latin letters ('' when the run is all of it)."""
    head = len(text.rstrip(_LATIN))
    return text[head - 1] if head else ""


def separator(last: str, before_latin: str, b: str) -> str:
    """What goes between a line ending in `last` (its trailing Latin letters after `before_latin`) and the next line
    `b`: one space between Latin words, none in Chinese or inside a Latin word cut by the wrap."""
    if not (b[0].isascii() and b[0].isalpha()):
        return ""
    if last.isascii() and last.isalpha():
        tail = len(b) - len(b.lstrip(_LATIN))
        # '占GD' / 'P比重': a Latin word with Chinese on both sides was cut by a character-count wrap
        cut = bool(before_latin) and not before_latin.isascii() and tail < len(b) and not b[tail].isascii()
        if not cut:
            return " "
    if last in ",;:!?" or last == "." and b[0].isupper():
        return " "  # 'yccpt,' / 'Huang Yuting': the space after a Latin comma went with the wrap
    return ""


def glue(a: str, b: str) -> str:
    """Join a wrapped line to the text before it."""
    return a + separator(a[-1], _before_latin(a), b) + b


class Joined:
    """A paragraph being glued line by line: the pieces are kept, joined once at the end."""

    __slots__ = ("_parts", "length", "_last", "_before")

    def __init__(self, first: str) -> None:
        self._parts = [first]
        self.length = len(first)
        self._last: str | None = None  # the first line's end, read at the first add (most paragraphs get none)
        self._before = ""

    def add(self, b: str) -> None:
        if self._last is None:
            first = self._parts[0]
            self._last, self._before = first[-1:], _before_latin(first)
        sep = separator(self._last, self._before, b)
        self._parts.append(sep + b if sep else b)
        self.length += len(sep) + len(b)
        head = len(b.rstrip(_LATIN))
        if head:
            self._before = b[head - 1]
        elif sep:
            self._before = sep  # a Latin word after a space
        self._last = b[-1]

    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0]
