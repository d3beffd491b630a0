"""Second round of document-level evidence (issue #9): issuance header lines (文号, the issuing authority), the
untitled provisions of an issued document, lettered sub-sections (A. / B、 / （A）) families numbered by a
numeral and a word ('一问：'), and the captions under dropped images.

Each table row is a made-up minimal document of a failure class seen in fresh held-out material (jud07 court
guidance, cdt15 NGO report, cdt13 commentary, cdt14 news feature with image captions); each fails without its rule.
"""

from __future__ import annotations

import pytest

from reader.text.captions import image_captions
from reader.text.headers import header_lines, issue_number
from reader.text.model import Paragraph
from reader.text.explain import explain_outline
from reader.text.outline import parse_outline
from support import outline, paragraphs

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
PROVISION = "各级人民法院应当坚持以事实为根据，以法律为准绳，在释法说理时统筹协调各方面因素，确保裁判结果合法合理。"
NOTICE = ["日前，某某机关印发意见，自三月一日起施行。", "某某人民法院", "印发《关于某项工作的指导意见》的通知",
          "法〔2021〕21号", "各省、自治区、直辖市高级人民法院：", "现将意见印发给你们，请认真贯彻执行。", "某某人民法院",
          "2021年1月19日", "为进一步规范工作，结合审判实际，制定本意见。"]


def _provisions(n: int, items_under: int = 0) -> list[str]:
    lines = []
    for k, cn in enumerate("一二三四五六七八九十"[:n], 1):
        lines.append(f"{cn}、{PROVISION * 5}")  # as long as jud07's: provisions that fit one screen are a list (70G)
        if k == 2:
            lines += [f"（{c}）涉及重大公共利益，社会广泛关注的案件；" for c in "一二三"[:items_under]]
    return lines


CASES = {
    # jud07: the provisions of an issued guidance, untitled, numbered straight through; header lines no headings
    "provisions after a 文号": (NOTICE + _provisions(5, 3), [(1, f"{cn}、", f"{cn}、") for cn in "一二三四五"]),
    # the same provisions without an issuance number: paragraph numbering of an essay, no outline
    "untitled paragraphs without a 文号": ([BODY] + _provisions(5, 3), []),
    # a 文号 does not turn request clauses chained by '；' into provisions
    "chained clauses after a 文号": (NOTICE + ["一、撤销原判决；", "二、改判被告赔偿损失；", "三、本案诉讼费用由被告负担。"], []),
    # cdt15: lettered sub-sections under titled articles of a covenant, and under plain sections
    "letters under articles": (
        ["第九条 享有社会保障的权利", "A. 临时救助制度", BODY, "B. 社会保障", BODY,
         "第十条 对家庭的保护", "A. 婚姻家庭侵权", BODY, "B. 生育自由和亲权", BODY],
        [(1, "第九条", "享有社会保障的权利"), (2, "A.", "临时救助制度"), (2, "B.", "社会保障"),
         (1, "第十条", "对家庭的保护"), (2, "A.", "婚姻家庭侵权"), (2, "B.", "生育自由和亲权")]),
    "letters under sections": (
        ["一、总体情况", "A、人口结构", BODY, "B、收入分配", BODY, "二、主要问题", "（A）住房", BODY, "（B）就业", BODY],
        [(1, "一、", "总体情况"), (2, "A、", "人口结构"), (2, "B、", "收入分配"),
         (1, "二、", "主要问题"), (2, "（A）", "住房"), (2, "（B）", "就业")]),
    # cdt13: questions numbered by a numeral and 问 stand as the sections; an archive card's line is no heading
    "numeral and a word": (
        ["CDT 档案卡", "标题：当前经济形势十问", BODY, "一问：当前经济核心问题是什么？", BODY,
         "二问：政策到底是在扩张，还是在收缩？", BODY, "三问：价格为何下跌？", BODY],
        [(1, "一问：", "当前经济核心问题是什么？"), (1, "二问：", "政策到底是在扩张，还是在收缩？"),
         (1, "三问：", "价格为何下跌？")]),
    # one such line, or numbers out of sequence, are sentences
    "numeral and a word, not a sequence": ([BODY, "三问：价格为何下跌？", BODY, "五问：为什么？", BODY], []),
    # cdt10: change items whose '。' falls inside the text they quote are no run-in headings
    "items quoting a text": (
        ["一、组成人员", "1.删除“六、总理召集和主持全体会议。重大事项须经讨论决定。”", BODY,
         "2.增加“六、国务院履行经济调节职能。全面正确履行职能。”", BODY, "二、工作原则", BODY],
        [(1, "一、", "组成人员"), (1, "二、", "工作原则")]),
    # the same items with a title of their own are sub-sections
    "items with a title": (
        ["一、组成人员", "1.删除原第六条。原条文规定总理召集会议。", BODY, "2.增加新第六条。新条文规定履行职能。", BODY,
         "二、工作原则", BODY],
        [(1, "一、", "组成人员"), (2, "1.", "删除原第六条"), (2, "2.", "增加新第六条"), (1, "二、", "工作原则")]),
    # a letter before English text is no sub-section
    "letters before English": (["A. Smith wrote this", BODY, "B. Jones replied", BODY], []),
}


