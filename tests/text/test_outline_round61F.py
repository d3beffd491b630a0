"""Round 61F: a speech's points numbered '第一，要…。' / '第二，要…。' / '第三，要…。', each a sentence alone on its line
over its paragraph, are their numbering's to judge, all three: the first and the last were taken as parallel
sentences (written alike, as '当以…之…。' are) and '第二' was left out of sequence between them. Left alone: '一是…'
points, unnumbered parallel points, and '一要…' (no marker, as test_outline_markers has it)."""

from __future__ import annotations

import pytest

from support import parse_document

OPEN = "在全县乡村振兴工作推进会上的讲话\n\n同志们：\n\n今天召开全县乡村振兴工作推进会，主要任务是总结前段工作，安排部署下一步任务。下面，我讲三点意见。\n\n"
BODIES = ("全面推进乡村振兴是党中央作出的重大决策部署，是新时代做好三农工作的总抓手。各级各部门要切实把思想和行动统一到决策部署上来。",
          "要抓好粮食生产，稳定粮食播种面积，加强高标准农田建设；要发展乡村产业，延长产业链条，促进农民持续增收。",
          "各级党委政府要把乡村振兴摆在突出位置，主要负责同志要亲自抓、负总责，各有关部门要密切配合、形成合力。")
POINTS = ("提高政治站位，切实增强做好乡村振兴工作的责任感", "突出工作重点，扎实推进乡村振兴各项任务落实",
          "强化工作保障，确保乡村振兴各项部署落地见效")
CLOSE = "同志们，全面推进乡村振兴任务艰巨、使命光荣。让我们以更加务实的作风，奋力谱写乡村振兴新篇章！\n"


def _speech(markers: tuple[str, str, str], verb: str = "") -> str:
    return OPEN + "".join(f"{m}{verb}{p}。\n\n{b}\n\n" for m, p, b in zip(markers, POINTS, BODIES)) + CLOSE


def _headings(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, (h.marker + h.title).replace(" ", "")) for h in doc.headings]


@pytest.mark.parametrize("text, want", [
    (_speech(("第一，", "第二，", "第三，"), "要"), [(1, f"{m}要{p}") for m, p in zip(("第一，", "第二，", "第三，"), POINTS)]),
    (_speech(("一是", "二是", "三是")), [(1, m + p) for m, p in zip(("一是", "二是", "三是"), POINTS)]),  # as before
    (_speech(("当以", "当以", "当以")), [(1, "当以" + p) for p in POINTS]),  # parallel, unnumbered: as before
    (_speech(("一要", "二要", "三要")), []),  # no marker: as before
])
def test_a_speech_s_counted_points(text: str, want: list[tuple[int, str]]) -> None:
    assert _headings(text) == want
