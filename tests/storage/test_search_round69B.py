"""Session 69B: a library search finds a word written the other region's way (软件 finds Taiwan's 軟體, 滑鼠 finds
鼠标), both ways; a quoted word stays exact; the count, the snippet and the hit's place all show the document's own
word."""

from __future__ import annotations

import pytest

from reader.storage.index import indexed_characters, stored_text
from reader.storage.regional import alternatives
from reader.storage.search import search
from storage_steps import folder_library

DOCS = {
    "mainland.txt": "关于推广国产办公系统的通知\n各单位要采购国产软件，并配备鼠标和键盘。\n软件开发要符合规范。\n",
    "taiwan.txt": "機關資訊設備採購說明\n各機關應採購國產軟體，並配備滑鼠與鍵盤。\n軟體開發應符合規範。\n",
    "animal.txt": "海洋生物调查报告\n本次调查发现多种软体动物和鱼类。\n",
    "folder.txt": "檔案整理說明\n請把文件放進共用資料夾。\n",
    "data.txt": "统计工作要点\n要提高数据质量。\n",
    "twdata.txt": "統計工作說明\n應提高資料品質。\n",
}


@pytest.mark.parametrize("typed, expected", [
    ("软件", ("软件", "软体")),
    ("軟體", ("软体", "软件")),  # typed the Taiwan way: its mainland form too
    ("滑鼠", ("滑鼠", "鼠标")),
    ("鼠标", ("鼠标", "滑鼠")),
    ("软件开发", ("软件开发", "软体开发")),
    ("软体动物", ("软体动物",)),  # a mollusc is one in both regions: the longer word is not cut
    ("程序", ("程序", "程式")),  # both tables turn it: typed in Simplified, it is the mainland word
    ("監督", ("监督",)),  # the same word in both: folding alone finds it
    ("软", ("软",)),
])
def test_alternatives(typed, expected):
    assert alternatives(indexed_characters(typed), typed != indexed_characters(typed)) == expected


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    lib = folder_library(tmp_path_factory.mktemp("docs"), DOCS)
    yield lib
    lib.close()


@pytest.mark.parametrize("query, found", [
    ("軟體", {"mainland.txt": "软件", "taiwan.txt": "軟體", "animal.txt": "软体"}),  # (软体动物 has it, as before)
    ("软件", {"mainland.txt": "软件", "taiwan.txt": "軟體"}),
    ("滑鼠", {"mainland.txt": "鼠标", "taiwan.txt": "滑鼠"}),
    ("鼠标", {"mainland.txt": "鼠标", "taiwan.txt": "滑鼠"}),
    ("軟體開發", {"mainland.txt": "软件开发", "taiwan.txt": "軟體開發"}),  # longer than the index's pairs
    ("软件 鼠标", {"mainland.txt": "软件", "taiwan.txt": "軟體"}),  # every word, each in its region's form
    ('"軟體"', {"taiwan.txt": "軟體", "animal.txt": "软体"}),  # quoted: exact (in either script, as before)
    ('"软件"', {"mainland.txt": "软件"}),
    ("软体动物", {"animal.txt": "软体动物"}),
    ("资料夹", {"folder.txt": "資料夾"}),  # (mainland 文件夹 too): a folder, not the 资料 that is 数据, so …
    ("数据", {"data.txt": "数据", "twdata.txt": "資料"}),  # … 数据 finds 资料 but not in 资料夹
])
def test_search_finds_the_regional_word(library, query, found):
    hits = search(library.connection, query)
    assert {hit.path.rsplit("/", 1)[-1]: hit for hit in hits}.keys() == found.keys()
    assert hits.total == len(found) and hits.exact
    for hit in hits:
        own = found[hit.path.rsplit("/", 1)[-1]]
        start, length = hit.snippet_hit
        assert hit.snippet[start: start + length] == own  # the snippet shows the document's own word
        text = stored_text(library.connection, hit.doc_id)[0]
        assert text[hit.offset: hit.offset + hit.length] == own  # where the opened document marks the hit
