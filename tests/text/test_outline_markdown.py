"""Markdown files as users open them, '#' marks kept: a numbered heading shows its number apart from its title, as the
same heading does in a plain text, so the outline, its labels and `zhreader outline` agree between the two forms."""

from __future__ import annotations

import pytest

from reader.text.formats import markdown_blocks
from reader.text.model import Heading
from reader.text.sections import heading_label
from support import DATA, parse_document

SOURCES = DATA / "corpus"


@pytest.mark.parametrize("source, marker, title", [
    ("f8_tools/src/paxos.md", "1", "Introduction"),  # '## 1 Introduction'
    ("f8_tools/src/paxos.md", "2.1", "The Problem"),  # '### 2.1 The Problem'
    ("f8_tools/src/paxos.md", "3", "Implementing a State Machine"),  # set at the '###' level in the source
    ("f6_tools/src/lnpaper_chapter4.md", "4.2.1", "HTLC when the Sender Broadcasts the Commitment Transaction"),
])
def test_a_marked_heading_with_a_latin_title_keeps_its_number_apart(source, marker, title):
    path = SOURCES / source
    doc = parse_document(path.read_bytes(), path.name)
    assert (marker, title) in [(h.marker, h.title) for h in doc.headings]


@pytest.mark.parametrize("marker, title, label", [
    ("4.", "Hashed Timelock Contract (HTLC)", "4. Hashed Timelock Contract (HTLC)"),
    ("4.", "哈希时间锁定合约", "4.哈希时间锁定合约"),
    ("(1)", "Overview", "(1) Overview"),
    ("（一）", "总体要求", "（一）总体要求"),
    ("第一章", "总纲", "第一章 总纲"),
])
def test_a_label_spaces_a_latin_title_from_its_point(marker, title, label):
    assert heading_label(Heading(depth=1, marker=marker, title=title, line=1, offset=0)) == label


def test_a_chapter_files_numbered_h1_is_its_title_and_the_outline_starts_below_it():
    path = SOURCES / "f6_tools/src/lnpaper_chapter4.md"  # '# 4. Hashed …' then '# 4. 哈希时间锁定合约'
    doc = parse_document(path.read_bytes(), path.name)
    assert doc.title == "4. Hashed Timelock Contract (HTLC)"
    assert (doc.headings[0].depth, doc.headings[0].title) == (1, "哈希时间锁定合约")


def test_numbered_h1_sections_are_sections_not_a_title():
    doc = parse_document("# 一、总体要求\n\n正文第一段。\n\n# 二、主要任务\n\n正文第二段。\n".encode("utf-8"), "plan.md")
    assert doc.title == ""
    assert [h.marker for h in doc.headings] == ["一、", "二、"]


def test_a_marked_heading_ending_in_a_colon_is_named_without_it():
    path = SOURCES / "f7_tools/src/hejia_zhaomuling.md"  # '#### 具体岗位要求：'
    titles = [h.title for h in parse_document(path.read_bytes(), path.name).headings]
    assert "具体岗位要求" in titles and not [t for t in titles if t.endswith(("：", ":"))]


def test_a_section_number_outranks_a_slipped_heading_level():
    path = SOURCES / "f8_tools/src/paxos.md"  # '### 3 Implementing a State Machine' after '## 2 …' and '### 2.5 …'
    heads = {h.marker: h.depth for h in parse_document(path.read_bytes(), path.name).headings}
    assert heads["3"] == heads["2"] == heads["1"] and heads["2.5"] == heads["2"] + 1


def test_a_flat_markup_is_kept_where_no_numbered_level_shows_another_mapping():
    doc = parse_document("# 说明\n\n## 1 背景\n\n正文。\n\n## 1.1 范围\n\n正文。\n\n## 2 方法\n\n正文。\n".encode(), "a.md")
    assert len({h.depth for h in doc.headings}) == 1  # the author set sections and subsections alike


