"""A page's first line that is the trail to the document ('读本 >> 噪声污染防治法') is chrome, not the title."""

from __future__ import annotations

import pytest

from support import parse_document

LAW = "中华人民共和国噪声污染防治法"
BODY = "第一条　为了防治噪声污染，保障公众健康，保护和改善生活环境，维护社会和谐，推进生态文明建设，制定本法。"


@pytest.mark.parametrize("trail", ["大萌法律读本2 >> 2021-噪声污染防治法", "法律法规 » 环境保护 » 噪声污染防治法",
                                   "首页 > 法律 > 环境 > 正文", "读本 › 噪声污染防治法"])
def test_a_trail_over_the_title_goes(trail):
    doc = parse_document("\n\n".join([trail, LAW, BODY, BODY]).encode("utf-8"), "law.txt")
    assert doc.title == LAW
    assert trail not in [p.text for p in doc.paragraphs]


@pytest.mark.parametrize("title", ["Python > Java？一次性能对比", "当 A > B 时"])
def test_a_title_with_one_greater_than_sign_stays(title):
    doc = parse_document("\n\n".join([title, BODY, BODY]).encode("utf-8"), "a.txt")
    assert title in [doc.title] + [p.text for p in doc.paragraphs]
