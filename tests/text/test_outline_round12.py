"""Forms met in dev documents, each built here from its shape unless a collected document says it better: a section
titled with a name in English (a white paper on programming languages, f20_02; a note on threads, h17_02), a
sub-title that comes back under every section (f6_03, f25_04, d23_11), a Markdown note's tables and the unnumbered
titles over them (f19_05)."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import parse_document

from reader.text.document import load_document

DOCS = Path(__file__).resolve().parents[1] / "data" / "corpus"

INTRO = "当前，系统编程语言领域是由类元语言主导的。它们可以完全控制程序和硬件，但缺乏内存安全。"
BODY = "人们曾多次尝试将强大功能与安全性结合起来。目前看起来它是第一种成功的产品级编程语言，很快就引起了社区的注意。"


def _titles(lines: list[str]) -> list[str]:
    doc = parse_document("\n\n".join(lines).encode(), "paper.txt")
    return [h.title for h in doc.headings]


@pytest.mark.parametrize("name", ["Rust", "C/C++", "TypeScript", "threading", "Spring Boot", "Node.js"])
def test_a_name_in_english_standing_apart_over_chinese_titles_its_section(name):
    lines = ["现代编程语言白皮书", "什么是现代编程语言", INTRO, name, BODY, "流行度", BODY]
    assert _titles(lines) == ["什么是现代编程语言", name, "流行度"]


@pytest.mark.parametrize("line", ["pip install ujson", "git stash", "interface contains type constraints"])
def test_lower_case_words_are_a_command_not_a_name(line):
    lines = ["学习笔记", "安装", INTRO, line, BODY, "使用", BODY]
    assert line not in _titles(lines)


def test_a_name_the_paragraph_above_has_just_used_is_its_pictures_caption():
    """'…一个文本编辑器，叫 Emacs。' over 'Emacs' (a picture's caption) over more about it."""
    said = "对我影响最大的软件，是一个创造于上世纪七十年代的文本编辑器，叫 Emacs，当然也有很多人说它是操作系统。"
    lines = ["利器访谈", "硬件", INTRO, "软件", said, "Emacs", BODY]
    assert "Emacs" not in _titles(lines)



# A note on rate limiting (f6_03's form), a product manual (f25_04's), a year's summary (d23_11's): the same sub-title
# under each of several sections.
ALGORITHM = "计数器算法是最简单的限流算法，在一个周期内累加访问次数，当达到设定的阈值时，触发限流策略。"


def _depths(lines: list[str]) -> list[tuple[str, int]]:
    doc = parse_document("\n\n".join(lines).encode(), "notes.txt")
    return [(h.title, h.depth) for h in doc.headings]


def test_a_title_that_comes_back_under_each_section_is_its_sub_title():
    lines = ["限流算法笔记", "计数器", ALGORITHM, "实现方式", ALGORITHM, "使用场景", ALGORITHM,
             "滑动窗口", ALGORITHM, "实现方式", ALGORITHM, "使用场景", ALGORITHM,
             "漏桶算法", ALGORITHM, "实现方式", ALGORITHM, "使用场景", ALGORITHM, "工作中的使用", ALGORITHM]
    assert _depths(lines) == [("计数器", 1), ("实现方式", 2), ("使用场景", 2), ("滑动窗口", 1), ("实现方式", 2),
                              ("使用场景", 2), ("漏桶算法", 1), ("实现方式", 2), ("使用场景", 2), ("工作中的使用", 1)]


def test_titles_that_recur_always_in_the_same_order_stay_at_one_level():
    """'进展' then '问题', twice, after an overview: a report's parts in turn, neither under the other."""
    lines = ["工作总结", "概述", ALGORITHM, "进展", ALGORITHM, "问题", ALGORITHM, "进展", ALGORITHM, "问题", ALGORITHM,
             "计划", ALGORITHM]
    assert {depth for _, depth in _depths(lines)} == {1}



# A Markdown note on the format of official documents (f19_05): sections numbered 一、, titles without a number over
# tables shown row by row.
ROWS = ["| 要素 | 字体 | 字号 | 磅值 | 加粗 | 本插件对应 |", "|------|------|------|------|------|-----------|",
        "| 公文标题 | 方正小标宋简体 | 二号 | 22pt | 否 | # H1 |", "| 一级标题 | 黑体 | 三号 | 16pt | 否 | ## H2 |",
        "| 二级标题 | 楷体_GB2312 | 三号 | 16pt | 否 | ### H3 |", "| 三级标题 | 仿宋_GB2312 | 三号 | 16pt | 是 | #### H4 |",
        "| 四级标题 | 仿宋_GB2312 | 三号 | 16pt | 否 | ##### H5 |", "| 正文 | 仿宋_GB2312 | 三号 | 16pt | 否 | 正文段落 |"]
TABLE = "\n".join(ROWS)


def test_a_tables_rows_keep_their_lines():
    """Rows of one width read like a hard-wrapped paragraph; a row closes with '|' and the next opens with it."""
    doc = parse_document(("排版规范摘要\n\n" + TABLE + "\n\n" + INTRO).encode(), "spec.txt")
    texts = [p.text for p in doc.paragraphs]
    assert all(row in texts for row in ROWS[2:]), texts


def test_unnumbered_titles_over_tables_in_a_numbered_note_are_its_sub_titles():
    tables = ["\n".join(ROWS[:2] + [row.replace("三号", size) for row in ROWS[2:]]) for size in ("一号", "二号", "四号", "五号")]
    lines = ["排版规范摘要", "一、公文要素字体字号规范", "标题与正文", tables[0], "其他要素", tables[1],
             "二、本插件的实现映射", "层级映射", tables[2], "字体映射", tables[3]]
    doc = parse_document("\n\n".join(lines).encode(), "spec.txt")
    assert [(h.title, h.depth) for h in doc.headings] == [
        ("公文要素字体字号规范", 1), ("标题与正文", 2), ("其他要素", 2), ("本插件的实现映射", 1), ("层级映射", 2),
        ("字体映射", 2)]


def test_a_manuals_numbered_steps_do_not_make_its_titles_sub_titles():
    """A product manual (f25_04, collected): steps '1. 点击 配置 - 时间亮度表。' and tables of parameters under
    unnumbered titles; the steps number no sections, so the titles are not their sub-titles and all stay."""
    doc = load_document(DOCS / "docs" / "f25_04_yonghu_shouce_xinghe_peizhi.txt")
    titles = [h.title for h in doc.headings if not h.marker]
    assert {"配置自动亮度表", "配置场景", "场景分组", "配置紧急控制计划表", "添加播放列表"} <= set(titles), titles


def test_a_title_after_a_bulleted_list_heads_the_paragraph_under_it():
    """An employee handbook in Markdown (d23_07): '* 提前下班不能超过一小时' ends a list, '迟到早退' over a paragraph
    opens the next part; a list's end frames a title as a paragraph's end does."""
    rule = "严格要求自己，尊重他人的时间，迟到早退都会影响同事们的工作安排，请大家自觉遵守。"
    lines = ["考勤制度", "工作时间", rule, "* 上班时间为上午九点\n* 午休时间为中午十二点到下午一点", "迟到早退", rule,
             "* 迟到超出十分钟后，发五十元红包\n* 提前下班不能超过一小时", "请假", rule]
    assert _titles(lines) == ["工作时间", "迟到早退", "请假"]


# A service agreement (f27_02): articles titled '第一条：合作内容', and titled parts '1、合作项目' inside them.
CLAUSE = "（1）甲方受乙方委托，代为申请开通微信公众号，并为乙方提供后台技术支持。\n（2）乙方可提出其运营的相关需求，由甲方统一处理。"


def test_a_contracts_titled_articles_hold_titled_parts():
    lines = ["服务合作协议", "甲方：某某科技有限公司\n乙方：某某汽车服务有限公司", "第一条：合作内容", "1、合作项目", CLAUSE,
             "2、服务流程", CLAUSE, "第二条：费用及支付方式", "1、费用", CLAUSE, "2、发票", CLAUSE, "第三条：保密", CLAUSE]
    doc = parse_document("\n".join(lines).encode(), "contract.txt")
    assert [(h.marker, h.depth) for h in doc.headings] == [
        ("第一条", 1), ("1、", 2), ("2、", 2), ("第二条", 1), ("1、", 2), ("2、", 2), ("第三条", 1)]



def test_subsections_named_in_english_number_on_from_their_neighbours():
    """A game-server manual (d27_02): '2.开服教程' then '2.1.Vanilla', '2.2.Paper', '2.3.Forge/NeoForge' over
    '2.3.1.更换版本': a number before a word alone ('2.1 GB') shows nothing, its place in the numbering does."""
    lines = ["开服手册", "1.推荐配置", BODY, "2.开服教程", BODY, "2.1.Vanilla", BODY, "2.2.Paper", BODY,
             "2.3.Forge/NeoForge", BODY, "2.3.1.更换版本", BODY, "2.3.2.添加模组", BODY]
    doc = parse_document("\n\n".join(lines).encode(), "manual.txt")
    assert [(h.marker, h.title, h.depth) for h in doc.headings] == [
        ("1.", "推荐配置", 1), ("2.", "开服教程", 1), ("2.1.", "Vanilla", 2), ("2.2.", "Paper", 2),
        ("2.3.", "Forge/NeoForge", 2), ("2.3.1.", "更换版本", 3), ("2.3.2.", "添加模组", 3)]



def test_a_numbered_sentence_right_over_a_line_is_an_item():
    """A hospital's notice (f27_11): '2、是否需要陪客，有医生/护士根据您的病情决定，每位病人只允许1人陪伴。' right over a
    form's line is a rule of the list, not the title of a section."""
    lines = ["住院须知", "探视陪客制度", "1、探视期间请勿坐在床上及长期逗留病房，如医生、护士在查房及治疗时，请自觉到门外等候。",
             "探视时请保持安静。", "2、是否需要陪客，有医生或护士根据您的病情决定，每位病人只允许1人陪伴。",
             "因病情需要 您   是   否   须配备陪护人员"]
    doc = parse_document("\n".join(lines).encode(), "notice.txt")
    assert not [h for h in doc.headings if h.marker]


def test_a_point_argued_in_paragraphs_below_it_stays_a_heading():
    """An appeal (cdt05): '一、一审判决对…，…，导致认定事实错误。', a blank line, then the argument."""
    point = "一审判决对公安机关提供的证据材料不加审查甄别，全面接受用作定案的根据，导致认定事实错误。"
    lines = ["民事上诉状", "上诉理由", "一、" + point, BODY, BODY, "二、" + point.replace("公安机关", "鉴定机构"), BODY, BODY]
    doc = parse_document("\n\n".join(lines).encode(), "appeal.txt")
    assert [h.marker for h in doc.headings if h.marker] == ["一、", "二、"]


def test_a_colon_between_digits_is_a_time_not_the_end_of_a_title():
    from reader.text.markers import match_heading
    m = match_heading("1、探视时间为14:00至20:30，每次探视人数不多于2人。")
    assert m.title.startswith("探视时间为14:00至20:30") and m.terminator == "。"


def test_sections_numbered_from_two_open_the_level_when_the_first_went_untitled():
    """Notes on a chapter (f28_11): the text under the chapter's name is its first part, then '二.经典功利主义',
    '三.…', '四.…': three in sequence show the numbering though no 一. is printed."""
    lines = ["伦理学笔记", "第四章-后果主义", BODY, "二.经典功利主义", BODY, "三.功利主义的特征和理由", BODY,
             "四.对功利主义的批判", BODY]
    doc = parse_document("\n\n".join(lines).encode(), "notes.txt")
    assert [h.marker for h in doc.headings if h.marker[0] in "二三四"] == ["二.", "三.", "四."]


def test_a_name_in_english_after_a_list_titles_its_section():
    """A job-hunt review (f28_04, collected): 'Spring' after the numbered questions of one part, over a paragraph."""
    doc = load_document(DOCS / "docs" / "f28_04_zongjie_shixi_qiuzhi_huigu.txt")
    assert "Spring" in [h.title for h in doc.headings]


def test_a_markdown_note_with_bullets_titles_its_sub_sections_without_numbers():
    """A course note (f28_01): sections '一.背景介绍', '二.SGA', bullets '- 繁殖', and unnumbered sub-titles."""
    bullets = "- 启发式方法，不一定收敛。\n- 繁殖（Reproduction）\n- 变异（Mutation）"
    lines = ["第二讲", "一.背景介绍", bullets, "什么是进化计算", BODY, bullets, "二.基本遗传算法", "基本概念", BODY, bullets,
             "个体编码方式", BODY]
    doc = parse_document("\n\n".join(lines).encode(), "notes.txt")
    assert [(h.title, h.depth) for h in doc.headings] == [("背景介绍", 1), ("什么是进化计算", 2), ("基本遗传算法", 1),
                                                          ("基本概念", 2), ("个体编码方式", 2)]


def test_an_overview_named_so_stands_before_the_numbered_sections():
    """'概述' under a report's title, then '1 …' sections (d18_07): a part every reader knows by its name, as 前言."""
    lines = ["开源大事记", "概述", BODY, "1 开源政策", BODY, "1.1 国家政策", BODY, "2 开源社区", BODY, "2.1 社区活动", BODY]
    doc = parse_document("\n\n".join(lines).encode(), "report.txt")
    assert [(h.title, h.depth) for h in doc.headings][:2] == [("概述", 1), ("开源政策", 1)]
