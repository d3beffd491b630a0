"""Round 53p: the opening part of a Markdown note ('本周工作' right under the note's name and right over '会议纪要')
against a headline's deck: a note is named in a few words ('December', '实习&工作篇'), a headline that runs to a
clause may carry a deck, a short line right under it that holds none of the sections after it."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "这次把上个月的进展按事项整理了一下，每一项都附上了相关的链接，方便没来开会的同学对照着看，有问题随时留言。"
MORE = "后面几周的安排会根据大家的反馈再做调整，临时的变动会另行通知，请大家留意群里的消息，不再单独发邮件。"


def _headings(title: str, opening: str, sections: list[str]) -> list[tuple[int, str]]:
    blocks = [title, opening]
    for name in sections:
        blocks += [name, BODY, MORE]
    doc = parse_document("\n\n".join(blocks).encode("utf-8"), "note.txt")
    return [(h.depth, h.title) for h in doc.headings]


NOTES = [
    ("十一月", "近期进展", ["例会记录", "工具链", "待办事项"]),
    ("旅行笔记第三篇", "出发之前", ["签证办理", "行李清单", "路线规划"]),
    ("Monthly Report November", "本月工作", ["例会记录", "工具链", "待办事项"]),  # a Latin word counts as one
]


@pytest.mark.parametrize(("title", "opening", "sections"), NOTES)
def test_a_note_named_in_a_few_words_opens_with_a_part(title, opening, sections):
    """'近期进展' under the note's name '十一月', right over '例会记录': a '#' over its '##', the marks gone."""
    assert _headings(title, opening, sections) == [(1, opening)] + [(2, s) for s in sections]


HEADLINES = [
    ("市图书馆志愿者服务队年度座谈会发言整理", "服务队五年回望", ["起步", "第一次进社区", "走向常态化"]),
    ("城南老街改造项目第二期工程进展通报汇总", "改造工作简述", ["拆迁安置", "管网铺设", "立面整修"]),
]


@pytest.mark.parametrize(("title", "opening", "sections"), HEADLINES)
def test_a_line_under_a_headline_holds_no_sections(title, opening, sections):
    """'服务队五年回望' under a headline that runs to a clause: maybe its deck, no part over '起步' and the rest."""
    assert all(d == 1 for d, _ in _headings(title, opening, sections))
