"""Round 65A: the first document opened after start compiles less. The garble pass reads a short text's clusters off
its translation (no compile of a class of thousands of ranges) and builds its table by dict.fromkeys; both give what
the compiled pattern and the comprehension gave."""

from __future__ import annotations

import random
import re
import sys

import pytest

from reader.text import garble
from reader.text.charfreq import COMMON_CHARS
from reader.text.model import BAD_BYTE_MARK


def _old_table() -> dict[int, str]:
    """The table as it was built before (a comprehension testing each code point)."""
    table = {cp: ("c" if chr(cp) in COMMON_CHARS else "r") for cp in range(0x4E00, 0xA000)}
    table.update({cp: "r" for cp in range(0x3400, 0x4DC0)})
    table.update({cp: "r" for cp in range(0xF900, 0xFB00)})
    for lo, hi in garble._SYMBOL_RANGES:
        table.update({cp: "s" for cp in range(lo, hi)})
    table[ord("?")] = "q"
    table[ord(BAD_BYTE_MARK)] = "q"
    return table


def test_the_table_is_the_one_the_comprehension_built() -> None:
    want = _old_table()
    want.update(dict.fromkeys(map(ord, "rqs"), "x"))  # 73J: the letters themselves are no longer classes
    assert garble._table() == want


def test_a_character_is_suspect_to_the_pattern_exactly_where_its_translation_is_r_q_or_s() -> None:
    """Over every code point: the compiled cluster's class and the translation agree, so their runs are the same."""
    pattern = garble._suspect_cluster().pattern
    suspect = re.compile(pattern[:pattern.index("]") + 1])
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    by_pattern = {m.start() for m in suspect.finditer(everything)}
    by_table = {i for i, c in enumerate(everything.translate(garble._table())) if c in "rqs"}
    assert by_pattern == by_table
    assert "\n".translate(garble._table()) == "\n"  # the runs stop at a line break either way


_PIECES = ["中华人民共和国", "锟斤拷烫烫烫", "鍏ㄥ浗浜哄ぇ", "??", "\ufffd", "カタカナ", "αβγ", "─│", "qrs", "\n",
           "方向??h人大", "魑魅魍魉魃魈魁鬾", "ä¸\xadæ\x96\x87", "abc", "，。", " ", "㐀㐁", "豈更", "\ue000"]


def _texts() -> list[str]:
    rng = random.Random(65)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60))) for _ in range(400)]


@pytest.mark.parametrize("seed_text", ["乱码：鍏ㄥ浗浜哄ぇ甯稿浼氱粡锟斤拷?? 正文", "方向??h人大的方向??h人大", "正常的中文句子。"])
def test_short_and_long_paths_find_the_same_runs(seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [seed_text] + _texts()
    short = [garble.find_garbled(t) for t in texts]
    monkeypatch.setattr(garble, "_TRANSLATE_CHARS", -1)  # every text through the compiled pattern
    assert [garble.find_garbled(t) for t in texts] == short
    assert any(short)  # the texts do hold garbled runs


def test_a_short_text_needs_no_compile_of_the_suspect_class(monkeypatch: pytest.MonkeyPatch) -> None:
    garble._suspect_cluster.cache_clear()
    found = garble.find_garbled("报告全文：鍏ㄥ浗浜哄ぇ甯稿浼氱粡锟斤拷??")
    assert found and garble._suspect_cluster.cache_info().currsize == 0
    long_text = "正文。" * (garble._TRANSLATE_CHARS // 3 + 1) + "鍏ㄥ浗浜哄ぇ甯稿浼氱粡锟斤拷??"
    assert garble.find_garbled(long_text)[0].text == found[0].text  # a long text: the compiled pattern, as before


def test_the_script_fold_is_the_script_part_of_the_whole_fold_table() -> None:
    """_script_table is read off the folded pairs, not off fold_table's 200k entries: the same table."""
    from reader.text import fold

    whole = {code: target for code, target in enumerate(fold.fold_table())
             if code != target and fold._ideograph(code) and fold._ideograph(target)}
    assert fold._script_table() == whole and len(whole) > 1000
    assert fold.fold_script("監督機關的報告，ＡＢＣ") == "监督机关的报告，ＡＢＣ"  # ideographs only: width kept


_MODELS = [("runscore", "_MODEL", "RUN_FEATURES"), ("titlescore", "_MODEL", "FEATURES"),
           ("titledepth", "_MODEL", "DEPTH_FEATURES")]


@pytest.mark.parametrize("module, model, features", _MODELS)
def test_a_model_asked_a_few_times_is_walked_not_compiled_and_scores_the_same(module, model, features,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import json

    from reader.text import trees

    mod = importlib.import_module(f"reader.text.{module}")
    path, names = getattr(mod, model), getattr(mod, features)
    data = json.loads(path.read_text(encoding="utf-8"))
    compiled = trees.compile_trees(data["baseline"], data["trees"])
    made: list[str] = []
    real = trees.compile_trees
    monkeypatch.setattr(trees, "compile_trees", lambda *a: made.append("compiled") or real(*a))
    scorer = trees.load_trees(path, names)
    rng = random.Random(65)
    vectors = [[rng.choice((0, 1, True, 0.0, 1.0, rng.random() * 40, rng.random(), -rng.random())) for _ in names]
               for _ in range(trees._WALKED + 50)]
    walked = [scorer.score(x) for x in vectors[:3]]
    assert made == []  # a short article's few calls compile nothing
    assert walked == [compiled(x) for x in vectors[:3]]  # exactly the same floats
    assert [scorer.score(x) for x in vectors[3:]] == [compiled(x) for x in vectors[3:]]
    assert made == ["compiled"]  # past _WALKED calls the trees are compiled, once


def test_the_script_pairs_built_once_are_not_changed_by_the_fold_table() -> None:
    """fold_table and _to_simplified share one _script_pairs: the fold table adds its width and case pairs to a copy."""
    from reader.text import fold

    before = dict(fold._script_pairs())
    fold._folded.cache_clear()
    folded = fold._folded()
    assert fold._script_pairs() == before and 0xFF21 in folded and 0xFF21 not in before  # Ａ folded, not a script pair
    assert fold._to_simplified() == {code: fold._resolve(before, code) for code in before}