@pytest.mark.parametrize("line, title", [
    ("## 2 Raft 一致性算法 {#raft}", "Raft 一致性算法"),  # Pandoc's anchor
    ("## 2 Raft 一致性算法 {.unnumbered}", "Raft 一致性算法"),  # its class
    ("## 正文 { data-search-exclude }", "正文"),  # a bare attribute a site's search reads
    ("## 研究背景  {: .lead}", "研究背景"),  # kramdown's inline attribute list
    ("## 2 Raft 一致性算法 {#raft .cls lang=\"zh\"}", "Raft 一致性算法"),
    ("## 集合 {a, b} 的运算", "集合 {a, b} 的运算"),  # braces inside a title stay
    ("## 求和 {n}", "求和 {n}"),  # a closing brace with no attribute's mark is the title's own
    ("## 2 写法{#x}", "写法{#x}"),  # no space before the brace: part of the title
])
def test_a_headings_attributes_are_no_part_of_its_title(line, title):
    page = f"# 论文\n\n{line}\n\nRaft 通过选举一个领导人来管理复制日志。\n".encode()
    assert [h.title for h in parse_document(page, "raft.md").headings][-1] == title


def _chapters_page(kind: str) -> bytes:
    """Study notes whose '##' (or <h2>) are chapters and whose '###' (<h3>) are sections, numbered or not."""
    parts = [("第一章 民法概述", ["一、民法的概念", "二、民法的基本原则", "本章小结"]),
             ("第二章 民事法律关系", ["一、民事法律关系的要素", "易错点"]), ("第三章 自然人", ["一、民事权利能力"])]
    body = "自然人从出生时起到死亡时止，具有民事权利能力，依法享有民事权利，承担民事义务。"
    if kind == "md":
        text = "# 《民法学》复习笔记\n\n" + "".join(
            f"## {chapter}\n\n" + "".join(f"### {s}\n\n{body}\n\n" for s in sections) for chapter, sections in parts)
    else:
        text = "<html><body><h1>《民法学》复习笔记</h1>" + "".join(
            f"<h2>{chapter}</h2>" + "".join(f"<h3>{s}</h3><p>{body}</p>" for s in sections) for chapter, sections in parts)
        text += "</body></html>"
    return text.encode("utf-8")


@pytest.mark.parametrize("kind", ["md", "html"])
def test_marked_chapters_hold_the_marked_sections_under_them(kind):
    """'## 第一章' over '### 一、…' and '### 本章小结': the marks' levels nest them, whatever their numbering
    (the chapters once ranked as legal units, below any '###', and 第二章 sat under the last section)."""
    doc = parse_document(_chapters_page(kind), f"notes.{kind}")
    assert [(h.depth, h.marker or h.title) for h in doc.headings] == [
        (1, "第一章"), (2, "一、"), (2, "二、"), (2, "本章小结"), (1, "第二章"), (2, "一、"), (2, "易错点"),
        (1, "第三章"), (2, "一、")]


@pytest.mark.parametrize("stem, title, first", [
    # '[#]: collector: (lujun9972)' … eight link definitions over the setext title, which a Markdown viewer never shows
    ("d38_10_xinwen_centos8_tidai_xuanze", "什么 Linux 系统可以替换生产环境的 Linux 服务器上的 CentOS 8",
     "基于 RHEL 的服务器 Linux 发行版，你可以考虑用来取代 CentOS"),
    # '> * 原文地址：…' / '> * 译者：…' quoted over the '#' title, every later heading a '##'
    ("d38_12_diaocha_baogao_go_kaifazhe_2020", "2020 年 Go 语言开发者调查报告", "新型模块化的调查问卷设计"),
])
def test_a_translations_hash_title_under_its_credits_is_its_title(stem, title, first):
    path = SOURCES / "markdown" / f"{stem}.md"
    doc = parse_document(path.read_bytes(), path.name)
    assert doc.title == title
    assert (doc.headings[0].depth, doc.headings[0].title) == (1, first)


