"""Re-joining the wraps of a typeset (LaTeX, Word) PDF's extract (round 75A: thesis templates and a class manual, dev):
lines whose widths say nothing of the measure — a formula's, a page foot's smaller type, a formula's exponents on a
line of their own, a description's term in the margin, a table's cells with blank lines between them — no longer
hide the width the text is wrapped at, nor stop the sentence they cut from running on."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document

_PROSE = ("抗碰撞哈希函数几乎是所有信息安全应用的必需组件，通常运用在密码存储和数据完整性检测等方面，因而也是本文构建"
          "可验证数据结构的基础，它能将任意长度的输入转换为具有固定长度的压缩数值，并且计算起来十分迅速。")
_MORE = ("区块链的引入为解决传统可搜索加密中存在的问题提供了解决方案，它分布式存储在网络中的对等节点之间，尽管网络中的"
         "对等方可能不会相互信任，但是区块链从两个方面确保了数据完整性，所能提供的存储空间往往有限且非常昂贵。")


def _lines(text: str, chars: int = 30) -> list[str]:
    return [text[k:k + chars] for k in range(0, len(text), chars)]


def _paragraphs(text: str) -> list[str]:
    document = build_document(decode_bytes(text.encode("utf-8"), name="thesis.txt"))
    return ["".join(p.text.split()) for p in document.paragraphs]


def _bare(text: str) -> str:
    return "".join(text.split())


# A formula's letters (𝐻, 𝑙: Mathematical Alphanumeric Symbols) come out spaced apart, their line far wider than the
# measure: inside a line, as a whole paragraph's worth of such lines, or as the line a sentence is cut on.
_F1 = "令 𝐻 ∶ {0, 1}∗ → {0, 1}𝑙 为一个哈"
_F2 = "对手 𝒜 ，给定哈希值 𝑧，找到输入 𝑥 使"
_FORMULA_PARA = [
    _PROSE[:20] + _F1 + _PROSE[20:26], _PROSE[26:56], _PROSE[56:70] + _F2 + _PROSE[70:74], _PROSE[74:104],
    _PROSE[104:],
]
_FORMULA_DOC = ([*_lines(_MORE), ""] + _FORMULA_PARA + [""] + [*_lines(_MORE[10:] + _MORE[:10]), ""]
                + [_PROSE[:8] + _F1 + _F2 + _F1 + _PROSE[8:14], "算上不可区分。", ""]
                + [_MORE[:14] + _F2 + _F1 + _F2, "得 𝐻(𝑥) = 𝑧 的概率是可忽略的。", ""] + _lines(_PROSE))


# Citations set raised ('[1, 3]'): the extract writes them full size with spaces round them, past the width.
_CITED = [_MORE[:22] + " [1–6] " + _MORE[22:24] + " [7, 8] " + _MORE[24:26] + " [9] ", _MORE[26:56], _MORE[56:60]]
_FORMULA_DOC += ["", *_CITED]


@pytest.mark.parametrize("want", [
    "".join(_CITED),  # a line past the width by its raised citations filled it (cap_formulas)
    "".join(_FORMULA_PARA),  # five formula lines: the width is measured on the others (the rule in measure_widths)
    _PROSE[:8] + _F1 + _F2 + _F1 + _PROSE[8:14] + "算上不可区分。",  # a formula's line past the width filled it
    _MORE[:14] + _F2 + _F1 + _F2 + "得 𝐻(𝑥) = 𝑧 的概率是可忽略的。",  # (cap_formulas)
])
def test_a_formulas_lines_neither_hide_the_width_nor_stop_the_sentence_they_cut(want):
    assert _bare(want) in _paragraphs("\n".join(_FORMULA_DOC) + "\n")


# '…随机选取秘密值' / '2   𝑈' / '𝑠 ∈ ℤ∗𝑝 。输出公钥…': the exponents the extract lifted off the line below.
_KEYGEN = "𝐾𝑒𝑦𝐺𝑒𝑛(1𝜆 , 𝑈 ) → 𝑝𝑘：输入安全参数 𝜆 和全集 𝑈 的容量。随机选取秘密值"
_KEYGEN_REST = "𝑠 ∈ ℤ∗𝑝 。输出公钥 𝑝𝑘 = (𝑔, 𝑔 𝑠 , 𝑔 𝑠 , … , 𝑔 𝑠 , ℎ, ℎ𝑠 )。"


@pytest.mark.parametrize("crumb", ["2          𝑈", "∏𝑥𝑖 ∈𝑋 (𝑠+𝑥𝑖 )", "𝑈"])
def test_a_formulas_exponents_on_a_line_of_their_own_go_after_the_sentence_they_were_lifted_from(crumb):
    doc = [*_lines(_MORE), "", _KEYGEN, crumb, _KEYGEN_REST, "", *_lines(_PROSE)]
    got = _paragraphs("\n".join(doc) + "\n")
    assert _bare(_KEYGEN + _KEYGEN_REST) in got and _bare(crumb) in got


# A page's footnote in a smaller type: 40 characters a line under a text set at 30, at the page's foot.
_NOTE = ("¬ 脚注序号的字体是正文，不是上标，序号与脚注内容文字之间空一个半角字符，脚注的段落格式为单倍行距，段前空零磅，"
         "段后空零磅，悬挂缩进一点五字符，中文用宋体，字号为小五号，英文和数字用新罗马字体，字号为九磅；中英文混排时，所有"
         "标点符号一律使用中文输入状态下的标点符号，但小数点采用英文状态下的样式。")  # (its mark a symbol font's glyph)


def _page(body: list[str], foot: list[str], after: list[str]) -> tuple[list, list[int], list[str]]:
    """Lines as rewrap gets them: a page's body, a blank, its foot, then the next page (its first line a page start)."""
    from reader.text.lineshape import width
    from reader.text.rewrap import Line

    texts = body + foot + after
    lines = [Line(t, n, blank_before=n == len(body) + 1 and bool(foot), page_start=n == len(body) + len(foot) + 1)
             for n, t in enumerate(texts, 1)]
    return lines, [width(t) for t in texts], texts


