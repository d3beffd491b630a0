"""Outline rules of the thirteenth session, each on real lines of a dev document (tests/data/corpus).

A decimal paper whose contents list counts 1. 2. 3. before its text does (d36_08, the Nervos CKB white paper in
Chinese): each section's line is the one over its own subsections, not the contents entry of the same number; a
chapter printed alone (d25_02) still starts its count at its own number.
"""

from __future__ import annotations

from reader.text.decimals import decimal_sections
from reader.text.markers import match_heading
from reader.text.model import Paragraph

_BODY = "CKB 是一个通用的共同知识库，为上层协议提供可验证的状态存储与状态生成，兼顾去中心化与安全性。"
CONTENTS = """\
目录

1. 目的
    1. 背景
    1. 问题
    1. 愿景
2. Nervos CKB
    1. 状态生成和验证
    2. Cell
       1. 生命周期
       2. 类型
       3. 身份
    3. Transaction
    4. Generator
3. 架构
    1. 分层网络
       1. 共识层
       2. 生成层
    2. Nervos节点
       1. 轻客户端
    3. 混合共识
4. CKB Token
    1. 经济学
    2. 治理机制
    3. 流动投票
5. 总结
6. 参考文献
7. 附录
    1. Common Knowledge Base
    2. 通用共同知识库（General Purpose Common Knowledge Base）
"""
SECTIONS = [("1. 动机", ["1.1  背景", "1.2  问题"]), ("2. Nervos Common Knowledge Base", ["2.1 状态生成和验证", "2.2  Cell"]),
            ("3.  架构", ["3.1  分层网络"]), ("4. CKB Token", ["4.1  经济学", "4.2  治理机制"]), ("5. 总结", []),
            ("6. 参考文献", []),
            ("7. 附录", ["7.1  Common Knowledge Base", "7.2  通用共同知识库"])]


def _paper() -> list[str]:
    lines = [_BODY] + CONTENTS.split("\n")
    for head, subs in SECTIONS:
        lines += [head, _BODY]
        for sub in subs:
            lines += [sub, _BODY]
    return lines


def test_a_sections_line_is_the_one_over_its_subsections_not_its_contents_entry():
    texts = _paper()
    paragraphs = [Paragraph(t, n, 0) for n, t in enumerate(texts, 1) if t.strip()]
    matches = [match_heading(p.text) for p in paragraphs]
    decimal_sections(paragraphs, matches)
    sections = [p.text.strip() for p, m in zip(paragraphs, matches) if m is not None and m.family == "decimal"
                and m.level == 1]
    assert sections == [head.strip() for head, _ in SECTIONS]  # the body's, not '1. 目的' in the contents


def test_a_chapter_printed_alone_starts_its_count_at_its_own_number():
    texts = ["2. 一致性", "2.1 文档一致性", _BODY, "2.2 应用程序一致性", _BODY, "2.3 应用程序描述", _BODY,
             "1. 该部件可能包含 ECMA376 第1部分", _BODY]  # d25_02, ECMA-376 part 1 chapter 2 in Chinese
    paragraphs = [Paragraph(t, n, 0) for n, t in enumerate(texts, 1)]
    matches = [match_heading(p.text) for p in paragraphs]
    decimal_sections(paragraphs, matches)
    assert [(p.text, m.level) for p, m in zip(paragraphs, matches) if m is not None and m.family == "decimal"][:1] \
        == [("2. 一致性", 1)]
