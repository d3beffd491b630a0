"""Titles in 拼音 order without Qt: the CLI's `library list --sort title` orders them as the window's list does
(reader/ui/sort_keys.py, Qt's Chinese collation), where code points put 关 before 安 before 某. 文号 too, by issuer
in 拼音 (法 before 国办发 before 吉政明电 before 医保办函), year and serial by value, in the window and the CLI alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from reader.text.fold import fold
from reader.text.lazyre import lazy
from reader.text.metavalues import number_parts

_PIECES = lazy(r"\d+|.", re.S)  # a run of digits compares by its value (2 before 10), as the window's does
_ORDER_FILE = Path(__file__).with_name("pinyin_order.txt")  # written by tools/make_pinyin_order.py from Qt's order

# The classes in the collation's order: spaces and punctuation, numbers, Han by 拼音, other Han, then letters.
_MARK, _NUMBER, _HAN, _OTHER_HAN, _LETTER = range(5)


def _placed(order: str) -> dict[str, int]:
    """Character -> its place in the collation's order (characters it finds equal, '=' between them, share one)."""
    ranks: dict[str, int] = {}
    rank, equal = -1, False
    for char in order:
        if char == "=":
            equal = True
            continue
        rank += 0 if equal else 1
        ranks[char], equal = rank, False
    return ranks


@lru_cache(maxsize=1)
def _ranks() -> tuple[dict[str, int], dict[str, int]]:
    """The punctuation's and the Han characters' places, read at the first sort (never on the start-up path)."""
    marks, han = _ORDER_FILE.read_text(encoding="utf-8").split("\n")[:2]
    return _placed(marks), _placed(han)


def _weight(piece: str, marks: dict[str, int], han: dict[str, int]) -> tuple[int, int]:
    if piece[0].isdecimal():
        return _NUMBER, int(piece)  # any script's decimal digits
    rank = han.get(piece)
    if rank is not None:
        return _HAN, rank
    if unicodedata.category(piece)[0] in "PSZC":
        return _MARK, marks.get(piece, len(marks) + ord(piece))
    if "CJK" in unicodedata.name(piece, ""):
        return _OTHER_HAN, ord(piece)
    return _LETTER, ord(unicodedata.normalize("NFD", piece)[0])  # é with e, case already folded


def title_key(title: str) -> tuple[tuple[tuple[int, int], ...], str]:
    """A key ordering titles in the list's Title and Authority columns and the CLI's sorts: script, width and case
    folded, then 拼音."""
    folded = fold(title)
    weights = _weights()
    return tuple([weights.get(piece) or _weighed(piece) for piece in _PIECES.findall(folded)]), folded


@lru_cache(maxsize=1)
def _weights() -> dict[str, tuple[int, int]]:
    """Character -> its weight, the table's made at once (a 10,000-row sort weighs ~170,000 characters), others
    added as met; runs of digits are weighed each time."""
    marks, han = _ranks()
    weights = {char: (_MARK, rank) for char, rank in marks.items()}
    weights.update((char, (_HAN, rank)) for char, rank in han.items())
    return weights


def _weighed(piece: str) -> tuple[int, int]:
    weight = _weight(piece, *_ranks())
    if len(piece) == 1:
        _weights()[piece] = weight
    return weight


def number_key(number: str) -> tuple:
    """A key ordering 文号 by issuer in 拼音, then year and serial by value (国发〔2019〕3号 before 〔2019〕12号), then
    what follows; () when there is none (the list puts those last)."""
    issuer, year, serial, rest = number_parts(number)
    return (_issuer_key(issuer), year, serial, _issuer_key(rest)) if issuer or year >= 0 else ()


@lru_cache(maxsize=4096)
def _issuer_key(issuer: str) -> tuple[tuple[tuple[int, int], ...], str]:
    """An issuer's key, made once: a library holds thousands of 国办发 and a few hundred issuers."""
    return title_key(issuer)
