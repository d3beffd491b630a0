"""Round 47d: a title that says it sums up the chapter ('本章小结', '本章要點') is the chapter's own, beside its
numbered sections, not a sub-title of the last of them: where a text is one chapter of a book ('3.1' … '3.3' at
its top), the summary stands at the top with them; under a '第三章' it stands beside that chapter's '3.1', '3.2'.
A summary of a section ('本节小结'), or a title that only starts with '本章', stays where it was."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = "这一部分先交代问题的来历，再说明我们采用的做法，最后用一组数据检验这个做法在实际业务里的效果。"
_MORE = "需要说明的是，这里的数据来自上线后的第一个季度，样本还不够多，结论仅供参考，后续版本会继续补充。"
_POINTS = "\n".join(["- 单一指标会把体质不同但总分相同的品牌混为一谈；", "- 七个维度各自回答一个问题，合起来才是全貌；",
                     "- 权重按重要性和噪声敏感度取舍，不追求精确。"])
_SECTIONS = ["3.1 为何单一分数不够", "3.2 七个维度的设计", "3.3 权重的取舍"]


def _outline(sections: list[str], close: str, rules: bool = True) -> list[tuple[int, str]]:
    blocks = ["评分体系白皮书（第三章）"]
    for title in sections:
        blocks += [title, _BODY, _MORE] + (["---"] if rules else [])
    blocks += [close, _POINTS, "参考资料", "[1] 某某：《评分方法研究》，2024年。"]
    doc = parse_document("\n\n".join(blocks).encode("utf-8"), "paper.txt")
    return [(h.depth, (h.marker + " " + h.title).strip()) for h in doc.headings]


@pytest.mark.parametrize("close, rules", [
    ("本章要点", True), ("本章要點", True), ("本章小结", False), ("本章總結", True), ("本章回顾", False),
])
def test_a_chapter_summary_after_the_last_section_stands_beside_the_sections(close, rules):
    found = _outline(_SECTIONS, close, rules)
    assert found == [(1, t) for t in _SECTIONS] + [(1, close), (1, "参考资料")]


def test_a_chapter_summary_after_a_third_level_section_leaves_it_too():
    found = _outline(["3.1 为何单一分数不够", "3.2 七个维度的设计", "3.2.1 被提及率", "3.2.2 位置品质"], "本章要点")
    assert found[2:] == [(2, "3.2.1 被提及率"), (2, "3.2.2 位置品质"), (1, "本章要点"), (1, "参考资料")]


def test_under_a_numbered_chapter_the_summary_stands_beside_its_sections():
    found = _outline(["第三章 评分方法", "3.1 为何单一分数不够", "3.2 七个维度的设计"], "本章小结")
    assert found == [(1, "第三章 评分方法"), (2, "3.1 为何单一分数不够"), (2, "3.2 七个维度的设计"), (2, "本章小结"),
                     (1, "参考资料")]


@pytest.mark.parametrize("close", ["本节小结", "本章要点与思考"])
def test_a_section_summary_or_a_longer_title_stays_under_the_section(close):
    found = _outline(_SECTIONS, close)
    assert found == [(1, t) for t in _SECTIONS] + [(2, close), (1, "参考资料")]
