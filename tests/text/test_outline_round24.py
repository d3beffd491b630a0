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


_WELCOME_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>欢迎辞</title></head><body>
<h1>欢迎辞</h1>
<h2>尊敬的领导、同仁：</h2>
<p>金秋十月，丹桂飘香。在这美好的季节里，我们迎来了第三届医学装备论坛的召开，我谨代表组委会向各位的到来表示热烈的欢迎！</p>
<p>本届论坛以“创新驱动，协同发展”为主题，汇聚了来自全国各地的专家学者和行业同仁，共同探讨医学装备的发展方向。</p>
<p>最后，预祝本届论坛取得圆满成功！</p>
</body></html>
"""

_THESIS_END = """# 论文

## 结论

本文设计并实现了一个社团活动管理系统，满足了学生社团在活动发布、报名和统计方面的需求。

## 致谢

感谢我的指导老师在论文写作过程中给予的悉心指导和帮助。
"""


def test_a_speechs_salutation_set_as_a_heading_titles_nothing():
    """d58_09: a welcome speech's page marks '尊敬的领导、同仁：' up as <h2>; it addresses the hearers and heads no part
    (HTML F1 0 before: the outline's one entry)."""
    doc = parse_document(_WELCOME_PAGE.encode("utf-8"), name="huanyingci.html")
    assert not doc.headings


def test_thanks_marked_as_a_heading_stay_a_part():
    """'## 致谢' opens with 致 as '致各位来宾：' does, but thanks: a thesis's last part."""
    doc = parse_document(_THESIS_END.encode("utf-8"), name="lunwen.md")
    assert "致谢" in [h.title for h in doc.headings]


_SLIDES = """演讲稿
第 1 页｜封面（约 0.5 分钟）
大家好，今天我想和大家聊一聊怎样驾驭 AI 编程，也介绍一下我们团队这半年的实践。
第 2 页｜什么是 Harness？（约 1.5 分钟）
Harness 原本是马具的意思，放在 AI 编程里，指的是包在模型外面的那一整套约束、工具和反馈。
第 3 页｜三大痛点（约 2 分钟）
第一个痛点是上下文丢失，第二个是改动失控，第三个是验证缺位，下面逐一展开。
第 4 页｜我们的专属 Harness · 双层嵌套运转模型（约 2.5 分钟）
外层负责规划和验收，内层负责写代码和跑测试，两层之间通过任务清单交接。
"""


def test_a_slides_question_title_with_its_time_is_a_slide():
    """d58_01: a talk's script numbers its slides '第 N 页｜…（约 N 分钟）'; a title asking a question before its time,
    or long only by its time, was no slide, and the script lost two of its parts."""
    doc = parse_document(_SLIDES.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["第 1 页", "第 2 页", "第 3 页", "第 4 页"]
    assert doc.headings[1].title.startswith("什么是 Harness？")
