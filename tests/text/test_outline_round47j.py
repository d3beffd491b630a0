"""Round 47j: a chapter titled with a subtitle after its colon ('第一章 城市更新：从拆旧建新到有机生长') right over its
own first section '1.1' is that chapter, its title whole; a thesis overview's '第一章 绪论：介绍研究背景…' over the next
chapter's line is none (rule: `linemarkers._subtitled_chapter`, in `find_markers`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.document import load_document

_PAPER = """城市更新白皮书

第一章 城市更新：从拆旧建新到有机生长

1.1 发展历程

过去二十年，城市建设以新区开发为主，老城区的更新多采用成片拆除重建的方式。

1.2 面临的问题

大规模拆建带来了社区关系断裂、历史风貌消失和居住成本上升等问题。

第二章 实施路径

2.1 微更新

以街道和社区为单位，针对公共空间和基础设施开展小规模、渐进式的改造。

2.2 多方参与

政府、居民、企业和社会组织共同参与方案设计和后期维护。
"""

_THESIS = """基于深度学习的图像检索系统设计

论文结构

本文共分为四章，各章内容安排如下：

第一章 绪论：介绍研究背景与意义，分析国内外研究现状

第二章 相关技术：介绍卷积神经网络和向量索引的基本原理

第三章 系统设计与实现：给出系统架构和各模块的实现细节

第四章 总结与展望：总结全文工作并提出后续改进方向

第一章 绪论

1.1 研究背景

随着移动设备的普及，用户每天产生大量图片，如何从中快速找到相似图片成为一个实际问题。

1.2 研究现状

现有方法主要分为基于手工特征和基于深度特征两类，后者在准确率上优势明显。

第二章 相关技术

2.1 卷积神经网络

卷积神经网络通过逐层提取特征，能够得到对图像内容有较强表达能力的向量。
"""



def _outline(text: str, tmp_path: Path) -> list[tuple[int, int, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [(h.line, h.depth, h.marker + h.title) for h in load_document(path).headings]



CHAPTERS = {  # a chapter with a subtitle after its colon, over its own 1.1
    "a white paper's first chapter": (
        _PAPER, [(3, 1, "第一章城市更新：从拆旧建新到有机生长"), (5, 2, "1.1发展历程"), (9, 2, "1.2面临的问题"),
                 (13, 1, "第二章实施路径"), (15, 2, "2.1微更新"), (19, 2, "2.2多方参与")]),
}

CHAPTERS_SAME = {  # chapter lines with a colon that stay no headings
    "a thesis overview's chapter lines, each over the next": (
        _THESIS, [(15, 1, "第一章绪论"), (17, 2, "1.1研究背景"), (21, 2, "1.2研究现状"), (25, 1, "第二章相关技术"),
                  (27, 2, "2.1卷积神经网络")]),
    "a chapter line that is a sentence, over 1.1": (
        _PAPER.replace("第一章 城市更新：从拆旧建新到有机生长", "第一章 城市更新：本章回顾过去二十年的做法。"),
        [(5, 1, "1.1发展历程"), (9, 1, "1.2面临的问题"), (13, 1, "第二章实施路径"), (15, 2, "2.1微更新"),
         (19, 2, "2.2多方参与")]),
}


@pytest.mark.parametrize("name", CHAPTERS)
def test_subtitled_chapter_over_its_first_section(name: str, tmp_path: Path) -> None:
    text, want = CHAPTERS[name]
    assert _outline(text, tmp_path) == want


@pytest.mark.parametrize("name", CHAPTERS_SAME)
def test_other_chapter_lines_unchanged(name: str, tmp_path: Path) -> None:
    text, want = CHAPTERS_SAME[name]
    assert _outline(text, tmp_path) == want
