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

SIMPLIFIED, TRADITIONAL, MIXED, UNKNOWN = "simplified", "traditional", "mixed", "unknown"
SCRIPTS = (SIMPLIFIED, TRADITIONAL, MIXED, UNKNOWN)

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


def script_counts(text: str) -> tuple[int, int]:
    """(simplified-only, traditional-only) character counts of a text."""
    simplified, traditional = script_characters()
    s = sum(1 for ch in text if ch in simplified)
    t = sum(1 for ch in text if ch in traditional)
    return s, t


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
