"""Year dividers: '2022' over that year's reading notes, '2021' over that year's meetings; a bare year on its own line,
said again with the next year down (or up) the text, heads the records of that year, where a lone number elsewhere is a
page's number."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from itertools import compress

from reader.text.lazyre import lazy
from reader.text.openings import opens_no_digit

_YEAR = lazy(r"(?:19|20)[0-9]{2}")
_BARE_NUMBER = lazy(r"[0-9]{1,7}")
_YEARS = 2  # two years, in order, are a log's dividers; one is a number that may be anything


def _dividers(texts: list[str], numbers: list[int]) -> list[int]:
    """The lines `numbers` (every bare number of the text) when they are all years, two or more, each said once, in
    order one way, none right under another and none last; else none."""
    if len(numbers) < _YEARS or numbers[-1] + 1 >= len(texts) or not all(_YEAR.fullmatch(texts[i].strip())
                                                                      for i in numbers):
        return []
    years = [int(texts[i].strip()) for i in numbers]
    if len(set(years)) < len(years) or len({b > a for a, b in zip(years, years[1:])}) != 1:
        return []
    if any(j - i < 2 for i, j in zip(numbers, numbers[1:])):
        return []  # years one under another: a table's column or a list of years, no dividers
    return numbers


def keep_year_dividers(texts: list[str], reasons: list[str]) -> None:
    """Keep (reason '') the bare years a text is divided by, where the cleaning took them for pages' numbers."""
    numbers = [i for i, r in enumerate(reasons) if r == "site-junk" and _BARE_NUMBER.fullmatch(texts[i].strip())]
    for i in _dividers(texts, numbers):
        reasons[i] = ""


def year_titles(texts: list[str], opening: AbstractSet[str] | None = None) -> set[int]:
    """The lines of a text that are its year dividers: its titles, though they hold no Chinese (`opening`: what the
    lines open with, when known: where none opens with a digit, no line is a bare number and none is looked at)."""
    if opens_no_digit(opening):  # (a law's lines open with 第 and （)
        return set()
    digits = compress(range(len(texts)), map(str.isdigit, map(str.strip, texts)))  # (asked in C of every line: a
    # law's 21,900; strip hands an unpadded line back uncopied, isdigit stops at its first Chinese character)
    return set(_dividers(texts, [i for i in digits if _BARE_NUMBER.fullmatch(texts[i].strip())]))
