"""Round 56E: a report's top-level 一、 count that skips a few parts (lost to a table, a form, a picture) goes on past
them: the later part, a short title alone on its line, is still a top-level section, and the plain titles standing
where the lost numbers would are top-level parts beside it."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本部分说明项目的总体情况，给出各项工作之间的联系，并说明主要的安排和这样安排的理由。"
BODY2 = "各单位要按照分工抓好落实，定期报送进展情况，确保各项任务按期完成，取得实实在在的成效。"


def _outline(text: str) -> list[tuple[str, str, int]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.marker, h.title, h.depth) for h in doc.headings]


def _doc(*lines: str) -> str:
    out = ["某市环境保护规划", ""]
    for line in lines:
        out += [line, "", BODY, "", BODY2, ""]
    return "\n".join(out)


@pytest.mark.parametrize(("lines", "want"), [
    (("一、环境形势", "二、指导思想", "五、保障措施", "六、规划实施"),  # 三、 and 四、 lost in a table
     [("一、", "环境形势", 1), ("二、", "指导思想", 1), ("五、", "保障措施", 1), ("六、", "规划实施", 1)]),
    (("一、工作回顾", "（一）主要成绩", "（二）存在问题", "三、下步打算"),  # 二、 lost; （一） stays under 一、
     [("一、", "工作回顾", 1), ("（一）", "主要成绩", 2), ("（二）", "存在问题", 2), ("三、", "下步打算", 1)]),
])
def test_top_count_goes_on_past_lost_parts(lines: tuple[str, ...], want: list[tuple[str, str, int]]) -> None:
    assert _outline(_doc(*lines)) == want


@pytest.mark.parametrize("lines", [
    ("一、环境形势", "二、指导思想", "七、保障措施"),  # four lost in a row: no skip but a stray number
    ("一、环境形势", "二、指导思想", "八、保障措施", "九、规划实施"),  # five lost
    ("一、环境形势", "二、指导思想", "五、保障措施"),  # the count goes not on after it: a quoted number, a stray
])
def test_long_skips_stay_out(lines: tuple[str, ...]) -> None:
    got = _outline(_doc(*lines))
    assert [t for _, t, _ in got] == ["环境形势", "指导思想"]


def test_plain_titles_where_the_numbers_were_lost() -> None:
    heads = ["一、选题背景", "国内外研究现状", "研究内容", "四、研究思路", "五、关键技术", "实践难点", "总结"]
    text = "\n".join(["开题报告", ""] + [line for head in heads for line in (head, BODY)])
    got = _outline(text)
    assert got[:5] == [("一、", "选题背景", 1), ("", "国内外研究现状", 1), ("", "研究内容", 1), ("四、", "研究思路", 1),
                       ("五、", "关键技术", 1)]


def test_plain_sub_titles_stay_under_their_part() -> None:
    text = "\n".join(["工作总结", "", "一、工作回顾", "", BODY, "", "主要成绩", "", BODY2, "", "存在问题", "", BODY,
                      "", "二、下步打算", "", BODY2, "", "三、保障措施", "", BODY, ""])  # no number lost
    got = _outline(text)
    assert ("", "主要成绩", 1) not in got and ("", "存在问题", 1) not in got
