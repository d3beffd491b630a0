"""Round 60R: a CMS's counter after the byline ('作者:wlz 点击:198次') and its '来源:未知' placeholder are no metadata
values, a date stamp glued to a name is the date, a page's summary set over the body whose opening it copies whole is
shown once, and the page's own byline outranks a <meta name="author"> that names its 责任编辑."""

from __future__ import annotations

import pytest

from reader.text.meta import parse_meta_line
from support import parse_document


@pytest.mark.parametrize("line, want", [
    ("时间:2011-01-04 16:13来源:未知 作者:wlz 点击:198次", {"date": "2011-01-04 16:13", "author": "wlz"}),  # DedeCMS
    ("作者：张三 人气：1234", {"author": "张三"}),
    ("發布時間：2020-01-02 瀏覽：35次", {"date": "2020-01-02"}),
    ("来源：不详 作者：李四", {"author": "李四"}),
    ("作者：王五 點擊：88", {"author": "王五"}),
    ("作者：郭磊 卢怀谦来源：新华社客户端2021年06月22日",  # spans set side by side: the stamp is the date
     {"author": "郭磊 卢怀谦", "source": "新华社客户端", "date": "2021年06月22日"}),
    ("作者：songtianyi 2018-09-01", {"author": "songtianyi", "date": "2018-09-01"}),
])
def test_counter_and_placeholder_are_no_values(line, want):
    assert parse_meta_line(line) == want


@pytest.mark.parametrize("line, want", [  # left alone
    ("来源：新华网 作者：王五 阅读：100", {"source": "新华网", "author": "王五"}),
    ("作者:李四 点击数:12", {"author": "李四"}),
    ("来源：未知出版社 作者：赵六", {"source": "未知出版社", "author": "赵六"}),
    ("来源：2021年度报告", {"source": "2021年度报告"}),
    ("来源：某报；發佈時間：2020年9月25日", {"source": "某报", "date": "2020年9月25日"}),  # a label after a semicolon (62Q)
])
def test_stated_values_stay(line, want):
    assert parse_meta_line(line) == want


_LEAD = "为做好技术审核和临床应用管理，保障医疗质量和医疗安全，卫生部组织制定了《技术管理规范》，并于日前印发给各地卫生部门。"
_REST = "《规范》规定，手术前患者必须满足的条件包括年龄大于20岁等。"


def _page(summary: str, body: list[str]) -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in body)
    return ("<html><head><title>卫生部组织制定了《技术管理规范》_协会</title></head><body>\n"
            "<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/a'>协会介绍</a></li>"
            "<li><a href='/b'>政策法规</a></li></ul></div>\n"
            "<div class='viewbox'><h2>卫生部组织制定了《技术管理规范》</h2>\n"
            "<div class='info'>时间:2011-01-04 16:13 作者:wlz</div>\n"
            f"<div class='intro'>{summary}</div>\n<div class='content'>{paras}</div></div>\n</body></html>\n")


def _paragraphs(html: str) -> list[str]:
    return [p.text for p in parse_document(html.encode("utf-8"), "page.html").paragraphs]


@pytest.mark.parametrize("summary, body", [
    (_LEAD, [_LEAD + _REST, "以下是卫生部官方网站公布的《规范》全文：", "上述材料须纳入病历资料。"]),  # opening sentence copied
    (_LEAD, [_LEAD + "《规范》全文见附件。", "以下是卫生部官方网站公布的《规范》全文：", "上述材料须纳入病历资料。"]),
])
def test_summary_over_its_body_is_shown_once(summary, body):
    paragraphs = _paragraphs(_page(summary, body))
    assert sum(p.startswith(_LEAD) for p in paragraphs) == 1
    assert paragraphs[0] == body[0]


