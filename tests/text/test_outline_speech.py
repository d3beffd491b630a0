"""Speeches and essays: sections numbered by a numeral standing alone (一 / 1）), and list items that are sentences.

Lines shaped after the Camus lecture in the corpus (cdt03) and the way translated speeches are laid out: a bare
一、二、三 on its own line opens a section, '1）' alone opens a point under it, and '1）在里昂，……。' items that tell
a story are a list even when one of them opens with a short sentence.
"""

from __future__ import annotations

import pytest

from reader.text.markers import match_heading
from support import outline

STORY = "在里昂，我们的一位同志从牢房里被拉出来接受第三轮法庭审讯。在上次审讯中，他的耳朵被撕裂了，头上缠着绷带。"
STORY2 = "一群被遣返的女人，包括我们的一位同志，途径瑞士被遣送回法国。在进入法国领土时，她们看到了送葬的队伍。"
BODY = "这就是我同代的男人和女人所理解的。这就是他们在面对世界时所持有的立场，我们不能对此视而不见，也不应回避。"
BODY2 = "如果人们什么也不相信，如果什么都没有意义，如果我们无法确认任何价值，那么一切都是被允许的，一切都不重要。"

CASES = {
    "bare numerals open sections, lone 1） points under them": (
        ["一", BODY, "1）", BODY2, "2）", BODY, "二", BODY2, "三", BODY, "1）", BODY2, "2）", BODY],
        [(1, "一", "一"), (2, "1）", "1）"), (2, "2）", "2）"), (1, "二", "二"), (1, "三", "三"), (2, "1）", "1）"),
         (2, "2）", "2）")],  # an untitled section is labelled by its number
    ),
    "story items after 1） are a list, though two open with a short sentence": (
        ["一", BODY, f"1）{STORY2}", f"2）{STORY}", f"3）{STORY2}", f"4）{STORY}", BODY2, "二", BODY],
        [(1, "一", "一"), (1, "二", "二")],
    ),
    "a lone numeral run in body text without a sequence is not an outline": (
        [BODY, "三", BODY2], [],
    ),
    # 《矛盾论》's sections: '一　两种宇宙观' alone would read as the quantity '一两', but '二' follows it
    "an essay's first section whose title starts with a counting word": (
        ["矛盾论", BODY, "一　两种宇宙观", BODY2, "二　矛盾的普遍性", BODY, "三　矛盾的特殊性", BODY2],
        [(1, "一", "两种宇宙观"), (1, "二", "矛盾的普遍性"), (1, "三", "矛盾的特殊性")],
    ),
    "a counting title inside the sequence": (
        ["论文", BODY, "一　问题的提出", BODY2, "二　两种见解", BODY, "三　结论", BODY2],
        [(1, "一", "问题的提出"), (1, "二", "两种见解"), (1, "三", "结论")],
    ),
    # f14_01: a lecture's write-up, its first part right under the subtitle and the interpreter's line
    "a part right under the header lines, before any text": (
        ["美國法官評論模擬法庭", "參與模擬法庭國際運毒疑雲案後評論", "即時口譯 金孟華 助理教授", "選任程序", BODY, BODY2,
         "審理程序", BODY, "法官的審前指示", BODY2],
        [(1, "", "選任程序"), (1, "", "審理程序"), (1, "", "法官的審前指示")],
    ),
    "a quantity before a section two is not rescued when one is already there": (
        ["论文", BODY, "一　问题的提出", BODY2, "一　两个月后", BODY, "二　结论", BODY2],
        [(1, "一", "问题的提出"), (1, "二", "结论")],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_speech_sections(name):
    lines, expected = CASES[name]
    assert outline(lines) == expected


@pytest.mark.parametrize("line, family", [("一", "lone-cn"), ("十一", "lone-cn"), ("1）", "half-paren"),
                                          ("2)", "half-paren"), ("3）我们应当直言不讳", "half-paren")])
def test_lone_and_half_bracket_markers(line, family):
    assert match_heading(line).family == family


@pytest.mark.parametrize("line", ["一个人", "一、", "1）万元", "12）月"])
def test_not_markers(line):
    m = match_heading(line)
    assert m is None or m.family not in ("lone-cn", "half-paren")


ORDINANCE_EXCERPT = ["《防止賄賂條例》(第201章) 節錄", "第I部", "導言", "1.\t簡稱", "本條例可引稱為《防止賄賂條例》。",
                     "2.\t釋義", "在本條例中，除文意另有所指外，公職人員指任何訂明人員，亦指公共機構的僱員。", "第II部", "罪行",
                     "3.\t索取或接受利益", "任何訂明人員未得行政長官一般或特別許可而索取或接受任何利益，即屬犯罪。",
                     "4.\t賄賂", "任何人無合法權限或合理辯解，提供任何利益予公職人員，以誘使該公職人員作出作為，即屬犯罪。",
                     "9.\t代理人的貪污交易", "任何代理人無合法權限或合理辯解，索取或接受任何利益，即屬犯罪。",
                     "10.\t管有來歷不明財產", "任何人曾經是訂明人員，而維持高於與其公職薪俸相稱的生活水準，即屬犯罪。",
                     "第III部", "權力", "12.\t罪行的懲罰", "任何人犯本條例第II部所訂罪行，一經循公訴程序定罪，可處罰款。"]


def test_an_ordinance_excerpt_keeps_its_titled_sections_where_it_skips_some():
    """An excerpt (節錄) of a Hong Kong ordinance: parts 第I部–第III部 (Roman numerals, the name on the next line) and
    the titled sections it keeps, 1.–4., then 9., 10. and, in the next part, 12."""
    got = outline(ORDINANCE_EXCERPT, ORDINANCE_EXCERPT[0])
    assert [(d, m) for d, m, _ in got] == [(1, "第I部"), (2, "1."), (2, "2."), (1, "第II部"), (2, "3."), (2, "4."), (2, "9."),
                                           (2, "10."), (1, "第III部"), (2, "12.")]


def test_a_stray_number_after_a_list_is_no_section():
    """A list's items 1.–3. (sentences one after another), then a line '9. 其他' far out of sequence: not item 9."""
    lines = ["通知", BODY, "1.提交申请书。", "2.提交身份证明。", "3.提交其他材料。", BODY2, "9. 其他", BODY]
    assert "9." not in [m for _, m, _ in outline(lines)]
