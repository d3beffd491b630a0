"""Web pages' outlines (round 51h): an article's last section whose body is short lines, not prose, built here
on pages of my own."""

from __future__ import annotations

import pytest

from reader.text.lastsections import last_sections, section_levels
from reader.text.model import Block
from support import parse_document

PROSE = "本次大赛面向全市高校学生开放报名，参赛团队需在规定时间内提交作品说明书，评审专家将依据评分指标完成评审。"
NAV = '<nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li><li><a href="/about">关于我们</a></li></ul></nav>'
FOOT = '<footer><p>版权所有 © 2024 某某大学</p></footer>'


def _page(*parts: str) -> bytes:
    return ("<html><head><title>大赛通知</title></head><body>" + NAV + "<h1>大赛通知</h1>"
            + "".join(parts) + FOOT + "</body></html>").encode()


SECTIONS = "".join(f"<h2>{t}</h2><p>{PROSE}</p><p>{PROSE}</p>" for t in ("大赛背景", "大赛日程"))
AWARDS = "<h2>奖项设置</h2><table><tr><td>一等奖</td><td>1名</td></tr><tr><td>二等奖</td><td>3名</td></tr></table>"
CONTACT = "<h2>报名方式</h2><p>请洽：赛事组委会</p><p>电话：021-1234567</p>"
RELATED = '<h2>相关文章</h2><p><a href="/a">另一场比赛的通知</a></p><p><a href="/b">去年的获奖名单</a></p>'
HOT = "<h3>热门推荐</h3><p>本周热门</p><p>点击排行</p>"


def _titles(data: bytes) -> list[str]:
    return [h.title for h in parse_document(data, "page.html").headings]


@pytest.mark.parametrize("tail, want", [
    (AWARDS, ["大赛背景", "大赛日程", "奖项设置"]),  # a table of awards: no prose, the article's all the same
    (CONTACT, ["大赛背景", "大赛日程", "报名方式"]),  # two short lines of contact
    (AWARDS + CONTACT, ["大赛背景", "大赛日程", "奖项设置", "报名方式"]),  # one after the other
    (RELATED, ["大赛背景", "大赛日程"]),  # links under it: the page's related list
    (HOT, ["大赛背景", "大赛日程"]),  # a level the article's sections do not use: the sidebar's
])
def test_a_last_section_of_short_lines_stays_in_the_article(tail: str, want: list[str]):
    assert _titles(_page(SECTIONS, tail)) == want


def _b(text: str, level: int = 0, role: str = "") -> Block:
    return Block(text, 1, level, role)


@pytest.mark.parametrize("levels, want", [
    ([1, 2, 2], {2}),  # the headline alone at the top: its sections' level
    ([1, 2, 3, 3], {2, 3}),
    ([2, 2], {2}),  # no headline: the sections themselves
    ([1], set()),  # a headline alone: no sections
    ([], set()),
])
def test_section_levels(levels: list[int], want: set[int]):
    blocks = [_b(f"标题{k}", n) for k, n in enumerate(levels)] + [_b(PROSE)]
    assert section_levels(blocks, len(levels), len(levels)) == want


@pytest.mark.parametrize("after, moved", [
    ([_b("奖项设置", 2), _b("一等奖 1名", 0, "cell")], 2),
    ([_b("奖项设置", 2), _b("一等奖", 0, "item"), _b("分享到", 0, "chrome")], 2),
    ([_b("相关文章", 2), _b("另一篇文章", 0, "link")], 0),  # a list of links
    ([_b("奖项设置", 2, "chrome"), _b("一等奖")], 0),  # marked chrome by the page
    ([_b("奖项设置", 2), _b("一等奖", 2)], 0),  # a heading straight over a heading: nothing of its own
    ([_b("热门推荐", 3), _b("本周热门")], 0),  # not a level of the article's sections
    ([_b("奖项设置", 2)], 0),  # the page ends on it
])
def test_last_sections(after: list[Block], moved: int):
    blocks = [_b("大赛通知", 1), _b("大赛背景", 2), _b(PROSE), _b("大赛日程", 2), _b(PROSE), *after]
    assert last_sections(blocks, 2, 4) == 4 + moved
