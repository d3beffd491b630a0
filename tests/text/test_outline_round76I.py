"""Round 76I: Markdown-like manuals kept as plain text. A rule ('---') under the top ends a page's banner: the lines
after it are the text's own (rule: `banners.banner_lines`); parts set apart by rules and headed by a pictograph
('📌 系统概述') are one form, so those the outline missed stand beside those it found (rule:
`ruledpictos.add_ruled_pictographs`); a tip's sign before a sentence ('💡 每位成员需要…') marks a remark, no
sub-title (rule: `ruledpictos.drop_pictograph_tips`); and the boxes an arrow line ('↓') joins are a flow's steps,
no sections (rule: `flowsteps.drop_flow_steps`). Plain titles right over the lists whose items are a text's only
numbered sections ('具体要求' over '1. 入参定义' … '9.') are its parts (rule: `titledlists.titles_over_lists`)."""

from __future__ import annotations

import pytest
from support import DATA, parse_document, spaced_paragraphs

from reader.text.candidate import Candidate, depth_of
from reader.text.flowsteps import drop_flow_steps
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.ruledpictos import add_ruled_pictographs, drop_pictograph_tips
from reader.text.titledlists import titles_over_lists

BODY = "这是一款基于浏览器的多人桌游，支持好友开房间对战，每局十到三十分钟，无需安装任何客户端即可开始游戏。"
# f89_06's shape: a contents list, then a rule, then the first part, whose label '产品名称' is over the title again
# (one rule only: the parts after it are found without the ruled form)
MANUAL = ["星辰桌游 - 产品手册", "", "📖 目录", "", "1. 产品概述", "2. 游戏简介", "3. 游戏规则", "", "---", "",
          "📌 产品概述", "", "产品名称", "星辰桌游", "", "产品简介", BODY, "", "核心特性", "- 多人在线：支持2-12名玩家同时游戏",
          "- 快速对局：10-30分钟一局", "", "", "🎮 游戏简介", "", "游戏背景", BODY, "", "", "📜 游戏规则",
          "", "游戏流程", BODY, "", "胜负判定", BODY]


@pytest.mark.parametrize("rule, found", [
    ("---", True),  # the rule under the contents: the body has begun, '📌 产品概述' is its first part
    ("***", True),
    (None, False),  # no rule: the lines above the title shown again are the page's banner, as before
])
def test_a_rule_under_the_top_ends_the_banner(rule, found):
    lines = list(MANUAL)
    lines[8] = rule if rule else "    "
    titles = [h.title for h in parse_document("\n".join(lines).encode(), "manual.txt").headings]
    assert ("📌 产品概述" in titles) is found
    assert "产品简介" in titles


def _paragraphs(rows: list[tuple[str, bool]]) -> list[Paragraph]:
    return [Paragraph(text, n + 1, 0, ruled=ruled) for n, (text, ruled) in enumerate(rows)]


RULED = [("📌 系统概述", True), ("本系统为学生会设计的网页排班工具。", False), ("🚀 快速开始", True), ("1. 注册", False),
         ("📄 页面功能详解", True), ("一、首页", False), ("📊 常见操作流程", True), ("每周例行操作", False),
         ("新学期开始", False), ("⚠️ 注意事项", True), ("📅 最后更新：2026年6月22日", True)]


@pytest.mark.parametrize("found, want", [
    # '🚀', '📄', '⚠️' found at the top: '📌' and '📊' too, '📊' holding the titles up to the next rule; the date
    # field after the last rule is no part
    ({2: -1, 4: -1, 5: 4, 8: -1, 9: -1}, {0: 1, 2: 1, 4: 1, 5: 2, 6: 1, 8: 2, 9: 1}),
    # only one found at the top: the form is not shown, nothing added
    ({2: -1, 5: -1}, {2: 1, 5: 1}),
    # found, but under another title: not the top-level form
    ({1: -1, 2: 1, 4: 1, 9: 1}, {1: 1, 2: 2, 4: 2, 9: 2}),
])
def test_ruled_pictograph_titles_the_outline_missed_stand_beside_those_it_found(found, want):
    candidates, at = [], {}
    for i, parent in found.items():
        at[i] = len(candidates)
        candidates.append(Candidate(i, None, "container", parent=at[parent] if parent >= 0 else -1))
    out = add_ruled_pictographs(candidates, _paragraphs(RULED))
    assert {c.index: depth_of(c, out) for c in out if c.accepted} == want


@pytest.mark.parametrize("text, kept", [
    ("💡 每位成员需要录入单周和双周两份课表（因课程安排可能不同）", False),  # a tip: a sentence past a title's length
    ("⚠️ 重要：当前周的数值决定了哪些周的排班被锁定，之前的周不可修改。", False),
    ("💡 一句话要点", True),  # a short name after the sign: a title
    ("⚠️ 注意事项", True),
    ("🎬 谷歌DeepMind旗下AI新药研发公司的首席科学家宣布新药进入临床试验", True),  # no tip's sign: a feed's headline
])
def test_a_tips_sign_before_a_sentence_marks_no_title(text, kept):
    candidates = [Candidate(0, None, "container"), Candidate(1, None, "sub", parent=0)]
    drop_pictograph_tips(candidates, _paragraphs([("四、课表录入", False), (text, False)]))
    assert candidates[0].accepted and candidates[1].accepted is kept


PAIBAN = DATA / "corpus" / "docs" / "f89_07_shouce_dangyuan_paiban.txt"  # a dev document


