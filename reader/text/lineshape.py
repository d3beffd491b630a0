"""What one line looks like to the joiners: its width, whether it ends a sentence, whether it is a section number
alone whose title sits on the next line. Plain text (the rewrapper) and Markdown or HTML blocks (the cleaner) ask
the same questions."""

from __future__ import annotations

import re
from typing import Callable, Sequence, TypeVar

from reader.text.evidence import TOC_LEADERS
from reader.text.lazyre import lazy
from reader.text.model import Block, Paragraph, line_gap

_TERMINAL = "。！？!?；;…：:"
_CLOSERS = "”’」』)）》〉】]"
LEADING_CONTINUATION = "，。、；：！？）」』”’》〉】,.;:!?)]…"  # a line can only start with these mid-paragraph
BARS = "▌▍▎▋▊▉█"  # an editor's bar before a sub-head (a list's items take a dot, a diamond or a star)
BULLETS = tuple("•●○▪◆◇■□►▶➢✓")  # a line starting with one is a list item, never the tail of a sentence
_ASCII_WIDE = ",.;:!?()*"  # converted from full-width punctuation in PDF extracts: keep their width
_ASCII_WIDE_BYTES = _ASCII_WIDE.encode("ascii")
# A section number alone on its line ('1.2', '第1章', '三、'): a PDF extract put its title on the next line.
BARE_NUMBER = lazy(r"^(?:第\s*[0-9一二三四五六七八九十百零〇两]{1,5}\s*[章节编篇部分讲课]|\d{1,2}(?:\.\d{1,2}){0,3}\.?"
                   r"|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])$")
# In a page's or a Markdown file's blocks, a figure alone ('3', a table's cell or a count) is no section number:
# it needs its mark ('3.', '三、', '（三）') or the zero a designer puts before it ('03'). A decimal alone ('2.1.3')
# is a clause's cell in a table of clauses, and a chapter's '第一章' alone is the outline's to pair with its title.
_BLOCK_NUMBER = lazy(r"^(?:\d{1,2}[.．、]|0\d|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])$")

_CONTENTS_NAMES = frozenset(("目录", "目錄", "目次", "編章節", "编章节", "contents", "tableofcontents"))  # 編章節: Taiwan law pages
_NAME_MAX = 24  # '目　　　　录' letter-spaced, and no longer
SPACED_SHARE = 10  # fewer blank lines than one line in this many: a text saved without them (one paragraph a line)
NAME_ENDS = frozenset("录錄次節节sS")  # the last letters of those names, as a line may end them: a cheap test first

T = TypeVar("T")


def contents_name(text: str) -> bool:
    """'目录', '目　　录', a thesis template's '目□□录': the line that opens a contents list (never a heading of the
    text, nor a list's label)."""
    return (len(text) <= _NAME_MAX and text.rstrip()[-1:] in NAME_ENDS
            and "".join(text.split()).replace("□", "").lower() in _CONTENTS_NAMES)


def width(text: str) -> int:
    """Display columns: non-ASCII characters take two, ASCII one (punctuation two, see _ASCII_WIDE)."""
    ascii_part = text.encode("ascii", "ignore")
    if ascii_part:  # the narrow ones: ASCII but for the wide punctuation, deleted in one pass
        return 2 * len(text) - len(ascii_part.translate(None, _ASCII_WIDE_BYTES))
    return 2 * len(text)


def ends_sentence(text: str) -> bool:
    """The line ends a sentence (or a list introduction), possibly inside closing quotes."""
    stripped = text.rstrip(_CLOSERS)
    if stripped.endswith("."):  # 'xx [8] .' or '系统.': a full stop typed in ASCII; 'Inc.' and '1.' stay open
        head = stripped[:-1].rstrip()
        return bool(head) and not head[-1].isascii() or head.endswith(("]", ")"))
    if stripped and stripped[-1] not in _TERMINAL and text[-1:] in "）)":
        opened = stripped.rfind("（" if text[-1] == "）" else "(")  # '…行动计划。（详见附件1）': an aside after the stop
        return opened > 0 and stripped[opened - 1] in "。！？!?；;"
    return bool(stripped) and stripped[-1] in _TERMINAL