@pytest.mark.parametrize("text, shown", [
    ("[1]: https://www.github.com/nnngu/FigureBed/raw/master/2018/1/21/1516476721972.jpg\n", []),
    ("  [2]: https%3A%2F%2Fshimo.im%2Fdocs%2FVYCqg3tp3HhX9jd8%2F\n", []),
    ("[#]: via: (https://itsfoss.com/rhel-based-server-distributions/)\n", []),
    ('[@sisungo]: https://github.com/sisungo "sisungo"\n', []),
    ("[^fn1]:老练的读者可能会注意到，比特币地址是椭圆曲线公钥的哈希\n", ["[^fn1]:老练的读者可能会注意到，比特币地址是椭圆曲线公钥的哈希"]),
    ("见下文\n[1]: https://example.org\n", ["见下文[1]: https://example.org"]),  # inside a paragraph it is text
])
def test_a_link_definition_is_shown_nowhere(text, shown):
    assert [b.text for b in markdown_blocks(text)] == shown


@pytest.mark.parametrize("text, title, first", [
    ("### 第三篇 洞察篇\n\n#### 3.1 驱动开源背后的重要力量\n\n正文。\n\n#### 3.2 开源发展的历史\n\n正文。\n",
     "第三篇 洞察篇", ("3.1", 1)),  # a book's part kept as a file: its one heading over all the others names it
    ("## 第一章 总则\n\n正文。\n\n## 第二章 附则\n\n正文。\n", "", ("第一章", 1)),  # two at the top: sections
    ("### 第三篇 洞察篇\n\n#### 3.1 驱动\n\n正文。\n\n### 第四篇 展望篇\n\n正文。\n", "", ("第三篇", 1)),
])
def test_a_files_one_heading_over_all_others_titles_it_at_any_level(text, title, first):
    doc = parse_document(text.encode("utf-8"), "part.md")
    assert doc.title == title
    assert (doc.headings[0].marker, doc.headings[0].depth) == first


@pytest.mark.parametrize("stem, item", [
    ("d40_09_jieti_baogao_rust_wasm_fenbushi_wenjian", "controlConnect"),  # '### 4.2 server' over '- controlConnect'
    ("d40_03_jieti_baogao_rvisor_anquan_rongqi", "zCore 在 /dev 中只支持四个设备"),  # a '* ' bullet among problems
])
def test_a_markdown_bullet_item_is_never_a_heading(stem, item):
    path = SOURCES / "markdown" / f"{stem}.md"
    assert f"- {item}" in path.read_text(encoding="utf-8") or f"* {item}" in path.read_text(encoding="utf-8")
    titles = [h.title for h in parse_document(path.read_bytes(), path.name).headings]
    assert item not in titles


@pytest.mark.parametrize("text, title, headings", [
    # a work summary (d40_07) written '#工作总结报告' / '##整体总结': no space after the marks, as many editors allow
    ("#工作总结报告\n\n##整体总结\n\n从9月3日开始来到清华，并加入到陈老师的实验室和团队。\n\n##关于openthos\n\n"
     "作为openthos项目的最早的参与者之一，我参与了编译部分的工作。\n", "工作总结报告", ["整体总结", "关于openthos"]),
    ("# 工作总结\n\n#话题# 今天的工作很顺利。\n\n#include <stdio.h> 是头文件。\n\n## 小结\n\n正文。\n", "工作总结", ["小结"]),
    # an event notice (d69_11) closing its headings as tightly as it opens them: '###活动介绍###'
    ("# 大数据公益大学第一期活动\n\n###活动介绍###\n\n本次活动面向在校学生，介绍数据分析的基本方法。\n\n###活动日程###\n\n"
     "上午讲座，下午上机实践。\n", "大数据公益大学第一期活动", ["活动介绍", "活动日程"]),
])
def test_a_hash_heading_without_a_space_before_chinese_is_a_heading(text, title, headings):
    doc = parse_document(text.encode("utf-8"), "summary.md")
    assert (doc.title, [h.title for h in doc.headings]) == (title, headings)


