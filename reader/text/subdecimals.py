"""Decimal sections set under a note's sub-title: their number names the section they belong to."""

from __future__ import annotations

from typing import Any

from reader.text.lazyre import lazy

_FIRST = lazy(r"\s*(\d{1,3})[.．]")


def _head_number(marker: str) -> int:
    """'3.1' → 3: the section a decimal number says it is part of (0 when it says none)."""
    m = _FIRST.match(marker)
    return int(m.group(1)) if m else 0


def lift_numbered_decimals(candidates: list) -> None:
    """'3.1 個案清單' after '三、核心功能' and its sub-title '需求功能清單簡表': the number 3.1 says it is a section of
    三 itself, beside the sub-title, not inside it; a decimal whose head number is not the section's stays put."""
    for c in candidates:
        if not c.accepted or c.match is None or c.match.family != "decimal" or c.match.level < 2 or c.parent < 0:
            continue
        sub: Any = candidates[c.parent]
        if sub.key != "sub" or sub.parent < 0:
            continue
        section: Any = candidates[sub.parent]
        m = section.match
        if m is not None and m.number == _head_number(c.match.marker) and (m.family != "decimal"
                                                                          or m.level == c.match.level - 1):
            c.parent = sub.parent
