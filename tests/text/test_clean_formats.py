"""Markdown and saved web pages: headings, metadata and visible text, with lines of the original file."""

from __future__ import annotations

import pytest

from support import DATA, parse_document
from reader.text.formats import markdown_blocks
from reader.text.htmlpage import html_blocks
from reader.text.model import Block

CLEAN = DATA / "clean"


def _load(name: str):
    path = CLEAN / name
    return parse_document(path.read_bytes(), name=path.name), path.read_bytes()


def test_markdown_document():
    doc, raw = _load("report.md")
    assert doc.kind == "markdown"
    assert (doc.title, doc.date, doc.author) == ("关于推进社区图书角建设的工作报告", "2025-03-18", "文化馆调研组")
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "本报告总结过去一年社区图书角的建设情况，并提出下一步打算。详见附件。"  # soft wrap joined, marks gone
    assert "#" not in doc.text and "**" not in doc.text and "](" not in doc.text and "photo.jpg" not in doc.text
    headings = [(p.text, p.heading_level, p.line) for p in doc.paragraphs if p.heading_level]
    assert headings == [("一、基本情况", 2, 12), ("二、存在问题", 2, 19), ("结束语", 1, 34)]
    assert "部分图书角藏书更新慢；" in texts and "志愿者队伍不稳定。" in texts  # bullets stripped
    assert "代码块内容原样保留" in texts and "居民反映：希望增加儿童读物。" in texts
    lines = raw.decode().split("\n")
    for p in doc.paragraphs:
        assert p.text[:2] in lines[p.line - 1], p


def test_markdown_first_heading_is_the_title_without_front_matter():
    doc = parse_document("# 年度总结\n\n## 一、主要成绩\n\n完成了全部任务。\n".encode(), name="x.md")
    assert doc.title == "年度总结"
    assert [(p.text, p.heading_level) for p in doc.paragraphs] == [("一、主要成绩", 2), ("完成了全部任务。", 0)]


def test_a_markdown_headline_that_asks_a_question_is_the_title():
    """'# 特朗普遇刺后，美国大选已定？' (d31_12's source) read as a sentence: the document had no title."""
    doc = parse_document("# 特朗普遇刺后，美国大选已定？\n\n据新华社消息，当地时间7月13日下午发生枪击。\n".encode(), name="x.md")
    assert doc.title == "特朗普遇刺后，美国大选已定？"
    plain = parse_document("特朗普遇刺后，美国大选已定？\n\n据新华社消息，当地时间7月13日下午发生枪击。\n".encode(), name="x.txt")
    assert plain.title != "特朗普遇刺后，美国大选已定？"  # a question in plain text is no title by its form alone


def test_a_markdown_line_all_in_bold_or_a_picture_alone_stands_apart():
    """A CSDN export (d31_09's source) sets '**▌Google：…**' over a picture over its story with no blank line."""
    blocks = markdown_blocks("正文第一行\n**▌Google：从 Mobile First 到 AI First**\n![640](https://x.cn/y.jpg)\n"
                             "2016 年，Google 宣布\n战略转向")
    assert [b.text for b in blocks] == ["正文第一行", "▌Google：从 Mobile First 到 AI First", "2016 年，Google 宣布战略转向"]


def test_markdown_lines_ending_a_sentence_stay_paragraphs():
    blocks = markdown_blocks("第一句话结束了。\n第二句话也结束了。\n这一行没有\n结束")
    assert [b.text for b in blocks] == ["第一句话结束了。", "第二句话也结束了。", "这一行没有结束"]


@pytest.mark.parametrize("line, text", [
    # a feed page's headline links (f7_tools/src/flaging_feed_2021-1-28.md)
    ("### [[有奖]圆桌|2021年，他们为什么还在root和刷机？](https://sspai.com/post/64786)",
     "[有奖]圆桌|2021年，他们为什么还在root和刷机？"),
    ("### [](http://app.21jingji.com/html/20210122gdwl/index.html)", ""),
    ("学习笔记&ensp;第一章", "学习笔记\u2002第一章"),  # entity references are the characters they name
    ("A &amp; B 与 &#8212; 破折号 &lt;b&gt;", "A & B 与 \u2014 破折号 <b>"),
    ("代码 `a &amp;&amp; b` 原样", "代码 a &amp;&amp; b 原样"),  # but not inside a code span
    (":warning: 注意备份 :+1:", "注意备份"),  # GitHub's emoji codes
    ("时间:12:30:00，比分 3:0", "时间:12:30:00，比分 3:0"),  # colons between figures are not codes
])
def test_markdown_inline_links_and_entities_leave_their_text(line, text):
    assert [b.text for b in markdown_blocks(line + "\n")] == ([text] if text else [])


