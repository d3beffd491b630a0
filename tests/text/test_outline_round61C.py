"""Round 61C: a news story's sub-heads set behind an editor's block mark ('■ 小学招生', '◆ 初中招生') head its parts when
there are only two of them, as two plain 小标题 do: the mark used to need three lines, so a short story with two marked
sub-heads had no outline at all, and a plain sub-head after them was lost with them.

Left alone: two labels behind the mark ('■ 报名时间：5月7日' over a paragraph: particulars), a mark that also opens a
sentence (a list's mark), marked lines one under the other (a list), and a lone marked line."""

from __future__ import annotations

import pytest

from support import blocks_outline

_T = "义务教育招生细则公布"
_P1 = "4月28日，市教育局公布今年义务教育阶段学校招生工作细则，明确了各类学校的招生时间、方式和入学条件。"
_P2 = "细则明确，公办学校按免试就近入学原则确定招生范围，民办学校原则上不得跨区招生，报名人数超过计划的实行电脑派位。"
_P3 = "对于残疾儿童，细则制定了细致安排，轻度残疾儿童随班就读，中重度残疾儿童由特殊教育学校招收，确保不漏一人。"


@pytest.mark.parametrize("blocks, titles", [
    ([_T, _P1, "■ 小学招生", _P2, _P3, "■ 初中招生", _P1], ["小学招生", "初中招生"]),
    ([_T, _P1, "■小学招生", _P2, _P3, "■初中招生", _P1], ["小学招生", "初中招生"]),
    ([_T, _P1, "◆ 小学招生", _P2, _P3, "◆ 初中招生", _P1], ["小学招生", "初中招生"]),
    ([_T, _P1, "● 小学招生", _P2, _P3, "● 初中招生", _P1], ["小学招生", "初中招生"]),
    ([_T, _P1, "■ 小学招生", _P2, _P3, "■ 初中招生", _P1, "特殊群体保障", _P2], ["小学招生", "初中招生", "特殊群体保障"]),
])
def test_two_marked_sub_heads_head_their_parts(blocks, titles):
    assert [h.title for h in blocks_outline(blocks)] == titles


@pytest.mark.parametrize("blocks", [
    [_T, _P1, "■ 报名时间：5月7日", _P2, "■ 咨询电话：12345", _P3],  # particulars behind the mark
    [_T, _P1, "■ 小学招生", _P2, "■ 细则明确，公办学校按免试就近入学原则确定招生范围。", _P3, "■ 初中招生", _P1],  # a list's mark
    [_T, _P1, "■ 小学招生", "■ 初中招生", _P2],  # one under the other: a list
    [_T, _P1, "■ 小学招生", _P2, _P3],  # alone
])
def test_marked_lines_that_are_no_pair_of_sub_heads(blocks):
    assert not blocks_outline(blocks)


# A news story's interview set as 'Q：…？' over 'A：…' heads each answer with its question, as '问：' over '答：' does,
# with two questions as with three (the Q needed a text that names itself an interview, or three questions). Left
# alone: a 'Q：' with no 'A：' under it (weighed as any question is), an answer that is a word ('A：是的。').

def _qa(*pairs: tuple[str, str]) -> list[str]:
    return [_T, _P1] + [line for q, a in pairs for line in (q, a)]


@pytest.mark.parametrize("blocks, titles", [
    (_qa(("Q：今年招生有哪些新变化？", "A：" + _P2), ("Q：特殊群体如何保障？", "A：" + _P3)),
     ["Q：今年招生有哪些新变化？", "Q：特殊群体如何保障？"]),
    (_qa(("Q:今年招生有哪些新变化？", "A:" + _P2), ("Q:特殊群体如何保障？", "A:" + _P3)),
     ["Q:今年招生有哪些新变化？", "Q:特殊群体如何保障？"]),
    (_qa(("Q：今年招生有哪些新变化？", "A：" + _P2), ("问：特殊群体如何保障？", "答：" + _P3)),
     ["Q：今年招生有哪些新变化？", "问：特殊群体如何保障？"]),
])
def test_q_over_a_heads_its_answer(blocks, titles):
    assert [h.title for h in blocks_outline(blocks)] == titles


@pytest.mark.parametrize("blocks", [
    _qa(("Q：今年招生有哪些新变化？", _P2), ("Q：特殊群体如何保障？", _P3)),  # no 'A：' under it
    _qa(("Q：今年招生有变化吗？", "A：是的。"), ("Q：特殊群体有保障吗？", "A：有。")),  # answered in a word
])
def test_q_lines_left_as_they_were(blocks):
    assert not blocks_outline(blocks)
