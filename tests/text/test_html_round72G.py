"""A web page whose <title> is never closed shows its text, where the whole page became its title (and the reader
was told 'the page holds only markup, scripts or styles')."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document

BODY = "<p>为进一步做好安全生产工作，现将有关事项通知如下。</p><h2>一、检查范围</h2><p>全市各单位。</p>"


def _document(page: str):
    return build_document(decode_bytes(page.encode("utf-8"), name="p.html"))


@pytest.mark.parametrize("page", [
    "<html><head><title>关于开展安全检查的通知<body>" + BODY,  # on one line, as a hand-made page
    "<html><head><meta charset=utf-8><title>关于开展安全检查的通知\n</head>\n<body>\n" + BODY + "\n</body></html>",
    "<title>关于开展安全检查的通知<h1>关于开展安全检查的通知</h1>" + BODY,
], ids=["one line", "head over lines", "headline under it"])
def test_an_unclosed_title_leaves_the_page_its_text(page):
    doc = _document(page)
    assert "现将有关事项通知如下" in doc.text and "全市各单位" in doc.text, doc.text
    assert doc.title == "关于开展安全检查的通知"
    assert "<p>" not in doc.text and "检查范围" not in doc.title


def test_a_closed_title_is_read_as_before():
    doc = _document("<html><head><title>甲 < 乙 &amp; 丙</title></head><body>" + BODY + "</body></html>")
    assert doc.title == "甲 < 乙 & 丙" and "全市各单位" in doc.text


def test_a_title_closed_after_a_stray_tag_keeps_its_whole_text():
    doc = _document("<html><head><title>关于<b>安全</b>检查的通知</title></head><body>" + BODY + "</body></html>")
    assert doc.title == "关于<b>安全</b>检查的通知"  # its end tag exists: read to it as text, as before
    assert "全市各单位" in doc.text
