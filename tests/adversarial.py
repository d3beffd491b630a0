"""Adversarial inputs for every engine stage, shared by the linear-time harness and bench/hostile_bench.py.

Each generator makes text of about `n` characters built to provoke backtracking or rescanning: long runs of the
characters a rule quantifies over, followed by one that makes it fail; unclosed markup; numbers of any length.
The first ones reproduce the hangs of issue 12.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from reader.text.model import Decoded


def _times(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit))


def _mixed(n: int) -> str:
    """Random text from an alphabet of markup, punctuation, digits, spaces and Chinese, lines of random length."""
    rnd = random.Random(n)
    alphabet = list("第一二十章节条（）()、。，：:；1234567890１２.．-·…— \t\u3000<>/!*_[]#|`~&;=\"'标题监督首页返回x")
    out, length = [], 0
    while length < n:
        line = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 120)))
        out.append(line)
        length += len(line) + 1
    return "\n".join(out)


def _wrapped_paragraph(n: int) -> str:
    """One paragraph with no sentence end, hard-wrapped every 35 characters (rewrap glued it by +: quadratic)."""
    rnd = random.Random(n)
    han = [chr(0x4E00 + k) for k in range(0, 3000, 7)]
    text = "".join(rnd.choice(han) for _ in range(n))
    return "\n".join(text[i:i + 35] for i in range(0, len(text), 35)) + "。"


def _labelled_families(n: int) -> str:
    """Many families, each its own word numbering 1、 and 2、: each opened a level inside the last (a stack n deep)."""
    out, length, k = [], 0, 0
    while length < n:
        word = chr(0x4E00 + k % 2000) + chr(0x4E00 + 2000 + k // 2000)
        out.append(f"{word}1、题。文\n{word}2、题。文")
        length += len(out[-1]) + 1
        k += 1
    return "\n".join(out)


def _numbered_paragraphs(n: int) -> str:
    """Paragraphs numbered on into the thousands ('（1）' … '（999）', '1.' …): one compiled pattern per number thrashed."""
    out, length, k = [], 0, 0
    while length < n:
        k += 1
        out.append(f"（{k % 999 + 1}）标题\n{k}.小标题，正文。")
        length += len(out[-1]) + 1
    return "\n".join(out)


def _metadata_labels(n: int) -> str:
    """Lines of every metadata label, spaced or glued to the value before it ('…2012-04-05点击量：356')."""
    from reader.text import meta

    rnd = random.Random(n)
    labels = sorted(set(meta._KEY_FIELD) | set(meta._GLUED.split()))
    values = ["2012-04-05", "求是网", "356", "", "张三 ", "【打印】"]
    out, length = [], 0
    while length < n:
        fields = (f"{rnd.choice(labels)}{rnd.choice('：:')}{rnd.choice(values)}" for _ in range(rnd.randint(1, 4)))
        out.append("".join(fields))
        length += len(out[-1]) + 1
    return "\n".join(out)


# name -> generator(n). The names in REPRODUCTIONS are the cases the issue measured.
GENERATORS: dict[str, Callable[[int], str]] = {
    "toc-spaces": lambda n: "1.a" + " " * n + "b",  # outline _TOC_ENTRY: 16.7 s at 2,000
    "widget-row": lambda n: _times("返回首页" * 19 + "x\n", n),  # debris _WIDGET_RE: 15.8 s for 40 lines
    "meta-key-spaces": lambda n: "标题" + " " * n + "x",  # meta _KEY_RE: 18.8 s at 12,000
    "chapter-cn-digits": lambda n: "第" + "一" * n + "x",  # markers: 12.1 s at 15,000
    "leading-spaces": lambda n: " " * n + "x",  # formats _ATX / _TABLE_SEP
    "comment-opens": lambda n: _times("<!--", n),  # formats _INLINE
    "star-words": lambda n: _times("*a ", n),  # formats _INLINE
    "unclosed-tags": lambda n: "<html><body>" + _times("<a ", n),  # html.parser
    "chapter-arabic-digits": lambda n: "第" + "1" * n + "章 总则\n正文。",  # int() digit limit
    "charref-digits": lambda n: "<html><body><p>&#" + "1" * n + ";</p>",  # int() digit limit
    "heading-spaces": lambda n: "#" + " " * n + "x",
    "table-pipes": lambda n: "|" + _times(" -", n) + "x",
    "open-brackets": lambda n: _times("![[", n),
    "link-opens": lambda n: _times("[a](", n),
    "autolink-opens": lambda n: _times("<http://", n),
    "quote-attrs": lambda n: "<html><body>" + _times('<a x="', n),
    "nested-divs": lambda n: "<html><body>" + _times("<div>", n // 2) + _times("</p>", n // 2),
    "tab-runs": lambda n: "\t" * n + "1",
    "ideographic-spaces": lambda n: "\u3000" * n + "。",
    "dots": lambda n: "目录" + "." * n + "x",
    "middle-dots": lambda n: "目录" + "·" * n + "x",
    "ellipses": lambda n: "一、" + "…" * n + "x",
    "dashes": lambda n: "-" * n + "x",
    "digits": lambda n: "1" * n + "x",
    "decimal-dots": lambda n: _times("1.", n) + "x",
    "paren-opens": lambda n: _times("（", n) + "一",
    "cn-numerals": lambda n: _times("一二三", n) + "、",
    "han-run": lambda n: _times("监督管理", n),
    "short-lines": lambda n: _times("1\n", n),
    "fullwidth-colons": lambda n: _times("来源：", n),
    "mojibake": lambda n: _times("锟斤拷?烫", n),
    "latin1-mojibake": lambda n: _times("ä¸", n),
    "pinyin-opens": lambda n: _times("中（zhōng ", n),
    "mixed": _mixed,
    "labelled-families": _labelled_families,
    "numbered-paragraphs": _numbered_paragraphs,
    "metadata-labels": _metadata_labels,
    "markdown-containers": lambda n: _times("<div>\n", n // 2) + _times("</nav>\n", n // 2),  # no close pops
    "bare-number-blocks": lambda n: _times("**1.**\n\n**标题**\n\n", n),
    "tag-line-attrs": lambda n: "<a" + _times(" b=c", n) + " ",  # formats _TAG_LINE
    # a container's fences (':::tip 标题'): spaces round its kind and title, a title of settings, fence after fence
    "box-fence-spaces": lambda n: ":::" + " " * (n // 2) + "tip" + " " * (n // 2) + "x",
    "box-settings": lambda n: "::: tabs " + _times("k:v ", n) + "标题",
    "box-fences": lambda n: _times("::: info 专家点评\n", n),
    "asked-turns": lambda n: "## 问答\n\n" + _times("**问：为什么？**\n答：因为。\n\n", n),
    # rewrap: a wrapped feed's address tails, a line of addresses over a blank, a reporter's wrapped questions
    "address-tails": lambda n: _times("标题\n\n原文連結：https://news.example.hk/ch/component/k2/18007\n70-2025.htm\n\n", n),
    "address-line": lambda n: _times("https://", n) + "\n\n议程 1：介绍\n",
    "nested-bullets": lambda n: _times("- 目录\n  - 项目背景\n    - [GFS](#gfs)\n", n) + _times("项目背景\nGFS\n", n),
    "reporter-questions": lambda n: _times("记者：结合当前疫情防控需求，成都校区疫情防控工作办公室对\n人员的管理？\n\n", n),
    # a page's trails, menu rows and quoting subheads; a note's table rows; counted parts after full lines
    "crumb-trails": lambda n: _times("规章制度\n首页 > 规章制度 > 自律公约\n规章制度\n", n),
    "menu-rows": lambda n: _times("上级政策解读 本县政策解读 政策咨询问答库 回应关切\n\n正文一句。\n\n", n),
    "quoted-subheads": lambda n: _times("中共逼国有银行救房地产 专家：雪上加霜\n\n正文很长的一段话，说明了有关情况。\n\n", n),
    "table-rows": lambda n: "## 1. 关键字\n\n" + _times("| static | 修饰类变量、类方法 |\n", n),
    "counted-parts": lambda n: _times("总体来说，解决好数据源是大数据创业的必要门槛。关键看你创业的项目\n门槛二：硬件\n", n),
    # bracketed chapters, a numbered contents list over bare sections, bare decimals one after another, a script's
    # cues, titles named again with a colon, credits across a bar, icon glyphs and cut tags
    "framed-chapters": lambda n: _times("【第一章 总 则】\n第一条 本会名称为协会。\n", n),
    "contents-again": lambda n: "Contents\n" + _times("1.1. 实验目的\n", n) + _times("实验目的\n正文一句。\n", n),
    "contents-page-dots": lambda n: "目录\n引言" + "." * n + "x\n",  # tocdepth _PAGE on an entry's leaders
    "named-contents": lambda n: "目录\n" + _times("引言……1\n", n) + _times("引言\n正文一句。\n", n),
    "dated-sessions": lambda n: _times("2022/11/24\n内容一句。\n内容一句。\n7.11\n", n),
    "agenda-items": lambda n: _times("议题一：介绍\n介绍：\n1、一项。\n", n),
    "numbered-labels": lambda n: _times("第一节 要求：\n1、一项\n2、二项\n", n),  # plainlines label_items: each
    # label a numbered line, its list read on through every later label (32 s per 100 KB at 40 KB)
    "bare-decimals": lambda n: "3. 分工\n3.1 前端\n正文一句，说明分工。\n4. 截图\n" + _times("4.1 对话框设计\n", n),
    "script-cues": lambda n: _times("翻页\n老师同学们大家好，下面我来介绍课题的主要内容和结论。\n", n),
    "titles-again": lambda n: _times("主要特点\n正文很长的一段话，说明了有关情况。\n主要特点:\n- 一项\n", n),
    "credit-bars": lambda n: _times("采访 | 李思琪\n", n) + "编辑｜" + _times("王", n),
    "cut-tags": lambda n: _times('a="b" />', n) + _times("\ue62b", n) + ">" + _times("中", n),
    # a page's hidden parts: prose with no Chinese sentence end beside one, many of them, a long style before one
    "hidden-prose": lambda n: "<html><body><div hidden>菜单</div><p>" + _times("abc ", n) + "</p>",
    "hidden-parts": lambda n: "<html><body>" + _times('<div style="display:none">菜单一句。</div><p>正文。</p>', n),
    "hidden-style": lambda n: '<html><body><div style="' + _times("; ", n) + 'display : none">x</div>',
    # a page's stylesheet: opened and never closed, braces only, comments left open, many rules, many classes
    "style-opens": lambda n: _times("<style", n) + "<p>x</p>",
    "style-unclosed": lambda n: _times("<style>.a{display:none}", n),
    "unclosed-scripts": lambda n: _times("<script>var a=1;\n<p>正文。</p>\n", n),  # html_tokens: one end-tag search
    "unclosed-titles": lambda n: _times("<title>通知<p>正文。</p>", n),  # html_tokens: each ends at the next tag
    "wrapped-paragraph": _wrapped_paragraph,  # rewrap: a paragraph glued line by line
    "stray-nuls": lambda n: _times("正文一句，说明有关情况。" * 100 + "\x00\n", n),  # decode: NULs marked, not refused
    "style-braces": lambda n: "<style>" + _times("{", n // 2) + _times("}", n // 2) + "</style>",
    "style-comments": lambda n: "<style>" + _times("/*.a{display:none}", n) + "</style>",
    "style-rules": lambda n: "<style>" + _times(".a,#b,p.c{display:none !important}", n) + "</style>"
                             + _times('<p class="a c" id="b">x</p>', n),
    "style-classes": lambda n: '<style>.a{display:none}</style><p class="' + _times("b ", n) + '">x</p>',
}



@lru_cache(maxsize=1)
def _cache_dir() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="zhreader-adversarial-"))


def _decode(text: str) -> None:
    from reader.text.decode import decode_bytes

    data = text.encode("utf-8")
    decode_bytes(data, name="x.txt")
    decode_bytes(data, name="x")  # content sniffing and <meta charset>


def _html(text: str) -> None:
    from reader.text.htmlpage import html_blocks, html_meta

    html_blocks(text)
    html_meta(text)


def _markdown(text: str) -> None:
    from reader.text.formats import markdown_blocks

    markdown_blocks(text)


def _clean(text: str) -> None:
    from reader.text.clean import clean

    clean(Decoded(text=text, encoding="utf-8"))


def _paragraphs(text: str):
    """One paragraph per non-empty line, as cleaning would hand them over, without running cleaning."""
    from reader.text.model import Paragraph

    paragraphs, start = [], 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            paragraphs.append(Paragraph(line.strip(), n, start))
            start += len(line.strip()) + 1
    return paragraphs


def _outline(paragraphs) -> None:
    from reader.text.outline import parse_outline

    parse_outline(paragraphs, "")


def _fold_ready(text: str) -> str:
    from reader.text.keywords import KeywordIndex

    KeywordIndex("监督").find_all(["监督"])  # the folding tables load once, outside the timing
    return text


def _find(text: str) -> None:
    from reader.text.keywords import KeywordIndex

    KeywordIndex(text).find_all(["监督", "首页", "a", "1"])


def _converter_ready(text: str) -> str:
    from reader.text.convert import get_converter

    get_converter("s2t", _cache_dir())  # built once, outside the timing
    return text


def _convert(text: str) -> None:
    from reader.text.convert import get_converter

    get_converter("s2t", _cache_dir()).convert(text)


def _garble(text: str) -> None:
    from reader.text.garble import find_garbled

    find_garbled(text)


def _debris(text: str) -> None:
    from reader.text.debris import classify_lines
    from reader.text.pinyin import find_pinyin

    classify_lines(text.split("\n"))
    find_pinyin(text)


def _values(text: str) -> None:
    """The readers of one metadata value, as the list's date sort and the header line call them on any value."""
    from reader.text import metavalues as mv

    mv.sortable_date(text)
    mv.date_value(text)
    mv.time_word(text)
    mv.without_site(text)
    mv.month_date(text)
    mv.sortable_number(text)
    mv.prose(text)


