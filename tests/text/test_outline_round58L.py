"""Round 58L: a text saved with no blank lines keeps the levels it has with them. A programme's numbered talks ('1
林华亮：R语言在…中的应用' over '个人简介' and '报告摘要') are its talks when each stands apart from the next talk, as
blank lines showed. A stack of '1 张三：…' lines (a list of duties, with
or without blank lines) and a packed note's titles (round 53o: its first line a breadcrumb as often as a part)
are left as they were."""

from __future__ import annotations

import pytest

from support import parse_document

_P = "这一部分介绍报告人的研究方向和主要成果，以及本次报告所讨论问题的背景、方法和结论，供参会者了解。"
_Q = "刷题之前先想清楚自己要准备的方向，再根据方向选择题目，按照专题逐个练习，每天坚持下去效果最好。"


def _outline(lines: list[str], blank: bool = False) -> list[tuple[int, str]]:
    """(depth, heading) of the lines saved as a .txt file, one a line (`blank`: a blank line after each)."""
    text = ("\n\n" if blank else "\n").join(lines) + "\n"
    doc = parse_document(text.encode("utf-8"), name="notes.txt")
    return [(h.depth, h.marker + h.title) for h in doc.headings]


_TALKS = ["医疗健康专场", "负责人：李昂", "会场时间：5月25日", "演讲列表",
          "1 林华亮：R语言在大气颗粒污染物健康影响研究中的应用", "个人简介", _P, "报告摘要", _P,
          "2 李国星：大气污染与人群健康的关系", "个人简介", _P, "报告摘要", _P,
          "3 刘跃伟：基于空间插值探讨大气污染对哮喘死亡的急性影响", "个人简介", _P, "报告摘要", _P]


@pytest.mark.parametrize("blank", [False, True])
def test_numbered_talks_head_their_profiles_with_or_without_blank_lines(blank):
    found = _outline(_TALKS, blank)
    talks = [(d, h) for d, h in found if h[:1].isdigit()]
    assert [h for _, h in talks] == ["1林华亮：R语言在大气颗粒污染物健康影响研究中的应用", "2李国星：大气污染与人群健康的关系",
                                     "3刘跃伟：基于空间插值探讨大气污染对哮喘死亡的急性影响"]
    depth = talks[0][0]
    assert all(d == depth for d, _ in talks)
    assert [d for d, h in found if h in ("个人简介", "报告摘要")] == [depth + 1] * 6


@pytest.mark.parametrize("blank", [False, True])
def test_a_stack_of_numbered_names_is_a_list_not_talks(blank):
    found = _outline(["工作分工", _P, "1 王明：负责会场布置和设备调试", "2 李华：负责嘉宾接待和签到",
                      "3 张强：负责会议记录和材料整理", _P, _P], blank)
    assert not any(h[:1].isdigit() for _, h in found)


_NOTE = ["实习&工作篇", "Leetcode刷题经验", "写在前面", _Q, _Q, "什么是LeetCode", _Q, _Q, "怎么刷", _Q, _Q, "一些建议", _Q, _Q]


@pytest.mark.parametrize("lines", [_NOTE, _NOTE[:1] + _NOTE[2:]])
def test_a_packed_notes_titles_stay_at_one_level(lines):
    assert {d for d, _ in _outline(lines)} == {1}
