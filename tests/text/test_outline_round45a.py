"""Round 45a: a talk counts its lessons with 条 and a noun ('第一条经验，…', '第二条建议：…'), which alone reads as a
law's article 第一条 and lost the part's title; when every 第N条 line of the text counts the same noun, they are the
talk's parts. A law's articles, a single such line and lines that count different nouns stay articles. And a
speaker's points ('第一，…。', '一是…。') that run on with their sentences inside one block of lines are no titles."""

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


# A speaker's points ('第一，…。', '一是…。') each a sentence on its line, inside one block of lines with their own
# sentences between them, in a text that sets its blocks apart with blank lines: the points of one paragraph.

_SAYS = "你只要把录音拖进窗口，它就会按说话人分好段，再把每段的要点标出来，整理好的稿子可以直接发给同事看。"
_LISTS = "会上说到的每一件事都会单独列出来，附上负责人和截止日期，到期之前还会提醒一次，免得大家忘了。"
_OPENS = "各位好，今天给大家介绍一下我这段时间做的一个小工具，它能帮大家少开很多没有结果的会。"


def _points(marks: tuple[str, str, str], apart: bool) -> list[str]:
    gap = [""] if apart else []
    return [_OPENS, "", "这个工具目前已经能做几件事。", f"{marks[0]}自动整理会议录音。", _SAYS, *gap,
            f"{marks[1]}生成待办清单。", _LISTS, *gap, f"{marks[2]}导出成文档。", "导出的文档带目录，可以直接放进团队的知识库里。",
            "", _SAYS, "", _LISTS]


def _spaced_outline(blocks: list[str]) -> list[tuple[int, str, str]]:
    from support import spaced_paragraphs

    from reader.text.outline import parse_outline
    return [(h.depth, h.marker, h.title) for h in parse_outline(spaced_paragraphs(blocks))]


@pytest.mark.parametrize("marks", [("第一，", "第二，", "第三，"), ("一是", "二是", "三是")])
def test_points_run_on_in_one_block_of_lines_are_no_titles(marks):
    assert _spaced_outline(_points(marks, apart=False)) == []


@pytest.mark.parametrize("marks", [("第一，", "第二，", "第三，"), ("一是", "二是", "三是")])
def test_points_each_in_a_block_of_its_own_stay_titles(marks):
    found = _spaced_outline(_points(marks, apart=True))
    assert [m for _, m, _ in found] == list(marks)


@pytest.mark.parametrize("marks", [("第一，", "第二，", "第三，"), ("一是", "二是", "三是")])
def test_points_in_a_text_without_blank_lines_stay_titles(marks):
    found = outline([line for line in _points(marks, apart=False) if line])
    assert [m for _, m, _ in found] == list(marks)