def title_part(text: str, wrap: int | None, is_heading: Callable[[str], bool]) -> bool:
    """The title a bare section number lost to the next line: short (or a contents entry, '第一节' / '释义 ……4'),
    not a sentence, not numbered itself."""
    return ((0 < width(text) <= min(60, int(0.8 * wrap) if wrap else 60) or leaders_line(text)) and not ends_sentence(text)
            and text[0] not in LEADING_CONTINUATION and not text.startswith(BULLETS)
            and not BARE_NUMBER.match(text) and not is_heading(text) and not any(c in text for c in "，,。"))


def pair_stacked_numbers(lines: Sequence[T], text_of: Callable[[T], str], is_heading: Callable[[str], bool]) -> list[T]:
    """'第2章' / '2.1' / '国内外研究现状' / '开放式创新概述': an extract that stacked a chapter's and its first section's
    numbers before both titles; each number is put back before its own title (the lines keep their line numbers)."""
    texts = [text_of(ln) for ln in lines]
    bare = [i for i, t in enumerate(texts) if len(t) <= 20 and BARE_NUMBER.match(t)]
    if all(b + 1 < c for b, c in zip(bare, bare[1:])):
        return list(lines)  # no two numbers in a row: nothing stacked (the common case, asked cheaply)
    out, i = [], 0
    while i < len(lines):
        k = i
        while k < len(lines) and k - i < 3 and BARE_NUMBER.match(texts[k]):
            k += 1
        n = k - i
        if n >= 2 and k + n <= len(lines) and all(title_part(t, None, is_heading) for t in texts[k:k + n]):
            for number, title in zip(lines[i:k], lines[k:k + n]):
                out += [number, title]
            i = k + n
            continue
        out.append(lines[i])
        i += 1
    return out


def numbers_over_titles(blocks: list[Block], is_heading: Callable[[str], bool]) -> list[Block]:
    """'**1.**' over '**韩炳哲里的本雅明**', '<p>一、</p>' over its title: a page or a Markdown file set a section's
    number and its title in blocks of their own; they are one heading, as the rewrapper joins them in plain text."""
    plain = [b.role == "" and not b.heading_level for b in blocks]
    joins = [i for i in range(len(blocks) - 1)
             if plain[i] and plain[i + 1] and len(blocks[i].text) <= 6 and _BLOCK_NUMBER.match(blocks[i].text)
             and title_part(blocks[i + 1].text, None, is_heading)]
    if not joins:
        return blocks
    out = list(blocks)  # the caller's list stays as it was
    for i in reversed(joins):  # a title is never a bare number: no two joins share a block
        out[i:i + 2] = [Block(f"{out[i].text} {out[i + 1].text}", out[i].line)]
    return out


_SHORT_MAX = 30  # as long as an unnumbered title gets


def _short_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= _SHORT_MAX and text[-1] not in "。！？!?" and not text.startswith(("--", "——"))


def inside_short_run(texts: Sequence[str], i: int, apart: Callable[[str], bool] | None = None) -> bool:
    """Titles of past issues, links, names one per line: short lines with short lines on both sides (`apart`: lines
    that are no item of such a run however short, as a '}' closing a block of code)."""
    def short(text: str) -> bool:
        return _short_line(text) and not (apart is not None and apart(text))

    if i < 1 or not short(texts[i - 1]):
        return False
    if i + 1 < len(texts) and short(texts[i + 1]):
        return True
    # the last of a run ends the way the items before it do ('…（2020 #133）'); '鸣谢' after them opens a section
    last, before = texts[i].strip(), texts[i - 1].strip()
    return i > 1 and short(texts[i - 2]) and last[-1:] == before[-1:]


_PICTURE = lazy(r"!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])")  # '![监控展示图2][func_2]', '![图](a.png)'


def picture_line(text: str) -> bool:
    """A Markdown picture alone on a line of a text file: it stands between a paragraph and the title below it."""
    return _PICTURE.fullmatch(text.strip()) is not None


