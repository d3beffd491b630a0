"""A particular set alone on its line ('翻译：…', '办公地点：…', '报告人：…'), as notices, news releases and records
give who, when, where and in what language: a field with its value, never a title (fields.labelled_particular)."""

from __future__ import annotations

import pytest

from reader.text.fields import labelled_particular
from support import parse_document

BODY = ("本次活动由学院团委与图书馆联合主办，旨在推动校园阅读风气，鼓励同学们在课余时间多读书、读好书，"
        "并通过交流分享加深对经典作品的理解，活动共吸引了两百余名师生参加。")
MORE = ("与会者围绕阅读方法、书目选择和读书会的组织形式展开了热烈讨论，大家一致认为应当把读书活动常态化，"
        "每学期至少举办两次，并在学期末评选优秀读书笔记。")
TITLES = ["活动背景", "主要内容", "下一步安排"]


def _headings(field: str, before_titles: bool = True) -> list[str]:
    """Titles found in a short release where `field` stands alone between body paragraphs."""
    blocks = ["读书月活动纪实", ""]
    if before_titles:
        blocks += [BODY, "", field, "", MORE, ""]
    for n, t in enumerate(TITLES):
        blocks += [t, "", BODY, "", MORE, ""]
        if not before_titles and n == 1:
            blocks += [field, "", BODY, ""]
    return [h.title for h in parse_document("\n".join(blocks).encode(), "release.txt").headings]


@pytest.mark.parametrize("field", [
    "翻译：王立新",
    "譯者：陳美玲",
    "办公地点：图书馆二楼东侧",
    "报告人： 张建国 副教授",
    "Host 主持人：刘海峰",
    "截止时间：待定",
    "語言：粵語",
])
def test_a_particular_alone_between_paragraphs_heads_nothing(field):
    assert _headings(field) == TITLES
    assert _headings(field, before_titles=False) == TITLES


@pytest.mark.parametrize("text, particular", [
    ("翻译：王立新", True),
    ("会议地点：行政楼305", True),
    ("Time时间：9:00 - 12:00", True),
    ("时间管理：如何安排一天", False),  # the label ends before 管理: a headline's subject
    ("地点：", False),  # a bare label over its value below
    ("时间：本次会议推迟到下周举行，请大家相互转告。", False),  # a sentence, no particular
    ("主要内容：读书分享", False),  # no label of who, when, where or what language
    ("报告人：" + "张" * 45, False),  # a value longer than a name or a date
])
def test_a_particular_is_known_by_its_label(text, particular):
    assert labelled_particular(text) is particular


def test_a_session_dated_by_its_label_still_opens_a_part():
    """'时间: 2024年1月18日' opening each session of a record kept week by week stays that session's title."""
    blocks = ["小组周会记录", ""]
    dates = ["时间: 2024年1月18日", "时间: 2024年1月11日", "时间: 2024年1月4日"]
    for d in dates:
        blocks += [d, "地点：线上会议", "议题：进度汇报", BODY, MORE, "", "----", ""]
    titles = [h.title for h in parse_document("\n".join(blocks).encode(), "record.txt").headings]
    assert titles == dates
