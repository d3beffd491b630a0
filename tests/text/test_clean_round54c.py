"""Round 54c: a list's next item on the very next line is a new paragraph (the rewrap joined tight items whose run
measured its own width from them), and a bracket pair reads full-width together or not at all."""

from __future__ import annotations

import pytest

from support import parse_document


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in parse_document(text.encode("utf-8"), "note.txt").paragraphs]


@pytest.mark.parametrize("items", [
    ["1. 早期，个体差别很大，容易走偏", "2. 晚期，个体差别很小，容易停住"],  # glossed items, each a full line
    ["（1）确认申请人的基本资料齐全", "（2）核对申请人提交的证明文件"],  # bracketed family
    ["一、先由小组长收集大家的意见", "二、再由负责人统一整理后上报"],  # Chinese numerals
    ["3. 意识能够指导人去改造世界的", "4. 意识可以调控人的行为和活动"],  # a list going on from 3
])
def test_tight_numbered_items_stay_apart(items):
    text = "学习笔记\n\n下面是这一节的要点：\n\n" + "\n".join(items) + "\n\n以上就是全部的内容，请大家课后复习。\n"
    paragraphs = _paragraphs(text)
    for item in items:
        assert item in paragraphs


_PROSE = ("我们在这一年里做了很多的工作，既有成绩也有不足，需要认真总结经验教训。各部门都按照年初的部署推进了各项任务，"
          "取得了比较明显的进展。下一步还要继续努力，把好的做法坚持下去，把不足的地方改进过")


def _full(head: str, tail: str, columns: int = 60) -> str:
    """A line of a text hard-wrapped at `columns`: `head`, filler words, then `tail`."""
    from reader.text.lineshape import width

    filler = "按照计划稳步推进各项工作任务落实到位"
    line, k = head, 0
    while width(line + tail) < columns:
        line, k = line + filler[k % len(filler)], k + 1
    return line + tail


@pytest.mark.parametrize("first, second, joined", [
    # a line filling the wrap is cut where the width fell: a number at the next line's start is the cut's (round 71E:
    # unless it reads as the list's next item, '2. ' after a paragraph opened by '1. ', which a cut gives almost never)
    (_full("1. 今年全年的营业收入比上年", "增长了"), _full("2.5倍，利润也有了大幅度提高", "，员工"), "增长了2.5倍"),
    (_full("1. 今年全年的营业收入", "，增长"), _full("2倍，利润也有了大幅度提高", "，员工"), "增长2倍"),
    # a line stopping inside its sentence goes on whatever the next line opens with
    (_full("1. 今年全年的营业收入", "，"), _full("2. 倍，利润也有了大幅度提高", "，员工"), "，2. 倍"),
])
def test_a_wrapped_line_that_happens_to_open_with_a_number_still_joins(first, second, joined):
    lines = [_PROSE[k:k + 30] for k in range(0, 90, 30)]
    text = "\n".join(lines + ["了将近十个百分点，成绩是主要的。"] + lines + ["了将近十个百分点，成绩是主要的。", first, second] + lines) + "\n"
    assert any(joined in p for p in _paragraphs(text))


@pytest.mark.parametrize("text, seen", [
    ("System.gc()方法", "System.gc（）方法"),  # ')' touches 方: its '(' turns with it
    ("(1)在里昂", "（1）在里昂"),
    ("调用f(a(b)中)", "调用f（a（b）中）"),
    ("print(x)", "print(x)"),  # no Chinese beside either: as written
    ("a(b\n)中", "a(b\n）中"),  # a pair never spans a line: the lone one decides alone
    ("x)中", "x）中"),  # a bracket without a partner turns alone, as before
])
def test_a_bracket_pair_turns_full_width_together(text, seen):
    from reader.text.punctuation import as_full_width

    assert as_full_width(text) == seen


@pytest.mark.parametrize("text, code", [
    ("async_run(5, 1, 4) 的任务树分析", False),  # a call named, Chinese words after it: a title
    ("netif(4) 和 14.0 的网络支持", False),
    ("foo(a(b)) 的用法", False),
    ("print(s1 in s2)", True),
    ("print(x) # 输出", True),  # a comment after the call
    ('print("中") 中', True),  # a string inside: read as code
    ("x = f(1) 中", True),  # an assignment
    ("run(a) {", True),
])
def test_a_call_with_chinese_words_after_it_names_the_code(text, code):
    from reader.text.codeblocks import code_like

    assert code_like(text) is code
