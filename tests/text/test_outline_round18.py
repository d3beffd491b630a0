"""Round 41's dev documents (news features, speeches, community reviews): what they showed the plain-text outline."""

from __future__ import annotations

import pytest

from reader.text.headlines import headline_colon
from support import DATA, parse_document

_BODY = "这一年里，在大家共同的努力下，产品以肉眼可见的速度成长，功能越来越丰富，用户也越来越多。"


@pytest.mark.parametrize("text, ok", [
    ("产品：明确目标，茁壮成长", True),  # a one-word name, then two short phrases a comma pairs (d41_03)
    ("生态：不断深入，互帮互助", True),
    ("消防顧問：實測非科學　可看拿開火機是否繼續燃燒", True),
    ("时间：2020年1月，上午九点", False),  # a label and its value
    ("问题：我们做了很多工作，但是效果并不明显", False),  # a sentence after the colon
    ("产品：明确目标，茁壮成长，走向世界", False),  # three clauses: a sentence
])
def test_a_colon_headline_may_pair_two_short_phrases(text, ok):
    assert headline_colon(text) is ok


def test_a_reviews_colon_headlines_with_paired_phrases_are_its_parts():
    """d41_03: three parts named so, each over plain sub-heads of its own ('功能方面', 'Grafana')."""
    parts = (("产品：明确目标，茁壮成长", "功能方面"), ("生态：不断深入，互帮互助", "监控集成"), ("社区：从无到有，共同进步", "社区氛围"))
    text = "Chaos Mesh 开源第一年\n\n" + "".join(f"{head}\n\n{_BODY}\n\n{sub}\n\n{_BODY}\n\n" for head, sub in parts)
    doc = parse_document(text.encode("utf-8"), "review.txt")
    assert [h.title for h in doc.headings if "：" in h.title] == [head for head, _ in parts]


def test_a_list_begun_inside_a_sentence_goes_on_as_items_not_headings():
    """d16_04: an executive summary writes '新思維提出六項建議：（一）…；（二）…' inside its sentence, and the PDF's wrap
    left （三）-（六） at line starts: items of that list, not a level over the paper's 一、 sections."""
    path = DATA / "corpus" / "docs" / "d16_04_lifahui_yijianshu_xinsiwei_wangyueche.txt"
    text = path.read_text(encoding="utf-8")
    assert "建議：（一）" in text and "\n（三）續證最低行程數" in text
    markers = [h.marker for h in parse_document(path.read_bytes(), path.name).headings]
    assert "（三）" not in markers and [m for m in markers if m.endswith("、")][:3] == ["一、", "二、", "三、"]