_NOTE_DEF = lazy(r"\s*\[\^[^\]\s]+\]:")  # '[^1]: 《炎黄春秋》 孙旭培': a footnote citing its title's source
_ALERT = lazy(r">?[ \t]*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*", re.IGNORECASE)  # GitHub's '> [!TIP]'
_COMMENT = lazy(r"\S[ \t]+#[ \t]")  # 'True    # True是关键字'
_TAG_FIRST = lazy(r"<[A-Za-z][\w-]*>")  # '<span></span>//将span传递给子组件'


def aside_line(text: str) -> bool:
    """A picture, the footnote that cites a title's source, or a call-out's label ('[!TIP]' over its box): it stands
    between a title and the title's text."""
    return picture_line(text) or _NOTE_DEF.match(text) is not None or _ALERT.fullmatch(text.strip()) is not None


def commented_code(text: str) -> bool:
    """'True    # True是关键字', 'else {// 如果是1…', a docstring, a tag first: code with Chinese in its comment,
    never a title."""
    return ("//" in text or _COMMENT.search(text) is not None or _TAG_FIRST.match(text) is not None
            or text.startswith(('"""', "'''", "</")))


_DELIMITER_ROW = lazy(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*")  # '------|--------'


def table_lines(lines: Sequence[str]) -> set[int]:
    """The 1-based lines of the Markdown tables in a text file: a header row over a '------|--------' row, then rows
    up to the blank line that ends the table (or the next table), the lines a cell's text wraps onto among them
    ('负责人 | 项目简述' over '汪光华 | 手环：改字体…' and its '改定位顺序：…'). Each line is looked at once: linear."""
    out: set[int] = set()
    blankless: bool | None = None  # known once a framed table has lines after its last row
    n = 1
    while n < len(lines):
        row = lines[n]
        if "|" in row and "-" in row and "|" in lines[n - 1] and _DELIMITER_ROW.fullmatch(row):
            out.update((n, n + 1))
            framed, last = markdown_row(lines[n - 1]), n + 1
            n += 1
            while n < len(lines) and lines[n].strip() and not _table_ahead(lines, n):
                out.add(n + 1)
                n += 1
                last = n if "|" in lines[n - 1] else last
            if framed and n > last and blankless is None:
                blankless = sum(not line.strip() for line in lines) * SPACED_SHARE < len(lines)
            if framed and blankless:  # '| … |' rows in a text without blank lines: the lines after the last are text
                out.difference_update(range(last + 1, n + 1))
        n += 1
    return out


def _table_ahead(lines: Sequence[str], n: int) -> bool:
    """Line n (0-based) heads the next table, or stands right over its header ('2019.09.25' over '负责人 | 项目简述'
    with no blank line between the tables): the table before it has ended."""
    if n + 1 < len(lines) and "|" in lines[n] and _DELIMITER_ROW.fullmatch(lines[n + 1]):
        return True
    return n + 2 < len(lines) and "|" in lines[n + 1] and _DELIMITER_ROW.fullmatch(lines[n + 2]) is not None


def markdown_row(text: str) -> bool:
    """'| 公文标题 | 二号 | 22pt |': a Markdown table's row, a line of its own that ends a block as a paragraph does."""
    text = text.strip()
    return len(text) > 1 and text[0] == "|" == text[-1]


_LAW_PARTS = frozenset("总则 總則 附则 附則".split())


def display_title(title: str) -> str:
    """'总 则', '附　　则' → '总则': letter-spaced short titles are typesetting, not words; '【附则】' among a rule's
    '【第五章 社团财务管理】' is its chapter, shown as the chapters are, without the brackets."""
    if title[:1] == "【" and title[-1:] == "】" and "".join(title[1:-1].split()) in _LAW_PARTS:
        title = title[1:-1].strip()
    parts = title.split()
    if len(parts) > 1 and all(len(part) == 1 for part in parts):
        return "".join(parts)
    return title


def cut_before_object(text: str) -> bool:
    """'在书中对固定型思维的定义就是', '数集中常用的性质还有': a sentence cut before what it names (the next line's
    quotation or list), no title; '实事求是' ends in 是 as a phrase does."""
    text = text.strip().rstrip("：:")
    return text.endswith(("是", "还有", "還有")) and not text.endswith("求是")


# A line opening with a word that ties it to what was said before it: a speaker's sentence a transcript left without
# its stop ('但是，作为微软的拥趸，我在开始还是想要吹一波.net', '接下来，我们讲一下数据存储'), no title; ('然后'
# opens a tutorial's step too: '然后配置环境变量')
_CARRIED = lazy("(?:但(?![丁愿])|接下来，|接下來，|接着|接著|于是|於是|所以|因此|不过|不過|然而|可是"
                "|而且|并且|並且|另外，|此外，|首先，)")


def carried_on(text: str) -> bool:
    """A line that goes on from the one before it ('但16年开始都在改好学bug', '于是拉着同学在 339 广场转了不下六圈'):
    a sentence of the text, as a title never opens."""
    return _CARRIED.match(text) is not None and text.rstrip()[-1:] not in "？?"  # ('所以我們怎麼整合？' asks a part's)


def broken_off(text: str) -> bool:
    """'你看我做媒体这么多年，真的是你想得出来的媒体种类我都做过——': a sentence with a clause break that a dash breaks
    off, to go on in the next line: speech running on, no title ('如何在美国把贪官送进监狱——', one clause, may be)."""
    text = text.strip()
    return text.endswith(("——", "—")) and any(ch in "，," for ch in text)


_POINTING = lazy("(?:以下|下面|接下来|接下來|这里|這裡|這里|下图|下圖|本章|本节|本節)"
                 "(?:[^简簡小要总總概]|$)")  # '以下简称', '本章小结', '本章要点' name a part


def points_on(text: str) -> bool:
    """'以下介绍 Reed-Solomon Code', '这里以机械硬盘为例', '下面這張圖的時間軸…': the writer points the reader on to
    what follows, as a sentence leading into it does; a title names its topic, never the text around it."""
    return _POINTING.match(text) is not None and text.rstrip()[-1:] not in "？?"


# A line ending by sending the reader on, to a figure or a table the page shows ('其电路原理图如图 2.1', '运算部件详见
# 附表 2.') or to a link ('更细致的流程请参考'); '…如下' is leadins' to judge, by what stands under it
_POINTS_TO = lazy(r"(?:(?:详见|詳見|参见|參見|见|見|如)(?:下?图|下?圖|附?表|附录|附錄)[ \t]*"
                  r"[0-9A-Za-z][0-9.\-]*|请参考|請參考|请参阅|請參閱)[ \t]*[。.:：]?$")


def points_to(text: str) -> bool:
    """'具体实现见图 4.7', '详见附表 2': a sentence leading the reader to a figure or a table below it, not
    a title, which names its part's topic and sends nobody anywhere."""
    return _POINTS_TO.search(text.strip()) is not None


_RULE_CHARS = frozenset("-*_=—－─━＝~")


def rule_line(text: str) -> bool:
    """'---', '* * *', '————': a thematic break the writer typed between parts, no text of its own."""
    if len(text) < 3:
        return False  # a blank line between paragraphs, asked for every one: no split and join
    marks = "".join(text.split())  # an indent of full-width spaces, as every line of a text may have, too
    return len(marks) >= 3 and marks[0] in _RULE_CHARS and marks.count(marks[0]) == len(marks)


def page_after_leaders(above: str, text: str) -> bool:
    """'5' under '2. 赛事介绍……': the page a contents line gives, which a wrap put on a line of its own."""
    text = text.strip()
    return text.isdigit() and len(text) <= 4 and above.rstrip().endswith(TOC_LEADERS)


def closes_bracket(prev: str, nxt: str) -> bool:
    """A line whose bracket is still open, and a next line that closes it before opening one: one bracket's words."""
    for opener, closer in ("（）", "()"):
        if opener in prev and prev.count(opener) > prev.count(closer) and (end := nxt.find(closer)) >= 0 \
                and opener not in nxt[:end]:  # (most lines open no bracket: one scan, not two counts)
            return True
    return False


_LIST_MARKS = ("- ", "* ", "+ ", "• ")
_HAN = lazy("[\u3400-\u9fff]")


def leads_in(text: str) -> bool:
    """'本期提交的Go主线CL:' or '- 更新GCC版本至gcc16.1，…' right under a name: the Chinese line that opens its part's
    list, as a Markdown file flattened to text sets it with no blank line under its '### GCC'."""
    text = text.strip()
    if text[:2] in _LIST_MARKS:
        text = text[2:].strip()
        return _HAN.search(text) is not None and len(text) >= 8
    return _HAN.search(text) is not None and text[-1:] in "：:" and len(text) >= 4


_ITEM_LINES = 6  # a list item's lines looked back over: its link, its note, its status


def item_tail(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """'已经合并' under '- [RISCV] Add support…' / its link / its note, a blank line after: the last line of a list
    item that runs over several lines (its status), no title; a title sits apart or right under the list."""
    if i + 1 < len(paragraphs) and line_gap(paragraphs[i], paragraphs[i + 1]) == 1:
        return False
    for k in range(i - 1, max(-1, i - 1 - _ITEM_LINES), -1):
        if line_gap(paragraphs[k], paragraphs[k + 1]) != 1:
            return False
        if paragraphs[k].text.lstrip()[:2] in _LIST_MARKS:
            return k < i - 1
    return False


# '何洪明（市纪委）', '楼 华（人行临安支行）', '成    员：巫振江（市府办）': a person, then the unit they come from; a
# roster also sets a member's name bare ('副组长：冯 镭' / '沈 慧' / '何洪明（市纪委）')
_ROSTER_LINE = lazy(r"([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,6}[：:][ \u3000]*)?"
                    r"[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3}([ \u3000]*[（(][^（()）\n]{2,20}[）)])?")
_ROSTER_RUN = 3  # names with their unit: fewer may be a heading's '（试行）' or '（一）'


def roster_lines(texts: Sequence[str], ending: frozenset[str] | None = None) -> set[int]:
    """A working group's members one a line, each a name over the unit in brackets: a roster, no run of titles (a
    notice setting up a 领导小组 lists thirty of them). A bare name is a member between two members (`ending`: what
    the lines end with, when known)."""
    if ending is not None and "）" not in ending and ")" not in ending:
        return set()  # no line ends in a bracket: no member's line, and no scan
    if sum(text.rstrip().endswith(("）", ")")) for text in [text for text in texts if len(text) <= 40]) < _ROSTER_RUN:
        return set()  # a unit's bracket closes every member's line: fewer such lines hold no roster (a pass saved)
    shapes = []  # 2: a name with its unit, 1: a field's name ('组长：李文钢'), 0: a bare name, -1: no name
    for text in texts:
        m = _ROSTER_LINE.fullmatch(text.strip()) if len(text) <= 40 else None
        shapes.append(-1 if m is None else 2 if m.group(2) else 1 if m.group(1) else 0)
    found: set[int] = set()
    run: list[int] = []
    for i, shape in enumerate([*shapes, -1]):
        if shape > 0 or shape == 0 and run and shapes[i - 1] > 0 and i + 1 < len(shapes) and shapes[i + 1] > 0:
            run.append(i)
            continue
        if sum(shapes[k] == 2 for k in run) >= _ROSTER_RUN:
            found.update(run)
        run = []
    return found


_DIAGRAM = lazy(r"(?:(?:flowchart|graph)[ \t]+(?:TB|TD|BT|RL|LR)|sequenceDiagram|classDiagram|erDiagram|"
                r"stateDiagram(?:-v2)?|gitGraph|quadrantChart|requirementDiagram)[ \t]*")


def diagram_line(text: str) -> bool:
    """'flowchart LR', 'sequenceDiagram': a Mermaid diagram's first line, its fence gone, opens code, never a title."""
    return _DIAGRAM.fullmatch(text.strip()) is not None


_ROMAN = frozenset("ivxlIVXL")


def leaders_line(text: str) -> bool:
    """A contents line's leaders, by substring tests (asked of every line). One '……' is prose's ellipsis
    ('……法援需要审核资质，'): a leader only when longer, or when nothing but a page number follows it ('一、概述……3')."""
    if "...." in text or "····" in text or "．．．．" in text or "----" in text:
        return True  # a contents line's dot leaders: as wide as its page, never wrapped (four tests written out, not a
        # generator over them: asked of every line)
    at = text.rfind("……")
    if at < 0:
        return False
    rest = text[at + 2:].strip(" …\t")
    return "………" in text or not rest or rest.isdigit() or set(rest) <= _ROMAN
