"""Round 76B: numbered lines that are no sections (issue 9, precision). A scoring sheet's items, each ending in its
points ('一、 巩固成果，提升河长制工作实效 31'), are a table's rows (rule: `scoredrows.scored_rows`); a bid letter's
undertakings, each a sentence in the writer's own voice ('一、我方愿意…。' … '四、如我方中标，…。'), are the letter's
body (rule: `pledges.pledged_items`)."""

from __future__ import annotations

import pytest
from support import DATA, outline, paragraphs, parse_document

from reader.text.markers import match_heading
from reader.text.pledges import pledged_items
from reader.text.scoredrows import scored_rows

BODY = "进一步健全组织体系、责任体系、制度体系，人员变动时及时调整并向社会公布。"


def _numbered(lines: list[str]) -> list[tuple[int, str]]:
    return [(d, m) for d, m, _ in outline(lines) if m]


@pytest.mark.parametrize("rows, kept", [
    # d24_09's shape: every item ends in its points, the points no count: a table's rows
    (["一、 巩固成果，提升河长制工作实效 31", "二、 落实湖长制重点任务 12", "三、 推进突出问题专项整治 45"], False),
    # the figures count on one by one: each title's own number ('第一阶段 1'), sections as before
    (["一、 第一阶段 1", "二、 第二阶段 2", "三、 第三阶段 3"], True),
    # one item ends in words: the figures are some titles' own, sections as before
    (["一、 巩固成果 31", "二、 落实重点任务", "三、 推进专项整治 45"], True),
    # two items are too few to show a column
    (["一、 巩固成果，提升河长制工作实效 31", "二、 落实湖长制重点任务 12"], True),
])
def test_numbered_lines_ending_in_a_column_of_points_are_a_tables_rows(rows, kept):
    lines = ["石城县河长制工作考核细则", "序号 考核项目 各项分值 考核指标"]
    for row in rows:
        lines += [row, BODY, "县河长办"]
    want = [(1, row.split()[0]) for row in rows] if kept else []
    assert _numbered(lines) == want


@pytest.mark.parametrize("texts, rows", [
    (["一、 巩固成果 31", "（一）完善组织体系", "二、 落实任务 2", "三、 专项整治 45"], {0, 2, 3}),  # (一) ends in words
    (["1 完善\"四个到位\" 5", "2 强化督查督办 4", "3 完善考核方案 2"], {0, 1, 2}),
    (["招聘 1", "招聘 2"], set()),  # no numbered line
    (["一、 巩固成果 31", "二、 落实任务 2", "三、 专项整治 45", "四、 加强宣传工作"], set()),
])
def test_scored_rows_are_every_line_of_a_family_ending_in_a_figure(texts, rows):
    assert set(scored_rows([match_heading(t) for t in texts])) == rows


LETTER = ["某某项目招标文件", "第一章 招标公告", BODY, "第二章 投标人须知", BODY, "第三章 投标文件格式", "投标函",
          "致：某某采购中心", "根据贵方项目的招标公告，我方作为投标人，正式提交投标文件并声明如下："]
PLEDGES = ["一、我方愿意按照招标文件的要求，以人民币（大写）元的投标报价，完成本项目的全部工作内容。",
           "二、我方已详细阅读并理解招标文件的全部内容，并承诺一旦中标，将按招标文件与采购人签订合同。",
           "三、我方承诺投标有效期为自投标截止日起90日历日。在投标有效期内不撤回、不修改投标文件。",
           "四、如我方中标，将按规定缴纳履约保证金，并在收到中标通知书后30日内与采购人签订合同。"]
CHAPTERS = [(1, "第一章"), (1, "第二章"), (1, "第三章")]


@pytest.mark.parametrize("items, want", [
    (PLEDGES, CHAPTERS),  # the letter's four undertakings: its body, no articles of chapter 3
    # one item is no undertaking of the writer's: the run stays as it was, articles of chapter 3
    (PLEDGES[:1] + ["二、投标报价已包含全部费用和税金。"] + PLEDGES[2:],
     CHAPTERS + [(2, "一、"), (2, "二、"), (2, "三、"), (2, "四、")]),
])
def test_a_bid_letters_undertakings_are_its_body_not_sections(items, want):
    assert _numbered(LETTER + items + ["投标人：（盖章）", "日期：2025年1月1日"]) == want


@pytest.mark.parametrize("texts, pledged", [
    (PLEDGES, True),
    (["一、本人承诺所提交的材料真实有效。", "二、本人遵守考试纪律。", "三、若本人违反上述承诺，自愿承担相应责任。"], True),
    (["1. 我公司具有独立承担民事责任的能力；", "2. 我公司具有良好的商业信誉；", "3. 我公司参加本次采购活动前三年内无重大违法记录；"], True),
    # a privacy policy's sections name what 'we' do, and end in no stop: titles
    (["一、我们如何收集和使用您的个人信息", "二、我们如何使用 Cookie", "三、我们如何保护您的个人信息"], False),
    (["一、我方愿意按照招标文件的要求完成工作", "二、我方已详细阅读招标文件", "三、我方承诺投标有效期为90日"], False),  # no stop
    (PLEDGES[:2], False),  # two are too few
])
def test_pledged_items_are_a_runs_sentences_in_the_writers_voice(texts, pledged):
    paras = paragraphs(texts)
    assert set(pledged_items(paras, [match_heading(p.text) for p in paras])) == (set(range(len(texts))) if pledged
                                                                                  else set())


BID = DATA / "corpus" / "docs" / "f88_01_zhaobiao_wenjian_xiangmu.txt"  # a dev document: its 投标函's six undertakings
SHEET = DATA / "corpus" / "docs" / "d24_09_xize_shicheng_hezhangzhi_kaohe.txt"  # a dev document: a scoring sheet


def test_the_dev_documents_lose_their_false_numbered_headings():
    bid = parse_document(BID.read_bytes(), BID.name).headings
    assert [h.line for h in bid if 680 <= h.line <= 700] == []  # (their letter's title, 投标函, at line 676, stays)
    assert any(h.line == 676 and h.title == "投标函" for h in bid)
    assert [h for h in parse_document(SHEET.read_bytes(), SHEET.name).headings if h.marker] == []
