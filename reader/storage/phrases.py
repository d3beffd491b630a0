"""Finding a query's indexed characters in a stored or shown text, in either script, with the gaps the index skips
(punctuation, spaces, line breaks) between them, never across a sentence end; linear in the text."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import lru_cache

from reader.storage.index import StoredText, headings_of, indexed_characters
from reader.storage.regional import blockers, split_key
from reader.storage.walls import STOPS, from_json
from reader.text.fold import fold_class

_STEPS = (8_192, 65_536, 262_144)  # bytes decompressed per step, growing; most hits are near the start
# What the index skips between two characters: punctuation, spaces, a line break (not those); disjoint from the
# characters and unambiguous (each turn of the loop opens with '_' or a line break), so matching stays linear.
_SKIPPED = rf"[^\w{STOPS}\n]*"  # (and '_'; a line break, not a blank line after it: as the loop's other turn)
_GAP = rf"{_SKIPPED}(?:(?:_|\n(?![^\S\n]*\n)){_SKIPPED})*"


@lru_cache(maxsize=256)
def phrase_pattern(wanted: str) -> re.Pattern[str]:
    """A pattern finding indexed characters in unfolded text, in either script, with the index's gaps between
    them; the character classes are disjoint from the gaps, so matching stays linear in the text. A search key's
    alternatives ('软件|软体', reader.storage.regional) are each found, the first at a place first."""
    words = split_key(wanted)
    if len(words) == 1:
        return re.compile(_chars(wanted))
    return re.compile("|".join(_chars(w) if w == words[0] else _regional(words[0], w) for w in words))


def _chars(word: str) -> str:
    return _GAP.join(fold_class(c) for c in word)


def _regional(phrase: str, word: str) -> str:
    """Another region's form of a phrase, not where it is part of a longer word that is something else (软体 not in
    软体动物): a look-ahead after its first character (so the pattern still opens with a plain class, which the
    regular expression engine scans for fast), a fixed-width look-behind, so matching stays linear."""
    first, rest = fold_class(word[0]), _GAP + _chars(word[1:])
    around = []
    for before, after in blockers(phrase, word):
        behind = f"(?<={''.join(fold_class(c) for c in before)}{first})" if before else ""
        around.append(behind + rest + (_GAP + _chars(after) if after else ""))
    return first + ("(?!" + "|".join(around) + ")" if around else "") + rest


BEYOND = -2  # locate_stored: not within the bytes it was allowed to read


Heads = Callable[[], "frozenset[int]"]  # the offsets of a stored text's walls, read when first needed


def heads_of(db: sqlite3.Connection, doc_id: int) -> Heads:
    """The offsets of a document's walls (reader.storage.walls: its headings, and its lines that are its title or a
    header field; a text counted before walls were kept, its headings), read only if a hit spans a line break."""
    return lru_cache(maxsize=1)(lambda: frozenset(_walls(db, doc_id)))


def _walls(db: sqlite3.Connection, doc_id: int) -> list[int]:
    row = db.execute("SELECT walls FROM texts WHERE doc_id = ?", (doc_id,)).fetchone()
    walled = from_json(row[0]) if row is not None else None
    return walled if walled is not None else [int(h[0]) for h in headings_of(db, doc_id)]


def first_match(pattern: re.Pattern[str], text: str, start: int = 0, heads: Heads | None = None) -> re.Match | None:
    """The pattern's first match that does not run into or out of a wall's line (a heading's, a header field's: its
    line break is a paragraph end, not a hard wrap): a retry starts one character on, at most a phrase's length of times per line break."""
    m = pattern.search(text, start)
    while m is not None and heads is not None and "\n" in m.group() and _crosses_heading(text, m, heads()):
        m = pattern.search(text, m.start() + 1)
    return m


def _crosses_heading(text: str, m: re.Match, heads: frozenset[int]) -> bool:
    at = m.start()
    while (brk := text.find("\n", at, m.end())) >= 0:
        if brk + 1 in heads or text.rfind("\n", 0, brk) + 1 in heads:  # the next line is a heading, or this one
            return True
        at = brk + 1
    return False


def locate_stored(stored: StoredText, wanted: str, reach: int | None = None,
                  heads: Heads | None = None) -> tuple[int, int]:
    """First occurrence of indexed characters in a stored text, decompressing as far as needed (at most `reach`
    bytes when given: then (BEYOND, 0) when it is not there); not across a heading's line break (`heads`)."""
    pattern = phrase_pattern(wanted)
    searched = 0
    step = 0
    while True:
        m = first_match(pattern, stored.text, searched, heads)
        if m and (stored.complete or m.end() + 16 < len(stored.text)):
            return m.start(), m.end() - m.start()
        searched = max(0, len(stored.text) - 8 * len(wanted) - 64)
        if reach is not None and stored.size >= reach and not stored.complete:
            return BEYOND, 0
        wanted_bytes = _STEPS[min(step, len(_STEPS) - 1)]
        if not stored.more(wanted_bytes if reach is None else max(1024, min(wanted_bytes, reach - stored.size))):
            return -1, 0
        step += 1


def find_phrase(text: str, phrase: str) -> tuple[int, int]:
    """Offset and length of the first occurrence of a phrase in either script; (-1, 0) when absent."""
    wanted = indexed_characters(phrase)
    m = phrase_pattern(wanted).search(text) if wanted else None
    return (m.start(), m.end() - m.start()) if m else (-1, 0)
