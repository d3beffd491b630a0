"""Forms met in dev documents of round 32: an essay's parts counted '第一个问题，美联储利率。' (d32_11, d32_12), a
city bureau's questions numbered '1.2025年度…？' (d32_06), an essay's points '第一，你要耐得住。' on lines of their own
(d32_12), and a summary's numbered sentences before the sections
'一、' to '四、' (cdt08), which hold none of them."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.markers import match_heading


@pytest.mark.parametrize(("line", "marker", "title"), [
    ("第一个问题，美联储利率。", "第一个问题，", "美联储利率"),
    ("第二个话题：上岸能得到什么，不能得到什么。", "第二个话题：", "上岸能得到什么，不能得到什么"),
    ("第三个方面，加强组织领导", "第三个方面，", "加强组织领导"),
    ("第一个问题，你为什么要做这个？", "第一个问题，", "你为什么要做这个？"),
])
def test_a_counted_part_names_its_title_after_the_comma(line, marker, title):
    m = match_heading(line)
    assert m is not None and (m.marker, m.title, m.rest) == (marker, title, "")


@pytest.mark.parametrize("line", [
    "第一个阶段，1956—1976年，基于符号逻辑的推理。这一阶段持续了二十年。",  # two sentences: a paragraph
    "第一个人",  # no comma or colon: words in a sentence
    "第一个月，我们要把规划做完；第二个月，开始施工。",  # clauses of one sentence
])
def test_a_counted_phrase_that_runs_on_is_none(line):
    assert match_heading(line) is None


def test_counted_parts_make_an_outline_of_siblings():
    body = "这个问题说来话长，我们慢慢讲，从最近几年的情况讲起，一点一点说清楚其中的道理和来龙去脉。"
    parts = ["第一个问题，美联储利率。", "第二个问题，双边贸易。", "第三个问题，美国久治不愈的通胀。"]
    lines = ["当下经济的三个问题", body] + [x for part in parts for x in (part, body, body)]
    doc = parse_document("\n\n".join(lines).encode(), "essay.txt")
    assert [(h.depth, h.marker, h.title) for h in doc.headings] == [
        (1, "第一个问题，", "美联储利率"), (1, "第二个问题，", "双边贸易"), (1, "第三个问题，", "美国久治不愈的通胀")]


@pytest.mark.parametrize(("line", "title"), [
    ("1.2025年度积分制入户指标有多少个？", "2025年度积分制入户指标有多少个？"),
    ("10.2024年工作回顾", "2024年工作回顾"),
])
def test_a_title_may_start_with_a_year_right_after_the_number(line, title):
    m = match_heading(line)
    assert m is not None and m.title == title


@pytest.mark.parametrize("line", ["1.5年以后再说", "3.1415926", "2.25倍"])
def test_a_decimal_number_is_still_no_marker(line):
    assert match_heading(line) is None


def test_sections_after_numbered_sentences_do_not_nest_inside_the_last_one():
    points = [f"{n}.这是摘要的第{n}点，说明研究的一个发现，也说明它的依据和由来，还交代了数据的范围和统计口径，篇幅较长，"
              "是一个完整的句子。" for n in range(1, 5)]
    body = "正文段落，交代背景和数据来源，内容较长，足以成为一段完整的论述文字，不是标题也不是列表。"
    lines = ["青年失业研究报告", "摘要"] + points + [
        "一、新中国的三次失业高峰", body, "二、失业统计的漏洞与不足", body,
        "1.到底有多少应届生找不到工作", body, "2.到底有多少在岗人员失业", body, "三、解决失业问题的建议", body]
    doc = parse_document("\n\n".join(lines).encode(), "report.txt")
    assert [(h.depth, h.marker) for h in doc.headings if h.marker] == [
        (1, "一、"), (1, "二、"), (2, "1."), (2, "2."), (1, "三、")]


@pytest.mark.parametrize(("line", "marker", "title"), [
    ("第一，你要耐得住。", "第一，", "你要耐得住"),
    ("第三、你的价值取向，最好建立在群体认同上。", "第三、", "你的价值取向，最好建立在群体认同上"),
    ("第二，坚持人民至上", "第二，", "坚持人民至上"),
])
def test_a_point_counted_on_its_own_line_is_a_heading(line, marker, title):
    m = match_heading(line)
    assert m is not None and (m.family, m.marker, m.title) == ("ordinal", marker, title)


@pytest.mark.parametrize("line", [
    "第一，要坚持党的领导。这是根本，也是我们一切工作的出发点。",  # the point runs into its argument: a paragraph
    "第一，完善相关规则，诸如",  # a wrapped line's start
    "第十三、十四条 受教育权",  # two articles named together
])
def test_a_counted_point_that_runs_on_is_none(line):
    m = match_heading(line)
    assert m is None or m.family != "ordinal"


LAW_PAGE = """---
layout              : page
title               : "中央法規"
subheadline         : "法規類別：行政 ＞ 內政部 ＞ 國土管理目"
---
<br>

