"""Decoding: encodings detected by plausibility, binaries refused, bad bytes marked, newlines normalised."""

from __future__ import annotations

import codecs

import pytest

from support import parse_document

from reader.text.decode import MAX_BYTES, decode_bytes, read_file
from reader.text.filekinds import kind_of
from reader.text.model import BAD_BYTE_MARK, BinaryFileError, FileTooLargeError

SIMPLIFIED = "各区要加强社区图书角建设，提高居民阅读的便利程度。\n今年新增图书三万册，借阅量同比增长两成。\n"
TRADITIONAL = "人民有言論、講學、著作及出版之自由。\n國家應保障人民的工作權與財產權，並實施社會保險制度。\n"


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le"),
        (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
        (lambda t: t.encode("gb18030"), "gb18030"),
        (lambda t: t.encode("gbk"), "gb18030"),
    ],
)
@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL])
def test_encodings_detected_and_reported(encode, expected, text):
    decoded = decode_bytes(encode(text))
    assert decoded.text == text
    assert decoded.encoding == expected
    assert decoded.bad_positions == ()


def test_big5_detected():
    decoded = decode_bytes(TRADITIONAL.encode("big5"))
    assert (decoded.text, decoded.encoding) == (TRADITIONAL, "big5")


# Short strings whose bytes are valid in both GBK and Big5: the reading with common characters wins.
@pytest.mark.parametrize("text", ["國家", "這是", "問題", "會議", "經濟發展", "中華民國憲法", "錯誤", "臺灣", "學習", "總統"])
def test_big5_bytes_that_are_also_valid_gbk(text):
    data = text.encode("big5")
    data.decode("gbk")  # the ambiguity this test is about: these bytes are valid GBK too
    assert decode_bytes(data).text == text


@pytest.mark.parametrize("text", ["我们的国家", "问题", "会议", "经济发展", "中国", "人民政府", "错误"])
def test_gbk_bytes_read_as_gbk(text):
    assert decode_bytes(text.encode("gbk")).text == text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        ("正文".encode() + b"\x00\x01\x02\x03binary", "NUL"),
    ],
)
def test_binary_refused_with_one_line_message(data, what):
    with pytest.raises(BinaryFileError) as err:
        decode_bytes(data, name="x.txt")
    message = str(err.value)
    assert "\n" not in message and message.startswith("x.txt:")
    assert what in message or what == "NUL"


def test_random_bytes_without_nul_refused():
    data = bytes(range(0x80, 0x100)) * 4 + b"\x7f\x80\xff" * 50
    with pytest.raises(BinaryFileError):
        decode_bytes(data)


def test_bomless_utf16_is_text():
    text = "Report 2025: 社区图书角 42 个\n"
    assert decode_bytes(text.encode("utf-16-le")).text == text


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_undecodable_bytes_marked_and_counted(encoding):
    before, after = "第一段正常的文字，内容完整。" * 20, "坏字节之后的文字照常显示。"
    data = before.encode(encoding) + b"\xff" + after.encode(encoding)
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == before + BAD_BYTE_MARK + after  # nothing dropped, the place is visible
    assert decoded.bad_positions == (len(before),)
    assert decoded.bad_bytes == 1


def test_each_bad_byte_counted_and_positions_survive_newline_normalisation():
    line = "会议强调，要把人民群众的意见和建议落到实处。"
    data = f"{line}\r\n{line}".encode() + b"\x80\x80" + f"\r\n{line}".encode() + b"\xfe"
    decoded = decode_bytes(data)
    assert decoded.text == f"{line}\n{line}{BAD_BYTE_MARK}{BAD_BYTE_MARK}\n{line}{BAD_BYTE_MARK}"
    assert decoded.bad_positions == (2 * len(line) + 1, 2 * len(line) + 2, len(decoded.text) - 1)


def test_a_real_replacement_character_is_not_counted():
    decoded = decode_bytes("已有的\ufffd字符".encode())
    assert decoded.bad_positions == ()


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_newlines_normalised_one_break_each(newline):
    decoded = decode_bytes(newline.join(["标题", "", "第一段", "第二段"]).encode("gb18030"))
    assert decoded.text.split("\n") == ["标题", "", "第一段", "第二段"]


def test_mixed_newlines_count_once():
    assert decode_bytes("一\r\n二\r三\n四".encode()).text == "一\n二\n三\n四"


def test_too_large_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk and no time
    with pytest.raises(FileTooLargeError) as err:
        read_file(big)
    assert "50 MB" in str(err.value)


