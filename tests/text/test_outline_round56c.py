"""Round 56C (issue #9): plain sub-titles inside numbered sections (sectiontitles.section_subtitles) are read so
though a line stands before the first section ('写在前面') or one odd line (a question, a chart's code) sits among
three or more title-shaped ones: such lines stay as they were, and the rest still read as the sections' sub-titles."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本部分说明这一阶段的主要做法和取得的成效，供今后的工作参考借鉴。"


def _plain(front: list[str], sections: list[tuple[str, list[str]]]) -> list[tuple[int, str]]:
    blocks = ["课程项目总结报告", ""]
    for line in front:
        blocks += [line, "", BODY, ""]
    for head, subs in sections:
        blocks += [head, "", BODY, ""]
        for sub in subs:
            blocks += [sub, "", BODY, "", BODY, ""]
    doc = parse_document("\n".join(blocks).encode(), "report.txt")
    return [(h.depth, h.title) for h in doc.headings if not h.marker]


SECTIONS = [("一、项目概述", ["项目目标", "项目范围"]), ("二、技术架构", ["后端技术栈", "接口设计"]), ("三、完成功能", []),
            ("四、总结", [])]
SUBS = [(2, "项目目标"), (2, "项目范围"), (2, "后端技术栈"), (2, "接口设计")]


@pytest.mark.parametrize("front, sections, plain", [
    # a line before the first section is no section's: it leaves the sub-titles be
    (["写在前面"], SECTIONS, SUBS),
    # a question among four titles: it stays text, the titles are sub-titles
    ([], [("一、项目概述", ["项目目标", "项目范围"]), ("二、技术架构", ["后端技术栈", "为什么不用微服务？", "接口设计"]),
          ("三、完成功能", []), ("四、总结", [])], SUBS),
    # a chart's line of code among them, the same
    ([], [("一、项目概述", ["项目目标", "项目范围"]), ("二、技术架构", ["后端技术栈", "A[前端] --> B[网关]", "接口设计"]),
          ("三、完成功能", []), ("四、总结", [])], SUBS),
])
def test_sub_titles_read_beside_a_few_odd_lines(front, sections, plain):
    assert [p for p in _plain(front, sections) if p in SUBS] == plain
    assert not [p for p in _plain(front, sections) if p[1] in ("为什么不用微服务？", "A[前端] --> B[网关]")]


@pytest.mark.parametrize("sections", [
    # two odd lines in five: too many for stray lines, the document writes no such sub-titles
    [("一、项目概述", ["项目目标", "项目进展如何？"]), ("二、技术架构", ["后端技术栈", "为什么不用微服务？", "接口设计"]),
     ("三、完成功能", []), ("四、总结", [])],
    # a chart's code lines are no titles: with them, the plain lines are too few
    [("一、项目概述", ["项目目标", "A[开始] --> B[结束]"]), ("二、技术架构", ["C[前端] --> D[网关]", "接口设计"]),
     ("三、完成功能", []), ("四、总结", [])],
])
def test_too_many_odd_lines_leave_all_as_text(sections):
    assert [p for p in _plain([], sections) if p in SUBS] == []
