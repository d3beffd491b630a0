"""Values of the numerals that number Chinese headings: 一百二十, 十一, 〇, 12, １２, ①, ⑴, ⒈, ㈠."""

from __future__ import annotations

from functools import lru_cache

# Character classes for regular expressions (inside [...]).
CN_DIGIT_CHARS = "零〇○一二两兩三四五六七八九十百千壹贰貳貮叁參叄肆伍陆陸柒捌玖拾佰仟"  # (貮 叄: variants in use)
ARABIC_DIGIT_CHARS = "0-9０-９"
# Longer numerals are never a heading's number; refusing them keeps int() away from Python's digit limit.
MAX_DIGITS = 18

_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "貮": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# Chinese digits to ASCII ones, and ASCII digits out of the way, so that only a numeral of Chinese digits maps to digits.
_CN_TO_ASCII = str.maketrans({**dict.fromkeys("0123456789", "x"), **{c: str(v) for c, v in _CN_DIGITS.items()}})

# Single-character enclosed numbers and the family each belongs to.
_ENCLOSED: dict[str, tuple[str, int]] = {}


def _fill_enclosed() -> None:
    """Build the table once, on first use (no work at import time)."""
    for i in range(20):
        _ENCLOSED[chr(0x2460 + i)] = ("circled", i + 1)  # ① .. ⑳
        _ENCLOSED[chr(0x2474 + i)] = ("paren-arabic", i + 1)  # ⑴ .. ⒇
        _ENCLOSED[chr(0x2488 + i)] = ("arabic", i + 1)  # ⒈ .. ⒛
    for i in range(15):
        _ENCLOSED[chr(0x3251 + i)] = ("circled", i + 21)  # ㉑ .. ㉟
        _ENCLOSED[chr(0x32B1 + i)] = ("circled", i + 36)  # ㊱ .. ㊿
    for i in range(10):
        _ENCLOSED[chr(0x3220 + i)] = ("paren-cn", i + 1)  # ㈠ .. ㈩
        _ENCLOSED[chr(0x2776 + i)] = ("circled", i + 1)  # ❶ .. ❿


def enclosed_number(char: str) -> tuple[str, int] | None:
    """(family, value) of a one-character enclosed numeral such as ① or ⑴, else None."""
    if not _ENCLOSED:
        _fill_enclosed()
    return _ENCLOSED.get(char)


def enclosed_chars() -> str:
    """All enclosed numeral characters, for a regular-expression class."""
    if not _ENCLOSED:
        _fill_enclosed()
    return "".join(_ENCLOSED)


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese numeral ('十一' 11, '一百零五' 105, '二〇二五' 2025), None if it is not one."""
    if not text or len(text) > 2 * MAX_DIGITS:
        return None
    digits = text.translate(_CN_TO_ASCII)  # all Chinese digits exactly when this is all ASCII digits (one C pass)
    if digits.isascii() and digits.isdigit():
        # Digit-by-digit form such as 二〇二五.
        if len(text) > MAX_DIGITS:
            return None
        return int(digits)
    total = 0
    pending = 0
    seen_digit = False
    for c in text:
        if c in _CN_DIGITS:
            pending = _CN_DIGITS[c]
            seen_digit = True
        elif c in _CN_UNITS:
            unit = _CN_UNITS[c]
            total += (pending if seen_digit else 1) * unit
            pending = 0
            seen_digit = False
        else:
            return None
    return total + pending


@lru_cache(maxsize=16384)  # a long law has thousands of article numbers, met in turn on every re-outline
def to_int(text: str) -> int | None:
    """Value of an Arabic (half- or full-width) or Chinese numeral, spaces ignored; None if neither."""
    text = "".join(text.split())
    if not text or len(text) > 2 * MAX_DIGITS:
        return None
    ascii_text = text.translate(_FULLWIDTH_DIGITS)
    if ascii_text.isascii() and ascii_text.isdigit():
        return int(ascii_text) if len(ascii_text) <= MAX_DIGITS else None
    return cn_to_int(text)


def int_to_cn(value: int) -> str:
    """Chinese numeral for 1..99 as headings write it (十一, 二十, 九十九)."""
    digits = "零一二三四五六七八九"
    if value < 10:
        return digits[value]
    tens, ones = divmod(value, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


_ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """'XIV' → 14; 0 for what is no Roman numeral."""
    if not numeral or any(c not in _ROMAN for c in numeral):
        return 0
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))
