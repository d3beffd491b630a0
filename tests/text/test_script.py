"""Script detection from OpenCC's character tables: seeds, corpus and texts of our own."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support import REPO, corpus_path, seed

from reader.text.script import MIXED, SIMPLIFIED, TRADITIONAL, UNKNOWN, classify, detect_script, script_characters

SEEDS = [("000", SIMPLIFIED), ("001", SIMPLIFIED), ("002", TRADITIONAL), ("003", SIMPLIFIED), ("004", TRADITIONAL)]
CORPUS = [
    ("off01_beijing_gov_work_report.txt", SIMPLIFIED),
    ("off06_state_council_1997_11.txt", SIMPLIFIED),
    ("law01_prc_constitution.txt", SIMPLIFIED),
    ("trad01_roc_constitution.txt", TRADITIONAL),
    ("web01_yunnan_gov_work_report_scraped.txt", SIMPLIFIED),
]


@pytest.mark.parametrize(("prefix", "script"), SEEDS)
def test_seeds(prefix, script):
    assert detect_script(seed(prefix).read_text(encoding="utf-8")) == script


@pytest.mark.parametrize(("name", "script"), CORPUS)
def test_corpus(name, script):
    assert detect_script(corpus_path(name).read_text(encoding="utf-8")) == script


OWN = [
    ("国务院关于进一步加强监督工作的通知", SIMPLIFIED),
    ("國務院關於進一步加強監督工作的通知", TRADITIONAL),
    # Shared characters only: nothing tells the scripts apart.
    ("中文", UNKNOWN),
    ("Hello, world. 123", UNKNOWN),
    ("", UNKNOWN),
    # Half and half.
    ("国务院关于进一步加强 國務院關於進一步加強", MIXED),
    # A traditional paragraph quoting a simplified name, and pinyin debris: still traditional.
    ("這個問題(wèntí)涉及經濟發展與環境保護的關係，報導引述「华为」說法。" * 3, TRADITIONAL),
    # Taiwan-standard forms that OpenCC's own standard writes differently (群, 秘) are not simplified evidence.
    ("群眾對於這項祕書處的秘密會議表示關注", TRADITIONAL),
]


@pytest.mark.parametrize(("text", "script"), OWN)
def test_own_material(text, script):
    assert detect_script(text) == script


@pytest.mark.parametrize(
    ("simplified", "traditional", "script"),
    [(0, 0, UNKNOWN), (10, 0, SIMPLIFIED), (0, 3, TRADITIONAL), (100, 20, SIMPLIFIED), (20, 100, TRADITIONAL),
     (50, 50, MIXED), (30, 70, MIXED), (1, 1, MIXED)],
)
def test_classify(simplified, traditional, script):
    assert classify(simplified, traditional) == script


def test_evidence_characters_are_one_sided():
    simplified, traditional = script_characters()
    assert {"发", "这", "国", "们"} <= simplified
    assert {"發", "這", "國", "們"} <= traditional
    assert not simplified & traditional
    assert not {"中", "后", "群", "秘"} & (simplified | traditional)


def test_detection_does_not_load_the_converter():
    code = (
        "import sys\nfrom reader.text.script import detect_script\n"
        "assert detect_script('这是简体') == 'simplified'\nassert 'opencc' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


@pytest.mark.parametrize("text", [
    "发展 stats test 後來 𠮷 st",  # ASCII s and t must not count; an astral character past the table is no evidence
    "學習贯彻 sst ttt 发後",
    "",
])
def test_counts_are_the_characters_of_each_side(text):
    from reader.text.script import script_counts

    simplified, traditional = script_characters()
    assert script_counts(text) == (sum(c in simplified for c in text), sum(c in traditional for c in text))
