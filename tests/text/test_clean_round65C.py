"""Cleaning on material it was not tuned on (session 65C): credits set with a slash ('记者/郭慧敏', '编辑/计巍'), as
newspaper and WeChat accounts print them over an article, and a news page's dateline bar with its widgets beside the
stamp ('2012年07月11日21:38中国新闻网[微博]戚亚平我要评论(0)'). Each is metadata, not a paragraph.

Each case is made up and minimal; each fails without its rule. The leave-alone cases pass before and after.
"""

from __future__ import annotations

import pytest

from reader.text import meta
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


# --- a dateline bar with its widgets ------------------------------------------------------------------------------

_BODY = "<p>中新网乌鲁木齐7月11日电 随着各地政府出台劳务人员回当地就业政策，新疆兵团劳务用工短缺的问题凸显。</p>" \
        "<p>位于新疆南部的农二师二十九团今年种植棉花13万余亩，计划机采5万亩，但仍有7-8万亩需人工采摘。</p>"


def _page(bar: str) -> str:
    return f"<html><body><h1>新疆兵团远赴内地招收拾花工</h1><div>{bar}</div>{_BODY}</body></html>"


BARS = [  # (the bar as the page sets it, date, source)
    ('<span>2012年07月11日21:38</span><span><a href="#">中国新闻网</a></span><span>[<a href="#">微博</a>]</span>'
     '<span>戚亚平</span><span><a href="#">我要评论<span>(<em>0</em>)</span></a></span>',
     "2012年07月11日21:38", "中国新闻网"),
    ('<span>2011年01月01日 23:11</span><span><a href="#">中新网</a></span>【<a href="#">大</a> <a href="#">中</a> '
     '<a href="#">小</a>】&nbsp;【<a href="#">打印</a>】 <a href="#">共有评论<span>0</span>条</a>',
     "2011年01月01日 23:11", "中新网"),
]


@pytest.mark.parametrize("bar, date, source", BARS, ids=["qq", "ifeng"])
def test_a_dateline_bar_with_widgets_is_the_page_metadata(bar, date, source):
    doc = _clean(_page(bar), "a.html")
    assert [p.text[:9] for p in doc.paragraphs] == ["中新网乌鲁木齐7月", "位于新疆南部的农二"]
    assert (doc.date, doc.source) == (date, source)


def test_a_labelled_source_loses_the_counter_beside_it():
    assert meta.parse_meta_line("2012年07月10日 22:13\u3000来源：新华网\u3000参与互动(0)")["source"] == "新华网"


STAMPED = [  # lines stamped_source read as before: (line, (date, outlet))
    ("TNW中文站 2016年10月14日07:17", ("2016年10月14日07:17", "TNW中文站")),
    ("2016年10月14日07:17 中国新闻网 张三", ("", "")),  # two words and no widget: not read as a bar
    ("2016年10月14日 会议通过【打印】", ("", "")),  # an act's stamp, not an outlet's
    ("2016年10月14日 我们讨论了评论(0)的问题和打印机", ("", "")),  # prose
]


@pytest.mark.parametrize("line, want", STAMPED, ids=[s[0] for s in STAMPED])
def test_other_stamped_lines_read_as_before(line, want):
    assert meta.stamped_source(line) == want
