"""A page whose <meta name="author"> is a labelled line (round 72C, issue 9 class 11: d62_12's page sets
'编辑：孙逸凡' there): the header showed '编辑：孙逸凡' as the author, label and all, beside the editor 孙逸凡."""

from __future__ import annotations

from support import parse_document


def test_a_declared_author_given_as_a_labelled_line_is_read_as_one() -> None:
    from reader.text.cleanmeta import declared_fields

    assert declared_fields({"author": "编辑：孙逸凡", "source": "爱中教授学者学会"}) == {
        "source": "爱中教授学者学会", "editor": "孙逸凡"}
    assert declared_fields({"author": "来源：新华网 作者：张三"}) == {"source": "新华网", "author": "张三"}
    assert declared_fields({"author": "张三", "source": "https://example.com/a"}) == {
        "source": "https://example.com/a", "author": "张三"}


def test_a_page_whose_meta_author_is_its_editor_shows_no_label_as_the_author() -> None:
    page = ('<html><head><title>夏季研讨会顺利举办</title><meta name="author" content="编辑：孙逸凡"></head><body>'
            '<article><h1>夏季研讨会顺利举办</h1><p>2022年7月2日，协会夏季研讨会在科克大学顺利举办，来自各地的五十余位会员'
            '参加了这场活动。</p><p>研讨会由会长和副会长主持，会员逐一进行了简短的自我介绍，并分组讨论。</p></article>'
            '</body></html>')
    document = parse_document(page.encode("utf-8"), name="page.html")
    assert (document.author, document.editor) == ("", "孙逸凡")
