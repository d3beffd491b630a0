"""Which script a text is written in, from OpenCC's character tables (without loading the converter).

Most characters are shared by both scripts and say nothing. A character counts as evidence only when OpenCC's
own tables never keep it in the other script: STCharacters maps it away with no identity candidate
(发 -> 發 髮: simplified only), or TSCharacters does (後 -> 后: traditional only); a form that Taiwan or
Hong Kong standards use (群, 秘: TWVariants, HKVariants) is not simplified-only. Real documents carry some
stray characters of the other script (quotations, names, pinyin debris, variant forms), so a text is 'mixed'
only when both scripts have a substantial share of the evidence.
"""

from __future__ import annotations

from functools import lru_cache

from reader.text.opencc_data import load_dictionary
from reader.text.slices import SLICE_CHARS

SIMPLIFIED, TRADITIONAL, MIXED, UNKNOWN = "simplified", "traditional", "mixed", "unknown"
SCRIPTS = (SIMPLIFIED, TRADITIONAL, MIXED, UNKNOWN)

SCRIPT_SAMPLE = 20000  # characters enough to tell the script of a document (the catalogue's, from its text's start)

# A text is one script when the other one's characters are at most this share of the evidence.
MINORITY_SHARE = 0.2


@lru_cache(maxsize=1)
def script_characters() -> tuple[frozenset[str], frozenset[str]]:
    """(simplified-only, traditional-only) characters according to the bundled tables."""
    simplified = {k for k, values in load_dictionary("STCharacters").items() if k not in values}
    for name in ("TWVariants", "HKVariants"):
        simplified.difference_update(v for values in load_dictionary(name).values() for v in values)
    traditional = {k for k, values in load_dictionary("TSCharacters").items() if k not in values}
    both = simplified & traditional
    return frozenset(simplified - both), frozenset(traditional - both)


@lru_cache(maxsize=1)
def _evidence_table() -> tuple[str | None, ...]:
    """Code point -> 's' (simplified-only), 't' (traditional-only) or None (deleted), for str.translate: one pass
    in C instead of two set lookups per character (a 1 M-character document: 0.25 s -> 0.07 s)."""
    simplified, traditional = script_characters()
    table: list[str | None] = [None] * (max(map(ord, simplified | traditional)) + 1)
    for chars, mark in ((simplified, "s"), (traditional, "t")):
        for ch in chars:
            table[ord(ch)] = mark
    return tuple(table)


def script_counts(text: str) -> tuple[int, int]:
    """(simplified-only, traditional-only) character counts of a text, a slice at a time: one pass in C over
    megabytes held the GIL, and so the window's thread, for 0.2 s while a long document was opened on a worker."""
    simplified = traditional = 0
    for start in range(0, len(text), SLICE_CHARS):
        s, t = _slice_counts(text[start:start + SLICE_CHARS])
        simplified, traditional = simplified + s, traditional + t
    return simplified, traditional


def _slice_counts(text: str) -> tuple[int, int]:
    # characters past the table's end are left as they are by translate: none of them is an 's' or a 't'
    marked = text.translate(_evidence_table())
    return marked.count("s"), marked.count("t")


def classify(simplified: int, traditional: int) -> str:
    """The script for given evidence counts."""
    total = simplified + traditional
    if total == 0:
        return UNKNOWN
    if traditional <= MINORITY_SHARE * total:
        return SIMPLIFIED
    if simplified <= MINORITY_SHARE * total:
        return TRADITIONAL
    return MIXED


def detect_script(text: str) -> str:
    """'simplified', 'traditional', 'mixed' or 'unknown' (no telling characters at all)."""
    return classify(*script_counts(text))
