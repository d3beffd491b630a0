"""Round 62R: cleaning on pages nobody tuned on (issue 9): a government site's information-disclosure table
('索引号:' / '主题分类:' / '发布机构:' …, bulleted, several labels a line, or values under their labels) is metadata
(its date and issuer go to the fields), a page saved as text with its '<p>…</p>' markup reads as paragraphs, and a
site's contact footer ('主办：' / '地址：… 邮编：' by its ICP line) goes; a notice's own contact block, a note's code
examples and a news byline stay."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from support import cpu_seconds

_TITLE = "某某县人民政府关于印发《某某县人民政府工作规则》的通知"
_TO = "各乡镇人民政府，县政府各部门："
_P1 = "《某某县人民政府工作规则》已经县政府第三次全体会议通过，现予印发，请遵照执行。"
_P2 = "为切实做好安全生产工作，经县政府同意，决定在全县范围内开展安全生产大检查，现将有关事项通知如下。"
_P3 = "各单位要对照检查清单逐项排查，发现问题立即整改，整改情况于6月30日前报县应急管理局。"


def _clean(text: str, name: str = "a.txt"):
    return clean(decode_bytes(text.encode("utf-8"), name))


def _texts(text: str, name: str = "a.txt") -> list[str]:
    return [p.text for p in _clean(text, name).paragraphs]


# --- a government site's information-disclosure table -------------------------------------------------------------

_BULLETED = ["  • 索引号:", "", "    6107280000/2024-001005", "  • 主题分类:", "", "  • 发文机构:", "",
             "    县政府办公室", "  • 发文字号:", "", "    某政发〔2024〕7号", "  • 发布日期:", "", "    2024年04月06日 16:34",
             "  • 内容概述:", ""]
_PAIRED = ["索引号: 003129766/201901-00336 组配分类: 规范性文件发布", "信息分类: 通知   发布机构: 某某县人民政府办公室",
           "生成日期: 2019-01-23 文号:", "发文日期: 2019-01-23 生效时间: 2019-01-23", "浏览次数: 590 内容概述:", ""]
_SPACED = ["索 引 号:014119467/2020-00556", "组配分类:政府办公室文件", "公开方式:主动公开",
           "文件编号:某政办发〔2020〕51号 发布机构:某某县人民政府办公室", "产生日期: 2020-12-10 发布日期: 2020-12-11", ""]
_SAVED = ["索引号:    ", "信息分类:    ", "发布机构: 某某县人民政府办公室", "生成日期: 2019-06-12", "废止日期:    ",
          "文   号:    ", "关键词:    "]
_TRADITIONAL = ["索引號：003129766/201901-00336", "主題分類：通知", "發布機構：某某縣人民政府辦公室", "發布日期：2019-01-23", ""]


@pytest.mark.parametrize("table, issuer, date", [
    (_BULLETED, "县政府办公室", "2024年04月06日 16:34"),  # a list of labels, each value under its label
    (_PAIRED, "某某县人民政府办公室", "2019-01-23"),  # two labels a line
    (_SPACED, "某某县人民政府办公室", "2020-12-10"),  # '索 引 号', the first date (产生日期)
    (_SAVED, "某某县人民政府办公室", "2019-06-12"),  # a scraper's file: empty labels one under another
    (_TRADITIONAL, "某某縣人民政府辦公室", "2019-01-23"),
])
def test_a_disclosure_table_is_metadata(table, issuer, date):
    doc = _clean("\n".join([_TITLE, ""] + table + [_TITLE, "", _TO, "", _P1]))
    assert [p.text for p in doc.paragraphs] == [_TO, _P1]
    assert (doc.title, doc.source, doc.date) == (_TITLE, issuer, date)


def test_a_tables_named_title_is_the_title_when_the_page_shows_none():
    doc = _clean("\n".join(["网页地址: http://www.example.gov.cn/xxgk/content_12345.html"] + _SAVED
                           + ["信息名称: " + _TITLE, _TO, _P1]))
    assert doc.title == _TITLE
    assert [p.text for p in doc.paragraphs] == [_TO, _P1]  # '各乡镇…：' under '关键词:' is no value of it


@pytest.mark.parametrize("lines", [
    ["来源：某某日报", "发布时间：2024-05-06", "作者：张三", "", _P2, _P3],  # a news byline: two labels, none of a table's
    [_TITLE, "", "一、适用范围", "", "分类：本办法所称信息分类分为主动公开和依申请公开。", "", _P2],  # one label in the text
])
def test_labels_that_are_no_disclosure_table(lines):
    texts = _texts("\n".join(lines))
    assert _P2 in texts and not any(t.startswith(("索引号", "主题分类")) for t in texts)
    assert all(line in texts for line in lines if line.startswith(("一、", "分类")))


# --- a page saved as text with its markup --------------------------------------------------------------------------

_MARKED = ("<p>" + _TO + "</p><p>&nbsp; " + _P1 + "</p><p style=\"text-align: right;\"> 某某县人民政府</p>"
           "<p style=\"text-align: right;\"> 2018年3月27日</p><p><br/></p><p style=\"text-align: center;\"><strong>"
           "某某县安全生产大检查实施方案</strong></p><p> " + _P2 + "</p><p><strong> 一、检查内容</strong></p><p> " + _P3 + "</p>")


@pytest.mark.parametrize("text", [
    _MARKED,  # the page's paragraphs on one line
    _MARKED.replace("</p>", "</p>\n"),  # a paragraph a line
])
def test_paragraph_markup_in_a_text_file_reads_as_paragraphs(text):
    texts = _texts("发文机关:某某县人民政府\n发布日期:2018年03月27\n" + text)
    assert texts == [_TO, _P1, "某某县人民政府", "2018年3月27日", "某某县安全生产大检查实施方案", _P2, "一、检查内容", _P3]


@pytest.mark.parametrize("lines", [
    ["CSS 浮动的用法", "<div class=\"box\">", "    <div>1</div>", "    <div>2</div>", "</div>",
     "<p>这是一个段落，浮动以后它会环绕在盒子的周围显示。</p>", _P2],  # a note's examples among its prose
    ["HTML 段落标签", "用 <p> 标签写一个段落：<p>段落文字</p>，浏览器会在段落前后各留一些空白。", _P2],  # one example
])
def test_markup_a_note_shows_stays(lines):
    texts = _texts("\n".join(lines))
    assert any("<p>" in t or "<div>" in t for t in texts)


# --- a site's contact footer ---------------------------------------------------------------------------------------

_FOOTER = ["【打印本页】 【关闭窗口】", "主办：某某县人民政府办公室", "地址：某某县城关镇人民路8号  邮编：723600",
           "联系电话：0916-1234567", "网站标识码：6107280001  陕ICP备05001234号"]


@pytest.mark.parametrize("footer", [
    _FOOTER,
    _FOOTER[:1] + ["地址：某某县城关镇人民路8号", "邮编：723600", "联系电话：0916-1234567"] + _FOOTER[-1:],
    ["主办：某某县人民政府办公室  承办：某某县大数据中心", "联系电话：0916-1234567", "版权所有：某某县人民政府"],
])
def test_a_sites_contact_footer_goes(footer):
    texts = _texts("\n".join([_TITLE, "", _P2, "", _P3, "", "县应急管理局", "2024年5月6日", ""] + footer))
    assert texts[-1] == "2024年5月6日"


@pytest.mark.parametrize("contact", [
    ["联系人：王某某", "联系电话：0916-1234567", "地址：某某县城关镇人民路8号", "邮编：723600"],  # the notice's own
    ["地址：某某县城关镇人民路8号", "邮编：723600"],  # no footer line by it
])
def test_a_notices_own_contact_stays(contact):
    texts = _texts("\n".join([_TITLE, "", _P2, "", _P3, "", "县应急管理局", "2024年5月6日", ""] + contact))
    assert texts[-len(contact):] == contact


def test_long_label_lines_are_linear():
    line = "索引号: " + "发布机构: 某某" * 20000
    text = "\n".join([_TITLE] + [line] * 3 + [("<p>" + _P2 + "</p>") * 5000] + [_P3])
    assert cpu_seconds(lambda: _clean(text)) < 5
