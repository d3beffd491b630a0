"""Found by hand (session 68N): a list row whose source is an address said 'Source: law.moj.gov.tw' (in English,
or 来源：… in the Chinese UI) while every other row shows its source or issuer unlabelled ('新华社 · 2021-12-06'):
the site now reads as the others do, the same in either UI language."""

from __future__ import annotations

import pytest

from reader.storage.library import Entry
from reader.ui.document_list import DocumentList
from reader.ui.i18n import install_translator

ROC = Entry(path="/d/roc.txt", title="中華民國憲法", script="traditional",
            source="https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001")
NEWS = Entry(path="/d/news.txt", title="新闻", source="新华社")


@pytest.fixture
def chinese_ui(qapp):
    install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en_US")


def _whos(qtbot) -> list[str]:
    document_list = DocumentList()
    qtbot.addWidget(document_list)
    return [document_list.who(entry) for entry in (ROC, NEWS)]


def test_a_sites_row_reads_as_any_sources_row(qtbot):
    assert _whos(qtbot) == ["law.moj.gov.tw", "新华社"]  # was 'Source: law.moj.gov.tw'


def test_a_sites_row_reads_the_same_in_the_chinese_ui(qtbot, chinese_ui):
    assert _whos(qtbot) == ["law.moj.gov.tw", "新华社"]  # was '来源：law.moj.gov.tw'
