"""Round 48q: the issue's classes probed with texts written here, in the variants a real document shows: a spaced-out
inserted article ('第 二 條 之 一'), a bare-numbered section whose title opens with a counting character ('9 升级',
'12 月报汇总') among sections numbered around it, and a bare-numbered heading ending in a colon ('1 目的：')."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本单位应当按照国家有关规定，结合实际情况认真组织实施，确保各项工作落到实处，并定期检查落实情况。"
BODY2 = "各部门要加强协调配合，及时研究解决工作中遇到的新情况新问题，重大事项及时向上级报告。"
TW = "本章程所稱會員，係指依規定完成入會手續並繳納會費者，其權利義務依本章程之規定辦理。"
MANUAL = "这一部分说明相关操作的步骤和注意事项，管理员应当结合实际环境逐项核对，并做好操作记录。"


def _found(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.title) for h in doc.headings]


def _sections(titles: list[str], sep: str = " ", start: int = 1) -> str:
    return "系统维护手册\n\n" + "".join(f"{n}{sep}{t}\n{MANUAL}\n" for n, t in enumerate(titles, start))


CASES = {
    # class 6: a Taiwan club's rules space out the numeral of each article, and the inserted one's 之一 with it
    # (rule: markpatterns' 第X條 takes spaces before and inside 之一)
    "6 第 二 條 之 一 spaced like its numeral": (
        f"校友會章程\n\n第 一 條　{TW}\n第 二 條　{TW}\n第 二 條 之 一　{TW}\n第 三 條　{TW}\n",
        [(1, "第 一 條"), (1, "第 二 條"), (1, "第 二 條 之 一"), (1, "第 三 條")]),
    "6 第 五 條 之 二 under a chapter": (
        f"學會章程\n\n第 一 章　總則\n第 四 條　{TW}\n第 五 條　{TW}\n第 五 條 之 二　{TW}\n第 六 條　{TW}\n",
        [(1, "總則"), (2, "第 四 條"), (2, "第 五 條"), (2, "第 五 條 之 二"), (2, "第 六 條")]),
    # class 3: '9 升级' reads alone as '9 litres…'; between '8 恢复' and '10 安全' it is section 9 (rule:
    # countedsections fills a gap of bare-numbered sections, and the last one when text follows it)
    "3 a gap of the count filled: 9 升级, 12 月报汇总 last": (
        _sections(["概述", "安装", "配置", "启动", "停止", "监控", "备份", "恢复", "升级", "安全", "审计", "月报汇总"]),
        [(1, t) for t in ["概述", "安装", "配置", "启动", "停止", "监控", "备份", "恢复", "升级", "安全", "审计",
                          "月报汇总"]]),
    "3 周报制度 last after 日志管理": (
        _sections(["总则", "年度目标", "月度考核", "日志管理", "周报制度"]),
        [(1, t) for t in ["总则", "年度目标", "月度考核", "日志管理", "周报制度"]]),
    "3 two in one gap: 3 批量导入 and 4 期末归档 with full-width spaces": (
        _sections(["简介", "用户注册", "批量导入", "期末归档", "数据导出"], sep="\u3000"),
        [(1, t) for t in ["简介", "用户注册", "批量导入", "期末归档", "数据导出"]]),
    # class 1: a bare-numbered heading may end in a colon as '一、目的：' does (rule: markers' bare family takes a
    # colon at the end of the title)
    "1 1 目的： bare numbers with colons, 3.1 under 3": (
        f"文件控制程序\n\n1 目的：\n{MANUAL}\n2 适用范围：\n{MANUAL}\n3 职责：\n{MANUAL}\n3.1 质量部：\n{MANUAL}\n"
        f"3.2 生产部：\n{MANUAL}\n4 工作程序：\n{MANUAL}\n",
        [(1, "目的"), (1, "适用范围"), (1, "职责"), (2, "质量部"), (2, "生产部"), (1, "工作程序")]),
    "1 1 目的: half-width colons": (
        f"采购控制程序\n\n1 目的:\n{MANUAL}\n2 范围:\n{MANUAL}\n3 定义:\n{MANUAL}\n4 程序:\n{MANUAL}\n",
        [(1, "目的"), (1, "范围"), (1, "定义"), (1, "程序")]),
}

# What must stay as it was: the rules above do not reach these.
GUARDS = {
    "a date line after the last section stays body": (
        _sections(["概述", "安装", "配置"]) + "4 月 5 日\n",
        [(1, "概述"), (1, "安装"), (1, "配置")]),
    "a count after the last section with no text under it stays body": (
        _sections(["概述", "安装", "配置"]) + "4 天完成\n",
        [(1, "概述"), (1, "安装"), (1, "配置")]),
    "附件1 over its title line, unspaced, as before": (
        f"关于组织申报的通知\n\n一、申报范围\n{BODY}\n二、有关要求\n{BODY2}\n\n附件1\n项目申报书\n一、单位基本情况\n{BODY}\n"
        f"二、项目实施方案\n{BODY2}\n",
        [(1, "申报范围"), (1, "有关要求"), (1, "附件1"), (2, "单位基本情况"), (2, "项目实施方案")]),
    "a colon mid-title still rejects a bare number": (
        _sections(["概述", "安装", "配置"]) + f"4 注意：以下操作需管理员权限\n{MANUAL}\n",
        [(1, "概述"), (1, "安装"), (1, "配置")]),
    "第二條之一 unspaced as before": (
        f"章程\n\n第一條　{TW}\n第二條　{TW}\n第二條之一　{TW}\n第三條　{TW}\n",
        [(1, "第一條"), (1, "第二條"), (1, "第二條之一"), (1, "第三條")]),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_probed_variants(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", GUARDS.values(), ids=GUARDS.keys())
def test_guards(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("line", ["3 万元", "3 个月内完成整改", "3 公里路段"])
def test_a_compound_unit_in_a_gap_opens_no_section(line):
    found = _found(_sections(["概述", "预算"]) + f"{line}\n{MANUAL}\n4 结算\n{MANUAL}\n")
    assert not any(title in line for _, title in found)