_BODY = "最近读了两本书，一本叫做《叙事的危机》，一本叫做《时间的香气》，都很薄，讲的都是我们怎样失去了时间。"


@pytest.mark.parametrize("name, text, headings", [
    # a lecture kept from a WeChat article (d31_11): '**1.**' and '**韩炳哲里的本雅明**' in paragraphs of their own
    ("talk.md", f"# 为什么我们没有时间？\n\n**1.**\n\n**韩炳哲里的本雅明**\n\n{_BODY}\n\n**2.**\n\n**故事的传统**\n\n{_BODY}\n",
     [("1.", "韩炳哲里的本雅明"), ("2.", "故事的传统")]),
    ("talk.html", f"<html><body><h1>为什么我们没有时间？</h1><p><strong>1.</strong></p><p><strong>韩炳哲里的本雅明</strong>"
     f"</p><p>{_BODY}</p><p><strong>2.</strong></p><p><strong>故事的传统</strong></p><p>{_BODY}</p></body></html>",
     [("1.", "韩炳哲里的本雅明"), ("2.", "故事的传统")]),
    ("talk.md", f"# 为什么我们没有时间？\n\n（一）\n\n韩炳哲里的本雅明\n\n{_BODY}\n\n（二）\n\n故事的传统\n\n{_BODY}\n",
     [("（一）", "韩炳哲里的本雅明"), ("（二）", "故事的传统")]),
    ("talk.md", f"# 为什么我们没有时间？\n\n一、\n\n韩炳哲里的本雅明\n\n{_BODY}\n\n二、\n\n故事的传统\n\n{_BODY}\n",
     [("一、", "韩炳哲里的本雅明"), ("二、", "故事的传统")]),
])
def test_a_number_in_a_block_of_its_own_heads_the_title_under_it(name, text, headings):
    """The plain-text reader joins a bare number with its title on the next line; a page or a Markdown file that
    sets them in blocks of their own gets the same heading (it had no outline at all)."""
    doc = parse_document(text.encode("utf-8"), name)
    assert [(h.marker, h.title) for h in doc.headings] == headings


def test_the_lecture_kept_as_markdown_has_its_eight_numbered_parts():
    path = SOURCES / "markdown" / "d31_11_jiangzuo_chendanqing_shijian.md"
    assert "**1.**\n\n**韩炳哲里的本雅明**" in path.read_text(encoding="utf-8")
    doc = parse_document(path.read_bytes(), path.name)
    assert [h.marker for h in doc.headings] == [f"{n}." for n in range(1, 9)]
    assert doc.headings[0].title == "韩炳哲里的本雅明"


@pytest.mark.parametrize("name, text", [
    # a figure alone is a count or a table's cell, a decimal alone a clause's cell in a table of clauses
    ("scores.html", "<html><body><h1>评分</h1><p>3</p><p>资格评审</p><p>正文很长的一段，说明评分办法。</p>"
     "<p>2.1.3</p><p>形式评审标准</p><p>正文很长的一段，说明评分办法。</p></body></html>"),
    ("list.md", "# 名单\n\n1.\n\n张三，男，1990年生。\n\n2.\n\n李四，女，1992年生。\n"),  # the next block a sentence
])
def test_a_figure_or_a_sentence_after_a_bare_number_stays_apart(name, text):
    doc = parse_document(text.encode("utf-8"), name)
    texts = [p.text for p in doc.paragraphs]
    assert not any(" " in t and t.split(" ")[0] in ("3", "2.1.3", "1.", "2.") for t in texts)


