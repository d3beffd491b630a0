"""Which script a text is written in (placeholder: refined with the conversion issue)."""

from __future__ import annotations

SIMPLIFIED, TRADITIONAL, MIXED, UNKNOWN = "simplified", "traditional", "mixed", "unknown"

_TRAD_ONLY = set("這個們國會來時說對後發經過學機關實現與產動業應區開還點體長問從當進種將義")
_SIMP_ONLY = set("这个们国会来时说对后发经过学机关实现与产动业应区开还点体长问从当进种将义")


def detect_script(text: str) -> str:
    """Count characters that exist in only one script."""
    t = sum(1 for c in text if c in _TRAD_ONLY)
    s = sum(1 for c in text if c in _SIMP_ONLY)
    if t == s == 0:
        return UNKNOWN
    if t > 4 * s:
        return TRADITIONAL
    if s > 4 * t:
        return SIMPLIFIED
    return MIXED
