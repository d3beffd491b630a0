"""Round 50T: speed pre-checks that must not change what they return."""

import pytest

from reader.text.lineshape import roster_lines

_ROSTER = ["领导小组成员如下：", "组  长：李文钢", "何洪明（市纪委）", "楼 华（人行临安支行）", "沈 慧（市财政局）", "具体工作由办公室负责。"]


@pytest.mark.parametrize("lines", [
    _ROSTER,
    ["何洪明（市纪委）", "楼 华(人行临安支行)", "沈 慧（市财政局）  "],
    ["第一章 总则", "第一条 为了规范管理，制定本办法。", "（一）各级人民政府；"],  # no roster: empty either way
])
def test_roster_lines_same_with_endings(lines):
    ending = frozenset(t.rstrip()[-1:] for t in lines)
    assert roster_lines(lines, ending) == roster_lines(lines)


def test_roster_lines_skips_without_closing_bracket():
    assert roster_lines(_ROSTER, frozenset({"：", "。"})) == set()  # told no line ends in a bracket: no scan
    assert roster_lines(_ROSTER) == {1, 2, 3, 4}