def test_read_file_reports_kind(tmp_path):
    page = tmp_path / "a.htm"
    page.write_bytes("<p>你好</p>".encode())
    assert read_file(page).kind == "html"


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("a.md", "", "markdown"),
        ("newsPage2.md", "\n<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">", "html"),  # a page saved as .md
        ("readme.md", '<div align="center"><img src="logo.png"></div>\n\n# 标题', "markdown"),
        ("A.MARKDOWN", "", "markdown"),
        ("b.html", "", "html"),
        ("b.htm", "", "html"),
        ("c.txt", "<html><body>x</body></html>", "text"),
        ("<stdin>", "<!DOCTYPE html><html>", "html"),
        ("<stdin>", "  <html lang='zh'>", "html"),
        ("", "普通文字 <b>", "text"),
        # pages saved under their server's name: a directive before the page
        ("job.jsp", '<%@ page contentType="text/html;charset=UTF-8" language="java" %>\n<!DOCTYPE html>\n<html>', "html"),
        ("news_detail.php", "<?php include 'head.php'; ?>\n<html lang='zh-Hant'>", "html"),
        ("list.aspx", "<%@ Page Language=\"C#\" %>\n<!-- nav -->\n<html>", "html"),
        ("note.jsp", "<%@ page %> 不是网页的文字", "text"),
        # a site's page template: its code, then the part of the page it makes (no <html> of its own)
        ("work.php", '\n<?php require ("pc/head.php");?>\n    <div class="y-work-box1">', "html"),
        ("pxjl.jsp", '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org">\n<%@ page %>', "html"),
        ("c.txt", '<?php require ("pc/head.php");?>\n<div class="job">', "text"),
        # a PDF's text saved as .md (d16_04's source) uses no Markdown: wrapped lines, read as text
        ("paper.md", "一、總體立場\n1.1 新思維一直主張網約車合法化。過去多年，網約車介乎\n灰色地帶。", "text"),
        ("paper.md", "## 一、總體立場\n1.1 新思維一直主張", "markdown"),
        ("paper.md", "一、總體立場\n- 網約車合法化", "markdown"),
        ("paper.md", "見[附件](a.pdf)。", "markdown"),
        ("paper.md", "一、**總體**立場", "markdown"),
    ],
)
def test_kind_from_name_or_content(name, text, kind):
    assert kind_of(name, text) == kind


def _page(charset: str, body: str, title: str = "标题") -> str:
    return f'<html><head><meta charset="{charset}"><title>{title}</title></head><body><p>{body}</p></body></html>'


@pytest.mark.parametrize(("declared", "codec", "body"), [("gb2312", "gbk", "会议"), ("GBK", "gbk", "會議"),
                                                         ("big5", "big5", "會議"), ("utf-8", "utf-8", "会议")])
def test_html_charset_from_meta_tag(declared, codec, body):
    decoded = decode_bytes(_page(declared, body, "標題").encode(codec), name="page.html")
    assert f"<p>{body}</p>" in decoded.text
    assert decoded.meta["title"] == "標題"


def test_html_charset_meta_that_lies_falls_back_to_detection():
    data = _page("utf-8", "这一页声称是UTF-8编码，其实是GBK编码保存的。" * 3).encode("gbk")
    decoded = decode_bytes(data, name="page.html")
    assert "其实是GBK编码保存的" in decoded.text
    assert decoded.bad_positions == ()


def test_html_latin1_label_on_chinese_page_is_not_trusted():
    data = _page("iso-8859-1", "网页声明了西文编码，内容却是中文。").encode("gb18030")
    assert "内容却是中文" in decode_bytes(data, name="p.html").text


def test_markdown_front_matter_is_metadata():
    decoded = decode_bytes("---\ntitle: 标题\ndate: 2025-01-02\n---\n正文".encode(), name="a.md")
    assert decoded.meta == {"title": "标题", "date": "2025-01-02"}


def test_hugo_toml_front_matter_is_metadata_and_no_text():
    """A Hugo blog's '+++' front matter (d30_07's source, gebitang/gebitang.com) was shown as a paragraph."""
    data = '+++\ntitle = "Reading Notes"\ndescription = "读书笔记"\ntags = [\n    "reading"\n]\ndate = "2021-05-06"\n+++\n\n正文。'
    decoded = decode_bytes(data.encode(), name="a.md")
    assert decoded.meta == {"title": "Reading Notes", "date": "2021-05-06"}
    doc = parse_document(data.encode(), name="a.md")
    assert doc.title == "Reading Notes" and [p.text for p in doc.paragraphs] == ["正文。"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_chinese_text(codec):
    text = "一二三\n第一条 为了规范管理，制定本办法。\n"
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_cp950_extension_characters_read_as_big5_family():
    text = "碁盤與銹蝕的紀錄，這是臺灣常見的用字。" * 3
    decoded = decode_bytes(text.encode("cp950"))
    assert decoded.text == text and decoded.encoding in ("cp950", "big5hkscs")
