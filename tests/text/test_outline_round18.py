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




def test_a_rules_part_numbered_from_zero_opens_its_family():
    """d42_01: an association's rules count their parts from '〇、总则', as a manual's steps may count from '0.'."""
    body = "1. 中国科学技术大学 Linux 用户协会向用户提供以下网络服务，具体条款以各服务的说明为准。\n\n"
    text = "LUG 网络服务总则\n\n" + "".join(f"{m}\n\n{body}" for m in ("〇、总则", "一、服务承诺", "二、用户义务", "三、规则变更"))
    doc = parse_document(text.encode("utf-8"), "rules.txt")
    assert [h.marker for h in doc.headings if h.depth == 1] == ["〇、", "一、", "二、", "三、"]


def test_a_bare_appendix_then_a_lettered_one_is_read_without_error():
    """d42_09's translation ends with a bare '附录' and then '附录B': the appendix reader compared a letter with none
    and raised, so the document could not be opened."""
    path = DATA / "corpus" / "docs" / "d42_09_lunwen_xoring_elephants_yiwen.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert "附录B" in lines and any(line.startswith("附录") and len(line) <= 6 and line != "附录B" for line in lines)
    doc = parse_document(path.read_bytes(), path.name)
    assert doc.headings[-1].title == "附录B"


def test_a_counted_decimal_title_may_hold_latin_words_apart():
    """d42_12: '3.3 两阶段锁（Two-phase Locking）——MV2PL' between 3.2 and 3.4 ('3.3 两' alone reads as a weight)."""
    body = "DBMS 为每个事务分配一个唯一的时间戳，并用它来决定事务读取元组的哪个版本，从而保证事务的串行化。\n\n"
    text = "多版本并发控制的实验评估\n\n3 并发控制协议\n\n" + "".join(
        f"{h}\n\n{body}" for h in ("3.1 时间戳排序（MVTO）", "3.2 乐观并发控制（MVOCC）", "3.3 两阶段锁（Two-phase Locking）——MV2PL",
                                   "3.4 可串行化快照隔离"))
    doc = parse_document(text.encode("utf-8"), "paper.txt")
    assert [h.marker for h in doc.headings] == ["3", "3.1", "3.2", "3.3", "3.4"]


def test_a_counted_decimal_title_may_carry_a_subtitle_after_a_colon():
    """d42_07: '6.8 多维视角：对应分析' between 6.7 and 6.9 ('6.8 多' alone reads as 6.8-odd); here as 6.2."""
    body = "本节基于问卷数据，对不同群体的态度差异做进一步的描述与检验，结果见下表。\n\n"
    text = "大学生恋爱边界调研报告\n\n6 调查结果\n\n" + "".join(
        f"{h}\n\n{body}" for h in ("6.1 受访者画像", "6.2 多维视角：对应分析", "6.3 开放题：留言中的表达"))
    doc = parse_document(text.encode("utf-8"), "report.txt")
    assert [(h.marker, h.title) for h in doc.headings][2] == ("6.2", "多维视角：对应分析")


def test_a_newspapers_sub_heads_each_with_a_deck_line_are_one_level():
    """d36_03, a 通讯: every 小标题 comes with a deck line under it; the deck is no section of its own."""
    body = "五年来，两地携手推进重大项目建设，累计开工项目超过三百个，完成投资两万多亿元，发展能级持续提升。\n\n"
    pairs = (("共同打造现代化产业体系", "全国每7台汽车有1台产自川渝"), ("携手共建民生幸福圈", "两地每9分钟开行1列高铁"),
             ("重点领域改革深化", "西部陆海新通道常态化开行"))
    text = "双城经济圈高质量发展迈上新台阶\n\n" + body + "".join(f"{a}\n\n{b}\n\n{body}{body}" for a, b in pairs)
    doc = parse_document(text.encode("utf-8"), "news.txt")
    assert [h.title for h in doc.headings] == [a for a, _ in pairs]
