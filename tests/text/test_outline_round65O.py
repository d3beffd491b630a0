"""Round 65O: the outline asks less of lines it is sure of, with the same outline. The loose-title pass turns a
sentence ('一项。') and a lead-in ('介绍：') away before it asks whether the line is code, a repeated row or a numbered
heading (the answer no longer matters there); the title model's features ask each line once whether it is code, where
a line was asked as a loose line and again as the next line of the one above."""

from __future__ import annotations

import pytest

from reader.text import codeblocks, standalone, titlescore
from reader.text.decode import decode_bytes
from reader.text.document import build_document


def _headings(text: str) -> list[tuple[int, str, str, int]]:
    doc = build_document(decode_bytes(text.encode("utf-8"), name="p.txt"))
    return [(h.line, h.marker, h.title, h.depth) for h in doc.headings]


class _Counter:
    """A wrapper counting the lines a test is asked of."""

    def __init__(self, test) -> None:
        self.test, self.asked = test, []

    def __call__(self, text: str) -> bool:
        self.asked.append(text)
        return self.test(text)


_PAIRS = "说明\n\n" + "".join(f"{a}\n{b}\n这是{a}的正文，说明了有关情况，篇幅较长，不是标题。\n\n"
                                for a, b in (("项目背景", "背景概况"), ("研究方法", "方法细节"), ("主要结论", "结论要点")))
_AGENDA = "会议纪要\n\n" + "".join(f"议题{n}：介绍\n介绍：\n1、一项。\n" for n in "一二三四五六")


@pytest.mark.parametrize("line", ["介绍：", "一项。", "这是一句话；"])
def test_sentences_and_lead_ins_are_not_asked_whether_they_are_code(monkeypatch, line: str) -> None:
    """A line with a sentence's stop, or a colon that is no headline's, is no loose title: it is turned away first."""
    counted = _Counter(codeblocks.code_line)
    monkeypatch.setattr(standalone, "code_line", counted)
    _headings("报告\n\n这是正文第一段，说明了有关情况，篇幅较长，不是标题。\n\n" + f"{line}\n\n"
              "这是正文第二段，说明了有关情况，篇幅较长，不是标题。\n\n短标题\n\n这是正文第三段，说明了有关情况，篇幅较长。\n")
    assert line not in counted.asked


def test_the_agenda_s_lead_ins_are_not_asked_whether_they_are_code(monkeypatch) -> None:
    counted = _Counter(codeblocks.code_line)
    monkeypatch.setattr(standalone, "code_line", counted)
    _headings(_AGENDA)
    assert "介绍：" not in counted.asked


def test_the_title_model_asks_each_line_once_whether_it_is_code(monkeypatch) -> None:
    counted = _Counter(codeblocks.code_line)
    monkeypatch.setattr(titlescore, "code_line", counted)
    _headings(_PAIRS)
    assert counted.asked, "the model weighed no line: the test no longer tests the cache"
    assert len(counted.asked) == len(set(counted.asked))


# The outlines these shapes gave before the change (the same on main at 6abdf04f), as (line, marker, title, depth).
_SAME = [
    (_AGENDA, [(3, "议题一：", "介绍", 1), (6, "议题二：", "介绍", 1), (9, "议题三：", "介绍", 1),
               (12, "议题四：", "介绍", 1), (15, "议题五：", "介绍", 1), (18, "议题六：", "介绍", 1), (19, "", "介绍", 1)]),
]


@pytest.mark.parametrize("text, want", _SAME)
def test_the_outline_is_the_one_before(text: str, want) -> None:
    assert _headings(text) == want


_SHAPES = {
    # headlines with a colon, a clock's colon, sentences, lead-ins, code and loose titles between paragraphs
    "headlines": "新闻\n\n" + "".join(f"消防顧問{n}：實測非科學\n\n這是正文，說明了有關情況，篇幅較長，不是標題。\n\n" for n in "一二三"),
    "clocks": "日程\n\n" + "".join(f"0{n}:30 签到与开场\n\n这是正文，说明了有关情况，篇幅较长，不是标题。\n\n" for n in "789"),
    "lead-ins": "通知\n\n" + "".join(f"{w}如下：\n\n这是正文，说明了有关情况，篇幅较长，不是标题。\n\n" for w in ("要求", "安排", "说明")),
    "loose": "报告\n\n" + "".join(f"{w}\n\n这是正文，说明了有关情况，篇幅较长，不是标题。\n\n" for w in ("背景", "方法", "结论")),
    "code": "教程\n\n" + "".join(f"s{n} = 'abc'\n\n这是正文，说明了有关情况，篇幅较长，不是标题。\n\n" for n in "123"),
    "sentences": "随笔\n\n" + "".join(f"{w}。\n\n这是正文，说明了有关情况，篇幅较长，不是标题。\n\n" for w in ("天晴", "风起", "雨落")),
    "questions": "访谈\n\n" + "".join(f"{w}？\n\n这是回答，说明了有关情况，篇幅较长，不是问题。\n\n" for w in ("为什么", "怎么办", "何时")),
}

