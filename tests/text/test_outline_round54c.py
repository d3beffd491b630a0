"""Round 54c: a section's count goes on after a list set one item to a line inside the section before it ('4.'
after section 3's own '1.' '2.'), now that the rewrap keeps such items apart instead of joining them."""

from __future__ import annotations

from support import parse_document

_BODY = "这一部分介绍有关的背景情况，供大家在讨论时参考。"


def test_the_next_section_after_a_tight_list_of_two_goes_on_with_the_sections():
    text = (f"工作方案\n\n1. 项目背景\n\n{_BODY}\n\n2. 主要目标\n\n{_BODY}\n\n3. 实施步骤\n\n分两步推进。\n\n"
            f"1. 先在试点单位开展工作\n2. 再在全市范围推广\n\n4. 保障措施\n\n{_BODY}\n")
    titles = [h.title for h in parse_document(text.encode("utf-8")).headings]
    assert titles == ["项目背景", "主要目标", "实施步骤", "保障措施"]
