"""Round 56J: a label bare of its colon over a list from 1 ('工作内容和职责', '本周课程辅助资料') names its part when it is
seven or eight characters long, as a label with a colon already does; longer lines, and lines over no list, stay text."""

from __future__ import annotations

import pytest

from reader.text.plainlines import label_lines
from support import parse_document


def _posting(label: str, items: str = "1、负责新员工的招聘与面试安排\n2、维护员工档案并按月统计考勤") -> str:
    """A page of two jobs, each with '岗位职责：' over a numbered list; the second job's last part is `label`."""
    lines = ["诚聘英才", "人事专员", "岗位职责：", "1、协助部门经理完成日常行政事务", "2、整理公司会议纪要并及时归档",
             "任职要求：", "1、大专及以上学历，有相关经验者优先", "2、熟练使用办公软件，沟通能力良好",
             "招聘主管", "岗位职责：", "1、制定年度招聘计划并组织实施", "2、拓展校园及社会招聘渠道",
             label, *items.split("\n"), "联系电话：010-12345678"]
    return "\n\n".join(lines) + "\n"


def _labels(text: str) -> set[str]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return {doc.paragraphs[i].text.strip() for i in label_lines(doc.paragraphs)}


def _titles(text: str) -> list[str]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [h.title for h in doc.headings]


@pytest.mark.parametrize("label", ["工作内容和职责", "任职资格及要求", "本周学习辅助资料"])
def test_long_bare_label_over_a_list_is_a_label(label: str) -> None:
    assert label in _labels(_posting(label))
    assert label in _titles(_posting(label))


@pytest.mark.parametrize("label, items", [
    ("我们希望你能够具备以下能力", None),  # nine characters and more: a sentence leading in, no name
    ("工作内容和职责", "负责新员工的招聘与面试安排，维护员工档案并按月统计考勤。"),  # over running text, no list
])
def test_long_line_or_no_list_is_no_label(label: str, items: str | None) -> None:
    text = _posting(label) if items is None else _posting(label, items)
    assert label not in _labels(text)
    assert "岗位职责：" in _labels(text)  # the posting's other labels stay


def test_numbered_chapter_of_seven_characters_is_no_label() -> None:
    text = "\n\n".join(["安全管理制度", "第一章日常检查", "1、每日检查设备运行情况并做好记录", "2、发现问题及时上报并跟踪处理",
                       "第二章应急处理", "1、发生事故立即启动应急预案", "2、事故处理完毕后形成书面报告"]) + "\n"
    assert not {t for t in _labels(text) if t.startswith("第")}
