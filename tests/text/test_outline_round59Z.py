"""Round 59Z: a page gathering a work's cast writing about it ('《铁流东进》主演侯岩松创作谈：坚守创作的阵地…', then
'《铁流东进》主演田征创作感言：…') heads each piece with its headline: the work's name in 《》 opens the headline and is its
subject, not part of its lead, and headlines naming one work make a form the page repeats. A lone work-led line, a
law quoted with its article ('《物权法》第一百二十三条规定：…') and a work named inside a colon field stay as they
were."""

from __future__ import annotations

import pytest

from reader.text.headlines import headline_colon
from support import parse_document

_A = "《铁流东进》从小说到剧本的形成，从因疫情停止排练到现在终于走到合成阶段，一路走来，我的心情非常激动，感慨万千。"
_B = "第一次看到剧本，就被主人公浴火重生之后的蜕变打动了，他由一个默默无闻的小人物，最后成长为一名真正的战士。"
_C = "这是我第一次出演话剧，于我而言也是一次非常大的挑战，刚进入组里的时候，我对工作环境感觉还很陌生。"


def _outline(lines: list[str]) -> list[str]:
    """The headings of the lines saved as a .txt file, one a line."""
    doc = parse_document(("\n".join(lines) + "\n").encode("utf-8"), name="page.txt")
    return [h.marker + h.title for h in doc.headings]


_PIECES = ["《铁流东进》主演侯岩松创作谈：坚守创作的阵地 用艺术为烈士呐喊",
           "《铁流东进》主演田征创作感言：在舞台上和兄弟们同生共死是最幸福的",
           "《铁流东进》主演张真源创作谈：像“小柴火”一样坚定地迈进"]


@pytest.mark.parametrize("text", _PIECES + ["《流浪地球2》导演郭帆：中国科幻电影的工业化之路"])
def test_a_work_opening_a_headline_is_its_subject(text: str) -> None:
    assert headline_colon(text)


@pytest.mark.parametrize("text", [
    "《中华人民共和国物权法》第一百二十三条规定：“依法取得的探矿权受法律保护。”",  # a law quoted, a sentence
    "《易·坤卦》说：“积善之家，必有馀庆。”这句话中“庆”的意思",  # a quotation explained
    "《铁流东进》：新四军的故事",  # the work alone before the colon: no one speaks
    "《黑神话：钟馗》实机操作视频发布",  # a colon inside the work's name
    "《铁流东进》主演侯岩松在国家话剧院剧场接受专访时谈到的创作体会：坚守",  # a lead too long for a headline's
])
def test_other_lines_with_a_work_are_no_headline(text: str) -> None:
    assert not headline_colon(text)


@pytest.mark.parametrize("nav", [[], ["铁流东进", "人物志", "宣传", "媒体报道", "专访", "观众repo"]])
def test_a_casts_pieces_are_the_pages_sections(nav: list[str]) -> None:
    lines = ["无标题文档", *nav, _PIECES[0], _A, _A, _PIECES[1], _B, _B, _PIECES[2], _C, _C]
    assert ["".join(h.split()) for h in _outline(lines)] == ["".join(p.split()) for p in _PIECES]


def test_one_work_led_line_in_prose_stays_text() -> None:
    lines = ["剧评", _A, "《铁流东进》主演侯岩松创作谈：坚守创作的阵地 用艺术为烈士呐喊", _B, _C]
    assert _outline(lines) == []
