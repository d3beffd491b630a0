"""Round 58A: a course note's week whose sections stand one after another with no notes under them ('7.1 …' to
'7.5 …' under 第7周, a week never written up) keeps them as sections when the note's other weeks hold their 'N.1' …
'N.k' as sections and outnumber the weeks read as lists: the numbers name their own week, as the others' do. A run of
sentences or long notes, numbers that do not count one chapter from 1, a chapter another kept run already has, and a
note whose decimal runs are mostly lists stay as they were."""

from __future__ import annotations

import pytest

from reader.text.candidate import Candidate, nesting_key
from reader.text.decimalruns import like_its_chapters
from reader.text.listruns import FEW_TITLED, NOTES
from reader.text.markers import match_heading

KEPT = {1: ("绪论", "认识资产负债表", "资产的概念"), 2: ("认识负债", "股东的权益"), 4: ("现金流量表", "现金流的来源")}
NOTED = NOTES + ": three or more short items line after line, none with a paragraph of its own"
FEW = FEW_TITLED + " 1 of 4 items look like headings"


def _run(lines: list[str], reason: str = "") -> list[Candidate]:
    out = []
    for i, line in enumerate(lines):
        m = match_heading(line)
        assert m is not None, line
        out.append(Candidate(i, m, nesting_key(m), accepted=not reason, reason=reason))
    return out


def _kept(weeks: dict[int, tuple[str, ...]] = KEPT) -> list[list[Candidate]]:
    return [_run([f"{n}.{k} {t}" for k, t in enumerate(titles, 1)]) for n, titles in weeks.items()]


def _decide(listed: list[str], reason: str = NOTED, kept: list[list[Candidate]] | None = None) -> list[Candidate]:
    run = _run(listed, reason)
    like_its_chapters((kept if kept is not None else _kept()) + [run])
    return run


@pytest.mark.parametrize("lines", [
    ["3.1 一個奇葩名字引發的血案：《左傳》鄭伯克段於鄢解題", "3.2 玩水引發的戰爭：《左傳》齊桓公伐楚", "3.3 正氣凜然：《左傳》晏子不死君難"],
    ["3.1 公司基本情况汇总", "3.2 成本分析", "3.3 费用分析", "3.4 存货周转率分析"],
    ["3.1 哪些人使用财务数据进行决策？", "3.2 实际决策中还有哪些财务分析问题？", "3.3 习题"],
    ["3.1 IBM大中华区市场营销总监孙丽军谈财务分析与企业决策", "3.2 课程辅助资料"],
])
@pytest.mark.parametrize("reason", [NOTED, FEW])
def test_a_week_listed_without_notes_keeps_its_sections(lines: list[str], reason: str) -> None:
    assert all(c.accepted and not c.reason for c in _decide(lines, reason))


@pytest.mark.parametrize("lines", [
    ["3.1 首先复习了上周的内容。", "3.2 然后讲了资产负债表的结构。", "3.3 最后布置了课后作业。"],  # sentences
    ["3.1 资产的定义：企业过去的交易或者事项形成的、由企业拥有或者控制的、预期会给企业带来经济利益的资源",
     "3.2 负债的定义：企业过去的交易或者事项形成的、预期会导致经济利益流出企业的现时义务"],  # notes, long
    ["3.1 数字类型：整数类型、浮点数类型和复数类型", "3.2 数字类型的运算：数值运算操作符"],  # topics noted, listed
    ["3.2 成本分析", "3.3 费用分析", "3.4 存货周转率分析"],  # not counted from 1: an excerpt
    ["3.1 成本分析", "3.3 费用分析"],  # a gap
    ["2.1 认识负债", "2.2 股东的权益"],  # week 2 again: a list quoting its sections
    ["3.1 成本分析"],  # alone
])
def test_lists_stay_lists(lines: list[str]) -> None:
    assert not any(c.accepted for c in _decide(lines))


def test_mostly_lists_stay_lists() -> None:
    """As many weeks read as lists as kept: the note's habit is lists, not sections."""
    listed = _run(["5.1 成本分析", "5.2 费用分析"], NOTED)
    run = _decide(["3.1 成本分析", "3.2 费用分析"], kept=_kept({1: KEPT[1], 2: KEPT[2]}) + [listed])
    assert not any(c.accepted for c in run + listed)


def test_one_kept_week_is_no_habit() -> None:
    run = _decide(["3.1 成本分析", "3.2 费用分析"], kept=_kept({1: KEPT[1]}))
    assert not any(c.accepted for c in run)


@pytest.mark.parametrize("reason", ["a form's fields: labels ending in '：'",
                                    "a reading list: 2 of 3 items are citations"])
def test_other_reasons_stand(reason: str) -> None:
    assert not any(c.accepted for c in _decide(["3.1 成本分析", "3.2 费用分析"], reason))


def test_top_level_numbers_are_left_alone() -> None:
    """'1.' '2.' items (no chapter in their number) are the other rules' to judge."""
    kept = [_run(["1. 绪论", "2. 总结"]), _run(["1. 方法", "2. 结果"])]
    assert not any(c.accepted for c in _decide(["1. 成本分析", "2. 费用分析"], kept=kept))


def test_a_run_after_the_last_kept_chapter_stays_a_list() -> None:
    """'5.1' … after weeks 1, 2 and 4: no week on either side, maybe a list quoting a book's sections."""
    assert not any(c.accepted for c in _decide(["5.1 成本分析", "5.2 费用分析"]))


def test_titles_with_text_between_stay_as_they_were() -> None:
    """Points made in a week's text, a paragraph between them: the other rules' lists, not a plan."""
    run = _run(["3.1 成本分析", "3.2 费用分析"], NOTED)
    run[1].index = 3
    like_its_chapters(_kept() + [run])
    assert not any(c.accepted for c in run)
