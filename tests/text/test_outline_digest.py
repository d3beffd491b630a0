"""A feed or digest page: headline over a metadata line, again and again; each headline is an item of the outline."""

from __future__ import annotations

import pytest

from reader.text.digests import counted_headlines, digest_headlines
from reader.text.markers import match_heading
from support import DATA, parse_document

FEED = DATA / "corpus" / "docs" / "f7_08_rss_feed_ribao_2021_0128.txt"
HEADLINES = ["官方认证！百度飞桨成为北京市首个AI产业方向创新应用平台", "1、国家网信办发布《互联网用户公众账号信息服务管理规定》，自2月22日起施行",
             "训练一个130亿参数的模型要用几个GPU？微软：一个就够", "芯片短缺，全球车企纷纷停产，大众：正在找供应商索赔"]


@pytest.mark.parametrize("byline", [
    "作者： 机器之心  拉取时间： 2021-01-26 00:14:29",
    "来源：新华社　时间：2021-01-26",
    "2021-01-26 00:14",
])
def test_each_headline_over_a_repeated_byline_is_a_top_level_heading(byline):
    text = "\n\n".join(["2021-1-28", *[f"{h}\n\n{byline}" for h in HEADLINES]])
    doc = parse_document(text.encode("utf-8"), "feed.md")
    assert [(h.depth, h.marker, h.title) for h in doc.headings] == [(1, "", h) for h in HEADLINES]


def test_a_feed_keeps_every_headline_and_byline_on_its_own_line(tmp_path):
    head = "\n".join(FEED.read_text(encoding="utf-8").split("\n")[:240])
    doc = parse_document(head.encode("utf-8"), "feed.md")
    lines = [ln for ln in head.split("\n")[1:] if ln.strip()]
    assert ["".join(p.text.split()) for p in doc.paragraphs] == ["".join(ln.split()) for ln in lines]
    assert len(doc.headings) == len(lines) // 2


def test_one_article_with_its_metadata_block_is_not_a_digest():
    lines = ["CDT 档案卡", "标题：纪念“铁链女事件”一周年｜民间报告分享", "作者：Belonging Space", "发表日期：2023.1.27",
             "来源：微信公众号", "主题归类：铁链女"]
    assert digest_headlines(lines) == []


MEETINGS = ["1. 会议一：明确产品定位", "2. 会议二：确定后端分步实现", "3. 会议三：检索质量复盘"]


@pytest.mark.parametrize("headlines, counted", [
    (MEETINGS, True),  # 1, 2, 3 in one family: one document's numbered parts
    (["4.大失败", "5.娱乐至死"], True),  # a count may start on from an earlier part
    (["1、联合国报告：中国成为最大外资流入国", "1、国家网信办发布新规"], False),  # each story its own list's 1
    (["1. 会议一：明确产品定位", "3. 会议三：检索质量复盘"], False),  # a number skipped: no count
    (["1. 会议一：明确产品定位", "二、会议二：确定后端分步实现"], False),  # two families
    (["1. 会议一：明确产品定位"], False),  # one number counts nothing
])
def test_a_digests_headlines_keep_their_numbers_only_where_they_count_on(headlines, counted):
    matches = [match_heading(h) for h in headlines]
    assert counted_headlines(range(len(headlines)), matches) == (set(range(len(headlines))) if counted else set())


def test_minutes_numbered_meetings_over_their_time_lines_keep_their_numbers():
    text = "\n\n".join(["会议记录", *[f"{m}\n\n时间：2026-06 上旬\n\n讨论内容\n\n- 对比课程要求，确认本阶段重点。" for m in MEETINGS]])
    doc = parse_document(text.encode("utf-8"), "minutes.md")
    assert [(h.depth, h.marker) for h in doc.headings if h.depth == 1] == [(1, "1."), (1, "2."), (1, "3.")]
