"""Round 65T: a library read before a portal's info table was read label over value ('发文字号：' / '国发〔2024〕5号')
gets the notice's 文号 and dates once it is opened with the newer reading."""

from __future__ import annotations

from reader.storage import schema
from reader.storage.library import Library
from storage_steps import imported, read_once, reopened_after

TABLE = ("发文机关：\n国务院\n成文日期：\n2024年03月05日\n发文字号：\n国发〔2024〕5号\n发布日期：\n2024年03月08日\n"
         "国务院关于印发《2024年重点工作》的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
         "现将《2024年重点工作》印发给你们，请认真贯彻执行。\n一、总体要求\n坚持稳中求进工作总基调。\n")


def _fields(lib: Library) -> tuple[str, str, str]:
    """The row's 文号 and dates."""
    row = lib.connection.execute("SELECT number, written, published FROM documents").fetchone()
    return tuple(row)


def test_an_info_table_is_read_again_once(tmp_path):
    lib, db, doc = imported(tmp_path, TABLE, "notice.txt")
    assert _fields(lib) == ("国发〔2024〕5号", "2024-03-05", "2024-03-08")
    lib = reopened_after(lib, db, "UPDATE documents SET number = '', published = '2024-03-05'", 7)  # as 7 left it
    assert _fields(lib) == ("国发〔2024〕5号", "2024-03-05", "2024-03-08")
    assert int(schema.OFFICIAL_READING) >= 8 and read_once(lib, db)
