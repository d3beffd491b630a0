"""Round 48h: a job posting's or a society's '关于我们' over its own description is kept as that part's title however
narrow the page the text was extracted from: the description is measured over the lines running on under the label up
to a blank line, not on its first line alone, which a PDF's wrap at 24 or 35 characters makes short
(`aboutus.about_sections`); a footer's '关于我们' beside '联系我们' or over one short line stays a link."""

from __future__ import annotations

import pytest

from support import parse_document

DESCRIPTION = ("星河数据有限公司成立于二〇一二年，专注于为制造、物流和零售企业提供数据分析平台与咨询服务，现有员工三百余人，"
               "总部设在苏州，在上海和成都设有研发中心。")


def _wrapped(text: str, width: int) -> str:
    """The text as a PDF extract holds it: cut every `width` characters."""
    return "\n".join(text[k:k + width] for k in range(0, len(text), width))


def _posting(description: str) -> str:
    return ("招聘启事\n\n关于我们\n" + description + "\n\n岗位职责\n负责公司数据平台前端页面的开发与维护，与产品和设计同事"
            "一起完成需求的评审、实现与上线。\n\n任职要求\n两年以上前端开发经验，熟悉常用的框架和工具，有良好的沟通能力。\n")


CASES = {
    "the description wrapped at 24 characters": (_posting(_wrapped(DESCRIPTION, 24)), True),
    "the description wrapped at 35 characters": (_posting(_wrapped(DESCRIPTION, 35)), True),
    "the description on one line (unchanged)": (_posting(DESCRIPTION), True),
    "a footer's links (guard)": (
        "招聘启事\n\n岗位职责\n" + DESCRIPTION + "\n\n关于我们\n联系我们\n网站地图\n", False),
    "a footer's link over one short line (guard)": (
        "招聘启事\n\n岗位职责\n" + DESCRIPTION + "\n\n关于我们\n地址：苏州市工业园区星湖街1号\n", False),
}


@pytest.mark.parametrize("text, kept", CASES.values(), ids=CASES.keys())
def test_about_us_over_a_wrapped_description_is_its_title(text, kept):
    doc = parse_document(text.encode("utf-8"), "posting.txt")
    assert any(h.title == "关于我们" for h in doc.headings) is kept


STORY = ("去年年底，这家公司宣布把全部研发力量转向智能硬件，先后推出了三款面向家庭的产品，销量一度位居同类第一，"
         "但随后的价格战让利润迅速下滑，公司不得不重新考虑自己的路线。")


HEADS = ["甲公司：从智能音箱开始的硬件产品化道路", "乙公司：错过移动互联网之后的艰难转型", "丙公司：迎风而上的组织架构调整"]
LONGER = ["甲公司：从智能音箱开始的家庭智能硬件产品化道路", "乙公司：错过移动互联网浪潮之后的一次艰难转型",
          "丙公司：迎风而上的第三次大规模组织架构调整"]


def _bar_post(width: int, bar: str = "▌", heads: list[str] = HEADS) -> str:
    """A blog post whose editor set a bar before each sub-head, extracted at `width` characters: a sub-head that fills
    its line stands over its story's first full line."""
    body = "\n".join(f"{bar}{head}\n{_wrapped(STORY, width)}" for head in heads)
    return "互联网公司的战略变迁\n\n" + _wrapped("各大企业相继试水人工智能，技术落地层面也开始持续深入。" * 2, width) + "\n" + body + "\n"


BAR_CASES = {
    "sub-heads filling a 20-character wrap": (_bar_post(20), 3),
    "sub-heads at a 24-character wrap": (_bar_post(24, "▍", LONGER), 3),
    "sub-heads longer than the line keep their short tails (guard)": (
        _bar_post(20, "▌", LONGER), 3),
    "a diamond marks a list's items, not sub-heads (guard)": (_bar_post(20, "◆"), 0),
}


@pytest.mark.parametrize("text, titles", BAR_CASES.values(), ids=BAR_CASES.keys())
def test_a_bar_marked_sub_head_filling_its_line_stands_apart_from_its_story(text, titles):
    doc = parse_document(text.encode("utf-8"), "post.txt")
    assert sum(h.title.endswith(("道路", "转型", "调整")) for h in doc.headings) == titles
