"""Round 46q: a decimal number says which section it belongs to. In a plan or a manual, '三、主要功能' may open
with a sub-title of its own ('功能说明', an unnumbered line between paragraphs) before its numbered sections
'3.1 …', '3.2 …': the head number 3 makes them sections of 三 itself, beside the sub-title, not inside it. Items
whose head number is another section's ('1.1' under 三、, numbered afresh) stay under it."""

from __future__ import annotations

import pytest

from support import parse_document

_LEAD = ["某某社区服务平台建设计划书", "一、建设目标", "建立覆盖全社区的线上服务平台，方便居民办理日常事务。",
         "二、数据来源", "平台数据来自社区登记台账和居民自主填报。",
         "三、主要功能", "平台按居民的办事流程设计功能，共分两大类，由网格组和服务组分别负责。"]
_CLOSE = ["四、进度安排", "平台建设分两个阶段推进，每个阶段结束时组织一次验收。", "阶段划分",
          "第一季度完成开发，第二季度在两个小区试运行。"]


def _sections(first: str, second: str) -> list[str]:
    return [f"{first} 居民登记", "网格员上门或居民自行在线登记。", f"{first}.1 信息录入", "登记居民姓名、住址和联系方式。",
            f"{first}.2 信息核对", "网格员每月核对一次登记信息。",
            f"{second} 事务办理", "居民在线提交事务申请。", f"{second}.1 在线预约", "居民可预约办理时间。",
            f"{second}.2 进度查询", "居民可随时查询办理进度。"]


def _headings(sub: str, body: list[str]) -> list[tuple[int, str]]:
    lines = _LEAD + [sub, "本节各项功能的编号与计划书的章节一致，逐项说明如下。"] + body + _CLOSE
    doc = parse_document(("\n\n".join(lines) + "\n").encode("utf-8"), "plan.txt")
    return [(h.depth, (h.marker + " " + h.title).strip()) for h in doc.headings]


@pytest.mark.parametrize("sub", ["功能说明", "需求功能清单"])
def test_decimals_numbered_for_the_section_sit_beside_its_sub_title(sub):
    assert _headings(sub, _sections("3.1", "3.2")) == [
        (1, "一、 建设目标"), (1, "二、 数据来源"), (1, "三、 主要功能"), (2, sub),
        (2, "3.1 居民登记"), (3, "3.1.1 信息录入"), (3, "3.1.2 信息核对"),
        (2, "3.2 事务办理"), (3, "3.2.1 在线预约"), (3, "3.2.2 进度查询"),
        (1, "四、 进度安排"), (2, "阶段划分")]


def test_decimals_numbered_for_another_section_stay_under_the_sub_title():
    found = _headings("功能说明", _sections("1.1", "1.2"))  # a part numbered afresh: its number names no 三
    assert (2, "功能说明") in found
    assert [d for d, t in found if t.startswith(("1.1 ", "1.2 "))] == [3, 3]
