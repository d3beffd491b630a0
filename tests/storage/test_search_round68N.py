"""Found by hand (session 68N): a date typed as the list shows it (2021-12-06) found nothing in the library search,
while 日期:2021-12-06 found the document; a bare date now finds the documents listed on it too (first), beside those
whose text has it."""

from __future__ import annotations

import pytest

from reader.storage import importer
from reader.storage.dates import date_term
from reader.storage.library import Library
from reader.storage.search import search

NOTICE = ("国务院办公厅关于加强监督管理的意见\n国办发〔2018〕123号\n各省、自治区、直辖市人民政府：\n"
          "一、总体要求\n加强监督管理，推进依法行政。\n国务院办公厅\n2018年12月7日\n")
PAGE = "市政府召开常务会议\n来源：市政府网站　发布时间：2024-03-05 10:20\n会议研究了监督管理工作。\n"
CITES = "监督管理工作的回顾\n\n2018年12月7日，国务院办公厅印发意见，要求加强监督管理。\n"
UNDATED = "关于监督管理的几点体会\n\n监督管理要常抓不懈。\n"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("lib")
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("notice.txt", NOTICE), ("page.txt", PAGE), ("cites.txt", CITES), ("undated.txt", UNDATED)):
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    return lib


def _titles(library, query: str) -> list[str]:
    return [hit.title for hit in search(library.connection, query)]


NOTICE_T, PAGE_T, CITES_T = "国务院办公厅关于加强监督管理的意见", "市政府召开常务会议", "监督管理工作的回顾"


@pytest.mark.parametrize("query, found", [
    ("2018-12-07", [NOTICE_T]),                  # as the list shows its 成文日期: was nothing
    ("2018/12/7", [NOTICE_T]),
    ("２０１８－１２－０７", [NOTICE_T]),          # full-width, as an IME types it
    ("2024-03-05", [PAGE_T]),                    # a page's own date (its text keeps the time beside it)
    ("2024年3月5日", [PAGE_T]),                   # written as a text writes it: the page says 2024-03-05
    ("2018-12-07 国务院办公厅", [NOTICE_T]),      # with a word: listed on the date and has the word
    ("2018年12月7日", [NOTICE_T, CITES_T]),        # listed on it first, then a text that cites it
    # left alone
    ("2018-12-08", []),
    ("2018-13-07", []),
    ('"2018-12-07"', []),                        # quoted: the text's characters only, as before
    ("日期:2018-12-07", [NOTICE_T]),
])
def test_a_bare_date_finds_the_documents_listed_on_it(library, query, found):
    assert _titles(library, query) == found


def test_the_count_of_either_search_counts_a_document_once(library):
    cited = search(library.connection, "2018年12月7日")  # the notice by its text and by its date: counted once
    assert cited.total == 2 and cited.exact
    assert search(library.connection, "2024年3月5日").total == 1  # was 0: 'Nothing found'


@pytest.mark.parametrize("term, day", [
    ("2021-12-06", "2021-12-06"), ("2021.12.6", "2021-12-06"), ("2021年12月6日", "2021-12-06"),
    ("2021年12月6号", "2021-12-06"), ("2021-12", ""), ("2021-12/06", ""), ("2021年", ""), ("监督", ""),
    ("20211206", ""),
])
def test_a_term_is_a_date_only_when_it_is_nothing_else(term, day):
    assert date_term(term) == day
