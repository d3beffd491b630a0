"""Translated papers: the introduction's road-map ('第 5 节描述了 Bigtable 实现的基本原理，') names the chapters, it
does not head one.

Lines are taken from the dev document f7_02 (Bigtable, a Chinese translation); the test fails without the rule it
names (numbering._structural_ok: a chapter-like unit whose title ends in a comma goes on as a sentence).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.document import load_document
from support import outline

MODEL = "Bigtable是一个稀疏的、分布式的、持久的多维排序的 Map。这个 Map 使用 row key, column key, timestamp 作为索引。"


@pytest.mark.parametrize("line", ["第 5 节描述了 Bigtable 实现的基本原理，", "第 2 节给出了系统的总体结构,"])
def test_a_chapter_like_line_that_ends_in_a_comma_is_a_sentence_not_a_heading(line):
    assert outline(["Bigtable", MODEL, line, MODEL, "第 7 节提供了 Bigtable 性能的数据。"], "Bigtable") == []


def test_the_bare_numbered_chapters_after_a_road_map_are_found():
    """f7_02 whole: with the road-map line no 第X节 heading, '2 数据模型' … '11 结论' are the paper's chapters."""
    doc = load_document(Path(__file__).resolve().parent.parent / "data" / "corpus" / "docs" / "f7_02_paper_bigtable.txt")
    found = {h.line: (h.depth, h.marker, h.title) for h in doc.headings}
    assert 38 not in found
    assert [found.get(line) for line in (45, 200, 219, 626)] == [(1, "2", "数据模型"), (1, "5", "实现方式"),
                                                               (2, "5.1", "Tablet 存储路径"), (1, "11", "结论")]


@pytest.mark.parametrize("line, title", [("第一节 总则", "总则"), ("第 3 节 客户端 API", "客户端 API")])
def test_a_chapter_with_a_short_title_stays_a_heading(line, title):
    found = outline(["文件", line, MODEL, "第二节 附则" if "一" in line else "第 4 节 构件", MODEL], "文件")
    assert [t for _, _, t in found][:1] == [title]
