"""Circled numbers inside decimal-numbered notes: '①定义', '②原始字符串' under '1.6 字符串' count the section's
points, the decimals being the sections; circled items under '（2）' or '三、' (a notice's, a syllabus's) are left to
the other rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def circled_under_decimal(run: Sequence[Any], candidates: Sequence[Any]) -> bool:
    """A circled run whose parent is a decimal section ('1.3', '6.4'): its points, not sub-sections."""
    parent = run[0].parent
    if parent < 0 or run[0].match is None or run[0].match.family != "circled":
        return False
    above = candidates[parent].match
    return above is not None and above.family == "decimal"
