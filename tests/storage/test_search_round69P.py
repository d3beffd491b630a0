"""Session 69P: a word's other region's form counts only where that region's script is written: 数据 finds Taiwan's
資料 in a Traditional document, not the 学习资料 (study materials) of a mainland one; 軟體 finds a Simplified 软件,
not a Simplified 软体. The typed word itself matches everywhere, as before; quoted words stay exact."""

from __future__ import annotations

import pytest

from reader.storage.index import stored_text
from reader.storage.search import search
from storage_steps import folder_library

DOCS = {
    "materials.txt": "关于整理学习资料的通知\n请各班同学收集学习资料，按时交给老师，资料质量要高。\n",
    "twdata.txt": "統計工作說明\n應提高資料質量，資料須經過覈對。\n",
    "software.txt": "关于采购国产办公系统的通知\n各单位要采购国产软件，并及时更新，配备鼠标。\n",
    "twsoftware.txt": "機關資訊設備採購說明\n各機關應採購國產軟體，並隨時更新，配備滑鼠。\n",
    "twmouse.txt": "機關設備說明\n應採購軟體，並配備鼠標。\n",  # Traditional: Taiwan's 软体, the mainland's 鼠标
    "hksoftware.txt": "香港機構採購說明\n各機構應採購軟件，並隨時更新。\n",  # Traditional, the mainland's word
    "sgsoftware.txt": "关于手机应用的说明\n请同学们及时更新手机软体，注意网络安全。\n",  # Simplified, Taiwan's word
    "学习资料汇编.txt": "说明\n本汇编供各班级学习使用，请妥善保管。\n",  # the word in its name only
    # Simplified, with both: 数据 three times here, once beside eight 资料 there (the same length)
    "dense.txt": "关于按时报送的说明\n请按时报送数据，数据质量要高，数据要准确，各单位认真核对。\n",
    "padded.txt": "关于按时报送的说明\n请报送数据。资料资料资料资料资料资料资料资料各单位认真核对。\n",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    lib = folder_library(tmp_path_factory.mktemp("docs"), DOCS)
    yield lib
    lib.close()


def test_the_library_has_both_scripts(library):
    scripts = dict(library.connection.execute(
        "SELECT l.path, d.script FROM documents d JOIN locations l ON l.doc_id = d.id"))
    assert {p.rsplit("/", 1)[-1]: s for p, s in scripts.items()} == {
        name: "traditional" if name.startswith(("tw", "hk")) else "simplified" for name in DOCS}


@pytest.mark.parametrize("query, found", [
    # Taiwan's 资料 only in a Traditional document: not the mainland's study materials (body, title or file name)
    ("数据", {"twdata.txt": "資料", "dense.txt": "数据", "padded.txt": "数据"}),
    # typed the Taiwan way: the word itself everywhere, the mainland's 数据 in Simplified documents
    ("資料", {"twdata.txt": "資料", "materials.txt": "资料", "学习资料汇编.txt": "", "padded.txt": "数据",
              "dense.txt": "数据"}),
    # the mainland's 软件 only in a Simplified document, Taiwan's 软体 only in a Traditional one
    ("軟體", {"software.txt": "软件", "twsoftware.txt": "軟體", "sgsoftware.txt": "软体", "twmouse.txt": "軟體"}),
    # two words, each with the other region's form (软件: Taiwan's 软体; 滑鼠: the mainland's 鼠标): each document
    # by its own script's forms of both (a Traditional 軟體 with a mainland 鼠標 is neither region's pair)
    ("软件 滑鼠", {"software.txt": "软件", "twsoftware.txt": "軟體"}),
    ("软件", {"software.txt": "软件", "twsoftware.txt": "軟體", "hksoftware.txt": "軟件", "twmouse.txt": "軟體"}),
    ("软件 更新", {"software.txt": "软件", "twsoftware.txt": "軟體", "hksoftware.txt": "軟件"}),
    ('"软件"', {"software.txt": "软件", "hksoftware.txt": "軟件"}),  # quoted: exact, as before
    ("数据质量", {"dense.txt": "数据质量", "twdata.txt": "資料質量"}),  # longer than the index's pairs
])
def test_regional_forms_count_in_their_region_only(library, query, found):
    hits = search(library.connection, query)
    assert {hit.path.rsplit("/", 1)[-1]: hit for hit in hits}.keys() == found.keys()
    assert hits.total == len(found) and hits.exact
    for hit in hits:
        own = found[hit.path.rsplit("/", 1)[-1]]
        if not own:  # found by its file name: nothing in the text to show
            continue
        start, length = hit.snippet_hit
        assert hit.snippet[start: start + length] == own  # the snippet shows the document's own word
        text = stored_text(library.connection, hit.doc_id)[0]
        assert text[hit.offset: hit.offset + hit.length] == own  # where the opened document marks the hit


def test_a_mainland_documents_materials_do_not_rank_it(library):
    """Ranked by how often the word occurs: 资料 in a Simplified document is not 数据 and adds nothing."""
    hits = search(library.connection, "数据 报送")
    assert [hit.path.rsplit("/", 1)[-1] for hit in hits] == ["dense.txt", "padded.txt"]


def test_a_library_still_being_counted_keeps_them_apart_too(library):
    """Before every text is counted (an upgraded library) the candidates are read: the same documents."""
    db = library.connection
    db.execute("UPDATE texts SET counted = 0 WHERE doc_id = (SELECT min(doc_id) FROM texts)")
    try:
        hits = search(db, "数据")
    finally:
        db.execute("UPDATE texts SET counted = 2 WHERE counted = 0")
    assert {hit.path.rsplit("/", 1)[-1] for hit in hits} == {"twdata.txt", "dense.txt", "padded.txt"}
    assert {hit.snippet[hit.snippet_hit[0]: sum(hit.snippet_hit)] for hit in hits} == {"資料", "数据"}
