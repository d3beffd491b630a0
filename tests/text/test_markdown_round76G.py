"""A Hexo post as its blog shows it: front matter closed by '---' alone, and a '<style>' block with blank lines."""

from __future__ import annotations

from support import parse_document
from reader.text.formats import markdown_blocks

HEXO = ("title: 第 10 屆修憲委員會待審議案列表\ndate: 2021-03-06 00:23:24\ncategories: ramble\ntags:\n    - taiwan\n"
        "    - political\n---\n\n<style type=\"text/css\">\n    .kmt:before {\n        color: blue;\n    }\n\n"
        "    article p {\n        margin-top: 2.3rem;\n    }\n</style>\n\n本文整理立法院修憲委員會待審議的修憲提案。\n\n"
        "# 參政年齡\n\n## 投票年齡下修\n\n由二十歲下修至十八歲。\n")


def test_hexo_front_matter_without_its_opening_dashes_is_the_posts_metadata():
    """f20_06's source: listed by its file name, its text opening 'title: 第 10 屆…date: 2021-03-06 … tags:'."""
    doc = parse_document(HEXO.encode(), name="post.md")
    assert (doc.title, doc.date) == ("第 10 屆修憲委員會待審議案列表", "2021-03-06 00:23")
    assert not any("title:" in p.text or p.text in ("taiwan", "political") for p in doc.paragraphs)
    lone = parse_document("date: 2024-01-05\n---\n\n正文第一段。\n".encode(), name="note.md")
    assert lone.date == ""  # one line over '---' alone is a setext heading, no front matter


def test_a_style_block_runs_to_its_closing_tag_across_blank_lines():
    """The same post: 'article p {', 'margin-top: 2.3rem;' and '}' were paragraphs of its text."""
    texts = [b.text for b in markdown_blocks(HEXO)]
    assert not any("{" in t or "}" in t or "rem;" in t for t in texts), texts
    assert "本文整理立法院修憲委員會待審議的修憲提案。" in texts and "參政年齡" in texts



def test_a_hexo_tag_on_a_line_of_its_own_is_template_markup():
    """A Hexo post (MD书写说明.md of a public blog) showed '{% note info %}' and '{% endnote %}' as paragraphs."""
    texts = [b.text for b in markdown_blocks("## Front-matter\n\n{% note info %}\n\n如果标注可选的参数，可根据自己想要添加。\n\n"
                                             "{% endnote %}\n\n{%raw%}\n正文。\n")]
    assert texts == ["Front-matter", "如果标注可选的参数，可根据自己想要添加。", "正文。"]
