"""The title model: short standalone lines weighed on all their evidence, where the rules alone pass titles over.

The document is written here in a shape the rules missed on the dev corpus (course notes flattened from Markdown,
titles between code and bullets); the negatives are the rules' own hard cases, which the model must leave alone.
"""

from __future__ import annotations

import random

import pytest

from reader.text import titlescore, trees
from reader.text.document import build_document
from reader.text.decode import decode_bytes
from reader.text.explain import explain_outline
from reader.text.model import Paragraph

NOTES = """Python 学习笔记

字符串类型
•字符串是用双引号或单引号括起来的一个或多个字符，可以进行索引和切片。
>>> s = "hello"
>>> s[0]

遍历字符串中的每个字符
for <var> in <string>:
    <语句块>

元组类型
•元组是包含多个元素的类型，元素之间用逗号分隔，创建后不能修改。
>>> t = (1, 2, 3)

列表类型
•列表是可以修改的序列类型，使用方括号表示，元素可以增删。
>>> ls = [1, 2, 3]

更简洁的代码方式
from graphics import *
win = GraphWin()
"""
NOTES_TITLES = ["字符串类型", "遍历字符串中的每个字符", "元组类型", "列表类型", "更简洁的代码方式"]

BODY = "这一段是正文，讲清楚了事情的来龙去脉，也交代了前因后果，读者读到这里就明白了。"
LETTER = "\n\n".join(["上诉状", BODY, "上诉理由", BODY + "一", "事实与证据", BODY + "二", "此致", "北京市第一中级人民法院",
                      BODY + "三"]) + "\n"


def _titles(text: str, name: str = "doc.txt") -> list[str]:
    return [h.marker + h.title for h in build_document(decode_bytes(text.encode("utf-8"), name)).headings]


@pytest.fixture
def rules_alone(monkeypatch):
    monkeypatch.setattr(titlescore, "title_model", lambda: None)


def test_the_model_finds_titles_the_rules_pass_over():
    """Course notes flattened from Markdown: each title over a bullet or over code, after code; the rules, judging a
    title by a paragraph of text before and after it, pass two of them over ('元组类型' after a prompt line,
    '更简洁的代码方式' between code blocks)."""
    assert _titles(NOTES) == NOTES_TITLES


def test_the_rules_alone_miss_two_of_them(rules_alone):
    """What the case above measures."""
    assert _titles(NOTES) == ["字符串类型", "遍历字符串中的每个字符", "列表类型"]


def test_a_letters_close_is_never_weighed():
    """'此致' under the petition's last part looks like a short title over a line: the rules turn it down for what it
    says, and the model never sees it."""
    assert _titles(LETTER) == ["上诉理由", "事实与证据"]


def test_explain_names_the_lines_the_model_took_with_their_odds():
    lines = explain_outline(build_document(decode_bytes(NOTES.encode("utf-8"), "doc.txt")).paragraphs, "Python 学习笔记")
    taken = next(line for line in lines if line.startswith(f"unnumbered, {titlescore.MODEL_TOOK}"))
    assert "lines 12 (0." in taken and ", 20 (0." in taken  # the lines of 元组类型 and 更简洁的代码方式


def _walk(nodes, x) -> float:
    node = nodes[0]
    while len(node) > 1:
        node = nodes[node[2] if x[node[0]] <= node[1] else node[3]]
    return node[0]


def test_the_compiled_trees_score_as_the_trees_read():
    """The model's trees compiled into one expression give, for any line, the sum a walk down each tree gives."""
    import json
    data = json.loads(titlescore._MODEL.read_text(encoding="utf-8"))
    score = trees.compile_trees(data["baseline"], data["trees"])
    rng = random.Random(7)
    for _ in range(200):
        x = [rng.choice((0.0, 1.0, rng.random() * 40, rng.random())) for _ in titlescore.FEATURES]
        assert score(x) == pytest.approx(data["baseline"] + sum(_walk(t, x) for t in data["trees"]), abs=1e-9)


def test_the_model_file_matches_the_features_the_reader_computes():
    model = titlescore.title_model()
    assert model is not None and model.features == titlescore.FEATURES
    assert 0 < model.keep < model.take < 1


def test_verse_of_thousands_of_short_lines_is_left_to_the_rules():
    """Past LINES_MAX short lines no evidence is gathered: the time stays bounded whatever the text."""
    paragraphs = [Paragraph(f"短句第{i}行", i * 2 + 1, 0) for i in range(titlescore.LINES_MAX + 1)]
    every = range(len(paragraphs))
    setting = titlescore.Setting("text", ())
    assert titlescore.line_features(paragraphs, [None] * len(paragraphs), set(), every, setting, lambda t: False) == {}
    few = paragraphs[:50]
    assert len(titlescore.line_features(few, [None] * 50, set(), range(50), setting, lambda t: False)) == 50


def test_one_title_alone_makes_no_outline(monkeypatch):
    """Whatever the model says, fewer than two titles fall back to the rules' verdict."""
    paragraphs = [Paragraph(t, i * 2 + 1, 0) for i, t in enumerate(["小标题一", BODY, "小标题二", BODY])]
    monkeypatch.setattr(titlescore, "title_model", lambda: trees.TreeModel(
        titlescore.FEATURES, 0.5, 0.5, lambda x: 5.0 if x[titlescore.FEATURES.index("pos")] == 0 else -5.0))
    chosen, notes = titlescore.rescore(paragraphs, [None] * 4, set(), [0, 2], titlescore.Setting("text", ()),
                                       lambda t: len(t) > 20)
    assert chosen == set() and notes == {}
    monkeypatch.setattr(titlescore, "title_model", lambda: trees.TreeModel(
        titlescore.FEATURES, 0.5, 0.5, lambda x: 5.0))
    chosen, notes = titlescore.rescore(paragraphs, [None] * 4, set(), [0, 2], titlescore.Setting("text", ()),
                                       lambda t: len(t) > 20)
    assert chosen == {0, 2} and set(notes) == {0, 2}
