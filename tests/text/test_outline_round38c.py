"""Round 38c: meeting records. The one part a record names over its numbered items or its dated sessions ('会议简记'
over '1.', '議程' over '壹、', '会议纪要' over '2022年9月7日') holds them; the one field a record opens each dated
session's notes with ('会议内容：' over its '1.') is no part of the session."""

from __future__ import annotations

import pytest

from reader.text.document import load_document
from support import DATA, parse_document


def _depths(text: str) -> dict[str, int]:
    doc = parse_document(text.encode("utf-8"), "minutes.txt")
    return {f"{h.marker}{h.title}".replace(" ", ""): h.depth for h in doc.headings}


_ITEMS = {
    "1.": ["1. 工作组职责回顾", "2. 成员构成调整", "3. 年度活动回顾", "4. 提案讨论：更名"],
    "壹、": ["壹、主席說明會議", "貳、確認本次議程", "參、討論事項", "肆、臨時動議"],
}


def _record(label: str, marker: str) -> str:
    items = _ITEMS[marker]
    bodies = ["简要回顾了工作组成立的时间和职责，工作组承担了去年年度评审工作，并对今年的分工作了说明。",
              "经讨论，决定撤销工作组秘书一职，成员调整由召集人在下次会议前公布，全体成员无异议。",
              "回顾了去年社区的主要活动，包括黑客松、线下沙龙和开发者大会，与会者对活动效果作了评价。",
              "与会者就名称更改进行了讨论，多数成员同意更改名称，具体方案下次会议再作表决。"]
    body = "\n\n".join(f"{item}\n    - {text}" for item, text in zip(items, bodies))
    return (f"开源发展工作组第一季度会议纪要\n\n- 本次会议时间：2024/01/31 20:00-21:30\n- 参会人：张三、李四、王五\n"
            f"- 会议讨论遵循保密原则。\n\n{label}\n{body}\n")


@pytest.mark.parametrize("label, marker", [("会议简记", "1."), ("議程", "壹、"), ("会议主要内容：", "1.")])
def test_a_records_one_part_holds_its_numbered_items(label, marker):
    """d23_10: '会议简记' alone over the record's '1. … 7.' was dropped (one unnumbered title makes no outline), and the
    items stood at the top."""
    depths = _depths(_record(label, marker))
    assert depths.get(label.rstrip("：")) == 1 or depths.get(label) == 1
    first = _ITEMS[marker][0].replace(" ", "")
    assert depths[first] == 2


def test_only_a_meeting_records_label_is_its_part():
    """A plan's '工作内容' over its points says nothing of a meeting: its points stay at the top; the same record
    with its meeting named has the part."""
    plan = _record("工作内容", "1.").replace("会议纪要", "工作计划").replace("本次会议时间", "时间") \
        .replace("会议讨论", "讨论")
    depths = _depths(plan)
    assert "工作内容" not in depths and depths["1.工作组职责回顾"] == 1
    assert _depths(_record("工作内容", "1."))["1.工作组职责回顾"] == 2


_SESSION = ("{date}\n\n会议主题：\n\n- 讨论源码解析的进度，确定下一阶段需要阅读的模块和负责人，并安排分享。\n\n"
            "参会人员：张三、李四、王五\n\n- 完成了上一阶段的源码阅读，分享了运行时的设计和实现细节。\n")


def test_a_label_over_the_dated_sessions_holds_them():
    """d46_09: '会议纪要' over the sessions '2022年9月7日', '2022年8月24日' …: the sessions are its parts."""
    dates = ["2022年9月7日", "2022年8月24日", "2022年7月27日", "2022年7月13日"]
    text = ("源码解析双周会\n\n为了方便源码解析活动的沟通，每两周我们举办一次会议，会议在周三晚上举行。\n\n参会方式\n\n"
            "源码解析小组的双周会采用网络会议的方式接入，会议在周三晚上八点半开始，时间一般是一个小时左右。\n\n会议纪要\n\n"
            + "\n".join(_SESSION.format(date=d) for d in dates))
    depths = _depths(text)
    assert depths["会议纪要"] == 1
    assert [depths.get(d) for d in dates] == [2, 2, 2, 2]


def _weekly(points: list[list[str]]) -> str:
    dates = ["20240723-工作安排", "20240717-问题讨论", "20240708-工作进度同步", "20240626-移植工作讨论"]
    blocks = []
    for date, items in zip(dates, points):
        numbered = "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
        blocks.append(f"{date}\n与会人员：张三 李四 王五\n会议内容：\n{numbered}\n")
    return "会议纪要\n\n" + "\n".join(blocks)


def test_each_sessions_one_field_is_no_part():
    """d67_02, d52_10: '会议内容：' under every dated session, its only label, stood in the outline under each date."""
    points = [["完成移植工作", "编写文档", "具体工作记录（链接）"], ["尝试调试调试器", "具体工作记录（链接）"],
              ["问题：移植后不能读取用户态符号表", "解决：检查配置文件读取符号表函数是否有误", "具体工作记录（链接）"],
              ["目前进度同步", "工作安排：期末考试结束后继续完成移植", "具体工作记录（链接）"]]
    depths = _depths(_weekly(points))
    assert "会议内容：" not in depths and "会议内容" not in depths
    assert depths.get("20240723-工作安排") == 1


_POINTS = ("1. 确定选题\n\n在第一次会议期间，组员通过头脑风暴讨论，最终决定了项目的选题和名称，并分析了现有产品的不足之处。\n\n"
           "2. 选题思维导图\n\n组员根据讨论的结果绘制了思维导图，梳理了小程序的主要功能模块以及各模块之间的关系。\n\n"
           "3. 确定需求分析\n\n组员讨论了需求分析的方法，决定采用问卷和访谈相结合的方式收集用户的需求。\n")


@pytest.mark.parametrize("apart", ["", "---\n\n"])
def test_the_one_meeting_a_record_titles_holds_its_points(apart):
    """d62_03: a record titled '会议记录' (its title, no line of the text) with '2024年9月20日第一次会议' over its
    '1.', '2.', '3.' (a rule '---' between or not): the meeting holds them."""
    depths = _depths(f"会议记录\n\n2024年9月20日第一次会议\n\n{apart}{_POINTS}")
    assert depths.get("2024年9月20日第一次会议") == 1
    assert depths["1.确定选题"] == 2


def test_a_label_over_the_agenda_list_holds_nothing():
    """d76_09: '会议事项：' over the agenda's short list ('1. 是否更换主题', '2. 确定短期分工' …) labels a list that is
    no section: the record's parts are the labelled discussions after it, at the top. Over items that each hold
    their discussion, the label is the part that holds them."""
    head = "会议信息——第一次会议\n\n时间：2021.10.9 20:00——21:50\n\n地点：紫荆一号楼403A\n\n参加人员：小组全员\n\n"
    held = _depths(head + "会议事项：\n\n" + _POINTS)
    assert held.get("会议事项") == 1 and held["1.确定选题"] == 2
    doc = load_document(DATA / "corpus" / "docs" / "d76_09_huiyijiyao_zijing_fangke_diyici.txt")
    depths = {h.title: h.depth for h in doc.headings}
    assert not [h for h in doc.headings if h.marker]
    assert [depths.get(t) for t in ("会议事项", "更换主题", "短期人员分工", "与助教讨论")] == [1, 1, 1, 1]
