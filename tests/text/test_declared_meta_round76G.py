"""A file's declared metadata (front matter, a page's <meta>) as a reader reads it: no template's notes or addresses."""

from __future__ import annotations

from support import parse_document

JEKYLL = ("---\n\ntitle:  雅思备考经验分享 # 不写的话会从文件名自动生成。但标题不宜太长\n"
          "excerpt: \"一场考试可以作为一个阶段性学习的考核\" # 摘要\n"
          "author: \"Minyi ZHU\" # 不写则默认config.yml的网站作者。感觉没必要写\n"
          "date: 2022-08-03 # 发布日期\neditor:\n---\n\n写在前面：共三部分，仅供参考。\n\n## 一、用到的资源\n\n笔者原则：能省就省。\n")


def test_a_comment_after_a_front_matter_value_is_not_part_of_it():
    """d44_07's source: the list and the page showed '雅思备考经验分享 # 不写的话会从文件名自动生成。但标题不宜太长'."""
    doc = parse_document(JEKYLL.encode(), name="post.md")
    assert (doc.title, doc.author, doc.date) == ("雅思备考经验分享", "Minyi ZHU", "2022-08-03")
    text = "---\ntitle: \"C# 与 F# 入门 # 第一讲\"\nauthor: C#小组\n---\n\n正文第一段。\n"
    doc = parse_document(text.encode(), name="post.md")
    assert (doc.title, doc.author) == ("C# 与 F# 入门 # 第一讲", "C#小组")  # a '#' inside a value or its quotes stays


def test_a_toml_front_matter_comment_is_dropped_too():
    text = "+++\ntitle = \"年度总结\" # Hugo 的标题\n+++\n\n正文第一段。\n"
    assert parse_document(text.encode(), name="post.md").title == "年度总结"


def test_a_hugo_or_jekyll_timestamp_is_shown_as_a_day_and_its_time():
    """The header showed 'Date: 2020-04-03T03:39:04.000Z' over a saved Q&A page (the list already showed its day)."""
    dates = []
    for stamp in ("2020-04-03T03:39:04.000Z", "2023-03-23T13:41:30+08:00", "2023-03-23T00:00:00+08:00",
                  "2023-03-23 13:41:30", "2023-03-23"):
        text = f"---\ntitle: 年度总结\ndate: {stamp}\n---\n\n正文第一段。\n"
        dates.append(parse_document(text.encode(), name="post.md").date)
    assert dates == ["2020-04-03 03:39", "2023-03-23 13:41", "2023-03-23", "2023-03-23 13:41", "2023-03-23"]


def test_a_page_whose_author_meta_is_a_web_address_names_no_author():
    """d37_09's page: its header read 'Author: https://www.qingjiao.net.cn/', its template's address."""
    page = ('<html><head><meta charset="utf-8"><meta name="author" content="https://www.qingjiao.net.cn/">'
            '<title>领导介绍</title></head><body><h1>领导介绍</h1><p>张三，男，1970年生，现任馆长，主持全面工作。</p>'
            '<p>李四，女，1975年生，现任副馆长，分管档案接收与征集工作。</p></body></html>')
    assert parse_document(page.encode(), name="x.html").author == ""
