"""Scraped pages, third round: a page's own title mark on a line that a dropped image left after a wide gap.

The lines are real: the lecture write-up cdt16 (tests/data/corpus), whose part titles all open with '➤'.
"""

from __future__ import annotations

from reader.text.explain import explain_outline
from reader.text.plainlines import same_lead
from support import DATA, parse_document

MARKED = ["➤「中国说是分离主义，但其实问题更基本」", "➤「真正的伊斯兰发生在手机上」", "➤用高科技围成的牢笼", "➤再教育营内的不人道待遇"]


def test_a_line_set_aside_as_a_caption_that_opens_with_the_pages_title_mark_is_a_title():
    aside = {20: "➤外人的关注是有用的", 3: "图为拜勒在台北演讲"}
    assert same_lead([5, 9, 12, 16], MARKED, aside) == [5, 9, 12, 16, 20]


def test_a_caption_joins_no_titles_without_a_mark_of_their_own():
    assert same_lead([5, 9], MARKED[:2], {20: "➤外人的关注是有用的"}) == [5, 9]


def test_the_lectures_five_marked_parts_are_its_outline_and_none_is_explained_as_a_caption():
    path = DATA / "corpus" / "docs" / "cdt16_xinjiang_jiangzuo.txt"
    doc = parse_document(path.read_bytes(), "lecture.txt")
    assert [h.title for h in doc.headings] == [t[1:] for t in MARKED] + ["外人的关注是有用的"]  # the mark is no title
    assert not any("103" in line for line in explain_outline(doc.paragraphs, doc.title) if "caption" in line)
