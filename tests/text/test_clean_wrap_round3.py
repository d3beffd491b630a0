"""More documents of the corpus hard-wrapped as a PDF extract sets them: the cleaner re-joins their lines and the
outline stays the source's (bench/outline_variants.py measures the whole corpus this way)."""

from __future__ import annotations

import pytest

from reader.text.debris import line_reason
from reader.text.document import load_document
from support import DATA, SEEDS, heading_texts, wrapped_corpus_document

DOCS = DATA / "corpus" / "docs"


def test_a_counted_part_after_a_full_sentence_opens_its_paragraph(tmp_path):
    """f17_02 at 35: '…关键看你创业的项目是什么。' filled its line and '门槛二：硬件' was read as its paragraph's last
    line; the page counts its parts with one word ('门槛一：数据' … '门槛六：商业模式'), so each opens a part."""
    name = "f17_02_xinwen_wangye_dashuju_chuangye.txt"
    source = heading_texts(load_document(DOCS / name))
    assert len(source) == 6 and heading_texts(wrapped_corpus_document(name, 35, tmp_path)) == source


@pytest.mark.parametrize("text, reason", [
    ("有限公司版权所有", "chrome"),  # the tail a wrap cut from 'Copyright © 2015 … 北京亿众时代科技' (f17_02)
    ("中华人民共和国教育部 版权所有", "chrome"),  # a ministry page's footer
    ("Beijing EZONE Co., Ltd. All rights reserved.", "chrome"),  # its English form
    ("本书版权所有，未经许可不得转载。作者保留追究法律责任的权利。", ""),  # a sentence about copyright is text
    ("第三条　著作权人对其作品享有版权所有人的各项权利", ""),
])
def test_a_pages_owner_closing_its_footer_is_furniture(text, reason):
    assert line_reason(text) == reason


def test_a_records_field_wider_than_the_wrap_keeps_the_part_below_the_blank(tmp_path):
    """f23_06 at 24: '会议时间：2020 年 7 月 7 日， 晚8：30 ~ 9：20' ran past the wrap, so the blank under it was read as
    a stray one in a cut sentence and '会议纪要' was glued to the time; a record's field is a line of its own."""
    name = "f23_06_huiyi_jiyao_devops_wangzhan.txt"
    source = heading_texts(load_document(DOCS / name))
    assert "会议纪要" in source and heading_texts(wrapped_corpus_document(name, 24, tmp_path)) == source


@pytest.mark.parametrize("name", [
    "d43_07_gongzuo_zongjie_kefu_zhongxin.txt",  # '…现将我的工作总结如下：' filling its line over '主要工作'
    "d25_11_xinwen_gnews_yinhang_zichan.txt",  # a guard: a subhead's first line '…专家：' goes on to '雪上加霜'
])
def test_a_short_part_name_under_a_paragraph_ending_on_a_colon_opens_the_part(name, tmp_path):
    """d43_07 at 24: the part a paragraph announces was read as that paragraph's last line, and its sibling parts
    stood over nothing; a headline whose own line ends on its colon still joins its second half."""
    source = heading_texts(load_document(DOCS / name))
    assert heading_texts(wrapped_corpus_document(name, 24, tmp_path)) == source


@pytest.mark.parametrize("name, chars", [("004_5323fe0370861518.txt", 35), ("004_5323fe0370861518.txt", 24),
                                         ("002_f0785e9b283d9d3a.txt", 35)])
def test_a_wrapped_article_with_pinyin_annotations_rejoins_at_the_width_its_lines_had(name, chars, tmp_path):
    """Seed 004 at 35: the wrap cut each line with its pinyin in it ('高質(zhì)量'); read without the pinyin, the
    lines looked far short of the wrap and every one stood alone, nine of them read as headings."""
    source = heading_texts(load_document(SEEDS / name))
    wrapped = wrapped_corpus_document(name, chars, tmp_path, folder=SEEDS)
    assert heading_texts(wrapped) == source
    assert len(wrapped.paragraphs) < 2 * len(load_document(SEEDS / name).paragraphs)
