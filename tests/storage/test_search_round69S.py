"""Session 69S: library search turns a word to Hong Kong's form and back (OpenCC's HKPhrases, HKPhrasesRev), as it
did with Taiwan's only: 隐私权 also finds a Hong Kong 私隱權, 得克萨斯州 a 德薩斯州, 机会率 a mainland 概率. As with
Taiwan's, another region's form counts only in documents of its script: a Simplified 私隐权 is not Hong Kong's word,
a Simplified 铁路兰州 is not Hong Kong's 路蘭 (Nolan)."""

from __future__ import annotations

import pytest

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.regional import regional_forms
from reader.storage.search import search
from reader.text.script import SIMPLIFIED, TRADITIONAL

DOCS = {
    "privacy.txt": "关于保护个人信息的通知\n各单位要尊重公民的隐私权，不得泄露个人信息。\n",
    "hkprivacy.txt": "香港個人資料條例簡介\n條例保障市民的私隱權，機構不得洩露個人資料。\n",
    "sgprivacy.txt": "关于个人资料的说明\n机构应保障会员的私隐权，不得泄露资料。\n",  # Simplified, Hong Kong's word
    "texas.txt": "美国得克萨斯州概况\n得克萨斯州位于美国南部，面积辽阔。\n",
    "hktexas.txt": "美國德薩斯州概況\n德薩斯州位於美國南部，面積遼闊。\n",
    "odds.txt": "关于概率统计的讲义\n概率论研究随机现象，概率是事件发生的可能性。\n",
    "hkodds.txt": "統計講義\n機會率研究隨機現象，機會率是事件發生的可能性。\n",
    "railway.txt": "关于铁路运输的通知\n铁路兰州段要加强检修，确保铁路兰州段运输安全。\n",  # 路兰 in a Simplified text
    "hknolan.txt": "電影導演介紹\n導演路蘭的作品以結構複雜見稱，路蘭擅長時間敘事。\n",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(folder / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    yield lib
    lib.close()


@pytest.mark.parametrize("phrase, traditional, forms", [
    ("隐私权", False, (("隐私权", ""), ("私隐权", TRADITIONAL))),
    ("私隐权", True, (("私隐权", ""), ("隐私权", SIMPLIFIED))),
    ("得克萨斯州", False, (("得克萨斯州", ""), ("德萨斯州", TRADITIONAL))),
    ("机会率", True, (("机会率", ""), ("概率", SIMPLIFIED))),
    ("舒芙蕾", False, (("舒芙蕾", ""), ("梳芙厘", TRADITIONAL))),
    ("机率", True, (("机率", ""), ("概率", SIMPLIFIED), ("几率", SIMPLIFIED))),  # Taiwan's reading, then Hong Kong's
])
def test_hong_kong_forms(phrase, traditional, forms):
    assert regional_forms(phrase, traditional) == forms  # before: the phrase alone (or Taiwan's form alone)


@pytest.mark.parametrize("query, found", [
    # Hong Kong's 私隐权 in a Traditional document only: not the Simplified one that writes it so
    ("隐私权", {"privacy.txt": "隐私权", "hkprivacy.txt": "私隱權"}),
    ("私隱權", {"hkprivacy.txt": "私隱權", "sgprivacy.txt": "私隐权", "privacy.txt": "隐私权"}),
    ("得克萨斯州", {"texas.txt": "得克萨斯州", "hktexas.txt": "德薩斯州"}),
    ("德薩斯州", {"hktexas.txt": "德薩斯州", "texas.txt": "得克萨斯州"}),
    ("機會率", {"hkodds.txt": "機會率", "odds.txt": "概率"}),
    ("诺兰", {"hknolan.txt": "路蘭"}),  # Hong Kong's 路兰 in a Traditional document: not a Simplified 铁路兰州
])
def test_hong_kong_forms_count_in_traditional_documents_only(library, query, found):
    hits = search(library.connection, query)
    assert {hit.path.rsplit("/", 1)[-1] for hit in hits} == found.keys()
    for hit in hits:
        start, length = hit.snippet_hit
        assert hit.snippet[start: start + length] == found[hit.path.rsplit("/", 1)[-1]]  # the document's own word
