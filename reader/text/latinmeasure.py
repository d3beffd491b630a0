"""How wide a line mixing Chinese and Latin stood on its PDF page: its Latin letters take less than the measure says.

A thesis or a report sets Latin words ('ucasthesis', 'Davidson（2023）', 'LATEX') inside Chinese prose in a
proportional font, where a letter or a digit takes well under the half of a Chinese character the column measure
gives it. The document's own full lines tell by how much: a wrapped line of Chinese fills the width, and so does a
wrapped line mixing in Latin, so the columns its Latin letters stand for are what the Chinese leaves of the width.
"""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.lineshape import width

_BAND = 9  # columns a wrapped line may fall short of the width (as the re-wrapping measures it)
_OVER = 6  # … or run past it
_MIN_LINES = 3  # full lines of each kind the scale is read from
_SCALE = (0.4, 1.0)  # the columns one Latin character may take: a condensed digit to a wide capital
_INDENT = 4  # a paragraph's first line, indented two Chinese characters, loses them in the extract
_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_ROUGH = 1  # columns the scaled measure of one line may still be off by (one scale for all its Latin words)
# searched for, not looked for a character at a time in Python (a generator over each Chinese line of a long
# text: 7% of cleaning a hard-wrapped one)
LATIN_OR_DIGIT = lazy("[A-Za-z0-9]")  # an ASCII letter or digit (isascii and isalnum)
_ASCII = lazy(r"[\x00-\x7f]")


def _narrow(text: str) -> int:
    """ASCII characters the measure counts as one column each (letters, digits, spaces): all others take two."""
    return 2 * len(text) - width(text)


def _latin(text: str) -> bool:
    return not text.isascii() and LATIN_OR_DIGIT.search(text) is not None


def latin_scale(texts: list[str], widths: list[int], opens: list[bool], wrap: int) -> tuple[float, float] | None:
    """(the columns a full line of Chinese fills, the columns a Latin character takes), read from the document's open
    lines near its wrap width; None when too few lines of either kind show it."""
    pure, rest = [], []
    for text, w, open_ in zip(texts, widths, opens):
        if not open_ or not wrap - _BAND < w <= wrap + _OVER:
            continue
        if text.isascii() or _ASCII.search(text) is not None:
            if _latin(text):
                rest.append((w - _narrow(text), _narrow(text)))
        else:
            pure.append(w)
    if len(pure) < _MIN_LINES or len(rest) < _MIN_LINES:
        return None
    full = sorted(pure)[len(pure) // 2]
    ratios = sorted((full - chinese) / narrow for chinese, narrow in rest)
    return full, min(_SCALE[1], max(_SCALE[0], ratios[len(ratios) // 2]))


def lost_indent_mixed(text: str, scale: tuple[float, float], slack: int) -> bool:
    """A line mixing Latin into Chinese that, measured at the document's own scale, falls short of a full line by
    the two characters of indentation the extract dropped: a paragraph's first line, after a full finished one."""
    if not _latin(text):
        return False
    full, per_letter = scale
    narrow = _narrow(text)
    shown = width(text) - narrow + per_letter * narrow
    return full - _INDENT - slack - 1 - _ROUGH <= shown <= full - _INDENT + 1 + _ROUGH


def latin_letters(text: str) -> int:
    """Latin letters in the line: a wrap measures them as half a character each."""
    ascii_part = text.encode("ascii", "ignore")
    return len(ascii_part) - len(ascii_part.translate(None, _LETTERS))


def leading_word(text: str) -> str:
    """'Anderson, B.' → 'Anderson,': the Latin word (or number) a wrap may have pushed to the next line."""
    end = 0
    while end < len(text) and text[end].isascii() and not text[end].isspace():
        end += 1
    return text[:end]
