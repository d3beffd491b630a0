"""A web page's paragraph whose <br> was left out (round 71K, by hand on dev d34_08's page): a sentence's end, then
the &nbsp; run that indents every paragraph of the page, starts a new paragraph; its heading ('（二）…') is a heading."""

from __future__ import annotations

import pytest

from reader.text.htmlpage import html_blocks
from support import parse_document

_IN = "&nbsp;" * 8
# (a block of a real dev page, the paragraphs a reader sees in it)
_BLOCKS = [
    (f"""<div class="info-main">
                {_IN}（一）制定保护规划<br>
                {_IN}在申报国家级代表性项目五年保护计划的基础上，明确保护目标、保护方式、保护措施，结合每个项目的特点与实际情况，制
                定每个项目的保护规划和年度实施方案，增强针对性和可操作性。按照保护规划和实施方案，对保护措施逐项予以落实。
                {_IN}（二）加强资料保存与研究<br>
                {_IN}在前期调查的基础上，对国家级代表性项目及其代表性传承人进行文字、图片、影像记录。<br></div>""",  # d34_08
     ["（一）制定保护规划",
      "在申报国家级代表性项目五年保护计划的基础上，明确保护目标、保护方式、保护措施，结合每个项目的特点与实际情况，制定每个项目的"
      "保护规划和年度实施方案，增强针对性和可操作性。按照保护规划和实施方案，对保护措施逐项予以落实。",
      "（二）加强资料保存与研究",
      "在前期调查的基础上，对国家级代表性项目及其代表性传承人进行文字、图片、影像记录。"]),
    ("""<p>
                <font size="3">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;经过激烈的角逐，来自软件1803的曹阳荣获第一名。比赛的最后，伍祥老师对本次比赛进行了总结，勉励大学生们以活动为契机，将诚信意识内化于心，外化于行。&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;本次演讲比赛是我校
                    “诚信教育主题月”活动中的亮点。</font></p>""",  # d55_02 (a school's news), no line break at all
     ["经过激烈的角逐，来自软件1803的曹阳荣获第一名。比赛的最后，伍祥老师对本次比赛进行了总结，勉励大学生们以活动为契机，"
      "将诚信意识内化于心，外化于行。",
      "本次演讲比赛是我校 “诚信教育主题月”活动中的亮点。"]),  # (the source line break before “ reads as a space, as before)
    ("<p>会议于上午九时开始。&nbsp;与会代表听取了报告。</p>", ["会议于上午九时开始。 与会代表听取了报告。"]),  # one &nbsp;: a space
    ("<p>主办单位：文化馆&nbsp;&nbsp;&nbsp;&nbsp;承办单位：图书馆</p>", ["主办单位：文化馆    承办单位：图书馆"]),  # no sentence ends
]


@pytest.mark.parametrize(("page", "paragraphs"), _BLOCKS)
def test_an_indent_after_a_sentence_starts_a_paragraph(page: str, paragraphs: list[str]) -> None:
    assert [b.text for b in html_blocks(page)] == paragraphs


def test_the_heading_after_the_indent_is_in_the_outline_at_its_own_line() -> None:
    page = "<html><head><title>关于加强国家级非物质文化遗产保护工作的通知</title></head><body>\n" + _BLOCKS[0][0] + \
        f"\n<div>{_IN}（三）完善传承机制<br>{_IN}加强国家级代表性项目的代表性传承人的保护和传承机制建设。<br></div></body></html>"
    document = parse_document(page.encode("utf-8"), name="page.html")
    assert [h.marker for h in document.headings] == ["（一）", "（二）", "（三）"]
    second = next(b for b in html_blocks(page) if b.text.startswith("（二）"))
    assert page.splitlines()[second.line - 1].strip().startswith(_IN + "（二）")
