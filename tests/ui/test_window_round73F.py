"""Found by hand (session 73F, a reader's afternoon under Xvfb): the document list wrote every row's length in
Simplified Chinese whatever the interface's language: '3315字' and '1.8万字' beside 'Title · 15 documents' and the
status bar's '101,723 characters' in English, and the Simplified '万' in the 繁體 interfaces ('1.8万字' for
'1.8萬字'). The length now reads in the UI's language, in that language's unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from qtsupport import settle
from reader.ui.document_model import COLUMN

LONG_CHARS = 18000  # a row counted in 万 (and in thousands in English)


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


def _library(make_window, qtbot, tmp_path):
    """A window whose list holds a short notice and a long report, both counted whole."""
    short = tmp_path / "short.txt"
    short.write_text("关于做好春季防火工作的通知\n\n各单位：\n\n现将有关事项通知如下，请认真贯彻执行。\n", encoding="utf-8")
    long = tmp_path / "long.txt"
    paragraph = "各地区各部门要认真贯彻落实党中央国务院决策部署，扎实推进生态环境保护工作。"
    body = "\n\n".join(f"{i}. {paragraph * 3}" for i in range(1, LONG_CHARS // (len(paragraph) * 3) + 2))
    long.write_text("生态环境保护工作报告\n\n" + body + "\n", encoding="utf-8")
    window = make_window([str(short), str(long)])

    def counted() -> bool:
        chars = {entry.path: entry.chars for entry in window.document_list.entries()}
        return chars.get(str(long.resolve()), 0) >= LONG_CHARS and chars.get(str(short.resolve()), 0) > 0

    qtbot.waitUntil(counted, timeout=30000)
    settle(window)
    return window, short, long


def test_an_english_list_counts_its_rows_in_english(make_window, qtbot, tmp_path):
    window, short, long = _library(make_window, qtbot, tmp_path)
    window.set_language("en")
    settle(window)
    chars = {entry.path: entry.chars for entry in window.document_list.entries()}
    short_texts, long_texts = _row_texts(window, short), _row_texts(window, long)
    assert f"{chars[str(short.resolve())]:,} chars" in short_texts
    assert f"{chars[str(long.resolve())] / 1000:.1f}k chars" in long_texts  # to one decimal, as 1.8万 (76E)
    assert not any("字" in text or "万" in text for text in short_texts + long_texts)


@pytest.mark.parametrize("language", ["zh_TW", "zh_HK"])
def test_a_traditional_list_counts_in_wan_in_its_own_script(make_window, qtbot, tmp_path, language):
    window, short, long = _library(make_window, qtbot, tmp_path)
    try:
        window.set_language(language)
        settle(window)
        chars = {entry.path: entry.chars for entry in window.document_list.entries()}
        long_texts = _row_texts(window, long)
        assert f"{chars[str(long.resolve())] / 10000:.1f}萬字" in long_texts
        assert not any("万" in text for text in long_texts)
        assert f"{chars[str(short.resolve())]}字" in _row_texts(window, short)
    finally:
        window.set_language("en")


# --- File › Print… names the job after the document ------------------------------------------------------------------

def test_print_names_the_job_and_the_file_it_offers_after_the_document(make_window, qtbot, tmp_path, monkeypatch):
    """A printer's queue showed an unnamed job, and 'Print to File' offered ~/print.pdf for every document."""
    from PySide6.QtPrintSupport import QPrintDialog

    asked = []

    def cancel(dialog) -> int:
        asked.append(dialog.printer().docName())
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    path = tmp_path / "notice.txt"
    path.write_text("关于做好2.0版系统上线工作的通知\n\n各单位：\n\n现将有关事项通知如下。\n", encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path.resolve()), timeout=20000)
    settle(window)
    title = window.loaded.document.title
    assert title == "关于做好2.0版系统上线工作的通知"
    window.actions_.print.trigger()
    assert asked == [f"{title}.pdf"]  # with its suffix: the dialog's file name keeps the title's '2.0'
