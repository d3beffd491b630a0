"""Round 45a: a talk counts its lessons with 条 and a noun ('第一条经验，…', '第二条建议：…'), which alone reads as a
law's article 第一条 and lost the part's title; when every 第N条 line of the text counts the same noun, they are the
talk's parts. A law's articles, a single such line and lines that count different nouns stay articles."""

from __future__ import annotations

import pytest

from support import outline

_BODY = "大家刚进校的时候，往往不知道该把力气花在哪里，我当年也走过不少弯路，今天就把这些体会原原本本地讲给大家听。"
_MORE = "这一点说起来容易，做起来难，需要每天坚持，慢慢地你就会发现自己和身边的同学拉开了距离，这就是积累的力量。"


def _talk(heads: list[str]) -> list[str]:
    lines = ["各位同学，大家好！", _BODY]
    for head in heads:
        lines += [head, _BODY, _MORE]
    return lines + ["以上就是我今天分享的全部内容，谢谢大家。"]


@pytest.mark.parametrize("heads, titles", [
    (["第一条经验，大学阶段该怎样学习。", "第二条经验，做好四年的规划。", "第三条经验，多和老师交流。"],
     ["大学阶段该怎样学习", "做好四年的规划", "多和老师交流"]),
    (["第一条建议：先把基础课学扎实", "第二条建议：尽早确定自己的方向"], ["先把基础课学扎实", "尽早确定自己的方向"]),
    (["第一條心得，把時間留給重要的事。", "第二條心得，每天寫一點程式。"], ["把時間留給重要的事", "每天寫一點程式"]),
])
def test_lines_that_count_one_noun_with_tiao_are_a_talks_parts(heads, titles):
    found = outline(_talk(heads))
    assert [t for _, _, t in found] == titles
    assert {d for d, _, _ in found} == {1}
    assert all(m.startswith("第") and m[-1] in "，：" for _, m, _ in found)


def test_a_counted_noun_said_to_be_something_is_a_sentence_no_part():
    heads = ["第一条标准，是尊重信息自己传播的规律。", "第二条标准是鼓励用户之间的交流。", "第三条标准，是保留内容的记忆。"]
    assert outline(_talk(heads)) == []


_LAW = ["第一条　为了规范学生社团的管理，促进社团健康发展，制定本办法。",
        "第二条　本办法适用于在校内登记的各类学生社团。",
        "第三条　社团应当遵守国家法律法规和学校的规章制度。"]


@pytest.mark.parametrize("lines", [
    _LAW,  # articles set off by a space
    ["第一条为了规范学生社团的管理，制定本办法。", "第二条本办法适用于校内登记的学生社团。", "第三条社团应当遵守学校规章。"],
    ["第一条经验，先把基础课学扎实。", _BODY, "第二条　本办法适用于在校内登记的各类学生社团。", _MORE],  # one only
    ["第一条经验，先把基础课学扎实。", _BODY, "第二条建议，尽早确定自己的方向。", _MORE],  # two nouns
])
def test_articles_and_mixed_lines_stay_articles(lines):
    found = outline(lines)
    assert found and all(m == t and m.startswith("第") and m.endswith(("条", "條")) for _, m, t in found)
