"""Round 65R: a PDF extract's hard wrap no longer makes headings of its cut lines. A wrap that cuts a date
('…证实2014年6月5' over '日上午9时许，…') leaves no dated story headline (three of them made a feed, each cut line a
heading and the rest of its item kept apart); an item of a Markdown list set deeper under the item above
('- 3.2.1 …' over '  * 选用 …') is its nested item, not the words a wrap cut. Dated headlines of a real feed, a
sentence that ends on its date, and wrapped items of one list (their rest at the margin) stay as they were. A
reporter's question a wrap cut open ('记者：特朗普总统，…您谈到了一个可能') is no byline, as the whole question was not:
bylines naming people stay."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.digests import digest_headlines
from reader.text.document import build_document
from reader.text.meta import item_meta
from reader.text.model import Document


def _doc(text: str) -> Document:
    return build_document(decode_bytes(text.encode("utf-8"), name="p.txt"))


# A court ruling's evidence, hard-wrapped at 24 characters: each item's date cut before its '日'.
_RULING = (
    "刑事裁定书\n\n经审理查明，2014年6月5日上午，被告人马某窜至被害\n人林某丁家中，趁无人之机进入卧室盗窃财物，被发现\n"
    "后为抗拒抓捕而当场使用暴力，致被害人轻微伤。\n\n上述事实，有下列证据予以证实：\n"
    "1、被害人林某丁的陈述及辨认笔录，证实2014年6月5\n日上午9时许，其外出回到家，推门欲进入一楼卧室时，\n"
    "一名陌生男子从门后出来，用手掐住其脖子。\n"
    "2、证人林某甲的证言及其辨认笔录，证实2014年6月5\n日上午9时许，其与村民林某乙在其家围墙外泡茶，突\n"
    "然听到其母亲喊救命，即冲进家中。\n"
    "3、证人林某丙的证言及其辨认笔录，证实2014年6月5\n日上午9时许，其在闲坐时突然听到林某丁大声呼救，\n"
    "即与他人一起追赶该男子。\n\n本院认为，原判认定事实清楚，证据确实、充分，定罪\n准确，量刑适当，审判程序合法。依照法律规定，裁定\n"
    "驳回上诉，维持原判。\n")


def test_wrapped_date_makes_no_headings() -> None:
    doc = _doc(_RULING)
    assert [h.title for h in doc.headings] == []
    texts = [p.text for p in doc.paragraphs]
    for k, name in ((1, "被害人林某丁"), (2, "证人林某甲"), (3, "证人林某丙")):
        assert any(t.startswith(f"{k}、{name}") and "6月5日上午9时许" in t for t in texts)


@pytest.mark.parametrize("lines, below, found", [
    # the wrap cut the date: its day mark opens the next line
    (["1、被害人林某丁的陈述，证实2014年6月5", "2、证人林某甲的证言，证实2014年6月5", "3、证人林某丙的证言，证实2014年6月5"],
     "日上午9时许，其外出回家", []),
    (["（一）被告人马某的供述，证实2015年8月2", "（二）证人张某的证言，证实2015年8月2", "（三）现场勘验笔录，证实2015年8月3"],
     "号晚间，其在店内", []),
    # left alone: a list page's stories, each dated whole, over the next story
    (["OA系统优化2021-07-01", "人事系统：博士后新进 上线2021-07-05", "财务系统升级完成2021-07-09"], None, [0, 1, 2]),
])
def test_cut_date_is_no_story_date(lines: list[str], below: str | None, found: list[int]) -> None:
    texts = [t for line in lines for t in ([line, below] if below else [line])] + ["正文。"]
    step = 2 if below else 1
    assert digest_headlines(texts) == [step * k for k in found]


# A Markdown contents list, its nested items set in, hard-wrapped at 24 characters among wrapped prose.
_PROSE = ("本项目致力于实现更为轻量高效的安全容器，并在这个\n过程中学习操作系统内核的设计方法，最终实现了一个\n"
          "简易的拥有独立内核的安全沙箱架构，收获颇丰。\n\n本项目最大的难点在于内核的移植，虽然用 Rust 编写\n"
          "的操作系统内核很多，要找到一个便于移植的，对\nLinux 又有一定支持的内核其实还是一件比较困难的事\n情。\n\n"
          "本项目另一个非常有挑战性的问题在于如何在 Linux\n内核中建立与 Linux 内核的隔离，必须保证不调用特\n"
          "别危险的内核函数。\n")
_NESTED = ("结题报告\n\n" + _PROSE + "\n- 结题报告\n  * 3 rVisor 设计思路\n    + 3.2 rVisor-kernel 整体设计思路\n"
           "      - 3.2.1 保证 rVisor 的兼容性 - zCore\n        * 选用 zCore 相比使用其他 Rust 编\n写的操作系统内核的优势\n"
           "      - 3.2.2 保证 rVisor 的安全性 - 实现宿主机与容\n器的隔离\n        * 限制内核模块中使用的 Linux 内核函数和\n"
           "系统调用\n\n" + _PROSE)


@pytest.mark.parametrize("item", [
    "* 选用 zCore 相比使用其他 Rust 编写的操作系统内核的优势",
    "- 3.2.1 保证 rVisor 的兼容性 - zCore",
    "* 限制内核模块中使用的 Linux 内核函数和系统调用",
])
def test_nested_item_is_its_own_line(item: str) -> None:
    assert item in [p.text.strip() for p in _doc(_NESTED).paragraphs]


def test_wrapped_item_rest_at_the_margin_still_joins() -> None:
    texts = [p.text.strip() for p in _doc(_NESTED).paragraphs]
    assert "- 3.2.2 保证 rVisor 的安全性 - 实现宿主机与容器的隔离" in texts


# An interview hard-wrapped at 24 characters: each reporter's question cut open at the width.
_CUT_QUESTIONS = ["记者：特朗普总统，刚才在以色列，您谈到了一个可能", "记者：总统先生，关于加沙的重建，您刚才提到了一个",
                  "记者：库什纳先生，你们在这里的谈判中扮演了如此重"]


@pytest.mark.parametrize("line, labels", [
    *((q, "") for q in _CUT_QUESTIONS),  # a question the wrap cut: no byline
    ("记者：新华社记者王小明、李大华", "记者"),  # left alone: bylines naming people
    ("记者：张三 李四 通讯员 王五", "记者"),
    ("记者：中央广播电视总台记者王小明李大华", "记者"),
])
def test_cut_question_is_no_byline(line: str, labels: str) -> None:
    assert item_meta(line) == labels


def test_cut_questions_make_no_feed() -> None:
    texts = []
    for title, question in zip(("伊朗和平协议与制裁", "加沙的后续步骤与重建", "谈判者的角色"), _CUT_QUESTIONS):
        texts += [title, question, "的计划。这是最终目标吗？", "特朗普：不，我们今天谈的是加沙。"]
    assert digest_headlines(texts) == []
