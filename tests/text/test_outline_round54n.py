"""Round 54n: forms of news and feature pages, each built here from its shape (no corpus text): a colon headline whose
words after the colon pair two short phrases, whatever the length of its lead."""

from __future__ import annotations

import pytest

from reader.text.headlines import headline_colon
from support import parse_document

BODY = "记者从现场了解到，这套系统已经在三家工厂投入试运行，工人们普遍反映效果不错，后续还将继续推广。"


@pytest.mark.parametrize("line, headline", [
    ("产品：明确目标，茁壮成长", True),  # a one-word lead, as before
    ("重新划定边界：何时开放，何时收紧", True),  # a longer lead over two paired phrases
    ("改写build流程：先行验证，后行合并", True),  # a lead with a Latin word
    ("城市更新试点：老城改造，新区扩容", True),
    ("重新划定边界：系统何时开放给所有的外部用户，何时收紧", False),  # a clause, no short phrase
    ("重新划定边界：何时开放，何时收紧，何时关闭", False),  # three parts: a list in a sentence
    ("会议指出：要抓紧，要落实。", False),  # a sentence's stop
])
def test_a_colon_headline_may_pair_two_phrases_after_a_longer_lead(line, headline):
    assert headline_colon(line) is headline


def test_paired_phrase_headlines_head_a_feature():
    titles = ["重新划定边界：何时开放，何时收紧", "多方协作：沿着流程接力", "总结：为什么试点值得推广"]
    blocks = ["某市试点工作台发布", ""]
    for t in titles:
        blocks += [BODY, "", BODY, "", t, ""]
    doc = parse_document("\n".join(blocks + [BODY, ""]).encode(), "feature.txt")
    assert [h.title for h in doc.headings] == titles
