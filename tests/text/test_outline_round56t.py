"""Round 56T: a short sentence that lists, after its colon or its '分为 / 包括', the titles right after it ('…可以分为
查询、统计分析和查询推理三大类。' over '查询', '统计分析', '查询推理') announces them as sections of the part it stands
in; a sentence that names them out of order, names one, or only mentions them in passing leaves them where they were."""

from __future__ import annotations

import pytest

from support import parse_document

B1 = "这一部分介绍课题的来由，以及我们在前期调研中看到的主要问题和同学们反映最多的几种情况。"
B2 = "经过小组讨论，我们认为这个方向的需求比较明确，实现的难度适中，可以在一个学期之内完成。"


def _outline(text: str) -> list[tuple[int, str, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def _notes(sentence: str, first: str = "图书借阅系统", second: str = "宿舍报修系统") -> str:
    """Notes titled with plain lines; `sentence` ends the part '选题方向' (past its lead) right over the titles
    `first` and `second`."""
    return ("项目背景\n\n" + B1 + "\n\n" + B2 + "\n\n选题方向\n\n" + B1 + "\n\n" + B2 + "\n\n" + B1 + "\n\n" + sentence
            + "\n\n" + first + "\n\n" + B2 + "\n\n" + second + "\n\n" + B1 + "\n\n人员分工\n\n" + B2 + "\n\n" + B1
            + "\n\n后续安排\n\n" + B2 + "\n")


@pytest.mark.parametrize("sentence", [
    "可供选择的题目：图书借阅系统、宿舍报修系统",
    "按照使用对象，课题可以分为图书借阅系统和宿舍报修系统两类。",
    "候选的方向包括图书借阅系统与宿舍报修系统。",
])
def test_listed_titles_are_the_parts_sections(sentence: str) -> None:
    got = _outline(_notes(sentence))
    assert (2, "", "图书借阅系统") in got and (2, "", "宿舍报修系统") in got
    assert (1, "", "选题方向") in got and (1, "", "人员分工") in got  # the part and the next part stay on top


@pytest.mark.parametrize("sentence, first, second", [
    ("可供选择的题目：宿舍报修系统、图书借阅系统", "图书借阅系统", "宿舍报修系统"),  # out of order: no announcement
    ("可供选择的题目只有一个：图书借阅系统", "图书借阅系统", "宿舍报修系统"),  # one named: a passage to the next title
    ("我们先去了图书借阅系统的现场，又看了宿舍报修系统", "图书借阅系统", "宿舍报修系统"),  # no colon, no '分为': prose
    ("图书借阅系统、宿舍报修系统：" + B1 + B2 + B1 + B2, "图书借阅系统", "宿舍报修系统"),  # a long passage, no list
])
def test_titles_not_announced_stay(sentence: str, first: str, second: str) -> None:
    got = _outline(_notes(sentence, first, second))
    assert (1, "", first) in got and (1, "", second) in got
