"""Round 47n: in a hard-wrapped extract whose blank lines mark its paragraphs, a title that happens to fill the narrow
page ('历史书里的“北大精神”：知识分子曾经的“兴奋剂”' at 24 characters) stands alone between blank lines, open like a
line cut mid-sentence; where every blank line that falls under a full open line falls under such a lone line, they are
titles, not first lines a stray blank cut off (`lonetitles.lone_titles`): a stray blank falls under any line of a
paragraph, so elsewhere the repair of stray blanks goes on."""

from __future__ import annotations

import pytest

from support import parse_document

P1 = ("今年以来，我们围绕年度工作目标，坚持问题导向，扎实推进各项重点任务，整体工作取得了明显成效，"
      "群众的满意度也有了较大提升，为下一阶段的工作打下了良好的基础。")
P2 = ("在具体工作中，各部门加强协作，定期召开联席会议，及时研究解决遇到的困难和问题，"
      "形成了上下联动、齐抓共管的良好局面，有关经验做法得到了上级部门的肯定。")
P3 = ("下一步，我们将继续总结经验，查找不足，进一步完善制度机制，推动各项工作再上新台阶，"
      "努力以更好的成绩回报社会各界的关心和支持。")
P4 = ("与此同时，我们也清醒地看到，工作中还存在一些短板和弱项，比如基层力量相对薄弱，"
      "部分政策落实还不够到位，这些问题需要在今后的工作中认真加以解决。")
T1 = "坚持问题导向扎实推进重点任务落地见效取得新进展"  # 23 characters, no sentence in it
T2 = "加强部门协作形成上下联动齐抓共管的良好工作局面"
T3 = "正视短板弱项以更实举措推动基层治理能力全面提升"


def _wrapped(text: str, chars: int = 24) -> list[str]:
    """A paragraph cut every `chars` Chinese characters, as a PDF extract has it."""
    return [text[k:k + chars] for k in range(0, len(text), chars)]


def _extract(blocks: list[str]) -> bytes:
    """The document's title, then its blocks wrapped and set apart by blank lines."""
    lines = ["二〇二四年上半年工作情况的报告", ""]
    for block in blocks:
        lines += _wrapped(block) + [""]
    return "\n".join(lines).encode("utf-8")


def _titles(blocks: list[str]) -> list[str]:
    return [h.marker + h.title for h in parse_document(_extract(blocks), "doc.txt").headings]


CASES = {
    "three titles filling the page, each alone between blank lines": (
        [P1, T1, P2, P3, T2, P4, P1, T3, P3], [T1, T2, T3]),
    "two such titles, the second over a two-paragraph part": (
        [P2, T1, P1, P4, T3, P3, P2], [T1, T3]),
}
GUARDS = {  # unchanged: short titles were never joined, and a full one among them stood already
    "a full title among short ones": (
        [P1, "工作进展", P2, T2, P3, "存在问题", P4], ["工作进展", T2, "存在问题"]),
    "short titles only": ([P1, "工作进展", P2, P3, "存在问题", P4], ["工作进展", "存在问题"]),
}


@pytest.mark.parametrize("name", [*CASES, *GUARDS])
def test_a_title_filling_a_wrapped_page_stays_a_title(name):
    blocks, expected = {**CASES, **GUARDS}[name]
    assert _titles(blocks) == expected


def test_a_stray_blank_inside_a_paragraph_is_still_mended():
    """Blank lines cut paragraphs mid-sentence too (under their later lines): a full open first line over a blank is
    such a cut, and its paragraph is joined whole."""
    head = P2[:24]
    lines = (["二〇二四年上半年工作情况的报告", ""] + _wrapped(P1) + ["", head, ""] + _wrapped(P2[24:]) + [""]
             + _wrapped(P3)[:2] + [""] + _wrapped(P3)[2:] + [""] + _wrapped(P4))
    doc = parse_document("\n".join(lines).encode("utf-8"), "doc.txt")
    assert P2 in [p.text for p in doc.paragraphs]
    assert P3 in [p.text for p in doc.paragraphs]
    assert doc.headings == () or all(h.title != head for h in doc.headings)
