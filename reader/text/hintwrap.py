"""Where a short hint may wrap: after its punctuation, before an opening quote, at a space, never inside a clause.

Chinese may break a line between any two ideographs, so a hint in a narrow panel split a word ('新 / 增檔案' in the
繁體 UI's empty document list). A word joiner (U+2060, invisible, no break) between two ideographs of a clause leaves
the line only the sensible places; a menu path (文庫 › 新增檔案) is one unit, as a reader reads it.
"""

from __future__ import annotations

WORD_JOINER = "\u2060"
MENU_STEP = " › "  # between a menu and its item: kept on one line with no-break spaces
_BREAK_AFTER = frozenset("，。、；：！？）」』》〉”’,.;:!?)")
_BREAK_BEFORE = frozenset("（「『《〈“‘(")


_WIDE = ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))  # kana and ideographs


def _ideograph(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _WIDE)


def _joined(a: str, b: str) -> bool:
    """No break between a and b: both are ideographs (or a closing mark follows one), inside a clause."""
    if a in _BREAK_AFTER or b in _BREAK_BEFORE:
        return False
    return (_ideograph(a) or a in _BREAK_BEFORE) and (_ideograph(b) or b in "…")


def hint_lines(text: str) -> str:
    """The hint with a word joiner wherever a line must not break (one pass: linear in the text)."""
    text = text.replace(MENU_STEP, "\u00a0›\u00a0")
    if len(text) < 2:
        return text
    out = [text[0]]
    for a, b in zip(text, text[1:]):
        if _joined(a, b):
            out.append(WORD_JOINER)
        out.append(b)
    return "".join(out)
