"""Round 74K: a line taken back as a heading is never put under itself. '一 概况' over its own count '（一）…',
'（二）…', dropped at first (a text that opened with '一、…', '四、…'), was taken back as their part under the parent
of its '（一）' — itself: its depth was looked for up a chain of parents without end, and the outline never came
(rule: `candidate.with_lines`, called by parallel parents and ordinal series)."""

from __future__ import annotations

from support import outline, paragraphs

from reader.text.candidate import Candidate, with_lines
from reader.text.outline import outline_candidates

LINES = ["一、根据《中华人民共和国宪法》和《中华人民共和国国务院组织法》等有关法律法规，制定本规则。",
         "四、国务院由总理、副总理、国务委员、各部部长、各委员会主任、人民银行行长、审计长、秘书长组成。",
         "一 概况", "（一） 开发硬件环境", "主板: ASUS Z9PE-D8", "（二） 运行硬件环境",
         "CPU: 任意。推荐多核，例如 2x10-core Intel Xeon e5-2680 v2", "二 系统简介", "（一） 概述",
         "加点个数的方法，在保证优化效果的同时大幅减少计算量。", "（二） 应用范围和对象", "任何需要使用代理模型优化的领域，例如航空航天"]


def _roots_reached(candidates: list[Candidate]) -> bool:
    """Every candidate's chain of parents ends at the top within as many steps as there are candidates."""
    for n in range(len(candidates)):
        up = n
        for _ in range(len(candidates) + 1):
            if up < 0:
                break
            up = candidates[up].parent
        if up >= 0:
            return False
    return True


def test_a_part_taken_back_under_its_own_count_keeps_its_parent():
    parts = [Candidate(0, None, "lone-cn", parent=-1, accepted=False), Candidate(1, None, "paren-cn", parent=0)]
    out, placed = with_lines(parts, {0: parts[1].parent})
    assert placed == {0: 0} and out[0].parent == -1 and out[0].accepted and out[1].parent == 0


def test_a_text_opening_with_a_count_then_parts_over_their_own_counts_gets_its_outline():
    candidates, _, _ = outline_candidates(list(paragraphs(LINES)), "")
    assert _roots_reached(candidates)  # (checked first: with a cycle, the outline below never returns)
    assert outline(LINES) == [(1, "一", "概况"), (2, "（一）", "开发硬件环境"), (2, "（二）", "运行硬件环境"),
                              (1, "二", "系统简介"), (2, "（一）", "概述"), (2, "（二）", "应用范围和对象")]
