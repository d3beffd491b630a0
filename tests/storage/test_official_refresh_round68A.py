"""Session 68A: a library read before an amended law was dated by its last amendment reads its laws once more on
opening, so the row shows the version the reader has (2018-08-31, was the first adoption 1980-09-10) with nothing
else lost; no schema change."""

from __future__ import annotations

from reader.storage.library import Library
from storage_steps import imported, read_once, reopened_after

LAW = ("中华人民共和国个人所得税法\n（1980年9月10日第五届全国人民代表大会第三次会议通过　根据1993年10月31日第八届全国人民代表大会"
       "常务委员会第四次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第一次修正　根据2018年8月31日第十三届全国人民代表大会"
       "常务委员会第五次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第七次修正）\n第一条　在中国境内有住所的个人，依照本法"
       "规定缴纳个人所得税。\n第二条　下列各项个人所得，应当缴纳个人所得税。\n")


def _row(lib: Library) -> tuple:
    return lib.connection.execute("SELECT title, authority, kind, written, position FROM documents").fetchone()


def test_an_amended_law_read_with_the_older_reading_gets_its_last_amendment(tmp_path):
    lib, db, doc = imported(tmp_path, LAW, "law.txt")
    assert _row(lib)[3] == "2018-08-31"
    lib = reopened_after(lib, db, "UPDATE documents SET written = '1980-09-10', published = '1980-09-10', number = 'x',"
                         " position = 42", 8)  # as reading 8 left it, every field set (nothing queued it before)
    assert _row(lib) == ("中华人民共和国个人所得税法", "全国人民代表大会", "法律", "2018-08-31", 42)
    assert read_once(lib, db)  # once per reading
