"""Forms met in a Legislative Council submission (d16_05), each built here from its shape: section titles after
hard-wrapped paragraphs, a letter's addressee over its salutation, and a paper sent with a covering letter."""

from __future__ import annotations

import pytest

from reader.text.letters import paper_number, salutation_index
from support import outline, paragraphs, parse_document

WRAPPED = ["政府建議首階段將網約車車輛許可證數目上限訂為一萬個，未能反映", "出行需求所需的實際供應規模，亦預期會影響香港乘客及國際旅客的",
           "出行體驗。"]
ONE = "我們期望繼續與各持分者保持溝通，支持網約車司機及整個行業的發展。"
TITLES = ["車輛配額及對公眾需求的影響", "有效的許可證數目檢討機制", "具優次的分配機制"]


def test_a_title_after_a_hard_wrapped_paragraph_is_no_image_caption():
    """The gap before a title counts from the line the paragraph above ends on, not the line it starts on."""
    blocks = ["網約車服務的規管細節", ""]
    for t in TITLES:
        blocks += [ONE, "", ONE, "", *WRAPPED, "", t, ""]
    doc = parse_document("\n".join(blocks + [ONE, ""]).encode(), "paper.txt")
    assert [h.title for h in doc.headings] == TITLES


def test_a_short_line_after_a_wide_gap_is_still_a_caption():
    """Two blank lines where an image was dropped: the line under it is the image's caption, even after wrapping."""
    blocks = ["網約車服務的規管細節", ""]
    for t in TITLES:
        blocks += [ONE, "", *WRAPPED, "", "", "", t, "", ONE, ""]
    doc = parse_document("\n".join(blocks).encode(), "paper.txt")
    assert doc.headings == ()


@pytest.mark.parametrize("line, found", [
    ("各位委員：", True),
    ("尊敬的李主席：", True),
    ("敬啟者：", True),
    ("陳先生：", True),
    ("同志们：", True),
    ("各位委員會成員的意見：政府應該…", False),  # a sentence with a colon in it
    ("主要內容：", False),  # a label, no one addressed
])
def test_a_salutation_is_known_on_its_own_line(line, found):
    assert (salutation_index(paragraphs(["意見書", line, ONE])) == 1) is found


def test_the_addressee_over_the_salutation_heads_nothing():
    committee = "與規管網約車服務有關的四項附屬法例小組委員會，請轉交各位委員參閱，謝謝"  # a long second line
    lines = ["意見書", "香港特別行政區立法會", committee, "各位委員：", ONE, *[x for t in TITLES for x in (t, ONE)]]
    assert [t for _, _, t in outline(lines, "意見書")] == TITLES


@pytest.mark.parametrize("line, number", [
    ("立法會CB(3)634/2026(01)號文件", True),
    ("立法會 CB(4)1234/24-25(02)號文件", True),
    ("LC Paper No. CB(2)567/25-26(03)", True),
    ("見立法會CB(3)634/2026(01)號文件第5段", False),  # quoted in a sentence
])
def test_a_council_paper_number_is_known_alone_on_its_line(line, number):
    assert paper_number(line) is number


def test_a_paper_sent_with_a_letter_holds_its_sections():
    lines = ["意見書", "各位委員：", ONE, "Uber 香港團隊", "附件：政策意見書", "立法會CB(3)634/2026(01)號文件",
             "網約車服務的規管細節", ONE, *[x for t in TITLES for x in (t, ONE)]]
    assert outline(lines, "意見書") == [(1, "", "網約車服務的規管細節"), *[(2, "", t) for t in TITLES]]


@pytest.mark.parametrize("titles, found", [
    (TITLES, True),
    (["網約車服務"] * 3, False),  # one short line again and again between paragraphs is a label, no outline
])
def test_lines_that_all_say_the_same_are_no_outline(titles, found):
    got = outline(["意見書", ONE, *[x for t in titles for x in (t, ONE)]], "意見書")
    assert (got == [(1, "", t) for t in titles]) is found
