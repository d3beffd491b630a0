"""Keyword matching across scripts (reader.text.fold, find_all) and automatic keywords (jieba TF-IDF)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from support import CORPUS, REPO, seed, seed_paths

from reader.text.fold import fold, fold_table, same_folded
from reader.text.keywords import KeywordExtractor, KeywordIndex, auto_keywords, find_all, find_unfolded, folded_pattern
from reader.text.opencc_data import load_dictionary


_PINYIN_NOTE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def _without_notes(path) -> str:
    """A raw seed without its pinyin notes (運轉(zhuǎn)), as cleaning leaves it."""
    return _PINYIN_NOTE.sub("", path.read_text(encoding="utf-8"))


def _spans(text: str, word: str) -> list[tuple[int, int]]:
    return find_all(text, [word])[word]


def _material() -> list[str]:
    paths = seed_paths() + sorted(CORPUS.glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


# --- folding -------------------------------------------------------------------------------------------------

FOLDS = [
    # (input, folded): script, regional variants, compatibility forms, width and case; always one char per char
    ("監督", "监督"),
    ("监督", "监督"),
    ("建設發展", "建设发展"),
    ("看著", "看着"),  # Taiwan's 著 for 着
    ("紅綫", "红线"),  # Hong Kong's 綫 for 線
    ("衞生", "卫生"),
    ("爲人民", "为人民"),  # a variant that OpenCC's traditional standard maps itself
    ("\u2f08\u2f24", "人大"),  # Kangxi radicals that PDF extraction emits for 人大
    ("\uf900", "岂"),  # a compatibility ideograph
    ("ＧＤＰ（一）", "gdp(一)"),
    ("APP\u3000", "app "),
    ("𠮷野家", "𠮷野家"),
    ("薴", "苎"),  # a chain 薴 -> 苧 -> 苎 resolved to its end
]


@pytest.mark.parametrize(("text", "folded"), FOLDS)
def test_fold(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_fold_keeps_distinct_simplified_characters_apart():
    # distinct characters of simplified Chinese stay distinct, even where a variant table links them
    for a, b in [("么", "幺"), ("干", "于"), ("著", "箸"), ("值", "値"), ("台", "苔")]:
        assert fold(a) != fold(b), (a, b)
    assert fold("後") == fold("后") == "后"


def test_fold_table_is_idempotent_and_covers_opencc_traditional():
    table = fold_table()
    assert all(table[target] == target for target in set(table) if target < len(table))
    ts = load_dictionary("TSCharacters")
    for key, values in ts.items():
        assert fold(key) == fold(values[0])


def test_fold_preserves_length_of_real_documents():
    for text in _material():
        assert len(fold(text)) == len(text)


def test_same_folded():
    assert same_folded("人大監督", "人大监督")
    assert not same_folded("人大监督", "人大监察")
    assert not same_folded("监督", "监督 ")


# --- find_all ------------------------------------------------------------------------------------------------

FINDS = [
    # (text, word, spans)
    ("加强人大監督工作", "监督", [(4, 6)]),
    ("加强人大监督工作", "監督", [(4, 6)]),
    ("監督与监督，監督", "监督", [(0, 2), (3, 5), (6, 8)]),  # mixed scripts in one text
    ("人大常委會與人大常委会", "人大常委会", [(0, 5), (6, 11)]),
    ("紅綫與紅線", "红线", [(0, 2), (3, 5)]),
    ("国内生产总值（ＧＤＰ）和GDP", "gdp", [(7, 10), (12, 15)]),
    ("𠮷野家的𠮷", "𠮷", [(0, 1), (4, 5)]),  # astral: one Python index each
    ("𠮷野家的𠮷野", "𠮷野", [(0, 2), (4, 6)]),
    ("a.b与axb", "a.b", [(0, 3)]),  # regex metacharacters are literal
    ("第(1)项和第1项", "(1)", [(1, 4)]),
    ("x*y+z?[^$]\\d", "[^$]", [(6, 10)]),
    ("x*y+z?[^$]\\d", "\\d", [(10, 12)]),
    ("哈哈哈哈哈", "哈哈", [(0, 2), (2, 4)]),  # occurrences of one word do not overlap, like any find
    ("人大监督", " 监督 ", [(2, 4)]),  # outer whitespace of a keyword is ignored
    ("人大监督", "", []),
    ("人大监督", "  \t", []),
    ("人大监督", "监察", []),
    ("", "监督", []),
    ("监\n督", "监督", []),  # a keyword does not run across a paragraph break
]


@pytest.mark.parametrize(("text", "word", "spans"), FINDS)
def test_find_all(text, word, spans):
    assert _spans(text, word) == spans
    for start, end in spans:
        assert same_folded(text[start:end], word.strip())


def test_every_word_is_a_key_and_nested_keywords_are_found_independently():
    text = "市人大常委会依法监督，人大代表参与監督。"
    words = ["人大常委会", "人大", "常委", "监督", "監督", "", "  ", "人大"]
    found = find_all(text, words)
    assert set(found) == set(words)
    assert found["人大常委会"] == [(1, 6)]
    assert found["人大"] == [(1, 3), (11, 13)]
    assert found["常委"] == [(3, 5)]
    assert found["监督"] == found["監督"] == [(8, 10), (17, 19)]
    assert found[""] == found["  "] == []


def test_keyword_index_reuses_one_fold():
    text = "建設與建设、發展和发展"
    index = KeywordIndex(text)
    assert index.folded == "建设与建设、发展和发展"
    assert index.find_all(["建设", "發展"]) == find_all(text, ["建设", "發展"]) == {
        "建设": [(0, 2), (3, 5)],
        "發展": [(6, 8), (9, 11)],
    }


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_traditional_seed_found_with_simplified_words(prefix):
    text = _without_notes(seed(prefix))
    for simplified, traditional in [("人大", "人大"), ("监督", "監督"), ("会议", "會議")]:
        spans = _spans(text, simplified)
        assert spans, simplified
        assert spans == _spans(text, traditional)
        assert {text[s:e] for s, e in spans} == {traditional}
        assert len(spans) == text.count(traditional)


def test_find_is_the_same_on_a_text_and_its_folded_form():
    words = ["人大", "监督", "國家", "人民代表大会", "发展"]
    for text in _material():
        assert find_all(text, words) == find_all(fold(text), words)


def test_few_words_are_found_without_folding_the_text_exactly_as_in_the_fold():
    words = ["人大", "监督", "國家", "人民代表大会", "发展", "gdp", "ＧＤＰ", "(1)", "哈哈", "𠮷"]
    for text in _material() + ["國家ＧＤＰ與gdp、Gdp（1）(1)哈哈哈𠮷⼈⼤"]:
        index = KeywordIndex(text)
        for word in words:
            assert find_unfolded(text, word) == index.find(word), word


def test_a_folded_pattern_matches_every_spelling_and_nothing_else():
    pattern = folded_pattern(fold("監督Ａ"))
    assert pattern.fullmatch("监督a") and pattern.fullmatch("監督A") and pattern.fullmatch("监督ａ")
    assert not pattern.fullmatch("监察a") and not pattern.fullmatch("监督b")
    alphabet = "监監督人⼈大⼤aAＡａbB"
    for a in alphabet:
        for b in alphabet:
            assert bool(folded_pattern(fold(a + b)).fullmatch(b + a)) == same_folded(a + b, b + a)


# --- automatic keywords --------------------------------------------------------------------------------------

_JUNK = re.compile(r"[0-9０-９%％.．:：,，。、;；!！?？()（）\[\]“”\"'《》\s\ufffd]")
_PINYIN_LETTER = re.compile("[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")


@pytest.fixture(scope="module")
def extractor(tmp_path_factory):
    loaded = KeywordExtractor(tmp_path_factory.mktemp("jieba"))
    loaded.load()
    return loaded


def _assert_no_junk(words: list[str]) -> None:
    assert len(words) == len(set(words)), words
    for word in words:
        assert len(word) >= 2, word
        assert not _JUNK.search(word), word
        assert not _PINYIN_LETTER.search(word), word


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_keywords_are_words_of_the_document(extractor, path):
    text = path.read_text(encoding="utf-8")
    words = extractor.extract(text, 20)
    assert len(words) == 20
    _assert_no_junk(words)
    for word in words:
        assert word in _without_notes(path)  # as written in the document, in its own script
    assert "人大" in words[:5]  # every seed is about the people's congress


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_traditional_seed_keywords_are_traditional(extractor, prefix):
    text = seed(prefix).read_text(encoding="utf-8")  # raw: its pinyin notes are still in it
    words = extractor.extract(text, 20)
    _assert_no_junk(words)
    converted = [w for w in words if fold(w) != w]
    assert len(converted) >= 8, words  # most keywords have a traditional form, and it is the one shown
    for word in words:
        assert word in _without_notes(seed(prefix))
    # the simplified form of the same document ranks the same words, shown in simplified
    assert extractor.extract(fold(text), 20) == [fold(w) for w in words]


def test_scripts_count_as_one_word_shown_in_the_majority_form(extractor):
    text = "建設城市。建設鄉村。建設家園。建设道路。我们讨论天气。"
    words = extractor.extract(text, 10)
    assert "建設" in words and "建设" not in words
    assert words[0] == "建設"


def test_junk_is_never_a_keyword(extractor):
    text = (
        "2023年GDP增长5.2%，二〇二三年百分之五，一是运转(zhuǎn)高效，二是运转(zhuǎn)有序。"
        "第十条 运转 APP 应用 cms login www 3.14 ｜ —— …… ★ 2023-05-01 第三十五次会议 运转。"
    ) * 3
    words = extractor.extract(text, 30)
    _assert_no_junk([w for w in words if not w.isascii()])
    assert "运转" in words
    assert "GDP" in words and "APP" in words  # acronyms are words; lower-case Latin is not
    for junk in ["zhuǎn", "2023", "二〇二三年", "百分之五", "一是", "二是", "第十条", "cms", "login", "www"]:
        assert junk not in words


def test_pinyin_notes_do_not_split_words(extractor):
    text = "工作機關的運轉(zhuǎn)更高效。高質(zhì)量發(fā)展。" * 4
    words = extractor.extract(text, 10)
    assert "運轉" in words and "高質量" in words
    assert not any(_PINYIN_LETTER.search(w) for w in words)


def test_extract_respects_n_and_is_stable(extractor):
    text = seed("000").read_text(encoding="utf-8")
    ten = extractor.extract(text, 10)
    assert extractor.extract(text, 3) == ten[:3]
    assert extractor.extract(text, 10) == ten
    assert extractor.extract(text, 0) == []
    assert extractor.extract("", 10) == []
    assert extractor.extract("Hello world, 123.", 10) == []


def test_auto_keywords_function_uses_its_cache_dir(tmp_path):
    text = seed("001").read_text(encoding="utf-8")
    words = auto_keywords(text, n=5, cache_dir=tmp_path)
    assert 1 <= len(words) <= 5
    _assert_no_junk(words)
    assert list(tmp_path.glob("jieba*.cache"))


def test_jieba_is_loaded_only_when_asked_privately_and_quietly(tmp_path):
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "import reader.text.keywords as kw\n"
        "out = {'import': 'jieba' in sys.modules}\n"
        "kw.find_all('人大監督', ['监督'])\n"
        "out['find'] = 'jieba' in sys.modules or 'opencc' in sys.modules\n"
        "e = kw.KeywordExtractor(Path(sys.argv[1]))\n"
        "out['before_load'] = e.loaded\n"
        "e.load()\n"
        "out['words'] = e.extract('人大監督工作。人大監督。', 3)\n"
        "import jieba\n"
        "out['global_default_used'] = jieba.dt.initialized\n"
        "out['analyse'] = 'jieba.analyse' in sys.modules\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # jieba's 'Building prefix dict…' chatter is silenced
    out = json.loads(result.stdout)
    assert out == {
        "import": False,
        "find": False,
        "before_load": False,
        "words": out["words"],
        "global_default_used": False,
        "analyse": False,
    }
    assert "監督" in out["words"]


def test_an_unwritable_cache_folder_falls_back_to_the_temporary_folder(tmp_path, caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    extractor = KeywordExtractor(blocked / "cache")
    extractor.load()
    assert extractor.loaded
    assert "cannot write the keyword cache" in caplog.text
    assert extractor.extract("人大監督工作。人大監督。", 2)[0] in {"人大", "監督"}


def test_keywords_of_a_long_unbroken_run_take_linear_time(extractor):
    """jieba's time grows faster than the length of one unbroken run (90,000 characters took 65 s): pieces."""
    import time

    def seconds(n: int) -> float:
        text = "中" * n  # one character that forms no word with itself: jieba's slowest case
        best = float("inf")
        for attempt in range(2):
            start = time.thread_time()
            extractor.extract(text + str(attempt), 5)  # a new text each time: rankings are cached per text
            best = min(best, time.thread_time() - start)
        return best

    small, large = seconds(2_000), seconds(16_000)
    assert large / small < 24, f"{small:.2f} s -> {large:.2f} s"  # linear is 8; the unbroken run gave > 60


def test_pieces_cover_the_text_and_cut_after_breaks():
    from reader.text.keywords import _pieces

    text = "第一段文字。\n" * 30 + "长" * 250
    spans = list(_pieces(text, 100))
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(b - a <= 100 for a, b in spans)
    assert all(text[b - 1] in "\n。" for a, b in spans[:-3])  # cut after a break while there is one


def test_question_words_and_the_speakers_pronouns_are_no_keywords(extractor):
    """A talk asks '什么是 Harness？' and '为什么…' and greets '大家': those words are no subject of it."""
    text = ("什么是马具？为什么需要马具？今天我们和大家聊一聊马具。大家如何给模型配马具？马具怎么用？"
            "马具约束模型，马具提供工具，马具带来反馈。") * 3
    words = extractor.extract(text, 10)
    assert "马具" in words
    assert not {"什么", "为什么", "大家", "今天", "如何", "怎么"} & set(words)