@pytest.mark.parametrize("lines, expected", CASES.values(), ids=CASES.keys())
def test_family_cases(lines, expected):
    assert outline(lines) == expected


@pytest.mark.parametrize("text, expected", [
    ("法〔2021〕21号", True), ("国发〔2023〕7号", True), ("京政办发[2021]3号", True),
    ("（国办发〔2018〕118号）等规定", False), ("2021年1月19日", False), ("第21号", False),
])
def test_issue_number(text, expected):
    assert issue_number(text) is expected


def test_header_lines_are_the_number_and_the_authority_by_it_or_over_the_date():
    found = header_lines(paragraphs(NOTICE + ["改革局", BODY, "破局", BODY]))
    assert sorted(found) == [1, 3, 6]  # 某某人民法院 (by the 文号), 法〔2021〕21号, 某某人民法院 (over the date)


def test_explain_names_header_lines_and_provisions():
    text = "\n".join(explain_outline(paragraphs(NOTICE + _provisions(4, 2))))
    assert "header" in text and "文号" in text and "issuing authority" in text
    assert "cn: 4 kept" in text and "inside the article" in text


def _feature(blank_before_caption: int) -> tuple:
    """A news feature with 小标题: every paragraph one blank line apart, a caption after a dropped image's gap."""
    lines = [BODY, "来自警嫂的举报", BODY, BODY, "派出所领导曾介入调解", "同事来家里出警", BODY, BODY,
             "乔某良手写的保证书", BODY, BODY, "王颖称曾被砸伤手部", "不予认定的伤情", BODY]
    gap = {4, 8, 11}  # the caption lines
    out, start, line = [], 0, 1
    for n, text in enumerate(lines):
        line += (blank_before_caption + 1) if n in gap else 2 if n else 0
        out.append(Paragraph(text, line, start))
        start += len(text) + 1
    return tuple(out)


def test_captions_after_a_dropped_image_are_no_headings_and_no_body():
    got = [h.title for h in parse_outline(_feature(3))]
    assert got == ["来自警嫂的举报", "同事来家里出警", "不予认定的伤情"]
    assert sorted(image_captions(_feature(3))) == [4, 8, 11]
    assert image_captions(_feature(1)) == {}  # the usual spacing: no caption


def test_explain_names_captions():
    text = "\n".join(explain_outline(_feature(3)))
    assert "caption" in text and "wider gap" in text


ISSUING = ["某某规则修订解读", "一、总则", BODY, "二、组成人员", BODY, "国务院关于印发《某某工作规则》的通知",
           "国发〔2023〕7号", "现将《某某工作规则》印发给你们，请认真贯彻执行。", "某 某 工 作 规 则",
           "第一章　总则", "一、" + PROVISION, "二、" + PROVISION, "第二章　职能", "三、" + PROVISION, "四、" + PROVISION]


def test_a_notice_and_the_rules_it_issues_are_two_top_level_parts():
    """cdt10: a commentary, then the notice (by its 文号) and the rules it issues under their own title."""
    got = outline(ISSUING, "某某规则修订解读")
    assert got == [(1, "一、", "总则"), (1, "二、", "组成人员"), (1, "", "国务院关于印发《某某工作规则》的通知"),
                   (1, "", "某某工作规则"), (2, "第一章", "总则"), (3, "一、", "一、"), (3, "二、", "二、"),
                   (2, "第二章", "职能"), (3, "三、", "三、"), (3, "四、", "四、")]


def test_a_notice_without_the_issued_title_is_header_only():
    """jud07: the notice names the guidance, but no line carries its title: no part opens."""
    lines = [line for line in ISSUING if line != "某 某 工 作 规 则"]
    assert outline(lines, "某某规则修订解读") == [
        (1, "一、", "总则"), (1, "二、", "组成人员"), (1, "第一章", "总则"), (2, "一、", "一、"), (2, "二、", "二、"),
        (1, "第二章", "职能"), (2, "三、", "三、"), (2, "四、", "四、")]


@pytest.mark.parametrize("signature, date", [
    ("国务院办公厅", "一九九七年四月八日"),  # every Chinese digit, as State Council documents of the 1990s sign
    ("臺北市政府", "2021年3月5日"),  # Traditional, as the metadata reader reads it
    ("最高人民法院", "二〇二一年十二月三十一日"),
])
def test_an_authority_over_its_signing_date_is_header(signature, date):
    found = header_lines(paragraphs([BODY, signature, date]))
    assert 1 in found and "authority" in found[1]
