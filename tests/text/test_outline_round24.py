"""A law issued by the notice that titles the page, ... : what reads as a part and what does not."""

from __future__ import annotations

from support import parse_document

_ISSUED = """某州人民政府办公室关于印发《某州政务数据资源管理暂行办法》的通知
【法宝引证码】 CLI.12.4792728
原文链接：https://www.pkulaw.com/lar/f06f932a9e36c48114c6518ada114f88.html
某府办发〔2021〕21号
各县（市）人民政府、州级各部门，各有关单位：
　　现将《某州政务数据资源管理暂行办法》印发你们，请认真遵照执行。
某州人民政府办公室
2021年10月11日
　　某州政务数据资源管理暂行办法
第一章　总则
第一条　为规范政务数据资源管理，推进政务信息系统互联互通和政务数据归集、共享、应用，制定本办法。
第二条　本州行政区域内政务数据资源的采集、归集、存储、提供、共享、应用及其管理活动，适用本办法。
第二章　职责分工
第三条　州人民政府加强对政务数据资源管理工作的组织领导，统筹协调政务数据资源管理中的重大问题。
"""

_CHARTER_PAGE = """台灣語文學會
首頁
學會簡介
學術活動
最新消息
台灣語文學會組織章程
第一章　總則
第一條　本會會名定為台灣語文學會，英文名為Taiwan Languages and Literature Society。
第二條　本會以從事臺灣語文的研究和教育為宗旨。
第二章　會員
第三條　凡贊同本會宗旨，從事臺灣語文研究或教育者，得申請為本會會員。
"""


def test_the_law_a_notice_issues_is_the_documents_title_again():
    """d56_02: the page is the notice that issues the 暂行办法, and the measure's own name over its chapters is that
    title again, no part holding them: its chapters are the outline's top level (depth 0.00 before)."""
    doc = parse_document(_ISSUED.encode("utf-8"))
    assert "某州政务数据资源管理暂行办法" not in [h.title for h in doc.headings]
    assert [h.depth for h in doc.headings if h.marker.startswith("第") and h.marker.endswith("章")] == [1, 1]


def test_a_charter_named_on_a_societys_page_holds_its_chapters():
    """d17_01: a society's page shows its charter under the site's name; the charter's name is a part of the page."""
    doc = parse_document(_CHARTER_PAGE.encode("utf-8"))
    charter = [h for h in doc.headings if h.title == "台灣語文學會組織章程"]
    assert charter and charter[0].depth == 1
    assert {h.depth for h in doc.headings if h.marker.startswith("第") and h.marker.endswith("章")} == {2}
