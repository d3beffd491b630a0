"""A library written with an older metadata reading gets the newer one: its undated documents are read again once."""

from __future__ import annotations

import pytest

from reader.storage import schema
from reader.storage.importer import import_paths, index_pending
from reader.storage.library import Library

LAW = ("中华人民共和国宪法\n（1982年12月4日第五届全国人民代表大会第五次会议通过　1982年12月4日全国人民代表大会公告公布施行）\n"
       "序言\n中国是世界上历史最悠久的国家之一。\n")
NEWS = "一则消息\n今天天气很好，大家都出门了。\n"


def _pending(lib: Library) -> int:
    return lib.connection.execute("SELECT count(*) FROM documents WHERE indexed = 0").fetchone()[0]


def test_an_older_reading_is_refreshed_once_on_open(tmp_path):
    law, news, gone = tmp_path / "law.txt", tmp_path / "news.txt", tmp_path / "gone.txt"
    law.write_text(LAW, encoding="utf-8")
    news.write_text(NEWS, encoding="utf-8")
    gone.write_text(LAW.replace("宪法", "宪法草案"), encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    lib = Library(db)
    import_paths(lib, [str(law), str(news), str(gone)])
    index_pending(lib)
    assert lib.get(str(law)).written == "1982-12-04" and _pending(lib) == 0
    # as the previous release left it: no adoption date, no reading recorded
    lib.connection.execute("UPDATE documents SET written = '', published = ''")
    lib.connection.execute("DELETE FROM meta WHERE key = 'official'")
    lib.connection.execute("UPDATE locations SET missing = 1 WHERE path = ?", (str(gone),))  # a check found it gone
    gone.unlink()
    lib.close()
    lib = Library(db)
    assert _pending(lib) == 2  # the law and the news item; the missing file keeps its entry and its index
    lib.close()

    lib = Library(db)
    assert _pending(lib) == 2  # still queued, and nothing queued a second time
    index_pending(lib)
    assert (lib.get(str(law)).written, lib.get(str(law)).published) == ("1982-12-04", "1982-12-04")
    assert _pending(lib) == 0
    lib.close()
    assert schema.refresh_official(Library(db).connection) == 0


RULING = ("福建省漳州市中级人民法院\n刑事裁定书\n（2015）漳刑终字第42号\n原公诉机关福建省漳浦县人民检察院。\n"
          "本院认为，上诉人以非法占有为目的，其行为已构成抢劫罪。\n驳回上诉，维持原判。\n本裁定为终审裁定。\n审判长朱某\n"
          "二〇一五年三月三十日\n书记员曾某\n")
JOINT = ("财政部　税务总局　海关总署公告2019年第39号\n关于深化增值税改革有关政策的公告\n现将有关事项公告如下：\n"
         "一、税率调整为13%。\n特此公告。\n财政部\n税务总局\n海关总署\n2019年3月20日\n")
GAZETTE = "第 1234 號公告\n僱員補償條例\n本人現公布下列事項。\n勞工處處長 陳小明\n2023年7月7日\n"

# (text, its issuer now, what an older reading stored, that reading): each is read again once, and gets the issuer
ISSUERS = [
    (RULING, "福建省漳州市中级人民法院", "authority = '', published = '2015-03-30'", "2"),  # dated, no court
    (JOINT, "财政部 税务总局 海关总署", "authority = '海关总署'", "3"),  # the last organ over the date only
    (GAZETTE, "勞工處處長", "authority = ''", "4"),  # no issuer for a signer by office and name
]


@pytest.mark.parametrize("text, issuer, stale, reading", ISSUERS)
def test_a_document_an_older_reading_left_without_its_issuer_is_read_again_once(tmp_path, text, issuer, stale,
                                                                                   reading):
    doc = tmp_path / "notice.txt"
    doc.write_text(text, encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    lib = Library(db)
    import_paths(lib, [str(doc)])
    index_pending(lib)
    assert lib.get(str(doc)).authority == issuer
    lib.connection.execute(f"UPDATE documents SET {stale}")
    lib.connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('official', ?)", (reading,))
    lib.close()
    lib = Library(db)
    assert _pending(lib) == 1
    index_pending(lib)
    assert lib.get(str(doc)).authority == issuer and _pending(lib) == 0
    lib.close()
    assert schema.refresh_official(Library(db).connection) == 0