@pytest.mark.parametrize("foot, after, gone", [
    (_lines(_NOTE, 40), _lines(_MORE), True),  # 40 characters a line under a text set at 30: small type, no measure
    (_lines(_NOTE, 32), _lines(_MORE), False),  # as wide as the text (a Latin word's slack): the text's own lines
    (_lines(_NOTE, 40)[:1], _lines(_MORE), True),  # one line of it
    ([], _lines(_MORE), False),  # no blank line above the page's last lines: no foot
])
def test_a_page_foots_smaller_type_says_nothing_of_the_width_the_text_is_wrapped_at(foot, after, gone):
    from reader.text.typeset import measure_widths

    lines, widths, texts = _page(_lines(_PROSE + _MORE), foot, after)
    est = measure_widths(widths, texts, lines)
    n = len(lines) - len(after)
    assert est[:n - len(foot)] == widths[:n - len(foot)] and est[n:] == widths[n:]
    assert est[n - len(foot):n] == ([0] * len(foot) if gone else widths[n - len(foot):n])


def test_a_page_foots_smaller_type_leaves_the_pages_short_paragraphs_their_width():
    """Short paragraphs under numbered titles, their lines a little uneven (Latin inside), a footnote below: the width
    is found, and each paragraph reads whole."""
    paras = [("1.1 研究工作的背景与意义", _PROSE[:70]), ("1.2 国内外研究历史与现状", _MORE[:64]),
             ("1.3 本文的主要贡献与创新", _PROSE[30:92]), ("1.4 本论文的结构安排", _MORE[20:86])]
    page1 = [x for title, text in paras for x in (title, *_lines(text), "")] + _lines(_NOTE, 40) + ["1", ""]
    page2 = ["电子科技大学硕士学位论文", "", "第二章 时域积分方程基础", *_lines(_MORE), "", "2", ""]
    got = _paragraphs("\n".join(page1) + "\f" + "\n".join(page2) + "\f")
    assert [_bare(text) for _, text in paras] == [t for t in got if t in {_bare(x) for _, x in paras}]


