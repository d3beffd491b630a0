"""Found by hand (session 62V): 日期:2021 and 年份:1997 matched only a page's own date, so an official document
listed as 2021-12-06 (its 成文日期, the date the list shows) was not found by the year beside it in the list."""

from __future__ import annotations

import pytest

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import search

NOTICE = ("国务院办公厅关于加强监督管理的意见\n国办发〔2018〕123号\n各省、自治区、直辖市人民政府：\n"
          "一、总体要求\n加强监督管理，推进依法行政。\n国务院办公厅\n2018年12月7日\n")
PAGE = "市政府召开常务会议\n来源：市政府网站　发布时间：2024-03-05 10:20\n会议研究了监督管理工作。\n"
UNDATED = "关于监督管理的几点体会\n\n监督管理要常抓不懈。\n"


@pytest.fixture
def library(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("notice.txt", NOTICE), ("page.txt", PAGE), ("undated.txt", UNDATED)):
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    return lib


@pytest.mark.parametrize("query, found", [
    ("日期:2018", {"国务院办公厅关于加强监督管理的意见"}),          # its 成文日期, as the list shows it
    ("年份:2018", {"国务院办公厅关于加强监督管理的意见"}),
    ("日期:2018-12", {"国务院办公厅关于加强监督管理的意见"}),
    ("日期:2018 监督", {"国务院办公厅关于加强监督管理的意见"}),
    ("date:2018-12-07", {"国务院办公厅关于加强监督管理的意见"}),
    # left alone
    ("日期:2024", {"市政府召开常务会议"}),                         # a page's own date, as before
    ("成文日期:2024", set()),                                      # 成文日期 asks for the written date only
    ("成文日期:2018", {"国务院办公厅关于加强监督管理的意见"}),
    ("日期:2019", set()),
])
def test_a_date_filter_matches_the_date_the_list_shows(library, query, found):
    assert {h.title for h in search(library.connection, query)} == found
