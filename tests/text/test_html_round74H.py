"""A saved page that declares no title (no <title>, or the editor's '无标题文档') but shows one <h1> is titled by it,
where the article left the <h1> out as a banner over a menu or over its first part and the file's name was shown.

The lines are real: a play's site whose <h1>铁流东进</h1> stands over its menu and the interviews
(d51_07), a contest's rules page whose <h1>大赛规则</h1> stands over its parts (d66_04), dev documents of
tests/data/corpus."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document

MENU = ("<ul class='level'><li><a href='index.html'>人物志</a></li><li><a href='p.html'>宣传</a></li>"
        "<li><a href='m.html'>媒体报道</a></li><li><a href='z.html'>专访</a></li></ul>")
INTERVIEW = ("<h2>《铁流东进》主演侯岩松创作谈：坚守创作的阵地 用艺术为烈士呐喊</h2>"
             "<p>《铁流东进》从小说到剧本的形成，从因疫情停止排练到现在终于走到合成阶段，一路走来，我的心情非常澎湃。"
             "因为艺术创作不容易，国家话剧院打造精品更不容易。</p>"
             "<p>两年前我是在安徽偶然发现了这部小说，我就积极将它推荐给剧院。我想把它改成剧本，应该能具备我们国家话剧院"
             "展现艺术创作精品的基调。</p>"
             "<h2>《铁流东进》主演田征创作感言：在舞台上和兄弟们同生共死是最幸福的</h2>"
             "<p>在排练场上，我们每天起早贪黑，摸爬滚打，没有任何怨言，这份情谊让我终生难忘。</p>")
RULES = ("<div class='rule-con-top'><h1>大赛规则</h1><p>详尽规则确保大赛公平·同时发挥你最佳水准</p></div>"
         "<h2>关于参赛团队</h2><p>1. 参赛团队应至少由一人组成，团队负责人必须为上海市高效在校生，其他团队成员必须为高校在校生，"
         "年龄、国籍不限，一名参赛人员仅允许参与一支参赛队伍。</p>"
         "<p>2. 每支参赛团队必须有一名高校在职指导老师，年龄、职称、研究方向等不限。</p>"
         "<h2>关于作品创意</h2><p>1. 参赛团队提交以气象数据应用为主题的创意解决方案。</p>")
SITE_MENU = ("<ul class='main_nav'><li><a href='index.html'>SMDA大赛</a></li><li><a href='rule.html'>大赛规则</a></li>"
             "<li><a href='download.html'>比赛数据</a></li><li><a href='procreate.html'>报名通道</a></li></ul>")


def _document(page: str):
    return build_document(decode_bytes(page.encode("utf-8"), name="p.html"))


@pytest.mark.parametrize("head, body, title", [
    ("<title>无标题文档</title>", f"<div class='head'><h1 class='title'>铁流东进</h1>{MENU}</div>{INTERVIEW}", "铁流东进"),
    ("", f"<div class='header'>{SITE_MENU}</div>{RULES}", "大赛规则"),
    ("<title>Untitled Document</title>", f"<h1>铁流东进</h1>{MENU}{INTERVIEW}", "铁流东进"),
], ids=["placeholder title, h1 over menu", "no title, h1 over parts", "English placeholder"])
def test_a_pages_one_h1_titles_it_when_it_declares_none(head, body, title):
    doc = _document(f"<html><head>{head}</head><body>{body}</body></html>")
    assert doc.title == title
    assert title not in [p.text for p in doc.paragraphs]  # a title, not a line of the text as well
    assert len(doc.headings) == 2  # the page's two parts are its outline as before


@pytest.mark.parametrize("head, body, title", [
    ("<title>铁流东进 人物专访</title>", f"<h1>铁流东进</h1>{MENU}{INTERVIEW}", "铁流东进 人物专访"),  # its <title> rules
    ("<title>无标题文档</title>", f"<h1>铁流东进</h1>{MENU}<h1>专访</h1>{INTERVIEW}", ""),  # two <h1>: neither
    ("<title>无标题文档</title>", f"<nav><h1>铁流东进</h1>{MENU}</nav>{INTERVIEW}", ""),  # the menu's own
    ("<title>无标题文档</title>", f"<h1>正文</h1>{MENU}{INTERVIEW}", ""),  # a box's label names no page
], ids=["declared title", "several h1", "h1 in the menu", "box label"])
def test_other_pages_keep_their_titles(head, body, title):
    assert _document(f"<html><head>{head}</head><body>{body}</body></html>").title == title
