"""Round 68M: a scraped page's <title> on a text file's first line ('标题_网易新闻', '标题-帮助中心-搜狗彩票',
'标题 — 书名 第2版'), its headline again on a line of the article below: the document's title, not a line of its text."""

from __future__ import annotations

import pytest

from reader.text.model import Block
from reader.text.pagetitles import page_title_line
from support import parse_document

_BODY = "本规则依据有关规定制定，适用于全国范围内的销售、开奖和兑奖工作，凡购买者均被视为同意并遵守本规则的各项规定。"


def _page(first: str, headline: str) -> str:
    return f"{first}\n首页\n帮助中心\n{headline}\n{_BODY}\n{_BODY}\n"


def _blocks(first: str, headline: str) -> list[Block]:
    return [Block(text, n) for n, text in enumerate(_page(first, headline).splitlines(), 1)]


_TITLES = [
    ("侠客岛：现如今，真是在“国进民退”吗？_网易新闻", "侠客岛：现如今，真是在“国进民退”吗？"),
    ("关于开展世界家庭医生日主题宣传活动的通知__上海市卫生健康委员会", "关于开展世界家庭医生日主题宣传活动的通知"),
    ("七乐彩玩法规则-帮助中心-搜狗彩票", "七乐彩玩法规则"),
    ("七乐彩玩法规则-帮助中心-搜狗彩票", "七乐彩玩法规则-帮助中心"),
    ("第一节 连续体系梁桥的特点 — 桥梁工程 第2版", "第一节 连续体系梁桥的特点"),
    ("Mozilla 參與我們的方式 - MozTW, Mozilla Taiwan Community", "Mozilla 參與我們的方式"),
    ("基础物理实验随机误差的分布规律｜暗烨の小屋", "基础物理实验随机误差的分布规律"),
]

_KEPT = [
    ("坚持以人民为中心——学习贯彻重要讲话精神", "坚持以人民为中心"),  # '——' opens a subtitle
    ("第四章-后果主义", "第四章"),  # a chapter's number and name
    ("參與我們 - MozTW, Mozilla Taiwan Community", "參與我們"),  # a menu's item as much as a headline
    ("第十届中国管理学年会会议纪要2015-2016", "第十届中国管理学年会会议纪要2015"),  # a span of years
    ("生食三文鱼团标出台两月_网易财经", "多部门称还在研究标准"),  # the headline not said again
    ("生食三文鱼团标出台两月_多部门称还在研究标准。", "生食三文鱼团标出台两月"),  # a sentence after it
    ("关于开展安全生产大检查的通知", "关于开展安全生产大检查的通知"),  # no separator
]


@pytest.mark.parametrize("first, headline", _TITLES)
def test_a_pages_title_over_its_headline_is_known(first, headline):
    assert page_title_line(first, _blocks(first, headline)) == first


@pytest.mark.parametrize("first, headline", _KEPT)
def test_a_line_of_the_text_is_no_pages_title(first, headline):
    assert page_title_line(first, _blocks(first, headline)) == ""


# the rows the reader read as its text's first line before ('七乐彩玩法规则-帮助中心-搜狗彩票' it took as a title already)
@pytest.mark.parametrize("first, headline", [_TITLES[0], _TITLES[4], _TITLES[5]])
def test_the_pages_title_is_the_documents_title_and_leaves_the_text(first, headline):
    doc = parse_document(_page(first, headline).encode("utf-8"), "page.txt")
    assert doc.title == first
    assert first not in [p.text for p in doc.paragraphs]
    assert headline in [p.text for p in doc.paragraphs]  # the article's own headline stays where it stands


def test_the_pages_title_copied_twice_leaves_no_copy_in_the_text():
    first, headline = "基础物理实验 21 随机误差的分布规律(82.5pts) | 暗烨の小屋", "基础物理实验 21 随机误差的分布规律(82.5pts)"
    doc = parse_document(_page(f"{first}\n{first}", headline).encode("utf-8"), "page.txt")
    assert doc.title == headline  # its site's name taken off, as before
    assert first not in [p.text for p in doc.paragraphs]
    assert [(r.reason, r.line) for r in doc.removed if r.text == first] == [("duplicate", 2)]
