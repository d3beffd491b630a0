"""Round 63W: the depth of unnumbered titles in a text that shows one title stacked right over another, once. Such a
lone pair reads as a part over its first section, and the titles after it as that section's siblings; but where the
line under the title is as long as a sentence ('西部陆海新通道常态化开行铁海联运班列一万五千列' under a news report's
'重点领域改革深化', '根据《劳动保障监察条例》第一章第九条规定' under '相关法规'), it is the title's deck or a cited clause,
and the titles after it stay at the top. A short line under the title ('对外开放', '计算公式') is still its first section,
and a text with two stacked pairs or more keeps its parts whatever their lines' lengths."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = ("国家发展改革委副秘书长介绍，五年来，两地产业协作不断深化，一批重大项目落地见效，区域综合实力显著增强，"
         "群众获得感持续提升。")
_LAW = "劳动保障行政部门应当为举报人保密；对举报属实，为查处重大违反劳动保障法律、法规或者规章的行为提供主要线索的，给予奖励。"


def _depths(sections: list[list[str]], title: str = "双城经济圈高质量发展迈上新台阶", body: str = _BODY) -> dict[str, int]:
    """The outline's depth for each heading title of a text: its title, a lead, then each section's title lines (a
    blank line after each) over two paragraphs."""
    lines = [title, "", body, ""]
    for heads in sections:
        for head in heads:
            lines += [head, ""]
        lines += [body, "", body, ""]
    return {h.title: h.depth for h in parse_document("\n".join(lines).encode()).headings}


_NEWS = "西部陆海新通道常态化开行铁海联运班列一万五千列"
_CLAUSE = "根据《劳动保障监察条例》第一章第九条规定"

CASES = [
    # (name, sections, expected depths)
    ("a news report's sub-head over its long deck: every title at the top",
     [["共同打造现代化产业体系"], ["重点领域改革深化", _NEWS], ["携手共建民生幸福圈"], ["持续优化营商环境"]],
     {"共同打造现代化产业体系": 1, "重点领域改革深化": 1, "携手共建民生幸福圈": 1, "持续优化营商环境": 1}),
    ("a deck under the second of three titles: the last stays beside the others",
     [["共同打造现代化产业体系"], ["重点领域改革深化", _NEWS], ["携手共建民生幸福圈"]],
     {"共同打造现代化产业体系": 1, "重点领域改革深化": 1, "携手共建民生幸福圈": 1}),
    ("a cited clause under '相关法规': the title after it is no section of it",
     [["主旨"], ["实施办法"], ["有何优点"], ["相关法规", _CLAUSE], ["各地举报电话或方式"]],
     {"主旨": 1, "实施办法": 1, "有何优点": 1, "相关法规": 1, "各地举报电话或方式": 1}),
]

LEFT_ALONE = [
    ("a short first section under a lone title: a part over its sections",
     [["共同打造现代化产业体系"], ["重点领域改革深化", "对外开放"], ["携手共建民生幸福圈"], ["持续优化营商环境"]],
     {"共同打造现代化产业体系": 1, "重点领域改革深化": 1, "对外开放": 2, "携手共建民生幸福圈": 2, "持续优化营商环境": 2}),
    ("a first section of sixteen characters, the longest a section's title is read: still a section",
     [["共同打造现代化产业体系"], ["重点领域改革深化", "推动区域市场一体化建成高速铁路网"], ["携手共建民生幸福圈"], ["持续优化营商环境"]],
     {"共同打造现代化产业体系": 1, "重点领域改革深化": 1, "推动区域市场一体化建成高速铁路网": 2, "携手共建民生幸福圈": 2,
      "持续优化营商环境": 2}),
    ("two stacked pairs show the parts, a long line under one of them too",
     [["共同打造现代化产业体系", "汽车产业"], ["电子信息"], ["重点领域改革深化", _NEWS], ["对外开放"]],
     {"共同打造现代化产业体系": 1, "汽车产业": 2, "电子信息": 2, "重点领域改革深化": 1, _NEWS: 2, "对外开放": 2}),
]


@pytest.mark.parametrize("name,sections,want", CASES, ids=[c[0] for c in CASES])
def test_a_long_line_under_a_lone_title_leaves_the_titles_after_it_at_the_top(name, sections, want):
    got = _depths(sections)
    assert {t: got.get(t) for t in want} == want


@pytest.mark.parametrize("name,sections,want", LEFT_ALONE, ids=[c[0] for c in LEFT_ALONE])
def test_a_short_section_or_many_pairs_keep_their_parts(name, sections, want):
    got = _depths(sections)
    assert {t: got.get(t) for t in want} == want


def test_the_rule_weighs_the_line_under_the_title_not_the_title():
    """'其他被提到但是没有被同等对待的愿望' (17 characters) over '更加智能好用的IDE': a long part's title over a short
    section is still a part over its sections."""
    got = _depths([["共同打造现代化产业体系"], ["其他被提到但是没有被同等对待的愿望和要求", "对外开放"], ["携手共建民生幸福圈"],
                   ["持续优化营商环境"]], body=_LAW)
    assert got.get("对外开放") == 2 and got.get("携手共建民生幸福圈") == 2
