"""Two levels of unnumbered titles: the title depth model puts a part's sections under it, and leaves alike titles
at one level."""

from __future__ import annotations

import json
import random

import pytest

from reader.text import titledepth, trees
from reader.text.document import load_document
from reader.text.explain import explain_outline
from support import DATA, outline

CORPUS = DATA / "corpus"
_BODY = "这一年里我们把主要精力放在基础设施的改造上，前后迁移了三套系统，也踩了不少坑，下面按时间顺序简单记录一下。"

def test_alike_titles_stay_at_one_level():
    """Guard: a dozen hobbies, each a word over its paragraph, are one level (a run of alike titles has no parts)."""
    hobbies = ["唱歌", "健身", "羽毛球", "朗诵", "读书", "旅游", "练字", "舞蹈", "二胡", "英语", "摄影", "烹饪"]
    lines = ["关于梦想"]
    for hobby in hobbies:
        lines += [hobby, _BODY]
    got = outline(lines, "关于梦想")
    assert len(got) >= 10 and {d for d, _, _ in got} == {1}


def test_without_the_model_the_titles_stay_at_one_level(monkeypatch):
    """A tutorial's '###' sections under its '##' parts, the '#' gone: only the model sets them apart (d50_06's kit
    manual, its steps stacked under '使用说明', is nested by the rules now, model or not)."""
    monkeypatch.setattr(titledepth, "depth_model", lambda: None)
    doc = load_document(CORPUS / "docs" / "tut02_python_zifuchuan.txt")
    assert {h.depth for h in doc.headings if not h.marker} == {1}


@pytest.mark.parametrize("name", ["d50_06_shuomingshu_iv18_shizhong", "tut02_python_zifuchuan"])
def test_real_documents_get_the_depths_of_their_gold(name):
    """A kit's manual (its steps under '组装' and '调试') and a tutorial's '###' sections under its '##' parts (the '#'
    gone): read flat, 12 % and 23 % of their headings stood at the gold's depth."""
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    depth = {(g["line"], g["title"].strip()): g["depth"] for g in gold["headings"] if not g["marker"]}
    doc = load_document(CORPUS / "docs" / gold["file"])
    found = [(h.line, h.title.strip(), h.depth) for h in doc.headings if (h.line, h.title.strip()) in depth]
    assert len(found) >= 6
    right = sum(depth[(line, title)] == d for line, title, d in found)
    assert right >= 0.85 * len(found)


def test_explain_names_the_nested_titles():
    doc = load_document(CORPUS / "docs" / "tut02_python_zifuchuan.txt")
    explained = explain_outline(doc.paragraphs, doc.title, doc.kind)
    assert any(line.startswith(f"unnumbered, {titledepth.MODEL_LOWER}") for line in explained)


def test_the_model_file_matches_its_features_and_compiles_as_walked():
    model = titledepth.depth_model()
    assert model is not None and model.features == titledepth.DEPTH_FEATURES and model.take < model.keep
    data = json.loads((titledepth._MODEL).read_text(encoding="utf-8"))
    rng = random.Random(3)
    for _ in range(100):
        x = [rng.choice((0.0, 1.0, rng.random() * 40, rng.random())) for _ in titledepth.DEPTH_FEATURES]
        walked = data["baseline"] + sum(_walk(tree, x) for tree in data["trees"])
        assert abs(model.score(x) - walked) < 1e-9


def _walk(nodes, x, at=0):
    node = nodes[at]
    while len(node) > 1:
        node = nodes[node[2] if x[int(node[0])] <= node[1] else node[3]]
    return node[0]


def test_a_missing_model_leaves_the_rules_levels(tmp_path):
    assert trees.load_trees(tmp_path / "none.json", titledepth.DEPTH_FEATURES) is None
