"""Figures a flattened table set one cell a line: a statistical bulletin's '5311' / '23.1' / '油茶籽' / '吨' is a
row's output, its growth and the next row's name, not a section number over its title."""

from __future__ import annotations

import re
from typing import Sequence

# '5311', '-91.6', '140.30', '1,218', '12.5%': a figure and nothing else (a cell of a table, one a line)
_FIGURE = re.compile(r"[-+－−]?\d[\d,]{0,11}(?:\.\d{1,4})?%?")
_BEFORE = 3  # the lines above the previous one a table's row spans (name, unit, figure, figure)


def figure_cell(text: str) -> bool:
    """The line is a figure alone: a table's cell, as a page's or a PDF's flattening leaves it."""
    return _FIGURE.fullmatch(text.strip()) is not None


def _telling(text: str) -> bool:
    """A figure no page number or section number looks like: signed, a decimal, or four digits and more."""
    text = text.strip()
    return text[:1] in "-+－−" or "." in text or "%" in text or sum(c.isdigit() for c in text) >= 4


def among_cells(texts: Sequence[str], i: int) -> bool:
    """The bare number at texts[i] follows a figure in a run of table cells: the figure before it is telling, or a
    second figure sits within the row above (constant work: a few lines back)."""
    if i < 1 or not figure_cell(texts[i - 1]):
        return False
    return _telling(texts[i - 1]) or any(figure_cell(texts[k]) for k in range(max(0, i - 1 - _BEFORE), i - 1))
