"""Round 46g: a record kept session by session often opens straight with its first session's date line
('2024年3月4日，三号楼会议室'), over the same fields as every later date; that line is the first session's heading,
not the record's title. A record that opens with a name of its own, or whose dated lines are no sessions in order,
keeps its first line as its title. And a talk in numbered parts with a Q&A part ('四、现场问答') has the
questions from the floor ('Q:…？' over its answer) as that part's sections, though they sit inside the numbered run."""

from __future__ import annotations

import pytest

from support import outline, parse_document


def _session(date: str) -> list[str]:
    return [date, "讨论主题：", "    本周的读书进度和下周的安排", "遗留问题：", "    暂无", "分配任务：",
            "    每人读完第四章并写一页笔记，周五之前发到群里。", "", ""]


def _doc(first: list[str], dates: list[str]) -> bytes:
    lines = first + [line for d in dates for line in _session(d)]
    return "\n".join(lines).encode("utf-8")


def _headings(data: bytes) -> list[tuple[int, str]]:
    doc = parse_document(data, "notes.txt")
    return [(h.depth, h.title) for h in doc.headings]


@pytest.mark.parametrize("dates", [
    ["2024年3月4日，三号楼会议室", "2024年3月11日，线上会议", "2024年3月18日，三号楼会议室"],
    ["2023/12/20 年终评审", "2023/11/8", "2023/10/11 季度计划"],  # newest first
    ["2022.5.6 读书会", "2022.5.13 读书会", "2022.5.20 读书会", "2022.5.27 读书会"],
])
def test_a_record_opening_with_its_first_session_date_heads_that_session(dates):
    found = _headings(_doc([], dates))
    assert [t for d, t in found if d == 1] == dates


@pytest.mark.parametrize("first, dates, title", [
    (["读书小组会议记录", ""], ["2024年3月4日，三号楼会议室", "2024年3月11日，线上会议", "2024年3月18日，线上会议"],
     "读书小组会议记录"),  # a name of its own over the sessions
    (["2024年3月4日，三号楼会议室", ""], ["2023年3月11日，线上会议", "2025年3月18日，线上会议"],
     "2024年3月4日，三号楼会议室"),  # dates out of order: no sessions
])
def test_a_record_with_a_title_of_its_own_keeps_it(first, dates, title):
    doc = parse_document(_doc(first, dates), "notes.txt")
    assert doc.title == title


# A talk written up in numbered parts ('一、…' … '五、结语') with a part for the questions from the floor ('四、现场问答'):
# each 'Q:…？' over its answer heads a section of that part, though it stands between two numbered parts.

_SAID = "讲者先回顾了这个项目从立项到发布的经过，又结合几个真实的用户案例说明了设计上的取舍，现场听众反响热烈。"
_ANSWERED = "A（讲者）：这个问题很好。我们目前的做法是先保证兼容，再逐步替换旧的接口，预计明年上半年可以完成全部迁移工作。"


def _numbered_talk(qa_part: str, asked: list[str]) -> list[str]:
    lines = ["一、项目背景", _SAID, "二、架构设计", _SAID, "三、落地实践", _SAID, qa_part]
    for q in asked:
        lines += [q, _ANSWERED]
    return lines + ["五、结语", _SAID]


@pytest.mark.parametrize("qa_part, asked", [
    ("四、现场问答", ["Q:旧版本的插件还能继续使用吗？", "Q:这个项目后续会开源哪些模块？"]),
    ("四、一些Q&A", ["Q：能讲讲性能测试是怎么做的吗？", "Q：团队现在有多少人在维护？", "Q：文档会同步更新吗？"]),
    ("四、答疑环节", ["提问：请问迁移的时候遇到的最大困难是什么？", "提问：中小团队适合采用这套方案吗？"]),
])
def test_a_numbered_talks_qa_part_holds_its_floor_questions(qa_part, asked):
    found = outline(_numbered_talk(qa_part, asked))
    assert [(d, m + t) for d, m, t in found if d == 2] == [(2, q) for q in asked]
    assert [m for d, m, _ in found if d == 1] == ["一、", "二、", "三、", "四、", "五、"]


def test_questions_in_a_part_that_names_no_qa_stay_text():
    found = outline(_numbered_talk("四、经验总结", ["Q:旧版本的插件还能继续使用吗？", "Q:这个项目后续会开源哪些模块？"]))
    assert [d for d, _, _ in found] == [1, 1, 1, 1, 1]