def test_a_manuals_ruled_parts_and_tip_in_a_dev_document():
    """'📌 系统概述' (first under the rule below the title) and '📊 常见操作流程' were missed and '💡 每位成员…' taken."""
    heads = {h.title: h.depth for h in parse_document(PAIBAN.read_bytes(), PAIBAN.name).headings}
    assert heads.get("📌 系统概述") == 1 and heads.get("📊 常见操作流程") == 1 and heads.get("新学期开始") == 2
    assert not any(t.startswith("💡") for t in heads)


FLOW = ["游戏分为三个阶段，按顺序执行：", "1. 准备阶段 (PREPARE)", "↓", "2. 游戏开始 (GAME_START)", "   ↓  ", "3. 游戏结束",
        "详细流程", "1. 准备阶段 (PREPARE)", "- 玩家加入房间，选择座位"]


@pytest.mark.parametrize("index, kept", [
    (1, False), (3, False), (5, False),  # the boxes an arrow line joins: a flow's steps
    (6, True), (7, True),  # the titles under it, no arrow beside them
])
def test_the_boxes_an_arrow_line_joins_are_no_sections(index, kept):
    candidates = [Candidate(i, None, "container") for i in (1, 3, 5, 6, 7)]
    drop_flow_steps(candidates, [Paragraph(text, n + 1, 0) for n, text in enumerate(FLOW)])
    assert next(c for c in candidates if c.index == index).accepted is kept


LANGRENSHA = DATA / "corpus" / "docs" / "f89_06_shouce_yiye_langrensha.txt"  # a dev document


def test_a_flow_in_a_dev_document_is_no_sections():
    """'1. 准备阶段 (PREPARE)' / '↓' / … / '11. 游戏结束 (GAME_OVER)' (lines 60-80) came out as eleven sections."""
    lines = {h.line for h in parse_document(LANGRENSHA.read_bytes(), LANGRENSHA.name).headings}
    assert not lines & set(range(59, 82)) and {56, 82, 84} <= lines


STEP = "- 字段、类型、单位、来源、是否必填必须明确，运行环境在创建时固定。"
# f89_08's shape: plain titles each right over a list's '1.', after a blank line; only the middle list's items,
# each over its bullets, were taken as sections (the others are tight lists)
STANDARD = ["本标准适用于每一层、每一个对外公开方法，外部系统泛指所有业务依赖的第三方远端服务。", "",
            "方法执行流程", "1. 入参定义", "2. 入参基础校验", "", "具体要求", "1. 入参定义", STEP, "", "2. 入参基础校验", STEP,
            "", "总体原则", "1. 业务驱动：先明确业务动作，再选择对应的技术实现。", "2. 数据第一：不丢失业务数据。"]


def _standard(lines: list[str], sections: list[str]) -> list[tuple[str, int]]:
    """The outline of the lines (a blank line: '') with the numbered lines of `sections` over a bullet (or '一、')
    taken as sections, the tight lists' items not: (title, depth) of each heading."""
    paragraphs = list(spaced_paragraphs(lines))
    candidates: list[Candidate] = []
    for i, p in enumerate(paragraphs):
        if p.text in sections and (p.text.startswith("一") or paragraphs[i + 1].text == STEP):
            first = next((n for n, c in enumerate(candidates) if c.match.family == match_heading(p.text).family), None)
            candidates.append(Candidate(i, match_heading(p.text), match_heading(p.text).family,
                                        run=len(candidates) if first is None else first))
    out = titles_over_lists(candidates, paragraphs, "公开方法统一开发标准")
    return [(paragraphs[c.index].text, depth_of(c, out)) for c in out if c.accepted]


@pytest.mark.parametrize("change, want", [
    # the three titles found, the items of the middle list under its title
    ({}, [("方法执行流程", 1), ("具体要求", 1), ("1. 入参定义", 2), ("2. 入参基础校验", 2), ("总体原则", 1)]),
    # a label's colon: a label over a list (most are no part, 65 of 76 on the dev documents): nothing added
    ({6: "具体要求：", 2: "方法执行流程：", 13: "总体原则："}, [("1. 入参定义", 1), ("2. 入参基础校验", 1)]),
    # the text numbers sections of its own ('一、总则') beside the lists' items: their levels stand
    ({0: "一、总则"}, [("一、总则", 1), ("1. 入参定义", 1), ("2. 入参基础校验", 1)]),
    # one title only (the others run on as sentences): the form is not shown twice, nothing added
    ({2: "方法执行流程如下，共两步。", 13: "总体原则如下，共两条。"}, [("1. 入参定义", 1), ("2. 入参基础校验", 1)]),
])
def test_plain_titles_right_over_the_lists_that_hold_the_sections(change, want):
    lines = [change.get(n, line) for n, line in enumerate(STANDARD)]
    assert _standard(lines, ["一、总则", "1. 入参定义", "2. 入参基础校验"][0 if 0 in change else 1:]) == want


KAIFA = DATA / "corpus" / "docs" / "f89_08_biaozhun_kaifa_fangfa.txt"  # a dev document


def test_a_standards_titles_over_its_lists_in_a_dev_document():
    """'方法执行流程（固定9步）', '具体要求' and '总体原则' were missed and '1. 入参定义' … '9.' stood at the top."""
    heads = [(h.depth, h.marker, h.title) for h in parse_document(KAIFA.read_bytes(), KAIFA.name).headings]
    assert heads[:3] == [(1, "", "方法执行流程（固定9步）"), (1, "", "具体要求"), (2, "1.", "入参定义")]
    assert heads[-2:] == [(2, "9.", "异常归一化"), (1, "", "总体原则")]