# [公寓大廈管理條例](https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=D0070118)

## 第 一 章 總則

### 第 1 條
為加強公寓大廈之管理維護，提昇居住品質，特制定本條例。<br>

### 第 2 條
本條例所稱主管機關：在中央為內政部；在直轄市為直轄市政府。<br>

## 第 二 章 住戶之權利義務

### 第 3 條
住戶對專有部分之權利，依本條例之規定。<br>
"""


def test_a_markdown_files_one_headline_names_it_where_the_front_matter_names_the_site():
    doc = parse_document(LAW_PAGE.encode(), "D0070118.md")
    assert doc.title == "公寓大廈管理條例"
    assert [(h.depth, "".join(h.marker.split())) for h in doc.headings] == [
        (1, "第一章"), (2, "第1條"), (2, "第2條"), (1, "第二章"), (2, "第3條")]


def test_a_headline_among_others_of_its_level_stays_a_heading():
    page = LAW_PAGE.replace("## 第 二 章", "# 第 二 章")  # two '#' headings: parts, not the document's name
    doc = parse_document(page.encode(), "D0070118.md")
    assert doc.title == "中央法規"
    assert doc.headings[0].title == "公寓大廈管理條例"


def test_a_menu_of_names_is_no_body_to_frame_its_labels_as_titles():
    rule = "本规则所称彩票，是指国家为筹集社会公益资金，促进社会公益事业发展而特许发行、依法销售的凭证。"
    lines = ["十一运夺金游戏规则", "彩种分类", "全国统一体彩", "排列三 排列五 七星彩 大乐透 胜负彩 胜负彩任选九场 半全场",
             "全国统一福彩", "双色球 福彩3d 七乐彩 江西时时彩 快乐十分 十一运夺金 时时彩",
             "第一章 总则", "第一条 " + rule, "第二条 " + rule, "第二章 投注", "第三条 " + rule, "第四条 " + rule]
    doc = parse_document("\n".join(lines).encode(), "rules.txt")
    assert [(h.depth, "".join(h.marker.split())) for h in doc.headings] == [
        (1, "第一章"), (2, "第一条"), (2, "第二条"), (1, "第二章"), (2, "第三条"), (2, "第四条")]


def test_a_lone_section_after_a_colon_that_holds_subsections_is_kept():
    body = "各级文化行政部门要切实履行职责，制定保护规划，加强传承人培养，开展宣传教育活动，落实各项保护措施。"
    lines = ["关于加强国家级非物质文化遗产代表性项目保护管理工作的通知", "各省、自治区、直辖市文化厅（局）：",
             body, "现将有关事项通知如下：", "一、认真履行职责，切实将国家级代表性项目保护工作落到实处", body,
             "（一）制定保护规划", body, "（二）完善传承机制", body, "（三）开展教育传播活动", body]
    doc = parse_document("\n".join(lines).encode(), "notice.txt")
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (2, "（三）")]


def test_an_articles_dated_related_links_make_no_feed_of_the_page():
    para = "受多重因素影响，本周沪深两市持续下跌，成交量明显萎缩，市场情绪偏于谨慎，多家机构认为短期仍将震荡。"
    article = ["三周蒸发17万亿 沪指失守3700点", "大盘", para, para, "三周蒸发17万亿", para, para,
               "焦点人物", para, para, "刘益谦自曝两日十亿入市", para, para, "本文来源：新京报"]
    links = [f"{t} 2015/07/0{d}" for t, d in (("西南证券：沪指有望重返4200点", 4), ("沪指失守3700点 单周跌逾12%", 4),
                                              ("沪指跌超5%下破3700点 900余只个股跌停", 3),
                                              ("金融股发力 沪指跌幅收窄夺回3700点", 3), ("大盘继续下探 沪指失守3700点", 3))]
    menu = ["延伸阅读", "网易聚合阅读", "财经头条", "国务院欲果断强力救市 IPO发行被要求暂停", "北京销毁2800余辆黑摩的",
            "老汉家藏祖传大清银锭", "挂在悬崖上的玻璃胶囊酒店", "中小板50家公司发布市场维稳倡议书"]
    doc = parse_document("\n".join(article + links + menu).encode(), "page.txt")
    titles = [h.title for h in doc.headings]
    assert "焦点人物" in titles and not any(t.startswith(("西南证券", "延伸阅读", "老汉家藏")) for t in titles)
