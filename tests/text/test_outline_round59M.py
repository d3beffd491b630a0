"""Round 59M (from the dropped round 58M patch): an unnamed contents list is a block of numbered lines whose entries the document names again below,
bare or under the entry's own number; a line with the same words under another number is a sibling section, not the
entry again ('7.6 习题' over next week's '8.7 习题', '2）根因' over the next case's '1）根因', a task list's '5. 会场
清扫' over another team's '4. 会场清扫'): each week, case or team has its own exercises, causes and chores, so a
course's week plan and a team's task list keep their lines. A web book's sidebar named again with its numbers, or
bare ('1.1. 实验目的' over '实验目的'), or with its number written twice ('2.1. 2.1eID…' over '2.1eID…') is still
a contents list.

With those lines back as sections, a run the rules read as a list for its few heading-like items is kept as sections
where one of its short titles is that of a member of a run they keep under another part (each case's '1）演示 2）根因
3）加固建议', each week's '习题'), so its verdict no longer turns on how many such runs the run model counts in the
document; a run under no part (an agenda over its minutes), a long title and other reasons are left alone."""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from reader.text.contents import unnamed_contents
from reader.text.listruns import FEW_TITLED
from reader.text.markers import match_heading
from reader.text.parallelruns import parallel_sections
from support import paragraphs

_P = "这一部分说明本周课程的主要内容和学习要求，供同学们在课前预习和课后复习时参考使用。"


def _contents(lines: list[str]) -> list[str]:
    """The lines read as an unnamed contents list's entries."""
    paras = list(paragraphs(lines))
    found = unnamed_contents(paras, [match_heading(p.text) for p in paras])
    return [paras[i].text for i in sorted(found)]


_WEEK = ["7.6 习题", "7.7 课程辅助资料", "8.1 公司基本情况汇总", "8.2 成本分析", "8.3 费用分析",
         "8.4 营运能力分析", "8.5 当前状况总结", "8.6 对未来的展望"]
_CASES = ["2）根因", "1、未对用户身份进行校验", "2、不安全的配置", "3、使用不可信数据进行身份校验", "4、加密密钥过于简单",
          "3）加固建议", "1、使用成熟的安全权限校验框架", "2、避免使用用户高度可控的数据校验用户身份"]
_TASKS = ["1. 在论坛发帖宣传读书会", "2. 协助进行同学加群任务", "3. 定期清理不活跃群员", "4. 活动举办前发布预告",
          "5. 整理个人资料完善读书会幻灯片", "6. 活动前组织签到", "7. 活动结束时协助进行会场清扫工作",
          "8. 活动结束后发布小结"]
_BOOK = ["1. 简介", "2. 安装", "3. 快速上手", "4. 基本语法", "5. 数据结构", "6. 函数", "7. 模块", "8. 附录"]


@pytest.mark.parametrize("lines", [
    [*_WEEK, "8.7 习题", "8.8 课程辅助资料", "现金流分析", "9.1 现金流的来龙去脉", _P, "9.7 习题", _P],
    [*_CASES, _P, "6、密码爆破", _P, "1）根因", _P, "2）加固建议", _P],
    [*_TASKS, "技术工作", "1. 协助文书工作人员处理图片", "2. 维护网站", "3. 活动结束时协助进行会场清扫工作", _P],
])
def test_the_same_words_under_another_number_are_a_sibling_not_the_entry_again(lines):
    assert _contents(lines) == []


@pytest.mark.parametrize("lines, listed", [
    ([*_BOOK, "1. 简介", _P, "2. 安装", _P, "3. 快速上手", _P], 8),
    ([f"1.{n}. {t}" for n, t in enumerate(["实验目的", "实验原理", "实验仪器", "实验步骤", "数据记录", "数据处理",
                                           "误差分析", "思考题"], 1)] + ["实验目的", _P, "实验原理", _P], 8),
    ([f"2.{n}. 2.{n}{t}" for n, t in enumerate(["eID数字身份相关主体", "身份的功能", "身份的类型", "身份的载体",
                                                "身份的认证", "身份的管理", "身份的应用", "身份的未来"], 1)]
     + ["2.1eID数字身份相关主体", _P, "2.2身份的功能", _P], 8),
    ([*_BOOK, _P, "习题", _P, "3. 快速上手", _P], 8),
])
def test_a_sidebar_named_again_bare_or_under_its_own_number_stays_contents(lines, listed):
    assert len(_contents(lines)) == listed


def _run(part: int, *titles: str, key: str = "half-paren") -> list[SimpleNamespace]:
    """A run's members under the part candidate numbered `part` (-1: none)."""
    return [SimpleNamespace(key=key, parent=part, match=SimpleNamespace(title=t)) for t in titles]


_FEW = f"{FEW_TITLED} 0 of 3 items look like headings"


@pytest.mark.parametrize("runs, reasons, kept", [
    ([_run(1, "演示", "根因", "加固建议"), _run(5, "演示", "根因", "加固建议")], ["", _FEW], ["", ""]),
    ([_run(1, "认识负债", "习题", "本周课程辅助资料", key="decimal2"),
      _run(9, "好企业是什么样的？", "习题", "本周课程辅助资料", key="decimal2")], ["", _FEW], ["", ""]),
    ([_run(1, "演示 ", "根因：", "加固建议"), _run(5, "根因", "加固建议")], ["", _FEW], ["", ""]),
])
def test_a_part_repeating_a_sibling_parts_sections_keeps_them(runs, reasons, kept):
    assert parallel_sections(runs, reasons) == kept


@pytest.mark.parametrize("runs, reasons", [
    ([_run(-1, "回顾上周的任务", "website"), _run(-1, "回顾上周的任务", "website")], ["", _FEW]),  # no parts: an agenda
    ([_run(1, "演示", "根因"), _run(1, "演示", "根因")], ["", _FEW]),  # the same part: no parallel
    ([_run(1, "演示", "根因"), _run(5, "演示", "根因", key="arabic")], ["", _FEW]),  # another numbering
    ([_run(1, "讨论correctness的定义"), _run(5, "讨论correctness的定义")], ["", _FEW]),  # a sentence, not a name
    ([_run(1, "演示", "根因"), _run(5, "演示", "根因")], ["", "a list introduced by '：'"]),  # another reason
])
def test_runs_that_are_not_parallel_parts_keep_the_rules_verdict(runs, reasons):
    assert parallel_sections(runs, reasons) == reasons
