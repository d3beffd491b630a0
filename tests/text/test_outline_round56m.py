"""Round 56M: a meeting record's topics. The numbered lines right under '会议内容：' / '讨论主题：' name what the meeting
took up; when one of them holds notes set in below it, every topic is a part of the record, noted or not. Topics none
of which holds notes, items under a list's label ('工作安排：', '布置任务：'), an agenda's preview ('议程：') and a file's
own list items stay items."""

from __future__ import annotations

import pytest

from reader.text.agendaitems import record_topics, topics_label
from reader.text.model import Paragraph
from support import parse_document


def _outline(text: str) -> list[tuple[int, str, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def _records(first: str) -> str:
    """Three dated records of a study group; `first` holds the topics of the first one."""
    other = ("讨论主题：\n    (1)论文的修改\n    (2)代码讲解\n未解决的问题：\n    无\n布置任务：\n"
             "    (1)论文的实验部分写得更详细\n    (2)把代码改写成伪代码\n")
    return ("2024年7月1日，线上会议\n" + first + "未解决的问题：\n    环境的安装\n布置任务：\n"
            "    (1)阅读分支定价的代码\n    (2)创建文档记录求解器的安装\n\n\n\n2024年7月12日，管理学院919\n" + other
            + "\n\n\n2024年7月26日，线上会议\n" + other)


NOTED = "会议内容：\n    1. 整理代码仓库\n        清理旧的分支\n        重写说明文件\n    2. 学习排版工具\n    3. 补充测试用例\n"
NOTED_PAREN = "讨论主题：\n    (1)数据接口联调\n    (2)暑期安排\n        完成第一版原型\n        准备中期汇报\n"


@pytest.mark.parametrize("body, topics", [
    (NOTED, ["整理代码仓库", "学习排版工具", "补充测试用例"]),
    (NOTED_PAREN, ["数据接口联调", "暑期安排"]),
    (NOTED.replace("会议内容", "讨论内容"), ["整理代码仓库", "学习排版工具", "补充测试用例"]),
])
def test_a_noted_topic_makes_every_topic_a_part(body: str, topics: list[str]) -> None:
    got = [title for _, _, title in _outline(_records(body))]
    assert all(t in got for t in topics), got


NOTES = "        完成第一版原型\n        准备中期汇报\n"


@pytest.mark.parametrize("body, items", [
    # no topic holds notes: a list of what was said
    ("讨论主题：\n    (1)数据接口联调\n    (2)暑期安排\n", ["数据接口联调", "暑期安排"]),
    # the tasks handed out, an agenda said before the meeting: lists, whatever notes they hold
    ("工作安排：\n    (1)数据接口联调\n    (2)暑期安排\n" + NOTES, ["数据接口联调"]),
    ("会议议程：\n    (1)数据接口联调\n    (2)暑期安排\n" + NOTES, ["数据接口联调"]),
    # a sentence between the label and the items: they are the sentence's list
    ("讨论主题：\n    本周讨论了下面几件事情，大家各自发表了看法\n    (1)数据接口联调\n    (2)暑期安排\n" + NOTES,
     ["数据接口联调"]),
    # items that run on as sentences are no topics' names
    ("讨论主题：\n    (1)大家同步了本周的进度，后端接口已经完成。\n    (2)前端页面还差登录和注册两块。\n" + NOTES,
     ["大家同步了本周的进度，后端接口已经完成。"]),
])
def test_lists_stay_lists(body: str, items: list[str]) -> None:
    got = [title for _, _, title in _outline(_records(body))]
    assert not any(t in got for t in items), got


@pytest.mark.parametrize("text, want", [
    ("会议内容：", True), ("讨论主题", True), ("議題：", True), ("会议议程：", False), ("布置任务：", False),
    ("会议内容：整理仓库", False),
])
def test_topics_label(text: str, want: bool) -> None:
    assert topics_label(text) is want


def _lines(texts: list[tuple[int, str]]) -> list[Paragraph]:
    return [Paragraph(text=t, line=k, start=0, indent=n) for k, (n, t) in enumerate(texts, 1)]


def test_record_topics_reads_a_bounded_block() -> None:
    noted = _lines([(0, "讨论主题："), (4, "(1)数据接口联调"), (4, "(2)暑期安排"), (8, "完成第一版原型")])
    assert record_topics(1, 2, noted)
    far = _lines([(0, "讨论主题："), (4, "(1)数据接口联调"), (4, "(2)暑期安排")] + [(2, "见附件")] * 100
                 + [(8, "完成第一版原型")])
    assert not record_topics(1, 2, far)  # notes a hundred lines on belong to something else
    closed = _lines([(0, "讨论主题："), (4, "(1)数据接口联调"), (4, "(2)暑期安排"), (0, "未解决的问题："), (4, "无"),
                     (8, "完成第一版原型")])
    assert not record_topics(1, 2, closed)  # the next label closes the topics' block
