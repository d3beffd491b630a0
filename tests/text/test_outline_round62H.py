"""Round 62H: a saved page's bold sub-heads beside the plain titles the rules find in its text. A news feature sets
its parts as '<p><strong>…</strong></p>' over their paragraphs, some with a bold deck line under them; where the
title rules took the last part ('两会成为了解国情的窗口' over its deck), the earlier bold sub-heads alone over their
prose were lost, though they are set the same way."""

from __future__ import annotations

import pytest

from support import parse_document

_PROSE = "社区工作人员介绍，今年以来街道共组织各类志愿服务活动二十余场，参与居民超过三千人次，受到了居民的普遍欢迎和好评。"


def _outline(html: str) -> list[str]:
    doc = parse_document(html.encode("utf-8"), "page.html")
    return [h.marker.strip() + h.title for h in doc.headings]


def _page(*parts: tuple[str, ...], prose: int = 4, lead: str = "") -> str:
    """A feature: its headline in a <div>, then each part's bold lines over paragraphs of prose."""
    body = [f"<p>　　{lead}</p>"] if lead else []
    for lines in parts:
        body += [f"<p>　　<strong>{line}</strong></p>" for line in lines]
        body += [f"<p>　　{_PROSE}</p>"] * prose
    return ("<html><head><meta charset=\"utf-8\"><title>社区服务暖人心_新闻频道_某某网</title></head><body>\n"
            "<div class=\"l_tit\">社区服务暖人心</div>\n<div class=\"TRS_Editor\">\n" + "\n".join(body)
            + "\n</div></body></html>\n")


_LAST = ("两会成为了解国情的窗口", "盼准确把握国家发展需求 愿寻求机遇回国有所作为")
_DECKED = ("关注点多与所学专业相关", "法学专业热议法定婚龄")  # a sub-head over one bold deck line

FOUND = [
    # a part's sub-head over a bold deck of its own ('出国前：…？' under '出国前后关注点大不同'): the sub-head
    (_page(("出国前后关注点大不同", "出国前：政治科目会出啥考题？", "出国后：国家未来将如何发展？"), _DECKED, _LAST),
     ["出国前后关注点大不同", "关注点多与所学专业相关", *_LAST]),
    # the same in traditional script, each sub-head over one deck line
    (_page(("出國前後關注點大不同", "出國前：政治科目會出啥考題？"), ("關注點多與所學專業相關", "法學專業熱議法定婚齡"),
           ("兩會成為了解國情的窗口", "盼準確把握國家發展需求 願尋求機遇回國有所作為")),
     ["出國前後關注點大不同", "關注點多與所學專業相關", "兩會成為了解國情的窗口", "盼準確把握國家發展需求 願尋求機遇回國有所作為"]),
]


@pytest.mark.parametrize(("html", "expected"), FOUND)
def test_bold_sub_heads_over_their_decks(html: str, expected: list[str]) -> None:
    assert _outline(html) == expected


LEFT = [
    # a bold run of a name and its fields ('馆长：宋钢', '电话：…'): a card, no part
    (_page(("馆长：宋钢 （教授）", "电话：86178170"), _DECKED, _LAST), "馆长：宋钢 （教授）"),
    # a bold sentence stressed in the text ('…，…。'): emphasis, no sub-head
    (_page(("我们要坚持以人民为中心，把好事办好。", "这是大家的共同心愿"), _DECKED, _LAST), "我们要坚持以人民为中心，把好事办好。"),
    # a run of four bold lines is a passage stressed, not a sub-head and its deck
    (_page(("志愿服务走进千家万户", "惠民政策深入人心", "居民满意度持续提升", "群众办事更方便了"), _DECKED, _LAST),
     "志愿服务走进千家万户"),
    # a run over a short line, no paragraph of prose: a list's name, no part ('服务队' over '志愿者')
    (_page(("志愿服务走进千家万户", "每周都有新面孔"), _DECKED, _LAST).replace(
        "每周都有新面孔</strong></p>\n", "每周都有新面孔</strong></p>\n<p>　　志愿者</p>\n", 1), "志愿服务走进千家万户"),
]


@pytest.mark.parametrize(("html", "line"), LEFT)
def test_bold_runs_that_head_no_part(html: str, line: str) -> None:
    assert line not in _outline(html)


def _news(declared: str, headline: str) -> str:
    """A news page: its menu, its headline in a <div>, its date and source, then the story."""
    return (f"<html><head><meta charset=\"utf-8\"><title>{declared}</title></head><body>\n"
            "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">时政</a> <a href=\"/b\">国际</a></div>\n"
            "<ul><li><a href=\"/c\">财经</a></li><li><a href=\"/d\">体育</a></li><li><a href=\"/e\">科技</a></li></ul>\n"
            f"<div class=\"h-title\">{headline}</div>\n<div class=\"h-info\"><span>2020-02-19 20:29:58</span>"
            "<span>来源：半月谈</span></div>\n<div id=\"detail\">\n" + f"<p>　　{_PROSE}</p>\n" * 4
            + "</div>\n</body></html>\n")


TITLES = [
    # the site's name after a bare dash ('-新华网', '--人民网'): the headline the page shows is the title
    ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！",
     "武汉的声音：有英勇的你，才有英雄的城！"),
    ("街道志愿服务队走进千家万户--人民网", "街道志愿服务队走进千家万户", "街道志愿服务队走进千家万户"),
    # a dash inside the title ('2020-2022年'), or a short first half ('天津-北京…'): the <title> as before
    ("社区服务2020-2022年工作计划", "社区服务工作计划", "社区服务2020-2022年工作计划"),
]


@pytest.mark.parametrize(("declared", "headline", "title"), TITLES)
def test_a_site_name_after_a_bare_dash(declared: str, headline: str, title: str) -> None:
    doc = parse_document(_news(declared, headline).encode("utf-8"), "page.html")
    assert doc.title == title

