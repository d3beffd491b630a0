"""Found by hand (session 68S): a library search result found by its date alone showed only its title; a hit now
carries the source and the date its list row shows, so the result can say why it matched."""

from __future__ import annotations

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import search

PAGE = "省人大常委会召开党组会议\n来源：湖北人大网　发布时间：2024-07-09 10:20\n会议研究了监督工作。\n"
NOTICE = ("国务院办公厅关于加强监督管理的意见\n国办发〔2018〕123号\n各省、自治区、直辖市人民政府：\n"
          "一、总体要求\n加强监督管理。\n国务院办公厅\n2018年12月7日\n")


def test_a_hit_carries_the_source_and_date_its_row_shows(tmp_path):
    for name, text in (("page.txt", PAGE), ("notice.txt", NOTICE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    importer.import_paths(lib, [str(tmp_path)])
    importer.index_pending(lib)
    [page] = search(lib.connection, "2024年7月9日")  # found by its date alone: no text to show
    assert (page.offset, page.source, page.listed) == (-1, "湖北人大网", "2024-07-09")
    [notice] = search(lib.connection, "2018-12-07")  # 成文日期 is the date its row shows
    assert (notice.authority, notice.listed) == ("国务院办公厅", "2018-12-07")
    lib.close()
