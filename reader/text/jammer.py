"""A forum's anti-copy noise ('. {* t6 p8 g2 v; y3 p" M* f# H# _7 Q( }'): random one- and two-character ASCII tokens a
Discuz board hides between a post's lines so that a copy carries them; a saved post shows them as lines of their own
or glued to the ends of its sentences. Garbage to the reader, never words."""

from __future__ import annotations

from reader.text import slices
from reader.text.lazyre import lazy

# A board draws its noise as pairs: a character from ' ' to ';', a space, a character from '?' to '~' (Discuz's
# jammer()), so a copy shows 'Y' + 'X' tokens a space apart, a lone 'Y' where an 'X' was a space. A run of short
# printable-ASCII tokens, one or two spaces apart: tokens end at a space and the run at anything else (a Chinese
# character, a longer token), so each try stops within a token's reach, linear on any line.
_RUN = lazy(r"(?<![!-~])[!-~]{1,2}(?:[ \u00a0]{1,2}[!-~]{1,2}){5,}(?![!-~])")
_NOT_IN_RUN = lazy("[^!-~ \u00a0]")  # a run holds none: a long line is read a slice at a time
_MIN_TOKENS, _MIN_PAIRS, _MIN_KINDS = 6, 3, 3
_MIN_RUNS = 3  # a board sows its noise after line upon line; one such run is more likely a line of code


def _low(c: str) -> bool:
    return "!" <= c <= ";"


def _high(c: str) -> bool:
    return "?" <= c <= "~"


def _noise(run: str) -> bool:
    """Tokens as the board draws them: inside the run each is a '?'-'~' character and a '!'-';' one ('t6', 'M*',
    '_7') or a lone '?'-'~' one; the first may be a lone '!'-';' one, the last a lone '?'-'~' one; and the second
    characters are of several kinds. Code ('x1 = y2 + z3 ;') has '=' between, a hex dump ('4f 6a') digits first, a
    list of options ('A, B, C, D, E, F') one kind of second character."""
    tokens = run.split()
    if len(tokens) < _MIN_TOKENS:
        return False
    pairs = [t for t in tokens if len(t) == 2 and _high(t[0]) and _low(t[1])]
    if len(pairs) < _MIN_PAIRS or len({t[1] for t in pairs}) < _MIN_KINDS:
        return False
    first, last = tokens[0], tokens[-1]
    if not (len(first) == 1 and (_low(first) or _high(first)) or first in pairs):
        return False
    if not (len(last) == 1 and _high(last) or last in pairs):
        return False
    return all(len(t) == 1 and _high(t) or len(t) == 2 and _high(t[0]) and _low(t[1]) for t in tokens[1:-1])


def _runs(text: str) -> list[tuple[int, int]]:
    """Spans of the noise runs in `text`."""
    if " " not in text:  # tokens stand a space apart
        return []
    return [m.span() for m in slices.finditer(_RUN, text, _NOT_IN_RUN) if _noise(m.group())]


def jammed(texts: list[str]) -> bool:
    """The document carries a board's noise: several runs of it (it stops looking at the third)."""
    found = 0
    for text in texts:
        found += len(_runs(text))
        if found >= _MIN_RUNS:
            return True
    return False


def strip_jammer(text: str) -> tuple[str, list[str]]:
    """The text without its runs of anti-copy noise, and the runs taken out (none: the text as it was)."""
    cuts = _runs(text)
    if not cuts:
        return text, []
    kept, pos = [], 0
    for start, end in cuts:
        kept.append(text[pos:start])
        pos = end
    kept.append(text[pos:])
    return "".join(kept).strip(), [text[s:e] for s, e in cuts]
