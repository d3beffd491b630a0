"""Marked-up headings keep the rank their marks give them (round 53, helper H): a '##' or an <h2> is never read into
the section of a heading marked at its own level or below, unless its own number puts it there."""

from __future__ import annotations

import pytest

from reader.text.model import Heading
from reader.text.tagranks import ranked_by_tags
from support import parse_document

BODY = "本节先给出模型的设定，再讨论均衡的存在性与唯一性，最后给出一个数值例子来说明结论。"


def _headings(lines: list[str], name: str = "notes.md") -> list[tuple[int, str]]:
    doc = parse_document("\n".join(lines).encode(), name)
    return [(h.depth, (h.marker + h.title).replace(" ", "")) for h in doc.headings]


def _para(*lines: str) -> list[str]:
    return [x for line in lines for x in (line, "", BODY, "")]


PAPER = ["# 烟幕干扰弹的投放策略", "", *_para(
    "## 一、问题重述", "## 二、模型建立", "### 2.1 问题一的模型", "#### 2.1.1 模型的建立", "**第一阶段：任务规划**",
    "**1. 威胁评估**", "**2. 资源分配**", "**第二阶段：协同优化**", "#### 2.1.2 模型的求解", "**1. 求解流程**",
    "**2. 求解结果**", "#### 2.1.3 结果与分析", "## 三、模型检验", "### 3.1 灵敏度分析")]
CONTEST = ["# 春季捉虫竞赛", "", *_para(
    "## 活动介绍", "## 参赛流程", "**第一步：测试功能**", "**第二步：提交报告**", "**第三步：评估及积分授予**",
    "**第四步：积分兑换**", "## 文档资料", "## 常见问题")]


@pytest.mark.parametrize("lines, expected", [
    # bold steps under '####' 2.1.1 took the next '####' and the '##' after it inside them: each goes back to its rank
    (PAPER, [(1, "一、问题重述"), (1, "二、模型建立"), (2, "2.1问题一的模型"), (3, "2.1.1模型的建立"),
             (4, "第一阶段任务规划"), (5, "1.威胁评估"), (5, "2.资源分配"), (4, "第二阶段协同优化"),
             (3, "2.1.2模型的求解"), (4, "1.求解流程"), (4, "2.求解结果"), (3, "2.1.3结果与分析"),
             (1, "三、模型检验"), (2, "3.1灵敏度分析")]),
    # a '##' after a run of bold steps under '## 参赛流程' is that section's sibling, not a step's part
    (CONTEST, [(1, "活动介绍"), (1, "参赛流程"), (2, "第一步测试功能"), (2, "第二步提交报告"), (2, "第三步评估及积分授予"),
               (2, "第四步积分兑换"), (1, "文档资料"), (1, "常见问题")]),
])
def test_a_marked_heading_is_never_read_into_a_section_of_its_own_rank(lines, expected):
    assert _headings(lines) == expected


def _h(depth: int, marker: str, title: str) -> Heading:
    return Heading(depth, marker, title, 1, 0)


@pytest.mark.parametrize("given, levels, expected", [
    # '#### 5.5.2' under '#### 5.5.1' (through an unmarked line): lifted, its unmarked subtree with it
    ([(3, "5.5.1", "建立"), (4, "", "第二阶段"), (5, "5.5.2", "求解"), (6, "1.", "流程"), (5, "5.5.3", "分析")],
     [4, 0, 4, 0, 4], [3, 4, 3, 4, 3]),
    # '## 六、' under a '####': back to the top
    ([(1, "五、", "求解"), (3, "5.1.1", "思路"), (4, "", "阶段"), (5, "六、", "检验"), (6, "6.1", "收敛")],
     [2, 4, 0, 2, 3], [1, 3, 4, 1, 2]),
    # a '###' under a '###' that was read beside its '##': lifted no higher than under that '##', where it stays
    ([(1, "", "Minute"), (2, "", "Outcomes"), (1, "", "Last points"), (2, "", "Action points"), (2, "", "Problems")],
     [2, 3, 3, 3, 3], [1, 2, 1, 2, 2]),
    ([(1, "", "会议"), (2, "", "纪要"), (3, "", "第一周"), (4, "", "到会"), (4, "", "第二周")], [1, 2, 3, 4, 3],
     [1, 2, 3, 4, 3]),
    # left alone: '### 5.2' under '### 5、' and '## 3.3' under '## 三、' (their numbers say they are parts)
    ([(2, "5、", "案例"), (3, "5.1", "简介"), (3, "5.2", "流程")], [3, 4, 3], [2, 3, 3]),
    ([(1, "三、", "方案"), (2, "3.1", "评估"), (2, "3.3", "优化")], [2, 3, 2], [1, 2, 2]),
    # left alone: unnumbered parts under a numbered section at the same mark ('### 实现规模化' under '### 2 里程碑')
    ([(1, "", "年度总结"), (2, "2", "里程碑"), (3, "", "规模化"), (3, "", "多语言")], [2, 3, 3, 3], [1, 2, 3, 3]),
    # left alone: a '###' under a bold line under a '##' (the bold line ranks between them), and unmarked lines
    ([(1, "", "会议纪要"), (2, "", "第一周"), (3, "", "到会情况")], [2, 0, 3], [1, 2, 3]),
    ([(1, "一、", "总则"), (2, "（一）", "目的"), (3, "1.", "范围")], [0, 0, 0], [1, 2, 3]),
])
def test_ranked_by_tags_lifts_only_what_its_mark_outranks(given, levels, expected):
    out = ranked_by_tags([_h(*g) for g in given], levels)
    assert [h.depth for h in out] == expected


def test_a_web_page_heading_keeps_its_rank_too():
    page = ("<html><head><title>招募说明</title></head><body><h1>招募说明</h1>"
            + "".join(f"<h2>{t}</h2><p>{BODY}</p>" for t in ("活动介绍", "参赛流程"))
            + "".join(f"<p><b>第{n}步：{t}</b></p><p>{BODY}</p>" for n, t in (("一", "测试功能"), ("二", "提交报告"),
                                                                            ("三", "评估积分"), ("四", "积分兑换")))
            + "".join(f"<h2>{t}</h2><p>{BODY}</p>" for t in ("文档资料", "常见问题")) + "</body></html>")
    found = _headings([page], "page.html")
    assert [d for d, t in found if t in ("活动介绍", "参赛流程", "文档资料", "常见问题")] == [1, 1, 1, 1]
