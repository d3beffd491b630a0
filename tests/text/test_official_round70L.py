"""Session 70L: faults left on dev documents, each read by a rule that holds beyond it.

- An order numbered in Chinese numerals ('中华人民共和国主席令第二十二号', '国务院令第一百号') gives its 文号, in the digits
  the Arabic ones are normalised to ('主席令第22号'), so the same order cited either way is one 文号 to sort and find.
- A credit's name keeps no mark a page's template left after it ('责任编辑：孙芸#', d25_05).
- A signer's date with the title run on after it ('二○○六年九月十九日 防治…条例', d24_07) dates the decree.
"""

from __future__ import annotations

import pytest

from reader.text.meta import parse_meta_line
from reader.text.official import extract

_ARTICLE = "第一条　为了规范有关工作，制定本条例。\n第二条　本条例自公布之日起施行。\n"
_LAW = "《中华人民共和国某某法》已由第十届全国人民代表大会常务委员会第十次会议于2004年8月28日通过，现予公布，自2005年1月1日起施行。\n"

# (case, text, field, value)
OFFICIAL = [
    ("the President's order in Chinese numerals, its serial on its own line",
     "中华人民共和国主席令\n第二十二号\n" + _LAW + "中华人民共和国主席　胡锦涛\n2004年8月28日\n" + _ARTICLE, "number", "主席令第22号"),
    ("…on the order's line", "中华人民共和国主席令第二十二号\n" + _LAW + _ARTICLE, "number", "主席令第22号"),
    ("the State Council's hundredth order", "某某条例\n中华人民共和国国务院令第一百号\n" + _ARTICLE, "number", "国令第100号"),
    ("an order's serial with 零", "某某条例\n国务院令第七百零七号\n" + _ARTICLE, "number", "国令第707号"),
    ("a term and a serial in Chinese numerals", "中华人民共和国主席令\n（九届第三十七号）\n" + _LAW + _ARTICLE,
     "number", "主席令（九届第37号）"),
    ("a regulation's note cites the order in Chinese numerals",
     "某某条例\n（1992年3月1日中华人民共和国国务院令第一百号发布）\n" + _ARTICLE, "number", "国令第100号"),
    ("d24_07: the signer's date with the title run on after it",
     "防治海洋工程建设项目污染损害海洋环境管理条例\n中华人民共和国国务院令第　475　号　　《防治海洋工程建设项目污染损害海洋环境管理条例》"
     "已经2006年8月30日国务院第148次常务会议通过，现予公布，自2006年11月1日起施行。\n总　理 　温家宝\n"
     "二○○六年九月十九日 防治海洋工程建设项目污染损害\n海洋环境管理条例\n" + _ARTICLE, "written", "2006-09-19"),
    ("…a date alone under the signer, as before", "某某条例\n中华人民共和国国务院令第475号\n《某某条例》已经国务院常务会议通过，"
     "现予公布。\n总理　温家宝\n2006年9月19日\n" + _ARTICLE, "written", "2006-09-19"),
    # what stays unread
    ("a sentence after the signer's line is no date", "某某条例\n中华人民共和国国务院令第475号\n《某某条例》已经国务院常务会议通过，"
     "现予公布。\n总理　温家宝\n本条例自二○○六年九月十九日起施行\n" + _ARTICLE, "written", ""),
    ("an ordinal that is no serial", "某某条例\n中华人民共和国国务院令第几号\n" + _ARTICLE, "number", ""),
]


@pytest.mark.parametrize("case, text, field, value", OFFICIAL, ids=[c[0] for c in OFFICIAL])
def test_official_field(case: str, text: str, field: str, value: str) -> None:
    assert extract(text).as_dict()[field] == value


# (case, line, field, value)
CREDITS = [
    ("d25_05: a mark after the editor's name", "责任编辑：孙芸#", "editor", "孙芸"),
    ("a full-width mark after the author's", "作者：王小明＊", "author", "王小明"),
    ("a star after a name, then another label", "编辑：李四★ 来源：新华网", "editor", "李四"),
    ("a name with no mark stays whole", "责任编辑：孙芸", "editor", "孙芸"),
    ("a source keeps its own characters", "来源：C#中文社区", "source", "C#中文社区"),
]


@pytest.mark.parametrize("case, line, field, value", CREDITS, ids=[c[0] for c in CREDITS])
def test_credit_names(case: str, line: str, field: str, value: str) -> None:
    assert (parse_meta_line(line) or {}).get(field) == value

