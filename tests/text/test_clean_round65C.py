"""Cleaning on material it was not tuned on (session 65C): credits set with a slash ('记者/郭慧敏', '编辑/计巍'), as
newspaper and WeChat accounts print them over an article, are metadata, not a paragraph.

Each case is made up and minimal; each fails without its rule. The leave-alone cases pass before and after.
"""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.credits import credit_bar
from reader.text.decode import decode_bytes

_P1 = "武汉解封了，复工了，正在努力地复苏着。但在城里，还有些人的日子没有回来。"
_P2 = "以下内容根据王希自述整理，文中人物均为化名，时间地点均经本人核实。"


def _clean(text: str, name: str):
    return clean(decode_bytes(text.encode("utf-8"), name))


# --- a credit set with a slash ----------------------------------------------------------------------------------

SLASHED = [  # (line, the field it gives)
    ("记者/郭慧敏", {"author": "郭慧敏"}),
    ("编辑/计巍", {"editor": "计巍"}),
    ("文/六神磊磊", {"author": "六神磊磊"}),
    ("文／杨胜慰", {"author": "杨胜慰"}),
    ("采写/郭玉洁 蒋宇楼 袁思檬", {"author": "郭玉洁 蒋宇楼 袁思檬"}),
    ("摄影 / 廖伟棠", {"other": "廖伟棠"}),
    ("编辑／邢昀", {"editor": "邢昀"}),
]


@pytest.mark.parametrize("line, fields", SLASHED, ids=[s[0] for s in SLASHED])
def test_a_label_and_a_name_across_a_slash_are_a_credit(line, fields):
    assert credit_bar(line, slash=True) == fields


NOT_CREDITS = [
    "编辑/校对",  # two labels, no name
    "文/图",  # the same: a label pair
    "输入/输出",  # no credit label
    "文件/目录",  # a word starting with a label's character
    "编辑/记者 张三",  # a label after the slash
    "编辑/计巍说，这篇稿子改了三遍，还是不满意。",  # a sentence
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_other_slashed_lines_are_no_credit(line):
    assert credit_bar(line, slash=True) == {}


def test_slashed_credits_over_an_article_leave_its_paragraphs():
    doc = _clean(f"记者/郭慧敏\n\n编辑/刘汨\n\n{_P1}\n\n{_P2}\n", "a.md")
    assert [p.text for p in doc.paragraphs] == [_P1, _P2]
    assert (doc.author, doc.editor) == ("郭慧敏", "刘汨")


def test_a_slashed_credit_is_no_title():
    doc = _clean(f"采写/郭玉洁 蒋宇楼\n\n编辑/计巍\n\n{_P1}\n\n{_P2}\n", "a.md")
    assert not doc.title.startswith("采写") and doc.author == "郭玉洁 蒋宇楼"
    assert [p.text for p in doc.paragraphs] == [_P1, _P2]
