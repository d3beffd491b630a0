"""A justified PDF line the typesetter stretched by spacing its characters, which an extractor writes with a space
between every two ('2020 年 3 月 ， 国 家 市 场 监督 总 局 与 …'): it fills the measure, however wide its spaces make it."""

from __future__ import annotations

_MIN_GAPS = 10  # spaces a stretched line shows at least: a short line with a few spaced words is no justification
_SINGLES = 0.6  # share of its pieces that are one character: the stretch spaces characters, not words


def stretched(text: str) -> bool:
    """The line is a stretched one: ten or more pieces between single spaces, most of them one Chinese character."""
    if text.count(" ") < _MIN_GAPS or "  " in text:
        return False  # (two spaces in a row are a layout's columns, never a stretch)
    pieces = text.split(" ")
    singles = sum(1 for p in pieces if len(p) == 1 and not p.isascii())
    return singles >= _SINGLES * len(pieces)
