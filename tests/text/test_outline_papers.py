"""Translated papers: a lettered appendix, bold run-in labels, headings written in two languages, a chapter printed
alone, and list items numbered like the next section.

Lines are taken from the dev documents h16_06 (YOLOv9, QWERDF007/Notebooks), f10_10 (Deformable DETR,
lingxe01/Deep-Learning-Paper-Translation), f6_02 (Lightning Network, brain-zhang/lnpaper-zh) and paper02 (ZooKeeper,
mapleFU/zookeeper_paper_cn); each test fails without the rule it names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.outline import parse_outline
from support import outline, spaced_paragraphs

BODY = "我们在MS COCO数据集上验证了所提出的YOLOv9，所有实验都遵循YOLOv7 AF的默认设置，训练了500个epoch。"
YOLO = ["YOLOv9", "Abstract", BODY, "1. Introduction", BODY, "2. Related work", "2.1. Real-time Object Detectors", BODY,
        "2.2. Reversible Architectures", BODY, "3. Problem Statement", "3.1. Information Bottleneck Principle", BODY,
        "3.2. Reversible Functions", BODY, "4. Methodology", BODY, "5. Conclusions", BODY]
YOLO_APPENDIX = ["Appendix", "A. Implementation Details", BODY, "B. More Comparison", BODY]
DETR = ["可变形DETR", "1 INTRODUCTION", BODY, "2 RELATED WORK", BODY, "3 METHOD", "3.1 DEFORMABLE TRANSFORMERS", BODY,
        "3.2 ADDITIONAL IMPROVEMENTS", BODY, "4 EXPERIMENT", "4.1 COMPARISON WITH DETR", BODY, "6 CONCLUSION", BODY]
DETR_APPENDIX = ["A  APPENDIX", "A.1 COMPLEXITY FOR DEFORMABLE ATTENTION", BODY,
                 "A.2 CONSTRUCTING MULT-SCALE FEATURE MAPS FOR DEFORMABLE DETR", BODY,
                 "A.3 BOUNDING BOX PREDICTION IN DEFORMABLE DETR", BODY]


@pytest.mark.parametrize("lines, title, want", [
    (YOLO + YOLO_APPENDIX, "YOLOv9",
     [(1, "", "Appendix"), (2, "A.", "Implementation Details"), (2, "B.", "More Comparison")]),
    (DETR + DETR_APPENDIX, "可变形DETR",
     [(1, "A", "APPENDIX"), (2, "A.1", "COMPLEXITY FOR DEFORMABLE ATTENTION"),
      (2, "A.2", "CONSTRUCTING MULT-SCALE FEATURE MAPS FOR DEFORMABLE DETR"),
      (2, "A.3", "BOUNDING BOX PREDICTION IN DEFORMABLE DETR")]),
])
def test_a_lettered_appendix_after_the_last_section_is_the_last_top_level_part(lines, title, want):
    found = outline(lines, title)
    assert found[-len(want):] == want


@pytest.mark.parametrize("tail", [
    ["Appendix", BODY, "A型血的人占比最高。", BODY],  # the name over text, no lettered section: not taken here
    ["Appendix", "B. More Comparison", BODY],  # letters start at A
])
def test_an_appendix_is_taken_only_over_its_lettered_sections_from_a(tail):
    found = outline(YOLO + tail, "YOLOv9")
    assert not [h for h in found if h[1].startswith(("A", "B"))]


RELATED = ("Transformer（Vaswani等人，2017）涉及自注意力和交叉注意力机制。Transformer最著名的问题之一是在大量键元素数量"
           "下的时间和内存复杂度高，这在许多情况下阻碍了模型的可扩展性。")
# f10_10: '**高效的注意力机制**' sits right on its paragraph (one Markdown paragraph), while every numbered heading
# has a blank line under it.
GLUED = ["可变形DETR", "", "1 INTRODUCTION", "", RELATED, "", "2 RELATED WORK", "", "高效的注意力机制", RELATED, "",
         RELATED, "", "用于对象检测的多尺度特征表示", RELATED, "", "3 METHOD", "", "3.1 DEFORMABLE TRANSFORMERS", "",
         "可变形注意力模块", RELATED, "", "3.2 ADDITIONAL IMPROVEMENTS", "", RELATED, "", "4 EXPERIMENT", "",
         "4.1 COMPARISON WITH DETR", "", RELATED]


def test_a_bold_label_on_top_of_its_paragraph_is_no_heading_where_headings_stand_apart():
    titles = [h.title for h in parse_outline(spaced_paragraphs(GLUED), "可变形DETR")]
    assert "RELATED WORK" in titles and "高效的注意力机制" not in titles and "可变形注意力模块" not in titles


def test_the_same_labels_set_apart_by_a_blank_line_are_sub_headings():
    apart = [x for t in GLUED for x in ((t, "") if t in ("高效的注意力机制", "用于对象检测的多尺度特征表示", "可变形注意力模块")
                                        else (t,))]
    titles = [h.title for h in parse_outline(spaced_paragraphs(apart), "可变形DETR")]
    assert "高效的注意力机制" in titles and "可变形注意力模块" in titles


HTLC = Path(__file__).resolve().parent.parent / "data" / "corpus" / "docs" / "f6_02_paper_shandian_wangluo_htlc.txt"


def test_a_chapter_printed_alone_keeps_its_sections_each_written_in_two_languages():
    """f6_02 (brain-zhang/lnpaper-zh): chapter 4 of a translated paper alone, its contract clauses '1.'–'4.' a list,
    then '4.1 Non-revocable HTLC Construction' over '4.1 不可撤销的HTLC构建', '4.2 Off-chain Revocable HTLC' right over
    '4.2 链下可撤销HTLC': one section in two languages, not a number out of sequence; the chapter starts at 4."""
    lines = [line.rstrip() for line in HTLC.read_text(encoding="utf-8").split("\n")]
    found = [(h.marker, h.title) for h in parse_outline(spaced_paragraphs(lines), "")]
    assert ("4.2", "Off-chain Revocable HTLC") in found and ("4.2", "链下可撤销HTLC") in found
    assert ("4.4", "HTLC Formation and Closing Order") in found and ("4.4", "HTLC的构造以及终止次序") in found
    assert ("4.2.2", "接收方广播承诺交易时的HTLC状态") in found


ZOOKEEPER = HTLC.with_name("paper02_zookeeper_fanyi.txt")


def test_a_list_item_numbered_like_the_next_section_does_not_take_its_number():
    """paper02 (mapleFU/zookeeper_paper_cn): under '5 Evaluation' a list '1. Failure and recovery of a follower;' …
    '6. Recovery of the leader' runs one past the section's number, then '6 Related work' follows: the list item
    continues its list (the item before it is 5.), so section 6 is the later line."""
    lines = [line.rstrip() for line in ZOOKEEPER.read_text(encoding="utf-8").split("\n")]
    found = [(h.depth, h.marker, h.title) for h in parse_outline(spaced_paragraphs(lines), lines[0])]
    assert (1, "6", "Related work") in found and (1, "7", "Conclusions") in found