def test_a_page_pasted_into_a_post_keeps_its_headings_across_blank_lines():
    """A Jekyll post (d19_06) whose body is one '<div>' with blank lines and indented '<h3>'s inside: Jekyll shows
    it as HTML, and so does the reader (CommonMark's blank-line end made every heading a plain line); the '<h2>—— …'
    under its '<h1>' subtitles the title, as '——记…' does, and is no level over the sections."""
    path = SOURCES / "markdown" / "d19_06_tegao_zhengfa_jizhe_zhuanxing.md"
    doc = parse_document(path.read_bytes(), path.name)
    assert doc.title == "升维：从“政法记录者”到“算法明辨者”"
    assert [(h.depth, h.marker, h.title) for h in doc.headings] == [
        (1, "I.", "告别“已知”：一位政法记者的未竟之问"), (1, "II.", "闯入“未知”：在文理十字路口的思维重塑"),
        (1, "III.", "年度结语：在确定的变革中，拥抱不确定的远征")]


@pytest.mark.parametrize("text, titles", [
    # the author's own Markdown inside a centred '<div>' stays Markdown, as GitHub shows it
    ('<div align="center">\n\n# 项目说明\n\n</div>\n\n## 安装\n\n正文。\n\n## 使用\n\n正文。\n', ["安装", "使用"]),
    # an HTML sample in a fence opens nothing
    ("# 笔记\n\n```html\n<div>\n\n  <h2>示例</h2>\n```\n\n## 第一节\n\n正文。\n\n## 第二节\n\n正文。\n", ["第一节", "第二节"]),
])
def test_markdown_beside_html_blocks_stays_markdown(text, titles):
    assert [h.title for h in parse_document(text.encode("utf-8"), "readme.md").headings] == titles


@pytest.mark.parametrize("name, text, headings", [
    ("plan.md", "# 白皮书\n\n## 一、缔盟：核心愿景与重点任务\n\n正文。\n\n## 二、启示：实践痛点与解决方案\n\n正文。\n",
     [("一、", "缔盟：核心愿景与重点任务"), ("二、", "启示：实践痛点与解决方案")]),
    ("plan.html", "<html><body><h1>白皮书</h1><h2>一、缔盟：核心愿景与重点任务</h2><p>正文。</p>"
     "<h2>二、启示：实践痛点与解决方案</h2><p>正文。</p></body></html>",
     [("一、", "缔盟：核心愿景与重点任务"), ("二、", "启示：实践痛点与解决方案")]),
])
def test_a_marked_headings_words_after_a_colon_are_its_subtitle_not_run_in_text(name, text, headings):
    """A plain line '一、目的：…' runs on into its text after the colon; a line the file marks as a heading is
    all heading (d36_06's '## 一、缔盟：核心愿景与重点任务' showed as '缔盟')."""
    assert [(h.marker, h.title) for h in parse_document(text.encode("utf-8"), name).headings] == headings



def test_a_heading_over_the_title_is_its_kicker_not_a_section():
    """A 人民日报 article kept as Markdown (d41_09) sets its 引题 as '###' over the '#' headline."""
    text = ("### 5年来成渝地区紧密合作，发展能级和综合实力持续提升\n\n# 双城经济圈高质量发展迈上新台阶\n\n"
            "五年来，双城经济圈地区生产总值年均增长，经济总量占全国的比重持续提高。\n\n## 一、共同打造现代化产业体系\n\n"
            "成渝地区双城经济圈重点领域改革持续深化。\n\n## 二、携手共建民生幸福圈\n\n两地每9分钟开行1列高铁。\n")
    doc = parse_document(text.encode("utf-8"), "article.md")
    assert doc.title == "双城经济圈高质量发展迈上新台阶"
    assert [h.marker for h in doc.headings] == ["一、", "二、"]
    assert "5年来成渝地区紧密合作，发展能级和综合实力持续提升" in [p.text for p in doc.paragraphs]


