"""Round 38e: a plain text cut out of a longer work opens with its chapter's numbered title ('1. 城市更新的资金来源'
over '1-1.', '1-2.'; '第五章 …' over '一、', '二、'; '第一章 … 1.1 …' over '1.1.1'): that line is the title, not a
part holding the rest, so the sections under it are the outline's first level; the line stays in the text."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = "近年来各地在城市更新中不断探索新的做法，既要守住历史文脉，也要回应居民改善居住条件的迫切需求，这需要多方协同推进。"


def _doc(first: str, sections: list[str]):
    text = first + "\n\n" + "\n\n".join(f"{s}\n\n{_BODY}" for s in sections) + "\n"
    return parse_document(text.encode("utf-8"), "chapter.txt")


def _outline(doc) -> list[tuple[int, str]]:
    return [(h.depth, f"{h.marker}{h.title}".replace(" ", "")) for h in doc.headings]


@pytest.mark.parametrize("first, sections, want", [
    ("1. 城市更新的资金来源", ["1-1. 政府财政投入", "1-2. 社会资本参与", "1-3. 居民自筹"],
     [(1, "1-1.政府财政投入"), (1, "1-2.社会资本参与"), (1, "1-3.居民自筹")]),
    ("1. 调研方法与样本", ["1.1 问卷设计", "1.2 样本构成", "1.3 访谈安排"],
     [(1, "1.1问卷设计"), (1, "1.2样本构成"), (1, "1.3访谈安排")]),
    ("第五章 社区治理的实践", ["一、党建引领", "二、居民议事", "三、志愿服务"],
     [(1, "一、党建引领"), (1, "二、居民议事"), (1, "三、志愿服务")]),
    ("第一章 城市更新概论 1.1 城市更新的内涵", ["1.1.1 基本概念", "1.1.2 主要类型", "1.1.3 发展阶段"],
     [(1, "1.1.1基本概念"), (1, "1.1.2主要类型"), (1, "1.1.3发展阶段")]),
])
def test_a_chapters_numbered_title_heads_no_level(first, sections, want):
    doc = _doc(first, sections)
    assert [h for h in _outline(doc) if h[0] == 1] == want  # the sections at the top, the title line no heading
    assert doc.paragraphs[0].text.replace(" ", "") == first.replace(" ", "")  # kept in the text


@pytest.mark.parametrize("first, sections", [
    ("1. 项目背景", ["1.1 行业现状", "1.2 存在问题", "2. 解决方案", "2.1 总体思路", "2.2 实施步骤"]),
    ("第一章 总则", ["一、目的", "二、范围", "第二章 职责", "一、部门职责"]),
    ("第三章 物业管理", ["第十条 " + _BODY, "第十一条 " + _BODY]),
    ("第一章 城市更新概论", ["1.1 城市更新的内涵", "1.2 城市更新的历程"]),
])
def test_a_first_part_with_siblings_or_articles_stays_a_heading(first, sections):
    """'1. 项目背景' before '2.1 …', '第一章' before '第二章', a law's chapter over its articles, a chapter over
    its 1.1 and 1.2: the first of the parts, kept."""
    heads = _outline(_doc(first, sections))
    assert heads and heads[0] == (1, first.replace(" ", ""))
