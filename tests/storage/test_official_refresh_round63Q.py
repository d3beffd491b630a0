"""Round 63Q: a library read before Republic dates under a date label were read ('發布日期：114/3/11') gets the
notice's publication date once it is opened with the newer reading."""

from __future__ import annotations

from storage_steps import imported, read_once, reopened_after

NOTICE = "臺北市政府　公告\n發布日期：114/3/11\n主旨：公告本市114年度社區活動。\n說明：請查照。\n"


def test_a_notice_dated_in_republic_years_is_read_again_once(tmp_path):
    lib, db, doc = imported(tmp_path, NOTICE, "notice.txt")
    assert (lib.get(str(doc)).published, lib.get(str(doc)).date) == ("2025-03-11", "2025-03-11")
    lib = reopened_after(lib, db, "UPDATE documents SET published = '', date = '114/3/11'", 5)  # as reading 5 left it
    assert (lib.get(str(doc)).published, lib.get(str(doc)).date) == ("2025-03-11", "2025-03-11")
    assert read_once(lib, db)
