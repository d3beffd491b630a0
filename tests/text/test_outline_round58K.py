"""Round 58K: a text file's Markdown headings keep their levels, as the Markdown reader counts them: the fewest '#'
at the top, '###' under '##' ('## 现状分析' over '### 基础设施'), and a subtitle set right under the title ('#
白皮书' over '# 区块链星盘占卜协议' over '## 项目概述') heads nothing; '## （一）基础设施' is a title, its brackets a
number, not a clause. Two '#' lines over a run of '##' (a title and an end note, not parts), a file with one '#'
level, '#' comments over shell commands, hashtags ('#读书#', '#1') and C preprocessor lines are left as they were."""

from __future__ import annotations

import pytest

from support import parse_document

_P = "这一部分说明平台建设的背景、现状和存在的主要问题，供各部门在编制方案时参考使用。"


def _outline(lines: list[str]) -> tuple[str, list[tuple[int, str]]]:
    """Title and (depth, heading) of the lines saved as a .txt file, a blank line after each."""
    text = "\n".join(part for line in lines for part in (line, ""))
    doc = parse_document(text.encode("utf-8"), name="notes.txt")
    return doc.title, [(h.depth, h.marker + h.title) for h in doc.headings]


@pytest.mark.parametrize("lines, want", [
    (["云计算平台建设方案", _P, "## 现状分析", _P, "### 基础设施", _P, "### 应用系统", _P,
      "## 建设目标", _P, "### 总体目标", _P, "### 分阶段目标", _P, "## 保障措施", _P],
     [(1, "现状分析"), (2, "基础设施"), (2, "应用系统"), (1, "建设目标"), (2, "总体目标"), (2, "分阶段目标"),
      (1, "保障措施")]),
    (["# 云计算平台建设方案", _P, "# 现状", _P, "## 基础设施", _P, "## 应用系统", _P,
      "# 目标", _P, "## 总体目标", _P, "## 分阶段目标", _P, "# 措施", _P],
     [(1, "现状"), (2, "基础设施"), (2, "应用系统"), (1, "目标"), (2, "总体目标"), (2, "分阶段目标"), (1, "措施")]),
    (["# 云计算平台建设方案", "# 面向中小企业的私有云", "---", "## 项目背景", _P, "## 建设目标", _P,
      "### 总体目标", _P, "### 具体目标", _P, "## 实施计划", _P],
     [(1, "项目背景"), (1, "建设目标"), (2, "总体目标"), (2, "具体目标"), (1, "实施计划")]),
    (["项目白皮书", "# 项目白皮书", "# 区块链星盘占卜协议", "## 项目概述", "### 愿景", _P, "### 核心价值", _P,
      "## 技术架构", "### 智能合约", _P, "### 前端架构", _P],
     [(1, "项目概述"), (2, "愿景"), (2, "核心价值"), (1, "技术架构"), (2, "智能合约"), (2, "前端架构")]),
])
def test_hash_levels_nest_as_markdown_does(lines, want):
    assert _outline(lines)[1] == want


def test_bracketed_numbers_under_hash_headings_are_titles_not_clauses():
    title, found = _outline(["云计算平台建设方案", _P, "# 一、现状", _P, "## （一）基础设施", _P, "## （二）应用系统", _P,
                             "# 二、目标", _P, "## （一）总体目标", _P, "## （二）分阶段目标", _P, "# 三、措施", _P])
    assert found == [(1, "一、现状"), (2, "（一）基础设施"), (2, "（二）应用系统"), (1, "二、目标"), (2, "（一）总体目标"),
                     (2, "（二）分阶段目标"), (1, "三、措施")]


def test_a_second_level_subtitle_under_the_title_heads_nothing():
    title, found = _outline(["# 云计算平台建设方案", "## 面向中小企业的私有云", "## 一、项目背景", _P,
                             "## 二、建设目标", _P, "### 总体目标", _P, "### 具体目标", _P, "## 三、实施计划", _P])
    assert title == "云计算平台建设方案"
    assert found == [(1, "一、项目背景"), (1, "二、建设目标"), (2, "总体目标"), (2, "具体目标"), (1, "三、实施计划")]


@pytest.mark.parametrize("lines, want", [
    (["# 云计算平台建设方案", _P, "# 现状分析", _P, "# 建设目标", _P, "# 实施计划", _P],
     [(1, "现状分析"), (1, "建设目标"), (1, "实施计划")]),
    (["# 云计算平台建设方案", _P, "## 现状分析", _P, "（一）基础设施", _P, "（二）应用系统", _P,
      "## 建设目标", _P, "（一）总体目标", _P, "（二）分阶段目标", _P],
     [(1, "现状分析"), (2, "（一）基础设施"), (2, "（二）应用系统"), (1, "建设目标"), (2, "（一）总体目标"),
      (2, "（二）分阶段目标")]),
    (["云计算平台建设方案", _P, "# 建设方案", _P, "## 现状分析", _P, "## 建设目标", _P, "## 实施计划", _P,
      "# 附录", _P], [(1, "建设方案"), (1, "现状分析"), (1, "建设目标"), (1, "实施计划"), (1, "附录")]),
    (["Docker 笔记", _P, "# 安装依赖", "sudo apt install docker.io", "## 启动服务", "systemctl start docker",
      "# 查看状态", "docker ps", "## 停止", "docker stop web"], []),
    (["读书笔记", "#读书# 今天读完了一本书，收获很多，记下几点体会。", "#1 第一点体会是坚持，每天读一点。",
      "#2 第二点体会是记录，随手记下想法。", "#3 第三点是分享，和朋友讨论。", _P], []),
    (["C 语言笔记", _P, "#include <stdio.h>", "#define MAX 10", "#ifdef DEBUG", "#endif", _P, "#include <stdlib.h>",
      _P], []),
])
def test_left_alone(lines, want):
    assert _outline(lines)[1] == want
