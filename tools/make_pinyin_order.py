"""Writes reader/text/pinyin_order.txt: the Han characters (U+3400-U+4DBF, U+4E00-U+9FFF, U+F900-U+FAFF) in the order
the window's list sorts titles (Qt's 拼音 collation, reader/ui/sort_keys.py), for the CLI, which imports no Qt;
before them, the punctuation titles hold (ASCII, U+2000-U+206F, U+3000-U+303F), which it orders otherwise than
their code points.

Two lines, the punctuation, then the Han: the characters in that order, '=' before one the collation finds equal
to the one before it. Run it again after a Qt upgrade that changes the collation: `python tools/make_pinyin_order.py`."""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale

OUT = Path(__file__).resolve().parent.parent / "reader" / "text" / "pinyin_order.txt"
MARKS = ((0x20, 0x7F), (0xA0, 0xC0), (0xD7, 0xD8), (0xF7, 0xF8), (0x2000, 0x2070), (0x3000, 0x3040), (0xFE30, 0xFE70))
RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def _ordered(collator: QCollator, chars: list[str]) -> str:
    keys = {c: collator.sortKey(c) for c in chars}
    order = sorted(chars, key=lambda c: (keys[c], ord(c)))
    return "".join([order[0]] + [("=" if collator.compare(a, b) == 0 else "") + b for a, b in zip(order, order[1:])])


def main() -> None:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    marks = [chr(i) for start, end in MARKS for i in range(start, end)
             if unicodedata.category(chr(i))[0] in "PSZ" and chr(i) != "="]
    han = [chr(i) for start, end in RANGES for i in range(start, end)]
    OUT.write_text(_ordered(collator, marks) + "\n" + _ordered(collator, han) + "\n", encoding="utf-8")
    logging.getLogger(__name__).warning("wrote %d marks and %d Han characters to %s", len(marks), len(han), OUT)


if __name__ == "__main__":
    main()
