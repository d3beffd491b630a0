"""Round 46y: rules (规章制度) laid out as firms and schools write them. Chapters named without numbers ('总则',
'收入管理', '附则', each alone right over a 第X条, or over a 一、 counting straight through) hold the provisions below
them (rule: `lawparts.unnumbered_chapters`), and so do sections named without 第X节 inside numbered chapters
(`lawparts.unnumbered_sections`); '（一）备课' set above its own '一、', '二、' (an inverted scheme) keeps
'（二）上课' and '（三）…' as its siblings (rule: `inverted.inverted_scheme`)."""

from __future__ import annotations

import pytest

from support import blocks_outline

A1 = "为加强单位经费管理，规范财务行为，提高资金使用效益，根据国家有关规定，结合本单位实际，制定本办法。"
A2 = "各项收入应当全部纳入单位预算，统一核算，统一管理，任何部门不得私设小金库或者截留收入。"
A3 = "各项支出应当严格执行预算，按照规定的开支范围和标准办理，不得擅自扩大开支范围。"
A4 = "本办法由财务处负责解释，自发布之日起施行，原有规定与本办法不一致的，以本办法为准。"
P1 = "公司实行每周五天工作制，每天工作八小时，具体作息时间由行政部根据季节另行通知。"
P2 = "员工请假须提前填写请假单，经部门负责人签字同意后交行政部备案，未经批准擅自离岗的按旷工处理。"
T1 = "教师应当认真钻研课程标准和教材，明确教学目标、重点和难点，做到每课有教案。"
T2 = "课堂教学要面向全体学生，注重启发引导，合理使用多媒体教学手段，不得拖堂。"


def _outline(blocks: list[str]) -> list[tuple[int, str]]:
    return [(h.depth, h.title if h.title == h.marker else h.marker + h.title) for h in blocks_outline(blocks)]


def _articles(names: list[str], per: int = 2) -> tuple[list[str], list[tuple[int, str]]]:
    """A rule whose chapters carry only names, `per` articles under each, and the outline it should have."""
    numerals = "一二三四五六七八九十"
    blocks, expected, n = ["某某单位经费管理办法"], [], 0
    for name in names:
        blocks.append(name)
        expected.append((1, name))
        for _ in range(per):
            blocks.append(f"第{numerals[n]}条 " + (A1, A2, A3, A4)[n % 4])
            expected.append((2, f"第{numerals[n]}条"))
            n += 1
    return blocks, expected