def _declared_ready(text: str):
    """The text as a page's <title> (or front matter's title) over the blocks of the same text."""
    from reader.text.formats import markdown_blocks

    return text, markdown_blocks(text)


def _declared(prepared) -> None:
    from reader.text.declaredtitle import declared_title

    declared_title(prepared[0], list(prepared[1]), True)
    declared_title(prepared[0], list(prepared[1]), False)


def _identity(text: str) -> str:
    return text


def _listed_ready(text: str):
    """Every other line a heading, for the contents-list passes to name and nest."""
    from reader.text.model import Heading

    paragraphs = _paragraphs(text)
    return tuple(Heading(1, "", p.text, p.line, p.start) for p in paragraphs[::2]), paragraphs, text


def _listed(prepared) -> None:
    from reader.text.tocdepth import contents_headings

    contents_headings(*prepared)


# stage -> (setup(text) -> argument, untimed; timed(argument))
STAGES: dict[str, tuple[Callable, Callable]] = {
    "decode": (_identity, _decode),
    "html": (_identity, _html),
    "markdown": (_identity, _markdown),
    "debris": (_identity, _debris),
    "garble": (_identity, _garble),
    "clean": (_identity, _clean),
    "outline": (_paragraphs, _outline),
    "contents": (_listed_ready, _listed),
    "values": (_identity, _values),
    "declared": (_declared_ready, _declared),
    "find": (_fold_ready, _find),
    "convert": (_converter_ready, _convert),
}
