"""Session 69C: a library read before a Taiwan law's '修正日期' label dated it reads it once more on opening, so its
row is dated by that version (written, which the pane names 'Last amended'), with nothing else lost."""

from __future__ import annotations

from reader.storage.library import Library
from storage_steps import imported, read_once, reopened_after

# tests/data/corpus tw01 (稅捐稽徵法, law.moj.gov.tw's text), its head
LAW = ("法規名稱：稅捐稽徵法\n修正日期：民國 110 年 12 月 17 日\n\n第 一 章 總則\n第 1 條\n稅捐之稽徵，依本法之規定；本法未規定者，"
       "依其他有關法律之規定。\n第 2 條\n本法所稱稅捐，指一切法定之國、直轄市、縣（市）及鄉（鎮、市）稅捐。\n")


def _row(lib: Library) -> tuple:
    return lib.connection.execute("SELECT title, written, published, position FROM documents").fetchone()


def test_a_taiwan_law_read_with_the_older_reading_gets_its_amendment_date(tmp_path):
    lib, db, doc = imported(tmp_path, LAW, "law.txt")
    assert _row(lib)[1] == "2021-12-17"
    lib = reopened_after(lib, db, "UPDATE documents SET written = '', position = 42", 9)  # as reading 9 left it
    assert _row(lib) == ("稅捐稽徵法", "2021-12-17", "2021-12-17", 42)
    assert read_once(lib, db)  # once per reading
