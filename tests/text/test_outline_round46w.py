"""Round 46w: a text that opens with a lead (a few paragraphs of its own after the headline) and then sets a title
right over another ('社区十年回顾' over '缘起') shows a part over its first section, as a Markdown '##' over a '###'
whose '#' are gone; the titles after it are that section's siblings. Without a lead the first pair may be a headline
over its deck, and a line wholly in quotation marks ('“叮——”') is a story's opening line, not a section: those stay
as they were. Where a text sets its paragraphs apart with blank lines, two titles on lines next to each other
('个人成长' over '沟通能力', a blank line above them) are such a pair too: a Markdown '##' right over its '###', kept
together by the conversion; three lines or more together are a list's."""

from __future__ import annotations

import pytest

from support import parse_document

_LEAD = ["上周六我们在图书馆报告厅办了一场分享会，来了四十多位朋友，现场的讨论比预想的热烈得多，一直持续到傍晚。",
         "不少没能到场的朋友问起讲了些什么，这里把主讲人的讲稿整理出来，图片和幻灯片放在文末，欢迎大家转发。",
         "讲稿由志愿者根据录音整理，个别口误做了修改，如有错漏之处还请指正，我们会在下次活动前更新这份文字稿。"]
_BODY = "这几年我们一直在摸索适合本地社区的做法，走了一些弯路，也攒下了一些经验，今天挑几件印象最深的事情和大家聊聊。"
_MORE = "说到底，社区靠的是一群愿意花时间的人，只要有人愿意站出来组织，大家就会慢慢聚拢过来，事情也就做起来了。"


def _text(lead: list[str], pair: list[str], rest: list[str]) -> list[tuple[int, str, str]]:
    blocks = ["本地开源社区线下分享会讲稿整理", *lead, *pair, _BODY, _MORE]
    for title in rest:
        blocks += [title, _BODY, _MORE]
    doc = parse_document("\n\n".join(blocks).encode("utf-8"), "talk.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


@pytest.mark.parametrize("lead, pair, rest", [
    (_LEAD, ["社区十年回顾", "缘起"], ["第一次线下聚会", "走出去办活动"]),
    (_LEAD, ["我们的过去与现在", "摘要"], ["讲稿", "问答"]),
    (_LEAD, ["年度项目巡礼", "文档翻译计划"], ["镜像站维护", "新手引导营"]),
])
def test_a_pair_after_a_lead_is_a_part_over_its_sections(lead, pair, rest):
    found = _text(lead, pair, rest)
    assert [(d, t) for d, _, t in found] == [(1, pair[0]), (2, pair[1])] + [(2, t) for t in rest]


@pytest.mark.parametrize("lead, pair, rest", [
    (_LEAD[2:], ["社区十年回顾", "缘起"], ["第一次线下聚会", "走出去办活动"]),  # one paragraph only: no lead
    (_LEAD[1:], ["年度项目巡礼", "文档翻译计划"], ["镜像站维护", "新手引导营"]),  # two: too short a lead
    ([], ["社区十年回顾", "缘起"], ["第一次线下聚会", "走出去办活动"]),  # the headline's deck, maybe
    (_LEAD, ["序  章", "“叮——”"], ["快与慢", "取与舍", "新与旧"]),  # a line said, no section
    (_LEAD, ["序  章", "「咚——」"], ["快与慢", "取与舍", "新与旧"]),
    (_LEAD, ["社区十年回顾", "缘起"], []),  # no title after it: a lone section may be a sub-title
])
def test_without_a_lead_or_with_a_line_said_the_titles_stay_apart(lead, pair, rest):
    found = _text(lead, pair, rest)
    assert all(d == 1 for d, _, _ in found), found


# A Markdown '##' right over its '###' that the conversion kept together, no blank line between them, in a text
# that sets its paragraphs apart: the first is a part over the second, and the titles after it are its siblings.

def _set_together(pair: list[str], rest: list[str], lead: list[str] = _LEAD) -> list[tuple[int, str, str]]:
    blocks = ["毕业三年的一点小结", *lead, "\n".join([*pair, _BODY]), _MORE]
    for title in rest:
        blocks += [title, _BODY, _MORE]
    doc = parse_document("\n\n".join(blocks).encode("utf-8"), "notes.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


@pytest.mark.parametrize("pair, rest", [
    (["个人成长", "沟通能力"], ["时间管理", "写作习惯"]),
    (["工作回顾", "项目交付"], ["团队协作", "新人培养"]),
    (["收获与体会", "业务理解"], ["技术提升", "心态调整"]),
])
def test_two_titles_set_together_are_a_part_over_its_first_section(pair, rest):
    found = _set_together(pair, rest)
    assert [(d, t) for d, _, t in found] == [(1, pair[0]), (2, pair[1])] + [(2, t) for t in rest]


@pytest.mark.parametrize("pair, rest", [
    (["个人成长", "沟通能力", "时间管理"], ["写作习惯", "心态调整"]),  # three lines together: a list, not a part
    (["个人成长", "沟通能力"], []),  # nothing after the pair
])
def test_a_block_of_lines_or_a_pair_alone_stays_flat(pair, rest):
    found = _set_together(pair, rest)
    assert len({d for d, _, _ in found}) <= 1, found