# What main at 6abdf04f gives on each shape (filled from that tree, checked again on this one).
_BEFORE = {
    "headlines": [(3, "", "消防顧問一：實測非科學", 1), (7, "", "消防顧問二：實測非科學", 1), (11, "", "消防顧問三：實測非科學", 1)],
    "clocks": [],
    "lead-ins": [(3, "", "要求如下", 1), (7, "", "安排如下", 1), (11, "", "说明如下", 1)],
    "loose": [(3, "", "背景", 1), (7, "", "方法", 1), (11, "", "结论", 1)],
    "code": [],
    "sentences": [],
    "questions": [(3, "", "为什么？", 1), (7, "", "怎么办？", 1), (11, "", "何时？", 1)],
}


@pytest.mark.parametrize("name", sorted(_SHAPES))
def test_each_shape_keeps_its_outline(name: str) -> None:
    assert _headings(_SHAPES[name]) == _BEFORE[name]


# A part's lead naming the titles after it: the titles it names are looked for in their order, and a title named out
# of order ends the look (the outcome was no nesting whatever the titles after it).
from reader.text import compilations, doubledtitles, leads  # noqa: E402
from reader.text.model import Paragraph  # noqa: E402


def _old_named_in_order(names: list[list[str]], ahead: list[int], lead: str) -> list[int]:
    """The look as it was: every title ahead asked, then the order checked."""
    hit = [(m, at) for m in ahead if (at := leads.named_at(names[m], lead)) >= 0]
    if any(b[1] <= a[1] for a, b in zip(hit, hit[1:])):
        return []
    return [m for m, _ in hit]


def test_titles_named_in_order_are_the_ones_the_old_look_found() -> None:
    import random

    rnd = random.Random(65)
    words = ["选课", "退课", "成绩", "查询", "武当山", "十堰市", "郧西县", "西湖"]
    for _ in range(3000):
        names = [[w for w in rnd.sample(words, rnd.randint(0, 2))] for _ in range(7)]
        ahead = sorted(rnd.sample(range(7), rnd.randint(0, 6)))
        lead = "".join(rnd.choice(words + ["、", "和", "本章介绍"]) for _ in range(rnd.randint(0, 8)))
        new = leads._named_in_order(names, ahead, lead)
        old = _old_named_in_order(names, ahead, lead)
        assert (new if len(new) >= 2 else []) == (old if len(old) >= 2 else []), (names, ahead, lead)


def test_a_title_named_out_of_order_ends_the_look(monkeypatch) -> None:
    real, asked = leads.named_at, []
    monkeypatch.setattr(leads, "named_at", lambda names, lead: asked.append(names) or real(names, lead))
    names = [["退课"], ["选课"], ["成绩"], ["查询"], ["考试"]]
    assert leads._named_in_order(names, [0, 1, 2, 3, 4], "本章介绍选课、退课、成绩和查询") == []
    assert asked == [["退课"], ["选课"]]  # '选课' named before '退课': out of order, the titles after it not asked


_BODY = "，说明了有关情况，篇幅较长，不是标题。"
_LEAD = ("学生手册\n\n前言\n\n这是前言的正文" + _BODY + "\n\n教务系统\n\n本章介绍选课、退课和成绩查询。\n\n选课\n\n登录后进入选课页面"
         + _BODY + "\n\n退课\n\n在退课页面选择已选课程" + _BODY + "\n\n成绩查询\n\n期末后在成绩页面查看成绩" + _BODY + "\n\n"
         "后勤服务\n\n这是后勤服务的正文" + _BODY + "\n")
_LEAD_BEFORE = [(3, "", "前言", 1), (7, "", "教务系统", 1), (11, "", "选课", 2), (15, "", "退课", 2), (19, "", "成绩查询", 2),
                (23, "", "后勤服务", 1)]  # main at 6abdf04f: the lead's part holds the titles it names


def test_a_lead_naming_its_titles_gives_the_outline_it_gave() -> None:
    assert _headings(_LEAD) == _LEAD_BEFORE


@pytest.mark.parametrize("text, link", [
    ("https://news.example.com/a/1.html", True), ("  www.example.com/x  ", True), ("http://", True),
    ("httpx://a", False), ("原文链接：https://a.b/c", False), ("www", False), ("", False), ("https://a b", False),
    ("HTTP://A.B", False), ("https://" + "a" * 500, False),
])
def test_a_page_address_alone_is_told_as_before(text: str, link: bool) -> None:
    p = Paragraph(text, 1, 0)
    assert doubledtitles._link(p) is link
    assert (len(text) <= 420 and doubledtitles._LINK.fullmatch(text.strip()) is not None) is link  # the old test


@pytest.mark.parametrize("names, found", [
    (["基本案情", "裁判理由", "裁判要点"], True), (["基本案情：", "裁判理由", "案情简介"], True),
    (["基本案情", "裁判理由", "基本案情"], False), (["基本案情", "前言", "结语"], False),
])
def test_a_case_library_s_parts_are_found_as_before(names: list[str], found: bool) -> None:
    paragraphs = []
    for name in names:
        paragraphs.append(Paragraph(name, len(paragraphs) + 1, 0))
        paragraphs.append(Paragraph("这是该部分的正文，说明了有关情况，篇幅较长，不是标题。", len(paragraphs) + 1, 0))
    assert bool(compilations.court_stages(paragraphs)) is found
