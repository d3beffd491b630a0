"""Round 64Q: a library read before a paper's dateline with its weekday was read ('2018年11月27日 星期二') gets the
article's publication date once it is opened with the newer reading."""

from __future__ import annotations

from storage_steps import imported, read_once, reopened_after

NEWS = ("2018年11月27日 星期二\n\n我市召开安全生产工作会议\n\n11月26日，我市召开安全生产工作会议，部署下一阶段工作。"
        "会议强调，要压实各方责任。\n\n会议要求各地各部门高度重视，切实抓好各项措施落实。\n")


def test_a_dateline_with_its_weekday_is_read_again_once(tmp_path):
    lib, db, doc = imported(tmp_path, NEWS, "news.txt")
    assert (lib.get(str(doc)).title, lib.get(str(doc)).published) == ("我市召开安全生产工作会议", "2018-11-27")
    lib = reopened_after(lib, db, "UPDATE documents SET published = '', date = '', title = '2018年11月27日 星期二'",
                         6)  # as reading 6 left it
    assert (lib.get(str(doc)).title, lib.get(str(doc)).published) == ("我市召开安全生产工作会议", "2018-11-27")
    assert read_once(lib, db)
