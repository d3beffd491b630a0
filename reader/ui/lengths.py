"""A document's length as the UI's language writes it, through reader/lengths.py's one rule for every place: the
list read '1.8万字' beside the status bar's '18,226字' for the same document (session 76)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reader.lengths import length_figure

_TEN_THOUSAND = "ten thousand"  # as translated: the UI language's word for it, 万 (萬 in 繁體); English has none


def length_text(chars: int, short: bool = False) -> str:
    """'3098字', '1.8万字' ('1.8萬字' in 繁體); '3,098 characters', '18.2k characters' in English, and 'chars' for
    'characters' where `short` (the list's rows)."""
    myriad = QApplication.translate("Length", "ten thousand")  # English counts in thousands
    figure = length_figure(chars, "" if myriad == _TEN_THOUSAND else myriad)
    said = (QApplication.translate("Length", "%n chars", "", chars) if short else
            QApplication.translate("Length", "%n characters", "", chars))
    return said.replace(str(chars), figure, 1)
