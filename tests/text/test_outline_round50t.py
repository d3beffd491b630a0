"""Round 50T: speed pre-checks that must not change what they return."""

import pytest

from reader.text.lineshape import roster_lines
from reader.text.model import Packed, Paragraph, packed_paragraphs

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


def _paragraphs(lines: list[int]) -> list[Paragraph]:
    return [Paragraph(f"第{n}段正文。", line, 0) for n, line in enumerate(lines)]


@pytest.mark.parametrize("lines, packed", [
    ([1, 2, 3, 4, 5, 6], True),  # one under another: no blank line between
    ([1, 3, 5, 7, 9, 11], False),  # a blank line between every two
    ([], True),
])
def test_packed_reads_as_packed_paragraphs(lines, packed):
    paragraphs = _paragraphs(lines)
    assert bool(Packed(paragraphs)) is packed_paragraphs(paragraphs) is packed
    assert (bool(Packed(paragraphs)) and "asked") in (False, "asked")  # a bool, never the object itself


def test_packed_reads_nothing_until_asked():
    lazy = Packed([None, None])  # type: ignore[list-item]  # no paragraph there: asking would fail
    with pytest.raises(AttributeError):
        bool(lazy)
