"""Session 70B: a subsection whose title opens with a counting character ('3.7 角色' read alone as 3.7 jiao) is
numbered where its siblings one number apart stand around it (issue 9, class 3), and a decimal run of bare titles
one of which holds its own numbered subsections is that section's subsections, not a list."""

from __future__ import annotations

import pytest
from support import parse_document

from reader.text.countedsubs import counted_subsections
from reader.text.markers import match_heading
from reader.text.model import Paragraph


def _filled(lines: list[str]) -> list[str]:
    """The markers the pass gives the lines `match_heading` turned down."""
    paragraphs = [Paragraph(text, k + 1, 0) for k, text in enumerate(lines)]
    matches = [match_heading(text) for text in lines]
    before = list(matches)
    counted_subsections(paragraphs, matches)
    return [f"{m.marker} {m.title}" for m, was in zip(matches, before) if m is not None and was is None]


_AROUND = ["3.5 临床提醒（clinical-alerts）", "3.6 统计报表", "{}", "3.8 整合（system-integrations、data-sources）"]

# (case, the line between 3.6 and 3.8 or the lines themselves, what the pass numbers)
CASES = [
    ("角 opens 角色 between its siblings (a dev plan's capabilities)", _AROUND, "3.7 角色（rbac）",
     ["3.7 角色（rbac）"]),
    ("周 opens 周报汇总", _AROUND, "3.7 周报汇总", ["3.7 周报汇总"]),
    ("分 opens 分享会 (a minute's sections)", ["5.1 会前准备", "{}", "5.3 会议总结"], "5.2 分享会安排", ["5.2 分享会安排"]),
    # what stays a quantity
    ("a compound unit measures: 万人", _AROUND, "3.7 万人次参会", []),
    ("a month counted: 个月", _AROUND, "3.7 个月后复查", []),
    ("a number goes on: a measure, not a title", _AROUND, "3.7 米 2 层", []),
    ("no sibling after it: the run's last line counts nothing", ["3.5 临床提醒", "3.6 统计报表", "{}"], "3.7 角色", []),
    ("not the gap's number", _AROUND, "3.9 角色", []),
    ("a sentence, not a title", _AROUND, "3.7 角色扮演游戏，玩家需要组队", []),
]


@pytest.mark.parametrize(("case", "around", "line", "want"), CASES, ids=[c[0] for c in CASES])
def test_counted_subsection(case: str, around: list[str], line: str, want: list[str]) -> None:
    assert _filled([line if text == "{}" else text for text in around]) == want, case


def test_the_number_already_there_is_not_given_twice() -> None:
    assert _filled(["3.6 统计报表", "3.7 角色", "3.7 角色管理", "3.8 整合"]) == ["3.7 角色"]
    assert _filled(["3.6 统计报表", "3.7 用户角色", "3.7 角色", "3.8 整合"]) == []


# A development plan's capabilities (dev corpus d52_09, shortened): 3.1 holds subsections, 3.3 … 3.8 are bare titles
# one a line (a list, by the share of titled items, until 3.1's own subsections show them sections); 3.7's title
# opens with 角, a unit of money
PLAN = """LDCT 肺癌篩檢個案管理系統 — 計畫書

三、核心功能（對應規格 capability）

3.1 個案清單（case-list）
　3.1.1 總清單欄位：病歷號、姓名、檢查日期、客戶名稱、追蹤類型、追蹤1、追蹤2、追蹤3、追
　3.1.2 查詢與篩選
　　　3.1.2.1 條件與日期範圍：依條件查詢個案；依日期範圍篩選（檢查日期或追蹤日期等，依院
　　　3.1.2.2 預設篩選（本月應追蹤）：以檢查日期為基準，依報告欄位 胸腔門診（1 個月）
　3.1.3 列尾捷徑：總清單每列最後提供四個連結按鈕——追蹤記錄（固定導入 follow-up
　3.1.4 檢視報告：自清單檢視該個案之 LDCT 報告內容或連結；若全文存於 EHR 或外部
　3.1.5 結案：自清單觸發結案流程，更新結案狀態；已結案者於未結案追蹤統計中排除。
3.2 追蹤紀錄（follow-up-logging）
詳見 spec.md 與 design.md「追蹤紀錄」。
3.3 簡訊（sms-fetnet）
3.4 結案（case-closure）
3.5 臨床提醒（clinical-alerts）
3.6 統計報表（報表資料集 + Power BI：reporting、system-integrations）
3.7 角色（rbac）
3.8 整合（system-integrations、data-sources）

四、技術架構（摘要）

本系統採前後端分離架構，後端提供 Web API，前端為單頁應用，資料庫使用 SQL Server。
"""


def test_a_plans_capabilities_are_its_sections() -> None:
    doc = parse_document(PLAN.encode("utf-8"))
    got = [(h.depth, h.marker) for h in doc.headings]
    assert got == [(1, "三、"), (2, "3.1"), (3, "3.1.1"), (3, "3.1.2"), (3, "3.1.3"), (3, "3.1.4"), (3, "3.1.5"),
                   (2, "3.2"), (2, "3.3"), (2, "3.4"), (2, "3.5"), (2, "3.6"), (2, "3.7"), (2, "3.8"), (1, "四、")]
    assert next(h.title for h in doc.headings if h.marker == "3.7") == "角色（rbac）"


# a list of points, one with its sub-points, numbered 1.1 … under a section: sentences, still a list
POINTS = """关于做好测试工作的说明

1. 工作要求

为做好测试工作，现提出以下要求，请各单位认真执行，确保测试工作顺利开展并取得实效。

1.1 各单位要高度重视，加强组织领导，确保测试工作按时完成。
1.1.1 成立工作小组，明确责任分工，落实到人，按期报送进度。
1.2 各单位要加强协调配合，及时解决测试中遇到的问题。
1.3 各单位要做好总结，按时报送测试工作总结报告。

2. 时间安排

测试工作自2024年5月开始，至2024年6月结束，各单位要按照时间节点推进各项工作。
"""


def test_sentences_stay_a_list_under_their_section() -> None:
    doc = parse_document(POINTS.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["1.", "2."]
