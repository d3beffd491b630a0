"""Plain sub-titles inside numbered sections (sectiontitles.section_subtitles): a report numbered only at its top
level ('一、项目概述') whose parts are titled by hand ('项目目标', '后端技术栈') keeps those titles under their sections;
labels, sentences, code's captions, works' names, lone lines and sections numbered a level deeper leave them out."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本部分说明这一阶段的主要做法和取得的成效，供今后的工作参考借鉴。"


def _headings(sections: list[tuple[str, list[str]]], after: str = BODY) -> list[tuple[int, str, str]]:
    blocks = ["课程项目总结报告", ""]
    for head, subs in sections:
        blocks += [head, "", BODY, ""]
        for sub in subs:
            blocks += [sub, "", after, "", BODY, ""]
    doc = parse_document("\n".join(blocks).encode(), "report.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def _plain(headings: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    return [(depth, title) for depth, marker, title in headings if not marker]


TWO_SECTIONS = [("一、项目概述", ["项目目标"]), ("二、技术架构", ["后端技术栈", "接口设计"]), ("三、完成功能", ["教师端"]),
                ("四、总结", [])]


@pytest.mark.parametrize("sections, plain", [
    (TWO_SECTIONS, [(2, "项目目标"), (2, "后端技术栈"), (2, "接口设计"), (2, "教师端")]),
    ([("一、垃圾收集算法", ["年轻代-复制算法", "老年代-标记整理算法"]), ("二、回收方法", ["finalize（）方法"]),
      ("三、触发条件", []), ("四、减少开销", [])],
     [(2, "年轻代-复制算法"), (2, "老年代-标记整理算法"), (2, "finalize（）方法")]),
])
def test_plain_titles_in_several_sections_are_their_sub_titles(sections, plain):
    assert _plain(_headings(sections)) == plain


@pytest.mark.parametrize("sections", [
    # in one section only: a stray line, no level of the document
    [("一、项目概述", ["项目目标", "项目范围", "项目周期"]), ("二、技术架构", []), ("三、完成功能", []), ("四、总结", [])],
    # a label's colon
    [("一、项目概述", ["负责人：张三"]), ("二、技术架构", ["后端：王五"]), ("三、完成功能", ["前端：李四"]), ("四、总结", [])],
    # a sentence, not a title
    [("一、项目概述", ["我们按时完成了任务。"]), ("二、技术架构", ["架构稳定，性能良好"]), ("三、完成功能", ["功能齐全。"]),
     ("四、总结", [])],
    # the same lines back under one section and another: a note's labels
    [("一、项目概述", ["主要内容"]), ("二、技术架构", ["真题关联"]), ("三、完成功能", ["主要内容", "真题关联"]),
     ("四、总结", [])],
    # a work's name spoken of
    [("一、项目概述", ["《人月神话》"]), ("二、技术架构", ["《代码大全》"]), ("三、完成功能", ["《重构》"]), ("四、总结", [])],
])
def test_lines_that_are_no_sub_titles_stay_out(sections):
    assert _plain(_headings(sections)) == []


def test_a_line_over_code_labels_the_example():
    sections = [("一、下载", ["X86架构", "ARM架构"]), ("二、解压", ["MIPS架构"]), ("三、配置", []), ("四、运行", [])]
    assert _plain(_headings(sections, after="$ uname -a")) == []


@pytest.mark.parametrize("sections", [
    # over the section's own numbered sub-sections: the level is numbered, the line is the section's lead
    [("一、项目概述", ["项目目标"]), ("（一）背景", []), ("（二）范围", []), ("二、技术架构", ["后端技术栈"]),
     ("（一）后端", []), ("（二）前端", []), ("三、总结", [])],
    # three levels numbered: a document numbered so deep numbers its sub-parts too
    [("一、项目概述", []), ("（一）背景", []), ("1.目标", ["项目目标"]), ("2.范围", []), ("二、技术架构", []),
     ("（一）后端", []), ("1.框架", ["后端技术栈"]), ("2.接口", ["接口设计"]), ("三、总结", [])],
])
def test_sections_numbered_a_level_deeper_hold_no_plain_level(sections):
    headings = _headings(sections)
    assert [h for h in headings if h[1]] and _plain(headings) == []
