"""Typing Chinese into a widget the way an input method does (QTest.keyClicks only knows ASCII)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit_text(widget: QWidget, text: str) -> None:
    """Deliver `text` as an input-method commit, as a pinyin/zhuyin IME does when the user picks a word."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
