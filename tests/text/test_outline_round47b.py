"""Round 47b: a backspace left in a line by an editor's stray keystroke ('1.4 \\b组织结构', as a Markdown export keeps
it) is invisible, as a zero-width space is: the line is read without it, so its number still makes it a section, and
no heading or paragraph shows it. Lines without one read as before."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document


def _doc(*lines: str) -> list[str]:
    text = "\n\n".join(lines) + "\n"
    return heading_texts(parse_document(text.encode("utf-8")))


_SECTIONS = ["1.前端", "1.1技术选型", "1.2架构设计", "1.3组织结构", "2.后端", "2.1技术选型"]


def _design(line: str) -> list[str]:
    return _doc("点餐系统设计文档", "1. 前端", "1.1 技术选型", "前端使用单页应用框架构建，状态集中管理，便于维护。",
                "1.2 架构设计", "系统分为视图层、逻辑层和数据层，各层之间通过接口交互。",
                line, "客户端项目中主要包含构建脚本、配置文件和源代码三个部分。",
                "2. 后端", "2.1 技术选型", "后端采用轻量级框架，数据库使用关系型数据库。")


@pytest.mark.parametrize("line", ["1.3 \b组织结构", "1.3\b 组织结构", "\b1.3 组织结构", "1.3 组织\b结构"])
def test_a_stray_backspace_hides_no_section(line):
    assert _design(line) == _SECTIONS


def test_a_line_without_one_reads_as_before():
    assert _design("1.3 组织结构") == _SECTIONS


def test_no_backspace_is_left_in_the_text():
    document = parse_document("说明\n\n第一段\b文字，说明用途。\n\n第二段文字。\n".encode("utf-8"))
    assert all("\b" not in p.text for p in document.paragraphs)
