"""Forms met in dev set 16 (a news-broadcast transcript, a Taiwan city's policy report as a PDF extract), each built
here from its shape: tagged headlines of a news digest, link labels between them, contents entries that wrap or carry
a colon before their leaders."""

from __future__ import annotations

import pytest

from reader.text.debris import is_widget_row
from support import outline, parse_document

STORY = "央视网消息（新闻联播）：6月23日，国家副主席在北京会见来访的客人，双方就深化合作交换了意见，表示将继续推进务实合作。"
HEADLINES = ["[视频]韩正会见南非副总统", "[视频]【树立和践行正确政绩观】以学促干 将学习教育成果转化为推动高质量发展的实际成效",
             "[视频]我国利用外资结构持续优化", "[视频]十四届全国人大常委会第二十三次会议在京举行 审议商标法修订草案等 赵乐际主持"]


def _digest(headlines: list[str], link: str = "查看视频 ↗") -> str:
    blocks = ["新闻联播完整文字稿"]
    for h in headlines:
        blocks += [h, link, STORY, "---"] if link else [h, STORY]
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("line, widget", [
    ("查看视频 ↗", True),  # a link's label and its arrow
    ("观看视频", True),
    ("查看视频的方法", False),  # words around it: a sentence
    ("↗", False),  # an arrow alone is no widget row (no word in it)
])
def test_a_link_label_with_its_arrow_is_a_widget_row(line, widget):
    assert is_widget_row(line) is widget


def test_a_news_digest_keeps_its_stories_and_drops_the_link_under_each_headline():
    doc = parse_document(_digest(HEADLINES).encode(), "digest.txt")
    assert "查看视频 ↗" not in [p.text for p in doc.paragraphs]
    assert [h.title for h in doc.headings] == HEADLINES  # long ones (40 characters and more) too


@pytest.mark.parametrize("headlines, found", [
    (HEADLINES[:3], True),  # three tagged headlines over their stories: the digest's items
    (HEADLINES[:2], False),  # two are too few to show the form
    (["[视频]" + "韩正会见南非副总统。"] * 3, False),  # sentences are no headlines
])
def test_tagged_headlines_are_items_when_the_digest_repeats_the_tag(headlines, found):
    long = [h for h in headlines if len(h) > 40]
    got = [t for _, _, t in outline(sum(([h, STORY] for h in headlines), ["新闻联播"]), "新闻联播")]
    assert (got == headlines) is found if not long else (set(long) <= set(got)) is found


def test_tagged_lines_one_after_another_are_links_not_items():
    """'相关视频' rows: the same tag line after line, no story between."""
    links = ["[视频]韩正会见南非副总统", "[视频]我国利用外资结构持续优化", "[视频]2026年黄河调水调沙启动",
             "[视频]我国将全链条扩大汽车消费"]
    assert outline(["新闻联播", STORY, "相关视频：", *links, STORY], "新闻联播") == []


REPORT_BODY = "本府將規劃捷運路網，以引領城鄉發展軸帶，塑造桃園門戶意象，並打造優質適居的低碳生態環境。"
CONTENTS = ["壹、前言........................ 1", "貳、施政規劃與執行................ 1", "一、捷運城市.................... 1",
            "(一) 發展無縫公共運輸............ 1", "1、提升警消人力與裝備............ 41",
            "(1)提升警消人力................. 41", "(2)籌編消防人員危險加給：........ 42", "(3)提升警消裝備：................ 42"]
BODY_PARTS = ["壹、前言", REPORT_BODY, "貳、施政規劃與執行", "一、捷運城市", "(一)發展無縫公共運輸", "1、推動捷運建設",
              REPORT_BODY, "(1)航空城捷運線(綠線)", REPORT_BODY, "(2)機場捷運線(藍線)", REPORT_BODY]
WANT = [(1, "壹、"), (1, "貳、"), (2, "一、"), (3, "(一)"), (4, "1、"), (5, "(1)"), (5, "(2)")]


@pytest.mark.parametrize("contents", [
    CONTENTS,  # entries with a colon before their leaders ('(2)籌編消防人員危險加給：........ 42')
    CONTENTS[:6] + ["(2)補貼每月 4,000 元青年房屋租金(含中低收入戶及", "弱勢家庭) ..................... 19",
                    "(3)補貼新婚夫妻購屋貸款利息...... 19"],  # an entry wrapped onto a second line
])
def test_contents_entries_are_no_headings_and_the_report_below_keeps_its_levels(contents):
    got = [(d, m.replace(" ", "")) for d, m, _ in outline(["市長施政報告", *contents, *BODY_PARTS], "市長施政報告")]
    assert got == WANT
