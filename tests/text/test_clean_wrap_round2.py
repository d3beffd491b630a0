"""Documents of the corpus hard-wrapped as a PDF extract sets them (24 or 35 characters a line): the cleaner re-joins
their lines and the outline stays the source's. Each case failed before its rule (bench/outline_variants.py measures
the whole corpus this way)."""

from __future__ import annotations

import pytest

from reader.text.document import load_document
from support import DATA, heading_texts, wrapped_corpus_document

DOCS = DATA / "corpus" / "docs"


@pytest.mark.parametrize("name, chars, wanted", [
    # a school page's menu ('复兴概况', '悠久历史' …, nine characters or less) is no wrapped text: its entries alike in
    # width once set the width, and the rules' first title was glued to the menu
    ("f22_04_xuexiao_guanli_zhidu_houqin_anquan.txt", 24,
     ["一、外来人员联系接待制度", "二、安全保卫工作有关制度", "三、值班规章制度"]),
    # a bracketed note over the first section ('（如您执意决定注销账号的，请继续向下阅读）') is finished
    ("d39_08_zhuxiao_xieyi_gdei_zhushou.txt", 24, ["一、您知悉并同意", "三、如何注销账号？"]),
    # an interview's question cut by the wrap before its '？' ('记者：结合当前疫情防控需求，…') is no byline
    ("f20_07_caifang_jizhewen_chengdu_xiaoqu_fangkong.txt", 24,
     ["记者：天府健康通生成的健康证，还有什么特别意义？", "记者：那么，请问“四川健康码”又有哪些特殊作用？"]),
    # a line ending in an address, a blank line, then the agenda: no sentence the blank line cut
    ("d23_09_huiyi_jiyao_cloudwego_shequ.txt", 35, ["议程1：社区近期项目开源规划介绍@GuangmingLuo"]),
])
def test_wrapped_document_keeps_its_headings(name, chars, wanted, tmp_path):
    titles = heading_texts(wrapped_corpus_document(name, chars, tmp_path))
    for title in wanted:
        assert title in titles


def test_a_feed_s_wrapped_address_takes_its_tail_along(tmp_path):
    # '原文連結：https://news.rthk.hk/…/1800770-20250417.h' over 'tm': the address's rest is page furniture with it,
    # and the feed's headlines are found as in the unwrapped file
    doc = wrapped_corpus_document("f6_05_rss_xianggang_diantai_bendi.txt", 35, tmp_path)
    source = load_document(DOCS / "f6_05_rss_xianggang_diantai_bendi.txt")
    assert heading_texts(doc) == heading_texts(source) and len(source.headings) > 50
    assert not [p.text for p in doc.paragraphs if p.text in ("tm", "htm")]


def test_titles_joining_phrases_with_commas_stay_apart_when_a_short_one_shows_it(tmp_path):
    # '二、…，…' standing short shows the family's titles hold commas: a sibling filling the 24-character column
    # is a title too, not the first line of its paragraph
    doc = wrapped_corpus_document("gov04_gaojineng_rencai_yijian.txt", 24, tmp_path)
    source = load_document(DOCS / "gov04_gaojineng_rencai_yijian.txt")
    assert heading_texts(doc) == heading_texts(source)


@pytest.mark.parametrize("name, paragraph", [
    # 'c.' after 'b.…；' filling the line: the next item of a tender's list, not the sentence's tail
    ("f14_06_zhaobiao_changsha_raocheng_yanghu.txt", "c.投标人未提出不同的工程验收、计量、支付办法；"),
    # a paper's '3.1 人脸检测' after a full line ending its chapter's last sentence opens the next section
    ("d40_05_lunwen_python_renlian_shibie.txt", "3.1 人脸检测"),
])
def test_an_item_or_section_number_after_a_full_sentence_opens_its_own_paragraph(name, paragraph, tmp_path):
    assert paragraph in [p.text for p in wrapped_corpus_document(name, 24, tmp_path).paragraphs]


def test_a_latin_comma_keeps_its_space_across_the_wrap(tmp_path):
    doc = wrapped_corpus_document("d23_09_huiyi_jiyao_cloudwego_shequ.txt", 35, tmp_path)
    attendees = next(p.text for p in doc.paragraphs if p.text.startswith("参会人"))
    assert "yccpt, Huang Yuting" in attendees
