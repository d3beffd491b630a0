"""Cleaning that loses nothing an author wrote: a Markdown file's code and a report's lines about contributors stay in
the text (the reader never shows less than the document holds, only less of a web page's furniture)."""

from __future__ import annotations

import pytest

from support import parse_document


@pytest.mark.parametrize("text, reason", [
    ("贡献者：dickens7", "site-junk"),  # a document site's uploader field
    ("上传者：张三", "site-junk"),
    ("贡献者统计", ""),  # a community weekly's section (d41_11 '## 贡献者统计' was dropped as junk)
    ("贡献者，是衡量开源项目的金指标", ""),  # a sentence about contributors
    ("贡献者：对开源社区有实质性的贡献的用户（包括代码贡献和非代码贡献）", ""),  # a report's definition (d38_01)
])
def test_a_document_sites_uploader_field_is_junk_and_a_line_about_contributors_is_not(text, reason):
    from reader.text.debris import line_reason

    assert line_reason(text) == reason


def test_a_markdown_fences_code_is_never_taken_for_page_furniture():
    """d19_02's Python and d36_05's mermaid diagram lost their '    ],' and 'F -->|收斂| Done[結案]' lines as chrome."""
    code = "    data = [\n        1,\n    ],\n    )\n    F -->|收斂| Done[結案]\n查看视频 ↗"
    text = f"# 说明\n\n下面是一段代码，请仔细阅读其中的每一行。\n\n```python\n{code}\n```\n\n以上就是全部内容。\n"
    doc = parse_document(text.encode("utf-8"), "notes.md")
    for line in code.split("\n"):
        assert line.strip() in doc.text


def test_a_markdown_tables_lone_figure_is_a_cell_not_a_page_number():
    """d21_08: a quotation table's subtotal row '| | | | 51800 |' was dropped as a page number."""
    text = ("# 報價比較\n\n| 項目 | 坪數 | 單價 | 總價 |\n| --- | --- | --- | --- |\n| 頂樓防水工程 | 20坪 | 1600 | 32000 |\n"
            "| | | | 51800 |\n| **合計** | | | **71800** |\n")
    assert "51800" in parse_document(text.encode("utf-8"), "quote.md").text


def test_a_marked_year_heading_is_a_section_not_a_page_number():
    """d30_07: reading notes kept by year ('## 2022', '## 2021') lost both years as page numbers, and their books
    climbed to the top level; a bare number in running text is still a page number."""
    text = ("# 读书笔记\n\n这两年读书太少，看看这次可以读多久。\n\n## 2022\n\n《Go语言设计与实现》，专业书，每天早上半小时。\n\n"
            "## 2021\n\n### 《我和吴祖光》\n\n起因是看了一篇文章，第二次正好搜到了94年版本。\n\n### 风声\n\n读完了。\n")
    doc = parse_document(text.encode("utf-8"), "notes.md")
    assert [(h.depth, h.title) for h in doc.headings] == [(1, "2022"), (1, "2021"), (2, "《我和吴祖光》"), (2, "风声")]
    plain = parse_document("第一段话写在这里，很长的一段话。\n\n12\n\n第二段话写在这里。\n".encode("utf-8"), "notes.txt")
    assert "12" not in plain.text.split("\n")


@pytest.mark.parametrize("metas, source", [
    # d45_02: a government site names itself first, then the article's own source
    ('<meta name="SiteName" content="广州市南沙区人民政府门户网站"><meta name="ContentSource" content="广州市南沙区统计局">',
     "广州市南沙区统计局"),
    ('<meta name="ContentSource" content="广州日报"><meta name="SiteName" content="广州市人民政府门户网站">', "广州日报"),
    ('<meta name="SiteName" content="广州市人民政府门户网站">', "广州市人民政府门户网站"),  # only the site: that is all
])
def test_a_pages_own_source_outranks_its_sites_name(metas, source):
    page = (f"<html><head><title>南沙区统计局召开培训会</title>{metas}</head><body><h1>南沙区统计局召开培训会</h1>"
            "<p>为切实抓好南沙区互联网经济定报工作，进一步提升统计数据质量，南沙区统计局召开了培训会。</p></body></html>")
    assert parse_document(page.encode("utf-8"), "page.html").source == source


@pytest.mark.parametrize("text, reason", [
    ("全文下载", "chrome"),  # d45_03: a government page's download button over its article
    ("下载全文", "chrome"),
    ("pdf下载", "chrome"),  # and its format buttons beside it
    ("Word下载", "chrome"),
    ("如需全文下载请联系我们，我们会尽快回复。", ""),  # a sentence about downloading
    ("A+大A+中A+小", "chrome"),  # d32_05: a page's text-size buttons with no label
    ("A级大学", ""),
])
def test_a_pages_download_and_size_buttons_are_chrome(text, reason):
    from reader.text.debris import line_reason

    assert line_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("← 第3章 理论基础", "chrome"),  # d46_04: a book site's links to the chapters beside this one
    ("  第5章 声明式编程 →", "chrome"),  # (it hid that the file's own '第4章' titles it)
    ("← 返回目录", "chrome"),
    ("输入 → 输出", ""),  # an arrow inside a line is the text's
    ("数据流：A → B → C。", ""),
])
def test_links_to_the_chapters_beside_are_chrome(text, reason):
    from reader.text.debris import line_reason

    assert line_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("\ue62b", "chrome"),  # d47_03: an icon font's glyph between a blog's menu entries, shown as an empty box
    ("  \ue62b \ue62b", "chrome"),
    ("Loading...", "chrome"),  # the page's placeholder while its script ran
    ("加载中…", "chrome"),
    ('web/image/gywm.jpg" alt="呵护地球" style="margin-top: 10px;border:1px solid #cccccc;" />', "site-junk"),  # d20_05
    ('850)this.width=850" src="http://www.nbxiaoshi.net/ewebeditor/uploadfile/201908/a.png" border="0">', "site-junk"),
    ('                Target="footnotes.xml"/>', ""),  # an XML listing's continued element (d25_03) is code
    ('<img src="logo.png" alt="校徽" />', ""),  # a tutorial's whole tag is code
    ('web/css/gywm.css"/> 关于我们', ""),  # the page's title after the junk keeps its line
    ("Loading the page takes a few seconds.", ""),
    ("数据加载中，请耐心等待片刻后再刷新页面查看。", ""),
])
def test_a_pages_icons_placeholders_and_cut_tags_are_debris(text, reason):
    from reader.text.debris import line_reason

    assert line_reason(text) == reason


