"""The last words of a wrapped paragraph in a text whose blank lines mark paragraphs: a short line glued under full
ones, a blank line under it, is the paragraph's tail the wrap cut off, never a title or a paragraph of its own."""

from __future__ import annotations

_BLOCKED_SHARE = 0.1  # blank lines among the lines where the writer marks paragraphs with them (a double-spaced text too)


def blank_marked(befores: list[bool]) -> bool:
    """The text sets its paragraphs apart with blank lines: enough of its lines have one over them."""
    return sum(befores) >= max(3, _BLOCKED_SHARE * len(befores))


def block_tail(befores: list[bool], i: int, runs_on: bool, full: bool) -> bool:
    """Line i, with no blank line over it, closes its block (a blank line or the end under it), and the paragraph
    above ran on over two or more lines (`runs_on`), the last of them as full as the wrap (`full`)."""
    return not befores[i] and (i + 1 == len(befores) or befores[i + 1]) and runs_on and full