@pytest.mark.parametrize("text, depths", [
    # d41_08: '### 2 Dubbo3 里程碑' has no text of its own; the '###' titles under it, and their '####', are its parts
    ("# 年度总结\n\n### 1 开源十二周年\n五万星标。\n### 2 Dubbo3 里程碑\n### 实现规模化生产检验\n全面升级。\n### 发力多语言生态\n"
     "#### 具备生产可用条件\nJava、Go\n### 3 核心技术\n应用级服务发现。\n",
     [(1, "1"), (1, "2"), (2, "实现规模化生产检验"), (2, "发力多语言生态"), (3, "具备生产可用条件"), (1, "3")]),
    # a number with text of its own, then an unnumbered title at its level: siblings, as the file sets them
    ("# 年度总结\n\n### 1 开源十二周年\n五万星标。\n### 小结\n很好。\n### 2 核心技术\n应用级服务发现。\n",
     [(1, "1"), (1, "小结"), (1, "2")]),
    # d52_02: '##### 三、學生會預算' straight over '##### **正副會長預算部分**' … up to '##### 四、': a Chinese number too
    ("# 財政委員會會議紀錄\n\n#### 一、核銷事宜\n照案通過。\n#### 二、學生會預算\n#### **正副會長預算部分**\n"
     "共計五千元。\n#### **秘書部預算部分**\n共計三千元。\n#### 三、學生議會預算\n照案通過。\n",
     [(1, "一、"), (1, "二、"), (2, "正副會長預算部分"), (2, "秘書部預算部分"), (1, "三、")]),
])
def test_a_number_with_no_text_of_its_own_groups_the_titles_at_its_level(text, depths):
    doc = parse_document(text.encode("utf-8"), "review.md")
    assert [(h.depth, h.marker.strip() or h.title) for h in doc.headings] == depths


def _session(questions: list[str]) -> bytes:
    answer = "答：不是这么说的。你觉得发币是促进经济成长吗？发币是促进通货膨胀，经济成长要靠生产力的提高。"
    return ("# 财经直播\n\n### 全球市场概览\n\n今天先看全球市场，港股和美股都在涨，日本的经济还在挣扎。\n\n### 问答环节\n\n"
            "今天就讲这么多，大家有什么要问的吗？\n\n" + "".join(f"**{q}**\n{answer}\n\n" for q in questions)).encode("utf-8")


def test_a_sessions_asked_questions_head_their_answers_under_the_marked_heading():
    """d19_03: '**问：…？**' over '答：…' under '### 问答环节' (as a plain text, where the same questions head)."""
    questions = ["问：不发币经济没法成长？", "问：台湾GDP预计超过5%？", "问：英特尔还能进货吗？"]
    doc = parse_document(_session(questions), "live.md")
    assert [(h.depth, h.title) for h in doc.headings] == [
        (1, "全球市场概览"), (1, "问答环节"), (2, questions[0]), (2, questions[1]), (2, questions[2])]


def test_a_listeners_long_question_is_a_turn_not_a_heading():
    """f14_01: '問：我擔任過幾次模擬法庭的辯護人，…？' tells a story before it asks: a turn of the session."""
    story = "我擔任過幾次模擬法庭的辯護人，亦參與了選任程序，發現候選陪審員常常不願意說出心裡真正的想法，" * 2
    questions = [f"問：{story}請問法官有什麼建議{n}？" for n in range(3)]
    assert [h.title for h in parse_document(_session(questions), "live.md").headings] == ["全球市场概览", "问答环节"]


def test_a_line_holding_only_a_components_tag_opens_an_html_block():
    """An MDX page (f25_03): '<CodeBlock language="python">' over Python whose '# 配置 …' comments are code, not
    headings (CommonMark's seventh kind of HTML block: one complete tag of any name, to the next blank line)."""
    text = ("# 使用\n\n## 创建实例\n\n<CodeBlock language=\"python\">\n{`from sdk import ApiClient\n# 配置 operation-api endpoint\n"
            "client = ApiClient(configuration)`}\n</CodeBlock>\n\n## 鉴权\n\n通过 login 方法获得 token。\n")
    doc = parse_document(text.encode("utf-8"), "sdk.md")
    assert [h.title for h in doc.headings] == ["创建实例", "鉴权"]
