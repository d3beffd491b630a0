"""Cleaning a long text faster with the same output (session 70E): each shortcut against what it stands for.

- Block and Paragraph set their fields in the instance's dict (the frozen dataclass's own __init__ made an
  object.__setattr__ call a field, for every line and paragraph); they stay frozen value objects.
- The isdisjoint scans of rewrap and runwidth, and latinmeasure's generators over a line's characters, are searches;
  each finds what the set or the generator found.
- A law's paragraph makes no set of its lines' offsets unless one of its labels has no space after it.
- A title line whose next line cannot fill the same width measures no wrap of the whole file; a text with no '#'
  looks for no Markdown headings in it.
- A paragraph's glue reads its first line's end only when a second line comes.
"""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from reader.text import formats, hashtitles, latinmeasure, lineshape, rewrap, runin, runwidth, wraptitles
from reader.text.clean import clean
from reader.text.gluing import Joined, glue
from reader.text.model import Block, Decoded, Paragraph
from reader.text.wrapfacts import Facts

_SAMPLES = ["", "a", "我们", "我们要坚持，推进改革", "第一章　总则", "abc。", "x1 = y2;", "Davidson（2023）评估了", "、",
            "；", "！？", "(1)", "12345", "AbC", "\u3000\u3000正文", "全角ＡＢ１", "….", "é", "🙂a"]


@pytest.mark.parametrize("cls", [Block, Paragraph])
def test_own_init_matches_the_fields(cls) -> None:
    """The hand-written __init__ takes every field, in order, with the field's default."""
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default == expected, f.name
    assert cls.__init__.__code__.co_filename.endswith("model.py")  # not the dataclass's generated one