def _provisions(names: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """A firm's rule whose named parts hold 一、… counting straight through them."""
    numerals = "一二三四五六七八九十"
    titles = ["作息时间", "打卡要求", "请假手续", "病假", "全勤奖励", "违纪处理", "加班申请", "调休"]
    blocks, expected, n = ["某某公司员工考勤管理规定", "为规范公司考勤管理，严肃工作纪律，特制定本规定。"], [], 0
    for name in names:
        blocks.append(name)
        expected.append((1, name))
        for _ in range(2):
            blocks += [f"{numerals[n]}、{titles[n]}", (P1, P2)[n % 2]]
            expected.append((2, f"{numerals[n]}、{titles[n]}"))
            n += 1
    return blocks, expected


CASES = {
    "总则, two named chapters and 附则 over articles counted straight through": _articles(
        ["总则", "收入管理", "支出管理", "附则"]),
    "总则 and 附则 alone over their articles": _articles(["总则", "附则"], per=3),
    "three named chapters with no 总则": _articles(["经费来源", "经费使用", "监督检查"]),
    "named parts over 一、 provisions counted straight through": _provisions(["工作时间", "请假管理", "奖惩办法"]),
    "（一） set above its own 一、 (an inverted scheme)": (
        ["某某中学教学常规管理制度", "（一）备课", "一、" + T1, "二、" + T2, "（二）上课", "一、" + T2, "二、" + T1,
         "（三）作业布置与批改", "一、" + T1, "二、" + T2],
        [(1, "（一）备课"), (1, "（二）上课"), (1, "（三）作业布置与批改")],
    ),
    "（一） over its titled 一、, 二、 holds them": (
        ["某某公司安全生产管理制度", "（一）消防安全管理", "一、消防器材", T1, "二、消防通道", T2, "（二）用电安全管理",
         "一、电气线路", T2, "二、用电设备", T1, "（三）车辆安全管理", "一、驾驶人员", T1],
        [(1, "（一）消防安全管理"), (2, "一、消防器材"), (2, "二、消防通道"), (1, "（二）用电安全管理"), (2, "一、电气线路"),
         (2, "二、用电设备"), (1, "（三）车辆安全管理"), (2, "一、驾驶人员")],
    ),
    "sections named without 第X节 inside numbered chapters": (
        ["某某公司财务报销制度", "第一章 总则", "第一条 " + A1, "第二条 " + A2, "第二章 差旅费报销", "一般规定",
         "第三条 " + A3, "第四条 " + A4, "报销标准", "第五条 " + A2, "第六条 " + A3, "第三章 附则", "第七条 " + A4],
        [(1, "第一章总则"), (2, "第一条"), (2, "第二条"), (1, "第二章差旅费报销"), (2, "一般规定"), (3, "第三条"),
         (3, "第四条"), (2, "报销标准"), (3, "第五条"), (3, "第六条"), (1, "第三章附则"), (2, "第七条")],
    ),
}

SAME = {  # layouts the rules must leave alone: (blocks, outline as before)
    "a title over 第一条 alone is the text's own, no chapter": (
        ["某某单位经费管理办法", "经费管理", "第一条 " + A1, "第二条 " + A2, "第三条 " + A3, "第四条 " + A4],
        [(1, "第一条"), (1, "第二条"), (1, "第三条"), (1, "第四条")],
    ),
    "a table's cells right over 一、 are cells, no named parts": (
        ["某某专业人才培养方案", "学院名称", "专业名称", "一、专业名称", "二、专业代码", "主要岗位", "相关岗位",
         "三、职业面向", "岗位", "核心能力", "四、培养目标", T1, "五、课程设置", T2],
        [(1, "一、专业名称"), (1, "二、专业代码"), (1, "三、职业面向"), (1, "四、培养目标"), (1, "五、课程设置")],
    ),
    "numbered chapters hold their articles as ever": (
        ["某某单位经费管理办法", "第一章 总则", "第一条 " + A1, "第二条 " + A2, "第二章 附则", "第三条 " + A3,
         "第四条 " + A4],
        [(1, "第一章总则"), (2, "第一条"), (2, "第二条"), (1, "第二章附则"), (2, "第三条"), (2, "第四条")],
    ),
    "one name inside a numbered chapter may be a stray line: no sections on its word alone": (
        ["某某公司财务报销制度", "第一章 总则", "第一条 " + A1, "第二条 " + A2, "第二章 差旅费报销", "第三条 " + A3,
         "报销标准", "第四条 " + A4],
        [(1, "第一章总则"), (2, "第一条"), (2, "第二条"), (1, "第二章差旅费报销"), (2, "第三条"), (2, "第四条")],
    ),
    "（一） under 一、 as every official text numbers": (
        ["某某中学教学常规管理制度", "一、备课", "（一）集体备课", T1, "（二）个人备课", T2, "二、上课",
         "（一）课前准备", T2, "（二）课堂组织", T1],
        [(1, "一、备课"), (2, "（一）集体备课"), (2, "（二）个人备课"), (1, "二、上课"), (2, "（一）课前准备"),
         (2, "（二）课堂组织")],
    ),
}


@pytest.mark.parametrize("blocks, expected", CASES.values(), ids=list(CASES))
def test_a_rules_parts_hold_their_provisions(blocks, expected):
    assert _outline(blocks) == expected


@pytest.mark.parametrize("blocks, expected", SAME.values(), ids=list(SAME))
def test_other_layouts_stay_as_they_were(blocks, expected):
    assert _outline(blocks) == expected
