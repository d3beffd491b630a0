"""A document's length as the UI's language writes it, one way for the document list and the status bar: the list
read '3098字' beside the status bar's '3,098 字' for the same document (session 74)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

WAN = 10000  # from here the list counts in 万 (1.8万字) or thousands (18k chars), and Chinese groups its digits


def _number(chars: int) -> str:
    """The count's digits: grouped by thousands in English; in Chinese only from five digits on (3098字, 18,226字:
    four digits are written ungrouped)."""
    if chars >= WAN:
        return f"{chars:,}"
    return QApplication.translate("Length", "{n:,}").format(n=chars)


def length_text(chars: int, short: bool = False) -> str:
    """'3098字' ('3,098 characters' in English); `short`, for the list's rows: '1.8万字' ('1.8萬字' in 繁體) or
    '18k chars' from WAN on, and 'chars' for 'characters' in English."""
    if short and chars >= WAN:  # each language's translation picks its unit: {k} thousands, {wan} ten thousands
        return QApplication.translate("Length", "{k:,.0f}k chars").format(k=chars / 1000, wan=chars / WAN)
    said = (QApplication.translate("Length", "%n chars", "", chars) if short else
            QApplication.translate("Length", "%n characters", "", chars))
    return said.replace(str(chars), _number(chars), 1)
