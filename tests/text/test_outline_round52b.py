"""Round 52B (genre 'other', precision): lines a text numbers in a way its sections are not, built here from short
texts of their shape."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本节说明系统的设计思路与实现方法，并给出主要模块之间的关系，以便后续开发与维护。"


def _headings(lines: list[str]) -> list[tuple[str, str]]:
    doc = parse_document("\n\n".join(lines).encode(), "thesis.txt")
    return [(h.marker, h.title) for h in doc.headings]


SECTIONS = ["系统设计说明", BODY, "4.1 系统总体设计", BODY, "{fig}", "4.2 功能模块设计", BODY, "4.2.1 数据采集模块", BODY,
            "4.2.2 告警模块", BODY]


@pytest.mark.parametrize("fig", ["4-1 系统整体设计", "4－1 系统整体结构", "4-2 模块关系"])
def test_a_hyphened_number_in_a_text_of_dotted_sections_names_a_figure(fig):
    """'4-1 系统整体设计' between '4.1' and '4.2': the picture's number, the sections are numbered with a dot."""
    lines = [line.format(fig=fig) for line in SECTIONS]
    assert [m for m, _ in _headings(lines)] == ["4.1", "4.2", "4.2.1", "4.2.2"]


def test_screens_numbered_with_a_hyphen_under_dotted_sections_are_captions():
    """'1-1 首页', '1-2 征信报告' listed under '3.1.1 用户界面': the screens' names, no sections."""
    lines = ["3.1 对外接口需求", BODY, "3.1.1 用户界面", BODY, "1-1 首页", "1-2 征信报告", "1-3 历史记录",
             "3.1.2 通信接口", BODY, "3.2 功能需求", BODY]
    assert [m for m, _ in _headings(lines)] == ["3.1", "3.1.1", "3.1.2", "3.2"]


@pytest.mark.parametrize("lines", [
    ["5-1：顺序存储", BODY, "5-2：链式存储", BODY, "6-1：插入节点", BODY, "6-2：查找节点", BODY],  # only hyphens
    ["1.1 背景", BODY, "1-1 目标", BODY, "1-2 范围", BODY, "1-3 术语", BODY, "2.1 设计", BODY],  # hyphens outnumber
])
def test_hyphened_sections_stay_where_the_text_numbers_its_sections_so(lines):
    """A text numbered '5-1：', '5-2：' (or more often so than with a dot) keeps them as its sections."""
    found = {m.rstrip("：") for m, _ in _headings(lines)}
    assert {line.split(" ")[0].split("：")[0] for line in lines if "-" in line[:3]} <= found


ARTICLE = ["{title}", "{banner}", "{title}", "　　" + BODY, "从陌生，到熟悉", "　　" + BODY, "认真学习，努力工作", "　　" + BODY,
           "心胸宽广，提升素质", "　　" + BODY]


@pytest.mark.parametrize("banner", ["青年书苑", "网易新闻", "全国统一福彩\n\n双色球 福彩3d 七乐彩 时时彩"])
def test_a_pages_banner_above_its_title_shown_again_is_no_section(banner):
    """'青年书苑' between the page's title and that title again over the article: the site's name, no section."""
    lines = [line.format(title="予人玫瑰，手有余香——岗前培训小结", banner=banner) for line in ARTICLE]
    assert [t for _, t in _headings(lines)] == ["从陌生，到熟悉", "认真学习，努力工作", "心胸宽广，提升素质"]


@pytest.mark.parametrize("lines", [
    # the title not shown again: the line under it is the text's first part
    ["岗前培训小结", "青年书苑", BODY, "从陌生，到熟悉", BODY, "认真学习，努力工作", BODY],
    # body between the title and its copy: the page's own part, not its banner
    ["学校概况", "概况", BODY + BODY, "学校概况", BODY, "发展战略", BODY, "办学特色", BODY],
])
def test_lines_under_a_title_not_shown_again_right_after_stay(lines):
    """No copy of the title a few short lines below, or body between: the lines keep their own standing."""
    assert lines[1] in [t for _, t in _headings(lines)]


def test_a_numbered_part_above_the_title_shown_again_stays():
    """'九、其他作业' between the title and its copy is the text's own numbered part."""
    lines = ["电焊工安全技术交底", "九、其他作业", "电焊工安全技术交底", BODY, BODY]
    assert ("九、", "其他作业") in _headings(lines)