def test_paragraph_stays_a_frozen_value() -> None:
    p = Paragraph("第一条　总则", 3, 10, last_line=4, indent=2)
    assert p == Paragraph("第一条　总则", 3, 10, 0, 4, indent=2) and hash(p) == hash(Paragraph("第一条　总则", 3, 10, 0, 4,
                                                                                              indent=2))
    assert p != Paragraph("第一条　总则", 3, 11, last_line=4, indent=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.text = "x"  # type: ignore[misc]
    assert dataclasses.replace(p, caption=True) == Paragraph("第一条　总则", 3, 10, last_line=4, indent=2, caption=True)
    assert pickle.loads(pickle.dumps(p)) == p
    assert repr(Block("正文", 2, role="chrome")) == \
        "Block(text='正文', line=2, heading_level=0, role='chrome', strong=False, caption=False)"
    assert dataclasses.astuple(Block("正文", 2)) == ("正文", 2, 0, "", False, False)


@pytest.mark.parametrize("text", _SAMPLES + ["".join(_SAMPLES)])
def test_searches_find_what_the_sets_found(text: str) -> None:
    assert (rewrap._PROSE.search(text) is not None) == (not rewrap._PROSE_MARKS.isdisjoint(text))
    assert (rewrap._CLAUSE.search(text) is not None) == (not frozenset("，；,。！？").isdisjoint(text))
    assert (rewrap._SENTENCE.search(text) is not None) == (not frozenset("；;。！？").isdisjoint(text))
    assert (runwidth._CUT.search(text) is not None) == (not runwidth._CUT_MARKS.isdisjoint(text))
    assert latinmeasure._latin(text) == (any(c.isascii() and c.isalnum() for c in text) and not text.isascii())
    assert (latinmeasure._ASCII.search(text) is not None) == any(c.isascii() for c in text)


def test_latin_or_digit_is_ascii_alnum() -> None:
    for code in range(0x3100):
        c = chr(code)
        assert (latinmeasure.LATIN_OR_DIGIT.fullmatch(c) is not None) == (c.isascii() and c.isalnum()), repr(c)


@pytest.mark.parametrize("text, expected", [
    ("一、概述........3", True), ("目录····", True), ("第一章．．．．．5", True), ("----", True),
    ("一、概述……3", True), ("……法援需要审核资质，", False), ("正文...", False), ("", False)])
def test_leaders_line(text: str, expected: bool) -> None:
    assert lineshape.leaders_line(text) is expected


@pytest.mark.parametrize("prev, nxt, expected", [
    ("…证明文件罪（第229条", "第1款、第2款）", True), ("（一）", "二）", False), ("无括号", "）", False),
    ("(see", "below) and", True), ("(a", "(b) c)", False), ("（甲（乙）", "丙）", True)])
def test_closes_bracket(prev: str, nxt: str, expected: bool) -> None:
    assert lineshape.closes_bracket(prev, nxt) is expected


def test_article_labels_without_a_space_break_at_a_joined_line_only() -> None:
    text = "第五条　本法所称……。第六条国家鼓励……。第七条规定的事项另行规定。"
    cut = text.index("国家")  # '第六条' ended the extract's line: its space went with the wrap
    starts = ((0, 1), (cut, 2))
    assert runin.article_breaks(text, starts) == ([text.index("第六条")], 6)
    assert runin.article_breaks(text, ((0, 1),)) == ([], 5)  # '第六条国家…' mid-line cites, it opens nothing
    pieces, last = runin.split_articles(text, starts)
    assert [p[0] for p in pieces] == ["第五条　本法所称……。", "第六条国家鼓励……。第七条规定的事项另行规定。"]
    assert pieces[1][1] == ((0, 1), (cut - text.index("第六条"), 2)) and last == 6


def _printed_twice(texts: list[str], is_heading, i: int) -> bool:
    """Facts.printed_twice as it read before: every line's places listed."""
    seen: dict[str, list[int]] = {}
    for k, text in enumerate(texts):
        seen.setdefault(text, []).append(k)
    at, below = seen[texts[i]], texts[i + 1] if i + 1 < len(texts) else ""
    return 1 < len(at) <= 3 and not any(c in texts[i] for c in "，。；：:/") and is_heading(texts[i]) and all(
        k == i or k + 1 < len(texts) and texts[k + 1] != below and is_heading(texts[k + 1]) for k in at)


@pytest.mark.parametrize("texts", [
    ["一、总体要求", "二、主要任务", "一、总体要求", "正文一行。", "二、主要任务", "正文。"],
    ["三、保障", "四、附则", "三、保障", "四、附则", "三、保障", "正文。", "三、保障", "末行"],
    ["一、甲", "一、甲", "一、甲"], ["一、甲"], ["正文。", "正文。"]])
def test_printed_twice_reads_the_lines_standing_twice_or_thrice(texts: list[str]) -> None:
    heading = lambda t: t[1:2] == "、"  # noqa: E731
    facts = Facts(texts, [12] * len(texts), [True] * len(texts), heading, set())
    assert [facts.printed_twice(i) for i in range(len(texts))] == [_printed_twice(texts, heading, i)
                                                                    for i in range(len(texts))]
    assert facts.printed_twice(2) if texts[0] == "一、总体要求" else True


def test_title_tail_measures_no_wrap_under_a_line_of_another_width(monkeypatch) -> None:
    widths_asked = []
    monkeypatch.setattr(wraptitles, "wrap_width", lambda texts: widths_asked.append(len(texts)) or 24)
    lines = ["国务院关于进一步加强和改进新时代", "人口", "一、总体要求。"] + ["这是正文的一行，长度大约恰好二十四列宽。"] * 5
    text = "\n".join(lines)
    blocks = [Block(t, n) for n, t in enumerate(lines, 1)]
    assert wraptitles.title_tail(text, blocks, 0, lambda t: t.startswith("一、")) == 0
    assert widths_asked == []
    narrow = ["W的公法世界｜我们靠什么", "去锻造未来法律职业共同", "体的思考", "正文。", "正文。"]
    blocks = [Block(t, n) for n, t in enumerate(narrow, 1)]
    assert wraptitles.title_tail("\n".join(narrow), blocks, 0, lambda t: False) == 2
    assert widths_asked  # a line under it as wide: measured as before


def test_text_without_hash_looks_for_no_markdown_headings(monkeypatch) -> None:
    asked = []
    real = hashtitles.hash_headings
    monkeypatch.setattr(formats, "hash_headings", lambda lines, atx: asked.append(1) or real(lines, atx))
    plain = "标题\n\n　　正文第一段。\n{: .caption }\n\f第二页"
    assert formats.text_blocks(plain) == [Block("标题", 1), Block("正文第一段。", 3), Block("{: .caption }", 4, 0, "chrome"),
                                          Block("第二页", 5)]
    assert asked == []
    marked = "# 一\n正文，一。\n# 二\n正文，二。\n# 三\n正文，三。"
    assert formats.text_blocks(marked)[0] == Block("一", 1, 1)
    assert asked == [1]


@pytest.mark.parametrize("lines", [["abc", "def"], ["中文", "English"], ["x y", "z"], ["AB", "CD", "中"],
                                   ["占GD", "P比重"], ["end,", "next"], ["Inc.", "The"], ["一", "二", "三"]])
def test_joined_glues_as_glue_does(lines: list[str]) -> None:
    joined, expected = Joined(lines[0]), lines[0]
    for line in lines[1:]:
        joined.add(line)
        expected = glue(expected, line)
    assert joined.text() == expected and joined.length == len(expected)
    assert Joined(lines[0]).text() == lines[0] and Joined(lines[0]).length == len(lines[0])


def test_invisible_marks_still_go() -> None:
    doc = clean(Decoded("标题\n\n正文\u200b第一段\ufeff。\n第二段\b\u2060。\n", "utf-8"))
    assert [p.text for p in doc.paragraphs] == ["正文第一段。", "第二段。"]


def test_short_lines_ask_each_line_for_a_code_edge_once(monkeypatch) -> None:
    """A text of short lines: each line is asked whether it is a code block's edge once, not as each neighbour's."""
    from reader.text import standalone
    from reader.text.outline import parse_outline

    asked: list[str] = []
    real = standalone.block_edge
    monkeypatch.setattr(standalone, "block_edge", lambda text: asked.append(text) or real(text))
    lines = ["项目背景", "主要工作", "总体要求", "组织实施", "保障措施", "发展目标", "基本原则", "工作内容"] * 3
    paragraphs = [Paragraph(t, n, 5 * (n - 1)) for n, t in enumerate(lines, 1)]
    headings = parse_outline(paragraphs, "")
    assert asked and len(asked) == len(set(asked))
    monkeypatch.setattr(standalone, "block_edge", real)
    assert parse_outline(paragraphs, "") == headings


def test_lines_with_no_mark_to_strip_are_not_looked_through(monkeypatch) -> None:
    """A line holding no '¶', '>' or closing bracket is kept as it is without the three strippers' calls; the
    lines holding one are stripped as before."""
    from reader.text import linemarks
    from reader.text.model import Removed

    asked: list[str] = []
    real = linemarks.unanchored
    monkeypatch.setattr(linemarks, "unanchored", lambda text, line, removed: asked.append(text) or real(text, line,
                                                                                                        removed))
    blocks = [Block("正文第一段。", 1), Block("運轉(zhuǎn)正常", 2), Block("定义¶", 3),
              Block('type="text/css" href="web/css/gywm.css"/> 关于我们', 4), Block("（一）总则", 5), Block("a > b", 6)]
    removed: list[Removed] = []
    out = linemarks.strip_marks(blocks, removed)
    assert [b.text for b in out] == ["正文第一段。", "運轉正常", "定义", "关于我们", "（一）总则", "a > b"]
    assert out[0] is blocks[0] and out[4] is blocks[4] and out[5] is blocks[5]
    assert [(r.reason, r.text, r.line) for r in removed] == [("pinyin", "(zhuǎn)", 2), ("chrome", "¶", 3),
                                                             ("chrome", 'type="text/css" href="web/css/gywm.css"/>', 4)]
    assert asked == [b.text for b in blocks[1:]]  # not the first line's
