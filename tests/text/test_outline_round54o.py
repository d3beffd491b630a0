"""Round 54O (issue #9, documents of no named kind): rules built here from short texts of the shape such documents
are written in, each with the lines it must leave alone."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本节说明项目的来历与做法，并给出各部分之间的关系，以便读者了解后文的安排和要点。"


def _headings(lines: list[str]) -> list[tuple[str, int]]:
    doc = parse_document("\n\n".join(lines).encode(), "notes.txt")
    return [(h.title, h.depth) for h in doc.headings]


# A wiki page's generated contents list, two levels deep, above a text whose '#' marks are gone.
_CONTENTS = "\n".join(["- 项目简介", "- 系统设计", "  - 总体架构", "  - 存储模块", "- 部署运维", "  - 环境准备",
                       "  - 上线流程", "- 参考资料"])


def _wiki(parts: list[str]) -> list[str]:
    return ["某某系统说明", _CONTENTS] + [x for p in parts for x in (p, BODY)]


@pytest.mark.parametrize("parts, left_out, depth", [
    # '数据格式' and '接口约定' are titles the list left out (it lists two levels): each sits inside the part above it
    (["项目简介", "数据格式", "接口约定", "系统设计", "总体架构", "存储模块", "部署运维", "环境准备", "上线流程",
      "参考资料"], ["数据格式", "接口约定"], 2),
    (["项目简介", "系统设计", "总体架构", "存储模块", "部署运维", "环境准备", "上线流程", "回滚办法", "参考资料"],
     ["回滚办法"], 3),
])
def test_a_title_the_contents_list_leaves_out_sits_inside_the_named_part_above_it(parts, left_out, depth):
    got = dict(_headings(_wiki(parts)))
    for t in left_out:
        assert got.get(t) == depth, (t, got)


@pytest.mark.parametrize("parts, keep", [
    # the list names every title: each at its listed depth
    (["项目简介", "系统设计", "总体架构", "存储模块", "部署运维", "环境准备", "上线流程", "参考资料"],
     [("项目简介", 1), ("总体架构", 2), ("部署运维", 1), ("参考资料", 1)]),
    # after the last title the list names: no part is known to hold '附录', it keeps its own depth
    (["项目简介", "系统设计", "总体架构", "存储模块", "部署运维", "环境准备", "上线流程", "参考资料", "附录"],
     [("参考资料", 1), ("附录", 1)]),
])
def test_titles_the_contents_list_names_or_that_follow_it_keep_their_depth(parts, keep):
    got = dict(_headings(_wiki(parts)))
    for t, d in keep:
        assert got.get(t) == d, (t, got)


# A specification written to the national template (GB/T 8567), its section numbers lost: 引言 holds 编写目的 ….
_SPEC_BODY = "本文档说明系统的功能、边界与接口，供客户确认，也供开发和测试人员作为工作的依据。"


def _spec(parts: list[str]) -> list[str]:
    return ["某某系统需求规格说明书"] + [x for p in parts for x in (p, _SPEC_BODY)]


@pytest.mark.parametrize("parts, inside", [
    (["引言", "编写目的", "项目背景", "术语定义", "参考资料", "功能需求", "用户管理", "订单管理"],
     ["编写目的", "项目背景", "术语定义", "参考资料"]),
    (["引言", "编写目的", "背景", "定义", "参考资料", "总体设计", "需求概述", "软件结构"],
     ["编写目的", "背景", "定义", "参考资料"]),
])
def test_the_templates_first_sections_sit_inside_its_introduction(parts, inside):
    got = dict(_headings(_spec(parts)))
    top = got["引言"]
    for t in inside:
        assert got.get(t) == top + 1, (t, got)
    assert got.get(parts[5]) == top, got  # the next part of the template stands beside 引言


@pytest.mark.parametrize("parts, beside", [
    # no 编写目的 right after 引言: nothing shows the template, the titles keep their place
    (["引言", "项目背景", "术语定义", "参考资料", "功能需求"], ["项目背景", "术语定义", "参考资料"]),
    # 编写目的 further down, under a title of another name: no template's introduction
    (["项目介绍", "编写目的", "项目背景", "功能需求"], ["编写目的", "项目背景"]),
])
def test_titles_without_the_templates_opening_keep_their_depth(parts, beside):
    got = dict(_headings(_spec(parts)))
    for t in beside:
        assert got.get(t) == got[parts[0]], (t, got)
