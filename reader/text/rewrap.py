"""Re-join lines of hard-wrapped text (PDF extracts, fixed-width files) into paragraphs; real short lines stay."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

_TERMINAL = "。！？!?；;…：:"
_CLOSERS = "”’」』)）》〉】]"
_LEADING_CONTINUATION = "，。、；：！？）」』”’》〉】,.;:!?)]…"  # a line can only start with these mid-paragraph
_OPENERS_ONLY = set("（(“‘「『《〈【[")
_ASCII_WIDE = ",.;:!?()*"  # converted from full-width punctuation in PDF extracts: keep their width


@dataclass(frozen=True)
class Line:
    """A kept line on its way to a paragraph."""

    text: str
    line: int  # 1-based line in the decoded original
    blank_before: bool = False  # a blank line separates it from the previous kept line
    indented: bool = False  # the original line starts with indentation ('　　' or spaces), a paragraph's first line


def width(text: str) -> int:
    """Display columns: non-ASCII characters take two, ASCII one (punctuation two, see _ASCII_WIDE)."""
    narrow = len(text.encode("ascii", "ignore"))
    if narrow:
        narrow -= sum(text.count(c) for c in _ASCII_WIDE)
    return 2 * len(text) - narrow


def ends_sentence(text: str) -> bool:
    """The line ends a sentence (or a list introduction), possibly inside closing quotes."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _wrap_width(widths: list[int], texts: list[str]) -> int | None:
    """The column a document is wrapped at, when most of its longer lines end within a few columns of it."""
    long = sorted(w for w in widths if w >= 20)
    if len(long) < 4:
        return None
    wrap = long[int((len(long) - 1) * 0.9)]  # high, but past the odd unwrapped paragraph
    near = sum(1 for w in long if wrap - 8 <= w <= wrap + 4)
    open_ended = sum(1 for w, t in zip(widths, texts) if wrap - 8 <= w <= wrap + 4 and not ends_sentence(t))
    return wrap if near >= max(4, len(long) // 2) and open_ended >= 2 else None


def _run_width(run: list[int], widths: list[int], texts: list[str]) -> int | None:
    """Wrap width of one blank-separated run, for a wrapped passage inside an unwrapped document."""
    if len(run) < 2:
        return None
    top = max(widths[i] for i in run)
    full_open = [i for i in run if widths[i] >= top - 4 and not ends_sentence(texts[i])]
    return top if top >= 30 and len(full_open) >= 2 else None


def rewrap(lines: list[Line], is_heading: Callable[[str], bool]) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """Paragraphs from lines, joining where a line was broken only to fit a width.

    Each paragraph comes with (offset in the paragraph, original line) for every line it was built from.
    """
    if not lines:
        return []
    texts = [ln.text for ln in lines]
    widths = [width(t) for t in texts]
    doc_width = _wrap_width(widths, texts)
    run_width: list[int | None] = [None] * len(lines)
    if doc_width is None:
        start = 0
        for i in range(1, len(lines) + 1):
            if i == len(lines) or lines[i].blank_before:
                run = list(range(start, i))
                w = _run_width(run, widths, texts)
                for k in run:
                    run_width[k] = w
                start = i
    # Indentation marks paragraph starts only where some lines have it and others (the continuations) do not.
    indent_marks = 0 < sum(ln.indented for ln in lines) < 0.8 * len(lines)
    out: list[tuple[str, tuple[tuple[int, int], ...]]] = []
    cur, starts = texts[0], [(0, lines[0].line)]
    for i in range(1, len(lines)):
        prev, nxt = texts[i - 1], texts[i]
        wrap = doc_width or run_width[i - 1]
        starts_paragraph = lines[i].blank_before or (indent_marks and lines[i].indented)
        if not starts_paragraph and _joins(prev, nxt, widths[i - 1], wrap, is_heading):
            cur = _glue(cur, nxt)
            starts.append((len(cur) - len(nxt), lines[i].line))
        else:
            out.append((cur, tuple(starts)))
            cur, starts = nxt, [(0, lines[i].line)]
    out.append((cur, tuple(starts)))
    return out


def _joins(prev: str, nxt: str, w: int, wrap: int | None, is_heading: Callable[[str], bool]) -> bool:
    if len(prev) <= 2 and set(prev) <= _OPENERS_ONLY:
        # '（' alone on a line belongs to what follows, unless that is a heading the bracket would break
        return is_heading(prev + nxt) or not is_heading(nxt)
    if nxt[0] in _LEADING_CONTINUATION:
        return True  # a line that starts with a comma cannot start a paragraph
    if wrap is None or w > wrap + 6:
        return False
    if is_heading(nxt) and width(nxt) < wrap - 8:
        return False  # a short numbered line after a full one: a heading, not the tail of a sentence
    if ends_sentence(prev):
        return w >= wrap - 4 and not is_heading(nxt)
    return w >= wrap * 0.6 and not (is_heading(prev) and w < wrap - 8)


def _glue(a: str, b: str) -> str:
    """Join a wrapped line: no space in Chinese, one space between Latin words."""
    if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return f"{a} {b}"
    return a + b
