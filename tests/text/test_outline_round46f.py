"""A saved news page's tail: past the article's closing credit ('本文来源：…', '责任编辑：…'), the site's rows
('热门产品:', '延伸阅读') are no sections of the article (pagetail.drop_page_tail); a credit over the text closes
nothing, and the article's own sub-titles stay."""

from __future__ import annotations

import pytest

from reader.text.bodytext import is_body
from reader.text.model import Paragraph
from reader.text.pagetail import closing_credit
from support import parse_document

P1 = ("记者近日走访了本市多个老旧小区，发现加装电梯的申请数量比去年同期明显增加，但不少楼栋仍卡在居民意见"
      "难以统一这一环节，低层住户担心采光和噪音，高层住户则急于出行方便。")
P2 = ("街道工作人员介绍，今年起区里设立了专门的协调小组，由社区、物业和设计单位共同参与，逐户上门听取意见，"
      "并把补偿方案张贴在楼道里，接受居民监督。")
P3 = ("有居民表示，过去几次协商都不了了之，这一次希望相关部门能够把规则讲清楚，让每一户都能算明白自己的账，"
      "而不是靠反复做工作来推动。")
SUBS = ["申请数量明显增加", "协调小组逐户听取意见", "居民盼规则更透明"]
TAIL = ["分享到：", "微信", "微博", "车险:", "平安车险　人保车险　太平洋车险", "旅游险:", "国内游　境外游　申根保险",
        "热门产品:", "综合意外险　驴友险　健康人寿险", "热门游戏:", "网易游戏", "热门影院："]  # the site's shop rows


def _page(credit: str, tail: list[str], subs: list[str] = SUBS) -> list[str]:
    """The titles a scraped news page's outline keeps: its sub-titled story, `credit` under it, then `tail`."""
    lines = ["老旧小区加装电梯调查_网易新闻", "2024-05-06 10:21:33　来源：本报"]
    for sub, body in zip(subs, (P1, P2, P3)):
        lines += ([sub] if sub else []) + [body, P2 if body is not P2 else P3]
    lines += [credit] + tail
    return [h.title for h in parse_document("\n".join(lines).encode(), "page.txt").headings]


@pytest.mark.parametrize("credit", ["本文来源：新京报 责任编辑：王文华_NF5982", "责任编辑：李明", "（责任编辑：张三）",
                                    "本文來源：聯合報 責任編輯：陳美玲"])
def test_the_storys_sub_titles_stay_over_the_sites_rows(credit):
    assert _page(credit, TAIL) == SUBS


@pytest.mark.parametrize("credit", ["本文来源：新京报 责任编辑：王文华_NF5982", "责任编辑：李明", "（责任编辑：张三）",
                                    "本文來源：聯合報 責任編輯：陳美玲"])
def test_a_headingless_story_gets_no_titles_from_its_pages_rows(credit):
    assert _page(credit, TAIL, ["", "", ""]) == []


def test_a_credit_over_the_story_closes_nothing():
    lines = ["老旧小区加装电梯调查", "责任编辑：李明"]
    for sub, body in zip(SUBS, (P1, P2, P3)):
        lines += [sub, body, P2 if body is not P2 else P3]
    assert [h.title for h in parse_document("\n".join(lines).encode(), "page.txt").headings] == SUBS


@pytest.mark.parametrize("lines, want", [
    (["责任编辑：李明", "一、总体要求", P1, "二、主要任务", P2, P3], -1),  # a notice's credit over its text
    ([P1, P2, "责任编辑：李明", "延伸阅读"], 2),
    ([P1, "责任编辑：李明", P2, P3, P1], -1),  # most of the running text below: a credit inside a feed
    ([P1, P2, "他说：" + P3 + "本文来源：新京报记者的采访记录，一字未改。" * 2], -1),  # a long line quoting one
    ([P1, P2, "来源：新京报", "延伸阅读"], -1),  # a bare '来源：' heads many a page: not the closing label
])
def test_which_credit_closes_the_article(lines, want):
    assert closing_credit([Paragraph(t, n + 1, 0) for n, t in enumerate(lines)], is_body) == want
