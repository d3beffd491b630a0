"""Round 64Q: a library read before a paper's dateline with its weekday was read ('2018年11月27日 星期二') gets the
article's publication date once it is opened with the newer reading."""

from __future__ import annotations

from reader.storage import schema
from reader.storage.importer import import_paths, index_pending
from reader.storage.library import Library

NEWS = ("2018年11月27日 星期二\n\n我市召开安全生产工作会议\n\n11月26日，我市召开安全生产工作会议，部署下一阶段工作。"
        "会议强调，要压实各方责任。\n\n会议要求各地各部门高度重视，切实抓好各项措施落实。\n")


def test_a_dateline_with_its_weekday_is_read_again_once(tmp_path):
    doc = tmp_path / "news.txt"
    doc.write_text(NEWS, encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    lib = Library(db)
    import_paths(lib, [str(doc)])
    index_pending(lib)
    assert (lib.get(str(doc)).title, lib.get(str(doc)).published) == ("我市召开安全生产工作会议", "2018-11-27")
    lib.connection.execute("UPDATE documents SET published = '', date = '', title = '2018年11月27日 星期二'")  # as 6
    lib.connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('official', '6')")
    lib.close()
    lib = Library(db)
    index_pending(lib)
    assert (lib.get(str(doc)).title, lib.get(str(doc)).published) == ("我市召开安全生产工作会议", "2018-11-27")
    lib.close()
    assert schema.refresh_official(Library(db).connection) == 0