def test_markdown_setext_and_latin_soft_wrap():
    blocks = markdown_blocks("Annual\nreport\n\n标题\n===\n")
    assert blocks == [Block("Annual report", 1), Block("标题", 4, 1)]


def test_html_page():
    doc, raw = _load("autumn_festival.html")
    assert (doc.kind, doc.encoding) == ("html", "gb18030")  # from <meta charset=gb2312>
    assert (doc.title, doc.date, doc.source, doc.author) == ("我市举办秋季读书节", "2025-10-12 09:30", "某某日报",
                                                             "记者 李明")
    assert [p.text for p in doc.paragraphs] == [
        "10月11日，我市第五届秋季读书节在市图书馆开幕。本届读书节以“书香满城”为主题。",
        "一、活动安排",
        "读书节为期两周，共安排讲座、展览和阅读分享会三十余场。",
        "市民可通过图书馆网站预约参加。",
    ]
    assert [p.line for p in doc.paragraphs] == [17, 19, 20, 21]
    assert doc.paragraphs[1].heading_level == 2
    assert {r.reason for r in doc.removed} == {"chrome"}
    assert [r.line for r in doc.removed] == [13, 14, 23, 25]  # nav, breadcrumb, share, footer
    for bad in ("不应出现", "广告", "font-size", "版权所有", "分享到"):
        assert bad not in doc.text


def test_html_scripts_styles_and_entities():
    page = ("<html><body><style>p{color:red}</style><p>甲&amp;乙&nbsp;丙</p><script>alert('x')</script>"
            "<p>第二段<br>换行</p></body></html>")
    assert [b.text for b in html_blocks(page)] == ["甲&乙 丙", "第二段", "换行"]


def test_html_line_numbers_follow_the_source():
    page = "<html>\n<body>\n<div>\n\n  <p>\n第一段\n</p>\n<p>第二段</p></div>\n</body></html>"
    assert [(b.text, b.line) for b in html_blocks(page)] == [("第一段", 6), ("第二段", 8)]


def test_html_title_suffix_dropped_when_no_heading_repeats_it():
    page = "<html><head><title>秋季读书节开幕 - 某某网</title></head><body><p>读书节今天开幕。</p></body></html>"
    doc = parse_document(page.encode(), name="p.html")
    assert doc.title == "秋季读书节开幕" and doc.text == "读书节今天开幕。"


def test_a_title_the_page_sets_again_on_two_lines_is_shown_once():
    """f14_06: the page's <title>, then its two centred bold title lines ('…养护工程施工' / '招标公告')."""
    page = ("<html><head><title>某高速公路养护工程施工招标公告</title></head><body><p>某高速公路养护工程施工</p>"
            "<p>招标公告</p><p>1. 招标条件</p><p>本招标项目已具备招标条件，现对该项目施工进行公开招标。</p></body></html>")
    doc = parse_document(page.encode(), name="p.html")
    assert doc.title == "某高速公路养护工程施工招标公告"
    assert doc.text.split("\n")[0] == "1. 招标条件"


def test_html_from_standard_input_is_recognised():
    page = "<!DOCTYPE html><html><head><title>标题</title></head><body><p>正文。</p></body></html>"
    doc = parse_document(page.encode(), name="<stdin>")
    assert (doc.kind, doc.title, doc.text) == ("html", "标题", "正文。")


def test_government_policy_page_of_our_own_making():
    doc, _ = _load("gov_policy_page.txt")
    assert (doc.title, doc.date) == ("某某省人民政府办公厅关于进一步优化政务服务的实施意见", "2024年05月20日")
    assert doc.paragraphs[0].text == "各市、县人民政府，省政府各部门："
    assert doc.paragraphs[-1].text == "（此件公开发布）"
    reasons = {r.line: r.reason for r in doc.removed}
    assert reasons == {1: "chrome", 2: "chrome", 3: "meta", 4: "meta", 5: "meta", 6: "meta", 8: "duplicate",
                       21: "chrome", 22: "chrome"}


