"""Round 47e: a record's first session dated under its title.

A team's meeting record copied out of Markdown loses its '##' marks: the line under the title that opens with a date
and goes on in words ('2019.4.2 第一次会议') is then read as the document's date stamp and taken out, though later
lines set the same way with other dates ('2019.4.9 第二次会议') are the record's sessions. When such a later line
exists, the first is a session's title too and stays in the text. A bare date under the title, a labelled one
('时间：2019.4.2 …'), and a line whose date a later line repeats (a list of links of one day) still date the page."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document


def _doc(*lines: str) -> list[str]:
    text = "\n\n".join(lines) + "\n"
    return heading_texts(parse_document(text.encode("utf-8")))


def _record(*sessions: str) -> list[str]:
    lines = ["读书小组例会记录"]
    for n, session in enumerate(sessions):
        lines += [session, "会议地点：图书馆二楼研讨室", "出席人员：全体组员",
                  f"会议内容：交流第{n + 1}周的读书笔记，组长总结进度，并安排下一次分享的主讲人。"]
    return heading_texts(parse_document(("\n".join(lines) + "\n").encode("utf-8")))


@pytest.mark.parametrize("sessions", [
    ("2019.4.2 第一次会议", "2019.4.9 第二次会议", "2019.4.16 第三次会议"),
    ("2019-04-02 选题会议", "2019-04-09 交流会议", "2019-04-16 展示会议"),
    ("2019/4/16 第三次会议", "2019/4/9 第二次会议", "2019/4/2 第一次会议"),  # newest first
])
def test_a_dated_first_session_under_the_title_stays_a_session(sessions):
    assert _record(*sessions) == [s.replace(" ", "") for s in sessions]


def test_a_dated_line_whose_form_comes_back_stays_in_the_text():
    doc = parse_document("\n\n".join([
        "项目周会记录", "2021-03-02 需求评审会议", "评审了登录模块的需求文档，确认了接口的字段。",
        "2021-03-09 进度同步会议", "前端完成了登录页面，后端完成了用户表的设计。"]).encode("utf-8") + b"\n")
    assert any(p.text.strip() == "2021-03-02 需求评审会议" for p in doc.paragraphs)


@pytest.mark.parametrize("stamp", [
    "2019.4.2",  # a bare date
    "时间：2019.4.2 晚上七点",  # a labelled one
])
def test_a_plain_or_labelled_date_under_the_title_still_dates_the_page(stamp):
    doc = parse_document("\n\n".join([
        "读书小组例会记录", stamp, "本次例会讨论了下学期的阅读书目，大家各自推荐了两本书，并约定每周交一次读书笔记。",
        "2019.4.9 第二次会议", "本次例会交流了读书笔记，组长总结了上周的进度，并安排了下一次分享的主讲人。"]).encode("utf-8")
        + b"\n")
    assert all(p.text.strip() != stamp for p in doc.paragraphs)


def test_a_date_stamp_a_list_of_links_repeats_still_dates_the_page():
    doc = parse_document("\n\n".join([
        "本站新闻", "2016-05-01 本站编辑 新闻中心",
        "今天上午，学校举行了春季运动会开幕式，全校师生参加了开幕式并观看了入场式表演。",
        "相关阅读", "2016-05-01 运动会闭幕", "2016-05-01 校园开放日"]).encode("utf-8") + b"\n")
    assert all(p.text.strip() != "2016-05-01 本站编辑 新闻中心" for p in doc.paragraphs)
