"""Front matter's trailing comments: a Jekyll template's notes are not the page's title or author."""

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