def test_wechat_article_of_our_own_making():
    doc, _ = _load("wechat_article.txt")
    assert (doc.title, doc.source, doc.date, doc.editor) == ("乡村振兴看这里｜小山村里的“大产业”", "某某县融媒体中心",
                                                             "2024-03-15 18:30", "小王")
    assert [p.line for p in doc.paragraphs] == [4, 5, 6]
    assert {r.reason for r in doc.removed} == {"meta", "promo", "chrome"}
    # stamp, follow-us line, 4 credits, 往期推荐 + 2 links, counter, widget row
    assert [r.line for r in doc.removed] == [2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15]


def test_pdf_extract_with_page_footers_inside_a_wrapped_paragraph():
    doc, raw = _load("pdf_extract.txt")
    lines = raw.decode().split("\n")
    assert doc.title == lines[0]
    assert [p.text for p in doc.paragraphs if len(p.text) < 12] == ["一、提高思想认识", "二、全面排查隐患"]
    assert len(doc.paragraphs) == 4
    assert doc.paragraphs[1].text.endswith("压实工作责任。")  # the lone '。' line closes its paragraph
    assert [(r.reason, r.text) for r in doc.removed] == [("site-junk", "- 1 -"), ("site-junk", "第 1 页 共 3 页")]


def test_html_navigation_classes_mark_chrome_but_not_the_whole_body():
    page = ('<html><body class="has-navbar"><ul id="main-menu"><li>首页</li><li>机构设置</li><li>政务公开</li></ul>'
            '<h1>文章标题</h1><p>这是正文。</p><div class="article-share">分享</div>'
            '<div class="related-list">另一篇文章的题目</div></body></html>')
    doc = parse_document(page.encode(), name="p.html")
    assert (doc.title, doc.text) == ("文章标题", "这是正文。")
    assert sorted(r.text for r in doc.removed) == sorted(["首页", "机构设置", "政务公开", "分享", "另一篇文章的题目"])


def test_a_mirrors_back_home_link_set_as_a_heading_is_chrome_not_the_title():
    source = DATA / "corpus" / "f8_tools" / "src" / "gnews_10_hk.md"  # '###  [:house:返回首頁](https://github.com/…)'
    doc = parse_document(source.read_bytes(), name=source.name)
    assert doc.title == "香港政府出爾反爾，繼續縮緊對新聞界的審查"
    assert "返回首頁" in [r.text for r in doc.removed] and "返回首頁" not in [h.title for h in doc.headings]


def test_a_short_rules_page_keeps_every_article_past_a_list_of_short_items():
    """A short 办法 as a web page: '（一）可回收物；' items after an article's '…以下四类：' are its text, not a menu
    between two articles (the page once lost everything after 第二条 as chrome)."""
    items = "".join(f"<p>（{n}）{kind}；</p>" for n, kind in zip("一二三四", ("可回收物", "有害垃圾", "厨余垃圾", "其他垃圾")))
    page = ("<html><head><meta charset='utf-8'><title>某某市生活垃圾分类管理办法</title></head><body>"
            "<h1>某某市生活垃圾分类管理办法</h1><h2>第一章　总则</h2>"
            "<p>第一条　为了加强生活垃圾分类管理，改善人居环境，制定本办法。</p>"
            "<p>第二条　本市行政区域内生活垃圾分类投放、收集、运输、处理及其监督管理活动，适用本办法。</p>"
            f"<h2>第二章　分类投放</h2><p>第三条　本市生活垃圾分为以下四类：</p>{items}"
            "<p>第四条　单位和个人应当按照规定分类投放生活垃圾。</p><h2>第三章　附则</h2>"
            "<p>第五条　本办法自2025年7月1日起施行。</p></body></html>")
    doc = parse_document(page.encode("utf-8"), "banfa.html")
    assert [r.text for r in doc.removed if r.reason == "chrome"] == ["某某市生活垃圾分类管理办法"]  # the <title>
    assert "第五条 本办法自2025年7月1日起施行。" in [p.text for p in doc.paragraphs]
    assert [h.marker for h in doc.headings] == ["第一章", "第一条", "第二条", "第二章", "第三条", "第四条", "第三章", "第五条"]
