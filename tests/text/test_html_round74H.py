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


# A district government's news page (d37_08): its <h1> headline, then the <h2> subtitle under it, then the story.
NEWS = ("<div class='crumb'><a href='/'>首页</a> > <a href='/yw'>要闻动态</a> > <a href='/zw'>政务要闻</a></div>"
        "<h1>潘志军主持召开互联网医疗座谈会</h1><h2>打造优质产业生态 推动互联网与医疗联合创新</h2>"
        "<p>发布时间：2024-10-08来源：白云时事</p>"
        "<p>9月27日，区长潘志军主持召开互联网医疗座谈会，与相关部门、镇街、企业等深入交流，分析我区互联网医疗产业发展方向和具体"
        "举措，以进一步提升全区“互联网+医疗健康”综合发展水平。</p>"
        "<p>会上，区卫生健康局汇报了我区互联网医疗产业发展特点、重点项目、下一步发展思路；省医药集团、白云产投等企业作了发言。</p>")
# A college's news column (d59_10): the column's name in the <h1>, the article's own headline in the <h2>.
COLUMN = ("<h1>学院新闻</h1><h2>新媒体学院植树节特别活动顺利举行</h2>"
          "<p>3月12日，正值植树节之际，新媒体学院分团委学生会青年志愿者服务队在校园内开展植树活动，同学们积极参与，"
          "挥锹铲土、扶苗浇水，为校园增添了一抹新绿。</p><p>活动结束后，大家纷纷表示今后要继续爱绿护绿。</p>")


@pytest.mark.parametrize("declared, body, title, first_line", [
    ("潘志军主持召开互联网医疗座谈会-广州市白云区人民政府门户网站", NEWS, "潘志军主持召开互联网医疗座谈会",
     "打造优质产业生态 推动互联网与医疗联合创新"),
    ("学院新闻", COLUMN, "新媒体学院植树节特别活动顺利举行", "3月12日"),  # a column's short label: as before
], ids=["headline over its subtitle", "column label over the headline"])
def test_a_headline_over_its_subtitle_is_the_title(declared, body, title, first_line):
    doc = _document(f"<html><head><title>{declared}</title></head><body>{body}</body></html>")
    assert doc.title == title
    assert doc.text.startswith(first_line)  # the subtitle a line under the title, no section of the story
    assert not doc.headings


def test_an_h1_over_two_parts_keeps_them_parts():
    page = NEWS.replace("<p>会上", "<h2>加强统筹协调</h2><p>会上")
    doc = _document(f"<html><head><title>潘志军主持召开互联网医疗座谈会</title></head><body>{page}</body></html>")
    assert doc.title == "潘志军主持召开互联网医疗座谈会"
    assert [h.title for h in doc.headings] == ["打造优质产业生态 推动互联网与医疗联合创新", "加强统筹协调"]


@pytest.mark.parametrize("declared, title", [
    ("第一章 概述 · Mastering Bitcoin 2nd Edition - 繁中", "第一章 概述"),  # a GitBook page: the book's name after ' · '
    ("“海丝茶源·飘香安溪” 入选“驾游中国”精品路线", "“海丝茶源·飘香安溪” 入选“驾游中国”精品路线"),  # '·' in a name
])
def test_a_spaced_middle_dot_parts_a_title_from_its_books_name(declared, title):
    body = ("<nav><a href='/'>Introduction</a><a href='/ch01'>第一章 概述</a><a href='/ch02'>第二章 比特幣如何運作</a></nav>"
            "<p>比特幣是組成數位貨幣生態的一系列概念和技術的集合。用戶可以通過比特幣完成傳輸價值的行為，"
            "與傳統貨幣不同，比特幣是完全虛擬的。</p>")
    assert _document(f"<html><head><title>{declared}</title></head><body>{body}</body></html>").title == title


# A lottery's rules page (d34_04): a sidebar's box, then the rules' name in an <h3> over their chapters in <h2>.
LOTTERY = ("<h3>彩种分类</h3><ul><li>全国统一体彩</li><li>全国统一福彩</li></ul>"
           "<h3>江西时时彩游戏规则</h3><h2>第一章 总则</h2>"
           "<p>第一条 根据《彩票发行与销售管理暂行规定》（财综[2002]13号）等规定，结合计算机网络技术和数字型彩票的特点，制定本规则。</p>"
           "<p>第二条 江西省电脑福利彩票“时时彩”（简称时时彩）由中国福利彩票发行管理中心组织，江西省福利彩票发行中心承销。</p>"
           "<h2>第二章 投注</h2><p>第六条 “时时彩”是以一组自然数为投注号码的彩票，每组投注号码由0-99999组成。</p>"
           "<h2>第三章 设奖</h2><p>第十条 “时时彩”按当期销售总额的50%、13%和37%分别计提奖金、发行费和公益金。</p>")


def test_a_name_set_smaller_than_its_numbered_chapters_is_the_title():
    doc = _document(f"<html><head></head><body>{LOTTERY}</body></html>")
    assert doc.title == "江西时时彩游戏规则"
    assert [h.marker.strip() for h in doc.headings if h.depth == 1] == ["第一章", "第二章", "第三章"]


def test_an_unnumbered_part_among_them_leaves_the_smaller_heading_a_part():
    page = LOTTERY.replace("<h2>第三章 设奖</h2>", "<h2>设奖</h2>").replace("游戏规则", "游戏玩法")  # no genre's name
    assert _document(f"<html><head></head><body>{page}</body></html>").title != "江西时时彩游戏玩法"


def test_a_name_that_ends_as_rules_do_is_the_title_even_so():
    page = LOTTERY.replace("<h2>第三章 设奖</h2>", "<h2>设奖</h2>")  # '…游戏规则' is titled as documents are
    assert _document(f"<html><head></head><body>{page}</body></html>").title == "江西时时彩游戏规则"