def test_a_saved_pages_question_title_over_its_headline_is_the_title_and_its_stamp_the_date():
    """d48_01: a WeChat page kept as text opens with its title, the headline repeating it, then '原创： 红领巾
    2018-05-23'; the question mark made the title read as body, so the file had no title, both lines stayed and the
    stamp was a heading."""
    text = ("这份让人成就感爆棚的工作，你要来吗？\n这份让人成就感爆棚的工作，你要来吗？\n原创： 红领巾 2018-05-23\n"
            "来自2016级通信工程专业的张翰飞，对导论课有着特别的体验，因为他是作为一名转专业的同学进入信通院的。\n")
    doc = parse_document(text.encode("utf-8"))
    assert doc.title == "这份让人成就感爆棚的工作，你要来吗？" and doc.date == "2018-05-23"
    assert doc.text.startswith("来自2016级")


def test_a_question_opening_the_text_is_no_title_unless_repeated():
    """A guard: a file opening with a question sentence ('你知道吗？') over its body does not take it as a title."""
    doc = parse_document("你知道吗？\n今天我们来讲一讲导论课的故事，这门课对很多同学都有特别的意义。\n".encode("utf-8"))
    assert doc.title != "你知道吗？"


@pytest.mark.parametrize("head, title", [
    # d33_07: the page's <title>, then its headline after the favicon link a scraper cut open; the two were read as
    # one title broken over two lines ('用户入馆管理办法"/>" rel="shortcut icon" …/> 用户入馆管理办法')
    ('用户入馆管理办法\n"/>" rel="shortcut icon" type="image/vnd.microsoft.icon"/> 用户入馆管理办法\n', "用户入馆管理办法"),
    # d20_05's shape: the junk line alone over the text was the title itself
    ('web/image/favicon.ico" type="image/x-icon" /> web/css/gywm.css"/> 绿源环保协会规章制度\n', "绿源环保协会规章制度"),
])
def test_tags_cut_open_before_a_pages_title_are_removed_and_the_title_kept(head, title):
    body = "第一条 读者入馆须遵守本办法，爱护馆内设施，保持安静整洁。\n第二条 读者凭本人有效证件入馆，不得转借他人使用。\n"
    doc = parse_document((head + body).encode("utf-8"))
    assert doc.title == title
    assert 'rel="shortcut icon"' not in doc.text and "gywm.css" not in doc.text
    assert any(r.reason == "chrome" and r.text.endswith("/>") for r in doc.removed)


def test_a_documentation_pages_permalink_signs_are_removed_from_its_titles():
    """d53_01: a Sphinx page kept as text ends each title with its permalink sign ('Definitions 定义¶'); the sign
    stayed in the text and the titles, so none read as a title."""
    body = "本建议书中使用下列术语和定义，这些定义适用于本建议书的全部内容，并与相关标准保持一致。"
    text = f"ASN.1 标准\n\nDefinitions 定义¶\n\n{body}\n\n附加的定义¶\n\n{body}\n"
    doc = parse_document(text.encode("utf-8"))
    assert "¶" not in doc.text and any(r.text == "¶" and r.reason == "chrome" for r in doc.removed)
    assert "Definitions 定义" in doc.text.split("\n")


@pytest.mark.parametrize("headline", ["对话“刺死辱母者案”当事人于欢：七年，从儿子、丈夫到父亲",
                                      "2026台北燈節交通管制，搭乘大眾運輸前往最方便"])
def test_a_headline_with_commas_set_apart_over_the_text_is_its_title(headline):
    """d51_06, f7_04 and five more: a feature's first line, a blank line under it, had no title for its commas (a
    wrapped sentence's first line has them too), so the library listed the file's name."""
    body = "于欢给自己的微信取名为“归来去_”，头像是他正在吃西瓜的照片，看起来和同龄人没有什么两样。"
    doc = parse_document(f"{headline}\n\n{body}\n\n{body}\n".encode("utf-8"))
    assert doc.title == headline


def test_a_wrapped_sentence_opening_the_text_is_still_no_title():
    """A guard: the first line of a paragraph hard-wrapped under it, no blank line between, is no title."""
    text = ("于欢给自己的微信取名为“归来去_”，头像是他正在吃西瓜\n的照片，看起来和同龄人没有什么两样，说话的语气也\n"
            "很平静，谈起过去的事情时并不回避。\n")
    assert parse_document(text.encode("utf-8")).title == ""
