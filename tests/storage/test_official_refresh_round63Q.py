"""Round 63Q: a library read before Republic dates under a date label were read ('發布日期：114/3/11') gets the
notice's publication date once it is opened with the newer reading."""

from __future__ import annotations

from reader.storage import schema
from reader.storage.importer import import_paths, index_pending
from reader.storage.library import Library

NOTICE = "臺北市政府　公告\n發布日期：114/3/11\n主旨：公告本市114年度社區活動。\n說明：請查照。\n"


def test_a_notice_dated_in_republic_years_is_read_again_once(tmp_path):
    doc = tmp_path / "notice.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    lib = Library(db)
    import_paths(lib, [str(doc)])
    index_pending(lib)
    assert (lib.get(str(doc)).published, lib.get(str(doc)).date) == ("2025-03-11", "2025-03-11")
    lib.connection.execute("UPDATE documents SET published = '', date = '114/3/11'")  # as reading 5 left it
    lib.connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('official', '5')")
    lib.close()
    lib = Library(db)
    index_pending(lib)
    assert (lib.get(str(doc)).published, lib.get(str(doc)).date) == ("2025-03-11", "2025-03-11")
    lib.close()
    assert schema.refresh_official(Library(db).connection) == 0
