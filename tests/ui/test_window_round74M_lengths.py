"""Found by hand in session 74: in the Chinese interface the document list said '3098字' while the status bar said
'3,098 字' for the same document. Both now write a length through one function (reader/ui/lengths.py): the same text
in 简体, 繁體 and English; from ten thousand on both count in 万 (in thousands in English), to one decimal (76E)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from qtsupport import settle
from reader.ui.document_model import COLUMN

PARAGRAPH = "各地区各部门要认真贯彻落实党中央国务院决策部署，扎实推进生态环境保护工作。"


class _Recorder(QPainter):
    """A painter that keeps the texts drawn (the list's delegate draws its row through it)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:  # noqa: N802 - Qt's name
        self.texts += [a for a in args if isinstance(a, str)]
        super().drawText(*args)


def _row_texts(window, path: Path) -> list[str]:
    """What the list draws in the row of `path`: title, second line, length."""
    document_list = window.document_list
    row = next(i for i, entry in enumerate(document_list.entries()) if entry.path == str(path.resolve()))
    index = document_list.model().index(row, COLUMN["title"])
    option = QStyleOptionViewItem()
    document_list.initViewItemOption(option)
    option.rect = document_list.visualRect(index)
    image = QImage(max(1, option.rect.width()), max(1, option.rect.height() + option.rect.top()),
                   QImage.Format.Format_ARGB32)
    painter = _Recorder(image)
    try:
        document_list.itemDelegateForColumn(COLUMN["title"]).paint(painter, option, index)
    finally:
        painter.end()
    return painter.texts


def _shown(make_window, qtbot, tmp_path, paragraphs: int) -> tuple:
    path = tmp_path / "report.txt"
    body = "\n\n".join(f"{i}. {PARAGRAPH * 2}" for i in range(1, paragraphs + 1))
    path.write_text("生态环境保护工作报告\n\n" + body + "\n", encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and any(
        e.path == str(path.resolve()) and e.chars > 0 for e in window.document_list.entries()), timeout=30000)
    settle(window)
    chars = next(e.chars for e in window.document_list.entries() if e.path == str(path.resolve()))
    return window, path, chars


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])  # English: '3,098 characters', '3,098 chars' (73F, 58J)
def test_the_list_and_the_status_bar_write_a_length_alike(make_window, qtbot, tmp_path, language):
    window, path, chars = _shown(make_window, qtbot, tmp_path, 40)
    assert 1000 <= chars < 10000 and len(window.loaded.document.text) == chars
    try:
        window.set_language(language)
        settle(window)
        status = window.status.chars.text()
        assert status == f"{chars}字"  # four digits ungrouped, no space (it said '3,098 字')
        assert status in _row_texts(window, path)  # as the row writes it
    finally:
        window.set_language("en")


@pytest.mark.parametrize("language, unit", [("zh_CN", "万字"), ("zh_TW", "萬字")])
def test_a_long_text_is_counted_in_wan_in_the_status_bar_as_in_the_list(make_window, qtbot, tmp_path, language, unit):
    """Session 76: the status bar said '18,226字' beside the list's '1.8万字' (reader/lengths.py: one rule)."""
    window, path, chars = _shown(make_window, qtbot, tmp_path, 300)
    assert chars >= 10000
    try:
        window.set_language(language)
        settle(window)
        assert window.status.chars.text() == f"{chars / 10000:.1f}{unit}"
        assert window.status.chars.text() in _row_texts(window, path)
    finally:
        window.set_language("en")


def test_a_long_text_is_counted_in_thousands_alike_in_english(make_window, qtbot, tmp_path):
    window, path, chars = _shown(make_window, qtbot, tmp_path, 300)
    assert window.status.chars.text() == f"{chars / 1000:.1f}k characters"  # was: '18,226 characters'
    assert f"{chars / 1000:.1f}k chars" in _row_texts(window, path)  # was: '18k chars'
