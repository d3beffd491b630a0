"""Round 45s: an essay's title that counts its sections ('三则故事', '读书时的两个小习惯', '城市生活的三大难题')
holds as many of the unnumbered titles after it as it counts; the title after them is its sibling again. A title
whose own text lists what it counts (bullets, a line of names), a count after a verb ('…方案有三种'), a comparison
('两种方法的区别'), a time ('实习了三个月') or a count with too few titles after it holds nothing."""

from __future__ import annotations

import pytest

from support import parse_document

_PROSE = "那一年我刚到这座城市，住在学校旁边的老小区里，每天骑车穿过两条街去上课，路上总能看到卖早点的摊子。"
_MORE = "后来回想起来，那段日子虽然忙乱，却让我第一次认真地想过自己到底想过什么样的生活，这个问题至今没有答案。"
_LEAD = "先说几件小事，都是这几年亲身经历的，说出来也许有人会觉得眼熟。"


def _outline(blocks: list[str]) -> list[tuple[int, str]]:
    doc = parse_document("\n\n".join(blocks).encode("utf-8"), "essay.txt")
    return [(h.depth, h.title) for h in doc.headings]


def _essay(counted: str, lead: list[str], sections: list[str], after: list[str]) -> list[str]:
    blocks = ["我们在城市里学会了什么", _PROSE, "写在前面", _PROSE, _MORE, counted, *lead]
    for name in sections + after:
        blocks += [name, _PROSE, _MORE]
    return blocks


_STORIES = ["排队买早点的老人", "图书馆里的占座条", "深夜的末班公交"]


@pytest.mark.parametrize("counted, lead, sections, after", [
    ("三则小故事", [_LEAD], _STORIES, ["我想说的话"]),
    ("城市生活的三大难题", [_LEAD, _MORE], ["通勤太远", "房租太贵", "朋友太少"], ["写在最后"]),
    ("读书时养成的两个小习惯", [_MORE], ["随手记下页码", "每周重读一章"], ["结语"]),
    ("两个小习惯", [_LEAD], ["随手记下页码", "每周重读一章"], []),  # the last part of the text
])
def test_a_title_counting_its_sections_holds_them(counted, lead, sections, after):
    want = [(1, "写在前面"), (1, counted)] + [(2, s) for s in sections] + [(1, a) for a in after]
    assert _outline(_essay(counted, lead, sections, after)) == want


@pytest.mark.parametrize("counted, lead", [
    ("三种常见的出行方式", ["- 地铁：准时，但早晚高峰很挤\n- 公交：便宜，但常常堵车\n- 骑车：自由，但怕下雨"]),  # listed
    ("三种常见的出行方式", ["地铁 公交 自行车"]),  # its names on a line of their own, no prose
    ("出行方案有三种", [_LEAD]),  # a count after a verb: a headline's object
    ("两种出行方式的区别", [_LEAD]),  # one comparison, no two parts
    ("实习了三个月", [_LEAD]),  # a time
    ("城市生活的五大难题", [_LEAD]),  # more than the titles after it
])
def test_a_count_that_lists_itself_or_names_no_parts_holds_nothing(counted, lead):
    found = _outline(_essay(counted, lead, ["通勤太远", "房租太贵"], ["写在最后"]))
    assert (1, counted) in found and all(d == 1 for d, _ in found)