# A table's cells one to a line with blank lines between them: the blank lines still part paragraphs only where the
# prose they fall in ends its sentence ('…按照您操作系统的不同，您' / blank / '可以选择不同的 TEX 发行版：').
_CELLS = ["文件（夹）", "功能描述", "cquthesis.ins", "DocStrip 驱动文件", "cquthesis.dtx", "DocStrip 源文件",
          "makefile", "GNU make 配置文件", "makewin.bat", "Windows 版 make", "main.tex", "示例文档主文件",
          "contents/", "示例文档章节具体内容", "figures/", "示例文档图片路径", "ref/", "示例文档参考文献目录"]


def test_a_tables_blank_separated_cells_do_not_make_every_blank_line_a_paragraphs_end():
    cut = _lines(_MORE)
    doc = [*_lines(_PROSE), ""] + [x for cell in _CELLS for x in (cell, "")] + cut[:2] + [""] + cut[2:] + [""]
    assert _bare(_MORE) in _paragraphs("\n".join(doc) + "\n")


# A -layout extract's description list: the term in the margin, its text beside it and wrapped under it (a term set
# at the page's left edge keeps the others' indents, as the extract writes them).
_TERMS = ["liberalformat", "blankleft", "seriftoc", "continuoustoc", "openany", "draft"]


def test_a_descriptions_term_in_the_margin_does_not_stop_its_text_running_on():
    text = _PROSE + _MORE
    doc, want = [], []
    for k, term in enumerate(_TERMS):
        first, mid, rest = text[k * 9:k * 9 + 40], text[k * 9 + 40:k * 9 + 80], "本选项默认关闭。"
        doc += [f"{'  ' if k else ''}{term:<16}    {first}", f"{'':22}{mid}", f"{'':22}{rest}"]
        want.append(_bare(term + first + mid + rest))
    assert _paragraphs("\n".join(doc) + "\n") == want


# A LaTeX book's running heads in a -layout extract: the section's mark at one margin, the chapter's at the other.
@pytest.mark.parametrize("tops, heads", [
    (["3.3   论文选项                        3   使用说明", "3.4   中文字体                      3   使用说明"], {0, 1}),
    (["2   安装                              2.4   安装", "2.6   编译                          2   安装"], {0, 1}),
    (["第二章   预备知识                5", "6            轻量化密态区块链数据库可验证查询方法设计与实现"], set()),  # nothing shared
    (["3.3   论文选项                        3   使用说明"], set()),  # one page shows no repeat
    (["本模板用到的宏包比较多，      3   使用说明", "3.4   中文字体                      3   使用说明"], set()),  # a
    # page opening with prose shows no head: the mark is seen at one page's top only
    (["5                                  6", "5                                  7"], set()),  # numbers alone
])
def test_a_running_head_is_found_by_the_mark_it_repeats_though_the_other_changes(tops, heads):
    from reader.text.markheads import mark_heads

    assert mark_heads(tops, range(len(tops))) == heads


def test_a_layout_extracts_section_and_chapter_heads_do_not_stay_as_paragraphs():
    pages = [["3.3   论文选项                                        3   使用说明", "", *_lines(_PROSE), "", "10", ""],
             ["3.4   中文字体                                      3   使用说明", "", *_lines(_MORE), "", "11", ""]]
    got = _paragraphs("\f".join("\n".join(page) for page in pages) + "\f")
    assert got == [_bare(_PROSE), _bare(_MORE)]


# A chapter's number on a line of its own over its title, its first section right after: not the page's number.
@pytest.mark.parametrize("number, title, section, kept", [
    ("2", "安装", "2.1", True),
    ("3", "使用说明", "3.1", True),
    ("4", "安装", "2.1", False),  # the next section is another chapter's: a page number over a heading
    ("2", "本模板用到的宏包比较多，", "2.1", False),  # a clause: the page's text, its number above it
])
def test_a_chapters_number_set_apart_over_its_title_is_kept_as_its_heading(number, title, section, kept):
    doc = [*_lines(_PROSE), "", number, "", title, "", section, "", "系统要求", *_lines(_MORE), ""]
    got = _paragraphs("\n".join(doc) + "\n")
    assert (_bare(number + title) in got) == kept
    assert (number not in got) and _bare(section + "系统要求") in got
