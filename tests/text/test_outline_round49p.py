"""Round 49P: a thesis's abstract page whose English lines set the document's wrap width, its Chinese lines
(Latin words inside) wrapped at their own."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from reader.text.mixedruns import latin_band, mixed_run_width

_ENGLISH = ("\fAbstract\n\n"
            "This manual explains how to use the docformat tool to write technical reports,\n"
            "and it describes the main features: readers can produce both PDF and HTML output\n"
            "from one source with the Sphinx and LaTeX tool chains, as the examples show.\n\n"
            "Keywords: technical report, typesetting, LaTeX, documentation tools\n")


def _paragraphs(chinese: str) -> list[str]:
    text = "\f摘 要\n\n" + chinese + "\n\n关键词：技术报告，排版，LaTeX\n\n" + _ENGLISH
    return [p.text for p in clean(decode_bytes(text.encode("utf-8"), "abstract.txt")).paragraphs]


@pytest.mark.parametrize("lines", [
    # Chinese lines alike in columns, far short of the English lines' width
    ["本手册说明如何使用排版工具 docformat 撰写技术报告和课程论文，同时介绍",
     "它的功能。读者借助 Sphinx 与 LaTeX 工具链可以生成 PDF 和 HTML 两种格",
     "式的文档。"],
    # the second line counts more columns only for its Latin words: as set, it is as full as the first
    ["本手册说明如何使用排版工具 docformat 撰写技术报告，同时介绍它",
     "的功能。读者借助 Sphinx 与 LaTeX 工具链可以生成 PDF 和 HTML 格式的文",
     "档。"],
])
def test_chinese_run_under_an_english_width_is_one_paragraph(lines: list[str]) -> None:
    paras = _paragraphs("\n".join(lines))
    assert "".join(lines) in paras
    assert "关键词：技术报告，排版，LaTeX" in paras
    assert any(p.startswith("This manual explains") and p.endswith("examples show.") for p in paras)


@pytest.mark.parametrize("lines", [
    ["操作系统：Linux 或 macOS", "编译系统：TeX Live 2023", "编辑器：Texmaker"],  # a list's short lines
    ["本章介绍 docformat 的安装", "以及在 Windows 上的常见问题和处理办法，读者可按需查阅相应的小节"],  # a title over prose
])
def test_short_or_unlike_chinese_lines_stay_apart(lines: list[str]) -> None:
    paras = _paragraphs("\n".join(lines))
    assert all(line in paras for line in lines)


@pytest.mark.parametrize("texts, widths, opens, wrap, expected", [
    (["This manual explains how to use the tool,", "and it describes the features, as shown", "本手册说明如何使用排版工具撰写报告，"],
     [81, 80, 36], [True, True, True], 81, True),
    (["This manual explains how to use the tool,", "本手册说明如何使用排版工具撰写技术报告和课程论文，同时介绍它的主要功能，", "短句"],
     [81, 78, 4], [True, True, True], 81, False),  # a Chinese line in the band: the width is the Chinese lines' too
    (["This manual explains how to use the tool,", "and it describes the features, as shown", "短句"],
     [81, 80, 4], [True, True, True], 81, False),  # no Chinese prose left short of it
])
def test_latin_band(texts: list[str], widths: list[int], opens: list[bool], wrap: int, expected: bool) -> None:
    assert latin_band(texts, widths, opens, wrap, 9) is expected


@pytest.mark.parametrize("texts, widths, opens, expected", [
    (["本手册说明如何使用排版工具 docformat 撰写技术报告，同时介绍它", "的功能。读者借助 Sphinx 与 LaTeX 工具链可以生成 PDF 和 HTML 格式的文", "档。"],
     [61, 68, 4], [True, True, False], 62),
    (["本手册说明如何使用排版工具 docformat 撰写技术报告，同时介绍它", "档。"], [61, 4], [True, False], None),  # one full line
    (["本手册说明如何使用排版工具撰写技术报告", "的功能。读者借助 Sphinx 与 LaTeX 工具链可以生成 PDF 和 HTML 格式的文"],
     [38, 68], [True, True], None),  # far apart however measured
])
def test_mixed_run_width(texts: list[str], widths: list[int], opens: list[bool], expected: int | None) -> None:
    assert mixed_run_width(list(range(len(texts))), widths, texts, opens) == expected


@pytest.mark.parametrize("first, is_title", [
    ("摘 要", False),  # a thesis page opens with its part's name: the first part, no title of the whole
    ("前言", False),
    ("参考文献", False),
    ("城市更新中的社区治理研究", True),  # a real title stays the title
])
def test_part_name_on_first_line_is_no_title(first: str, is_title: bool) -> None:
    text = (first + "\n\n本文讨论城市更新过程中社区治理的主要问题，并提出若干改进建议。\n"
            "研究采用案例分析方法，选取三个社区作为样本。\n")
    doc = clean(decode_bytes(text.encode("utf-8"), "part.txt"))
    assert (doc.title == first) is is_title
    assert (first in [p.text for p in doc.paragraphs]) is not is_title


_ARTICLE = ("<html><head><title>稳住外贸基本盘</title></head><body><article><h1>稳住外贸基本盘</h1>"
            "<p>2021-03-02 10:20 来源：某某日报</p>"
            "<p>今年以来，外贸企业面临订单减少、成本上升等多重压力，各地纷纷出台帮扶措施，稳定市场主体的信心。</p>"
            "<p>下一步，要继续优化营商环境，支持企业开拓多元市场，让外贸在变局中保持韧性和活力。</p>"
            "<p>{tail}</p></article></body></html>")


@pytest.mark.parametrize("tail, kept", [
    ("（作者：李明 某某大学经济学院教授）", True),  # the writer's note closing the article
    ("(作者为某某研究院研究员)", True),
    ("（本文作者系某某大学副教授）", True),
    ("责任编辑：王五", False),  # page chrome: goes
    ("作者：李明", False),  # a bare byline, unbracketed: a field
])
def test_bracketed_author_note_at_the_end_stays(tail: str, kept: bool) -> None:
    doc = clean(decode_bytes(_ARTICLE.format(tail=tail).encode("utf-8"), "page.html"))
    assert (tail in [p.text for p in doc.paragraphs]) is kept


_WRAPPED = ["城市更新不仅是对旧建筑的改造，也是对社区关系和公共空间的",
            "重新安排。许多城市在推进更新项目时，注重听取居民的意见，",
            "并通过协商机制化解分歧，这使得改造方案更容易得到认可和支",
            "持。一些老旧小区在改造之后，增加了停车位、养老服务站和儿",
            "童游乐设施，居民的生活质量因此有了明显的提升和改善。",
            "{glued}",
            "{after}",
            "第二节 研究方法"]


@pytest.mark.parametrize("glued, after, joined", [
    # two wrapped lines set on one by the extract, open at its end: the prose runs on
    ("与此同时，更新也带来了租金上涨和原有居民外迁等问题，学者们对此展开了广泛而深入的讨论 [3] . 有人认为，地方政府应当",
     "在规划阶段就建立补偿和安置机制。", True),
    # a line as wide that ends its sentence: the paragraph ends there
    ("与此同时，更新也带来了租金上涨和原有居民外迁等问题，学者们对此展开了广泛而深入的讨论，各方观点并不一致。",
     "在规划阶段就建立补偿和安置机制。", False),
])
def test_glued_pair_runs_on(glued: str, after: str, joined: bool) -> None:
    text = "\n".join(_WRAPPED).format(glued=glued, after=after) + "\n"
    paras = [p.text for p in clean(decode_bytes(text.encode("utf-8"), "glued.txt")).paragraphs]
    assert any(p.endswith(glued + after) for p in paras) is joined
    assert "第二节 研究方法" in paras


@pytest.mark.parametrize("prev, w, wrap, open_end, expected", [
    ("与此同时，更新也带来了租金上涨和原有居民外迁等问题，学者们对此展开了广泛讨论 [3] . 有人认为，政府应当", 118, 60, True, True),
    ("与此同时，更新也带来了租金上涨和原有居民外迁等问题，学者们对此展开了广泛讨论。", 80, 60, True, False),  # 1.3 lines
    ("与此同时更新也带来了租金上涨和原有居民外迁等问题学者们对此展开了广泛讨论有人认为政府应当", 118, 60, True, False),
    ("This line is plain English text, glued from two lines of an English page, open at", 118, 60, True, False),
])
def test_glued_pair(prev: str, w: int, wrap: int, open_end: bool, expected: bool) -> None:
    from reader.text.gluedlines import glued_pair
    assert glued_pair(prev, w, wrap, open_end) is expected
