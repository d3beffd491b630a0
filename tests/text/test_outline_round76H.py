"""Round 76H: missed headings (issue 9, recall). A numbered section's only sub-title, a short line standing apart
between the section's prose and the list it names ('4. 课程目的与任务', its paragraph, '具体目标', '1）…'), is found
under the section (rule: `listtitles.add_list_titles`); a lead-in with a colon, a line with no prose before it or no
list after it stays text, as before."""

from __future__ import annotations

import pytest
from support import DATA, parse_document

PROSE = "通过课程的学习可以培养同学对国际商务机会的洞察能力和项目运作能力，掌握国际商务的基本理论与方法。"
ITEMS = ["1）树立全球经营视野和多元文化的背景，了解企业国际化面临的机遇和挑战；",
         "2）了解中国企业国际化的选择和发展路径，以及与跨国公司竞争的策略；"]
HEAD = ["国际商务课程大纲", "1. 课程基本信息", "教材：基于查尔斯·希尔的《国际商务》一书，郭羽诞等译，第十一版。",
        "2. 课程描述", "经济全球化促使企业在全球配置资源，向全球客户提供产品和服务，企业的国际化经营日益重要。",
        "3. 课程目的与任务"]


def _outline(blocks: list[str]) -> list[tuple[int, str, str]]:
    text = "\n\n".join(blocks) + "\n"
    return [(h.depth, h.marker, h.title) for h in parse_document(text.encode("utf-8"), "dagang.txt").headings]


NUMBERED = [(1, "1.", "课程基本信息"), (1, "2.", "课程描述"), (1, "3.", "课程目的与任务")]


@pytest.mark.parametrize("middle, want", [
    # f87_02's shape: prose, the title alone, the list it names: the section's sub-title
    ([PROSE, "具体目标"] + ITEMS, NUMBERED + [(2, "", "具体目标")]),
    # a list of '（1）' or of bullets is named so too
    ([PROSE, "具体目标", "（1）树立全球经营视野；", "（2）了解中国企业国际化的路径；"], NUMBERED + [(2, "", "具体目标")]),
    ([PROSE, "具体目标", "- 树立全球经营视野", "- 了解中国企业国际化的路径"], NUMBERED + [(2, "", "具体目标")]),
    # a lead-in with a colon leads into its list: text, as before
    ([PROSE, "具体目标如下："] + ITEMS, NUMBERED),
    # no prose over it (right under the section's title): as before
    (["具体目标"] + ITEMS, NUMBERED),
    # prose after it, no list: as before
    ([PROSE, "具体目标", PROSE], NUMBERED),
    # a sentence's piece ('其主要目标是') is no title: as before
    ([PROSE, "其主要目标，是"] + ITEMS, NUMBERED),
])
def test_a_sections_lone_sub_title_over_its_list(middle, want):
    assert _outline(HEAD + middle) == want


def test_the_dev_syllabus_finds_its_lone_sub_title():
    """f87_02 (dev): '具体目标' under '4. 课程目的与任务' was missed (the plain-title rules want two or more)."""
    path = DATA / "corpus" / "docs" / "f87_02_kecheng_dagang_guoji_shangwu.txt"
    heads = parse_document(path.read_bytes(), path.name).headings
    assert [(h.depth, h.title) for h in heads if h.line == 31] == [(2, "具体目标")]


# English titles beside Chinese ones (rule: `latinsiblings.latin_siblings`): in a text set apart by blank lines, one
# found already shows the writer's habit (three were wanted), and a lower-case name alone ('functools') is such a
# title; a command line is not, nor a line a colon introduces
CN_BODY = "社区的成员按贡献分为不同的角色，每个角色都有各自的职责和权利。"


def _latin_added(blocks: list[str], found_titles: set[str]) -> set[str]:
    from support import spaced_paragraphs

    from reader.text.latinsiblings import latin_siblings

    paras = spaced_paragraphs(blocks)
    found = {i for i, p in enumerate(paras) if p.text in found_titles}
    return {paras[i].text for i in latin_siblings(paras, [None] * len(paras), found)}


@pytest.mark.parametrize("shown, title, want", [
    ("Committer", "PMC", {"PMC"}),  # one English title found: the habit shown
    ("Note", "functools", {"functools"}),  # a name in lower case alone
    ("Note", "git stash", set()),  # a command line: as before
    ("晋升机制", "PMC", set()),  # no English title found: as before
])
def test_an_english_title_beside_one_found(shown, title, want):
    blocks = ["社区治理", "", "社区组织架构", "", CN_BODY, "", shown, "", CN_BODY, "", title, "", CN_BODY, "",
              "决策机制", "", CN_BODY]
    assert _latin_added(blocks, {"社区组织架构", shown, "决策机制"}) == want


def test_an_english_line_a_colon_introduces_is_its_output():
    blocks = ["社区治理", "", "社区组织架构", "", CN_BODY, "", "Committer", "", "运行的输出：", "", "Hello World", "",
              CN_BODY, "", "决策机制", "", CN_BODY]
    assert _latin_added(blocks, {"社区组织架构", "Committer", "决策机制"}) == set()


@pytest.mark.parametrize("name, line, title", [
    ("d65_02_zhidu_arkuix_shequ_zhili.txt", 13, "PMC"),
    ("h17_03_notes_python_zhuangshiqi.txt", 143, "functools"),
])
def test_dev_documents_find_their_english_titles(name, line, title):
    """d65_02 and h17_03 (dev): 'PMC' and 'functools' were missed beside 'Committer' and 'Note'."""
    path = DATA / "corpus" / "docs" / name
    heads = parse_document(path.read_bytes(), path.name).headings
    assert [h.title for h in heads if h.line == line] == [title]
