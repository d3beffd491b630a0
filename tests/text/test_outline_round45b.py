"""Round 45b: a title of one Chinese character set apart between passages ('食', '住', '行' in a year's review, '宏'
in a camp's notes) is a title as its longer siblings are; a lone '无' or '略' under a label, or a unit in a table's
column, stays text. A text's closing title ('最后', '未来可期') after its last part's sections stands with the parts;
a text written in 篇 ('公司概要篇', '产品研发篇') has each 篇 over the plain titles after it."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from support import parse_document

_BODY = ("这一年里我把大部分空闲时间都花在了这件事情上，虽然中间也有过几次想要放弃的念头，但最后还是坚持了下来，"
         "回头看看觉得还是很值得的。")


def _titles(text: str) -> list[str]:
    return [h.title for h in parse_document(text.encode("utf-8"), "review.txt").headings]


def _review(parts: list[str]) -> str:
    blocks = ["2024 年度总结", ""]
    for part in parts:
        blocks += [part, "", _BODY, "", _BODY, ""]
    return "\n".join(blocks)


@pytest.mark.parametrize("parts, lone", [
    (["前言", "设备", "食", "住", "行", "游戏"], ["食", "住", "行"]),
    (["学习 Rust 语言", "所有权", "宏", "生命周期"], ["宏"]),
    (["开场", "猫", "手工", "技术与折腾"], ["猫"]),
])
def test_a_one_character_title_set_apart_is_a_title(parts, lone):
    titles = _titles(_review(parts))
    assert all(t in titles for t in lone), titles
    assert all(t in titles for t in parts if len(t) > 1), titles


@pytest.mark.parametrize("text", [
    "\n".join(["活动通知", "", "活动时间", "", "周六下午两点", "", "预备知识", "", "无", "", "活动地点", "",
               "图书馆三楼报告厅", "", "联系人", "", "张老师"]),
    "\n".join(["1 引言", "", _BODY, "", "1.1 编写目的", "", "略", "", "1.2 背景", "", _BODY, "", "2 总体设计", "",
               _BODY]),
    "\n".join(["产量统计", "", _BODY, "", "产品名称", "单位", "产量", "油茶籽", "吨", "22507", "核桃", "吨", "1075", "",
               _BODY]),
])
def test_a_lone_answer_or_unit_stays_text(text):
    titles = _titles(text)
    assert not any(len(t) == 1 for t in titles), titles


# A year's review or a project's report ends with a closing title ('最后', '写在最后', '未来可期'): it closes the
# whole text and stands with its parts, not under the last part's last section.

def _depths(text: str) -> dict[str, int]:
    return {h.title: h.depth for h in parse_document(text.encode("utf-8"), "review.txt").headings}


def _parts(parts: list[tuple[str, list[str]]], closing: list[str], root: str = "") -> str:
    said = iter(range(100))
    body = lambda: f"{_BODY[:-1]}，这是第{next(said) + 1}段。"  # noqa: E731
    blocks = ["2024 年度总结", "", body(), ""] + ([root, "", body(), ""] if root else [])
    for part, sections in parts:
        blocks += [part, ""]
        for section in sections:
            blocks += [section, "", body(), "", body(), ""]
    for title in closing:
        blocks += [title, "", body(), ""]
    return "\n".join(blocks)


_REVIEW = [("今年回顾", ["工作", "博客", "学习"]), ("关于接下来的一年", ["项目", "英语", "跑步"])]
_REPORT = [("项目进展", ["功能方面", "易用性方面"]), ("社区建设", ["加入基金会", "社区氛围"])]


@pytest.mark.parametrize("parts, closing", [
    (_REVIEW, ["最后"]),
    (_REVIEW, ["写在最后"]),
    (_REPORT, ["未来可期", "最后"]),
    (_REVIEW, ["个人感想", "参考资料"]),
])
def test_a_closing_title_stands_with_the_parts(parts, closing):
    depth = _depths(_parts(parts, closing))
    assert depth[parts[-1][1][-1]] == depth[parts[-1][0]] + 1, depth  # the sections are under their parts
    assert all(depth[title] == depth[parts[0][0]] for title in closing), depth


def _lifted(lines: list[str], parents: list[int], numbered: int = -1) -> list[int]:
    from reader.text.closings import lift_closing_titles
    from reader.text.markers import match_heading
    from reader.text.candidate import Candidate

    from support import paragraphs

    candidates = [Candidate(i, match_heading(line) if i == numbered else None, "container", parent=p)
                  for i, (line, p) in enumerate(zip(lines, parents))]
    lift_closing_titles(candidates, list(paragraphs(lines)))
    return [c.parent for c in candidates]


def test_under_one_title_over_all_it_stands_with_the_parts_under_that_title():
    lines = ["现代编程语言概览", "Rust", "主要特点", "Go", "主要特点", "最后"]
    assert _lifted(lines, [-1, 0, 1, 0, 3, 3]) == [-1, 0, 1, 0, 3, 0]  # '最后' was left under 'Go'


@pytest.mark.parametrize("lines, parents, numbered", [
    (["计数器", "实现方式", "总结", "滑动窗口", "实现方式", "总结"], [-1, 0, 0, -1, 3, 3], -1),  # each part's own
    (["今年回顾", "工作", "来年计划", "项目", "最后", "附：数据表"], [-1, 0, -1, 2, 2, -1], -1),  # not the last title
    (["一、今年回顾", "工作", "二、来年计划", "项目", "最后"], [-1, 0, -1, 2, 2], 2),  # numbered parts: their own levels
])
def test_a_closing_title_that_closes_no_text_stays(lines, parents, numbered):
    assert _lifted(lines, parents, numbered) == parents


# A plan or a review written in 篇 ('公司概要篇', '产品研发篇', '2024年总结之项目篇'): each 篇 stands over the plain
# titles after it, up to the next 篇 or the text's closing title.

def _book(parts: list[tuple[str, list[str]]], closing: Sequence[str] = ()) -> str:
    said = iter(range(100))
    body = lambda: f"{_BODY[:-1]}，这是第{next(said) + 1}段。"  # noqa: E731
    blocks = ["创业计划书", "", body(), "", "引子", "", body(), ""]
    for part, sections in parts:
        blocks += [part, "", body(), ""]
        for section in sections:
            blocks += [section, "", body(), "", body(), ""]
    for title in closing:
        blocks += [title, "", body(), ""]
    return "\n".join(blocks)


@pytest.mark.parametrize("parts, closing", [
    ([("公司概要篇", ["团队介绍", "发展历程"]), ("产品研发篇", ["核心技术", "研发计划"]), ("风险篇", ["政策风险"])],
     ["最后"]),
    ([("2024年总结之项目篇", ["开源讲座", "翻译工作"]), ("2024年总结之幻灯篇", ["年度之星", "推广大使"])], []),
])
def test_pian_parts_hold_the_titles_after_them(parts, closing):
    depth = _depths(_book(parts, closing))
    assert depth["引子"] == 1, depth  # before the first 篇: at the top
    for part, sections in parts:
        assert depth[part] == 1 and all(depth[s] == 2 for s in sections), depth
    assert all(depth[t] == 1 for t in closing), depth


@pytest.mark.parametrize("parts", [
    [("公司概要篇", ["团队介绍", "发展历程"]), ("产品研发", ["核心技术", "研发计划"])],  # one 篇 shows no parts
    [("这是我写的第一篇", ["团队介绍", "发展历程"]), ("也是最后一篇", ["核心技术", "研发计划"])],  # sentences
])
def test_titles_not_naming_pian_parts_stay(parts):
    depth = _depths(_book(parts))
    assert all(d == 1 for d in depth.values()), depth
