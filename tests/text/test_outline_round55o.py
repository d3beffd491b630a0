"""Round 55O (issue #9, documents of no listed kind): what --explain says of the plain titles the rules
dropped, on short texts written for it."""

from __future__ import annotations

import pytest

REPORT = "本季度我负责客户来电的接听与记录，共处理咨询三千余件，满意度保持在较高水平，并参与了流程的优化。"


def test_explain_names_plain_titles_dropped_beside_numbered_sections():
    from reader.text.explain import explain_outline
    from support import paragraphs
    # all four in one section: titles in two sections or more would be the sections' sub-titles (section_subtitles)
    lines = ["一、【工作回顾】", "{岗位职责}", REPORT, "1.售前接待中客户多问尺码，需要耐心解答。", "2.售后处理的问题多是退换货。",
             "{工作完成情况}", REPORT, "{成长}", REPORT, "{不足}", REPORT, "二、【成长与不足】", REPORT, "三、【工作规划】", REPORT]
    report = explain_outline(paragraphs(lines))
    assert any(line.startswith("unnumbered, plain titles by the rules, dropped beside the numbered sections")
               and line.endswith(": lines 2, 6, 8, 10") for line in report)


@pytest.mark.parametrize("lines", [
    ["一、工作回顾", "", "岗位职责", "", REPORT, "", "完成情况", "", REPORT, "", "二、工作规划", "", REPORT],  # kept
    ["背景", "", REPORT, "", "目标", "", REPORT, "", "计划", "", REPORT],  # nothing numbered: no such step
])
def test_explain_is_silent_where_no_plain_title_was_dropped(lines):
    from reader.text.explain import explain_outline
    from support import paragraphs
    assert not any("dropped beside the numbered sections" in line for line in explain_outline(paragraphs(lines)))