@pytest.mark.parametrize("summary, body", [  # left alone
    ("卫生部组织制定了新的规范。", [_LEAD + _REST, "以下是全文：", "上述材料须纳入病历资料。"]),  # too short to be a copy
    ("为做好技术审核和临床应用管理，卫生部出台规范，全文如下", [_LEAD + _REST, "以下是全文：", "上述材料须纳入病历资料。"]),
    (_LEAD, ["以下是卫生部官方网站公布的《规范》全文：", _LEAD + _REST, "上述材料须纳入病历资料。"]),  # not the next one
    (_LEAD, [_LEAD, "以下是卫生部官方网站公布的《规范》全文：", "上述材料须纳入病历资料。"]),  # the same twice: kept
])
def test_other_openings_stay(summary, body):
    paragraphs = _paragraphs(_page(summary, body))
    assert paragraphs[0] == summary


_STORY = ("<p>新华社惠灵顿6月22日电 新西兰奥委会21日公布了代表新西兰征战东京奥运会的举重队队员名单，她将参加女子87公斤以上级的角逐。</p>"
          "<p>据新西兰媒体报道，她将成为新西兰历史上第一个以这种身份参加奥运会的选手，这一消息引起许多讨论。</p>"
          "<p>新西兰奥委会首席执行官回应称，她的入选参赛符合国际奥委会的所有规定和要求。</p>")


def _news(head_author: str, byline: str) -> str:
    meta = f'<meta name="author" content="{head_author}">' if head_author else ""
    return (f"<html><head>{meta}<title>新西兰选手将征战东京奥运会</title></head><body>\n"
            "<div class='nav'><a href='/'>新闻频道</a> &gt; <a href='/ty'>体育</a> &gt; 正文</div>\n"
            f"<div class='infoBox'><h1>新西兰选手将征战东京奥运会</h1>\n<div class='about'>{byline}</div>\n"
            f"<div class='zhengwen'>{_STORY}<div class='zbry'>【责任编辑：郭剑】</div></div></div>\n</body></html>\n")


def _author(html: str) -> str:
    return parse_document(html.encode("utf-8"), "news.html").author


@pytest.mark.parametrize("head_author, byline, want", [
    ("郭剑", "<span>作者：郭磊 卢怀谦</span> <span>来源：新华社客户端</span>", "郭磊 卢怀谦"),  # <meta> names who signed off
    ("郭剑", "<span>作者：郭磊</span> <span>2021年06月22日</span>", "郭磊"),  # and the stamp glued to the name
])
def test_page_byline_outranks_head_author(head_author, byline, want):
    assert _author(_news(head_author, byline)) == want


@pytest.mark.parametrize("head_author, byline, want", [  # left alone
    ("郭剑", "<span>来源：新华社客户端</span> <span>2021年06月22日</span>", "郭剑"),  # no byline on the page
    ("", "<span>作者：郭磊</span> <span>来源：新华社客户端</span>", "郭磊"),
    ("李四", "<span>作者：郭磊</span> <span>来源：新华社客户端</span>", "李四"),  # a person, not the page's editor
])
def test_head_author_without_byline_stays(head_author, byline, want):
    assert _author(_news(head_author, byline)) == want


_MD_P1 = "名列世界遺產的日本岐阜縣合掌村，說它是世外桃源並不為過，從繽紛混濁的世界踏足深山小村，山明水秀。"
_MD_P2 = "拍攝器材及參數：Nikon D800 Sigma 10mm鏡，一個下午拍了三百多張照片。"


def _md(middle: str) -> list[str]:
    text = f"# 日本合掌村秋色\n\n{_MD_P1}\n\n{middle}\n\n{_MD_P2}\n"
    return [p.text for p in parse_document(text.encode("utf-8"), "post.md").paragraphs]


@pytest.mark.parametrize("line", [
    '{{< video src="https://web.archive.org/web/20210710232118if_/https://roundme.com/embed/17276/42474" >}}',
    "{{% notice info %}}",
    "  {{< /quote >}}",
])
def test_hugo_shortcode_line_is_markup(line):
    assert _md(line) == [_MD_P1, _MD_P2]


@pytest.mark.parametrize("middle, kept", [  # left alone
    ("{{ message }} 是 Vue 的插值写法，花括号里写表达式。", "{{ message }} 是 Vue 的插值写法，花括号里写表达式。"),
    ("```\n{{< highlight go >}}\n```", "{{< highlight go >}}"),  # inside a fence: code
])
def test_other_braces_stay(middle, kept):
    assert kept in _md(middle)
