"""Re-join lines of hard-wrapped text (PDF extracts, fixed-width files) into paragraphs; real short lines stay."""

from __future__ import annotations

from typing import Callable, NamedTuple

from reader.text.blocktails import blank_marked, block_tail
from reader.text.headers import addressee_line
from reader.text.itemsteps import next_item, next_letter
from reader.text.latinmeasure import LATIN_OR_DIGIT, latin_letters, leading_word
from reader.text.gluedlines import glued_pair
from reader.text.lazyre import lazy
from reader.text.lonetitles import lone_titles
from reader.text.gluing import Joined
from reader.text.markers import match_heading
from reader.text.typeset import cap_formulas, formula_crumbs, hanging_terms, measure_widths, prose_blanks
from reader.text.mixedruns import latin_band, mixed_run_width
from reader.text.lineshape import (BARE_NUMBER, BULLETS, LEADING_CONTINUATION, closes_bracket, ends_sentence,
                                   leaders_line, markdown_row, page_after_leaders, pair_stacked_numbers, picture_line,
                                   title_part, width)
from reader.text.pagemargin import page_margins
from reader.text.pagenotes import foot_notes, place_notes
from reader.text.plainlines import MARKDOWN_BULLETS
from reader.text.splitlines import raised_marks, split_pieces
from reader.text.stretched import stretched
from reader.text.roughwidth import label_cut, over_measure, shared_margin, yes_no_answer
from reader.text.runwidth import (BAND, MIN_WRAP, blank_run_width, deep_indents, estimate_width, indent_dropped,
                                  kin_widths, page_measure, paged_widths, set_in, short_run_width, window_widths, wrap_slack)
from reader.text.wrapcode import code_ended, set_deeper
from reader.text.wrapevidence import cut_lines, cut_number
from reader.text.wrapfacts import Facts as _Facts

_OPENERS_ONLY = set("（(“‘「『《〈【[")
_DANGLING = set("，、（(“《与和及或并")  # no Chinese sentence or title ends on these (的, 为, 在 … can)
_LOST = lazy(r"\?+[\u4e00-\u9fff]")  # a character a conversion to a narrower encoding lost, then Chinese
_CLOSING = "，。、；："  # a line opening with one goes on the line above, whatever blank parts them
_LINK_END = lazy(r"https?://\S*$")  # a line ending in an address is no sentence a blank line cut
_FIELD = lazy(r"[\u4e00-\u9fff]{2,6}[：:]")  # '会议时间：…': a record's field, a line of its own however wide
_LINK_TAIL = 300  # … asked of the line's end only: a line of addresses costs no rescans
_ADDRESS = lazy(r"(?:https?://|www\.)\S")  # a line opening with a web address
_PROSE_MARKS = frozenset("，、；,。！？")  # a line holding one of these is prose, never a title
# The marks searched for, line after line (a set's isdisjoint over a Chinese line makes a string of every character
# it reads: 3 µs a line against a search's 0.7 µs):
_PROSE = lazy("[，、；,。！？]")  # _PROSE_MARKS
_CLAUSE = lazy("[，；,。！？]")  # a line holding one of these has a clause in it: prose
_SENTENCE = lazy("[；;。！？]")  # … and one holding these runs on: a title may hold a comma ('加强服务意识，发挥…')
_INDENT = 4  # a paragraph's first line, indented two Chinese characters in the PDF, loses them in the extract
_MARKER_STARTS = frozenset("（(【第一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩")  # where a numbered heading's line may start
# A list item's number or letter opening a line ('(f)', '（2）', '3．', '①'): after a finished sentence, a new item.
_ITEM = lazy(r"^(?:[(（](?:[A-Za-z]|\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|\d{1,3}[．.、](?!\d)|[①-⑳]"
             r"|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零〇\d]{1,5}[条條章节節编編]"  # a section's number
             r"|\d{1,2}(?:[.．]\d{1,2}){1,3}(?:[\s\u3000]|[.．]?(?=[\u4e00-\u9fff]))"  # '2.1.2 资格评审'
             r"|[a-z][.．、](?=[\u4e00-\u9fff]))")  # 'c.投标文件组成齐全完整' after 'b.…；'
# A label counting its parts ('门槛二：硬件', '方法3：'): where the document counts two or more with one word, a new part.
# A line that is one bracketed note ('（如您执意决定注销账号的，请继续向下阅读）') is finished, like a sentence.
_DECIMAL_OVER = lazy(r"[0-9]{1,2}(?:[.．][0-9]{1,2}){1,3}[ \t\u3000]+[^\s，。；！？]{1,30}$")  # '6.8 周报/进度模块'
_ENCLOSED = lazy(r"^[（(【\[][^（()）【】\[\]]*[)）】\]]$")
# A line opening with a one-character sentence ('练。每当…') is the tail of a word the wrap cut, never a paragraph.
_STUB = lazy(r"^[^\s。！？；，、（(“]{1,2}[。！？；]")
# A figure or table caption ('图 3 2017-2021 年…', '表 2.1 参数'): its own paragraph, whatever precedes it; a text
# that refers to a figure ('图 3 所示', '图 3 中') goes on.
_CAPTION = lazy(r"^[图表圖]\s?\d{1,2}(?:[.．-]\d{1,2})?\s+(?!所示|中|是|为|為|可|表明|显示|顯示|说明|說明|的|和|与|與)\S")
# A paper's own labels open their paragraphs ('Keywords: …' after the abstract's last full line, '中图分类号：').
_PAPER_LABEL = lazy(r"(?:关键词|關鍵詞|关键字|關鍵字|Key ?words|KEYWORDS|Index Terms|中图分类号|文献标识码|Abstract|ABSTRACT)\s?[:：—]")


class Line(NamedTuple):
    """A kept line on its way to a paragraph (a named tuple: a million-character file makes tens of thousands)."""

    text: str
    line: int  # 1-based line in the decoded original
    blank_before: bool = False  # a blank line separates it from the previous kept line
    indented: bool = False  # the original line starts with indentation ('　　' or spaces), a paragraph's first line
    page_start: bool = False  # a page number (or running header) was removed just before it: a new page begins
    indent: int = 0  # columns of leading whitespace; a line indented deeper than the one before hangs under it
    shown: int = 0  # columns the original line took when cleaning shortened it ('高質(zhì)量' → '高質量'), else 0


def rewrap(lines: list[Line], is_heading: Callable[[str], bool], apart: frozenset[int] = frozenset(),
           family: Callable[[str], str | None] | None = None) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """Paragraphs from lines, joining where a line was broken only to fit a width; lines whose original line is in
    `apart` (a feed's '作者：… 时间：…' under each headline) are never joined to a neighbour.

    Each paragraph comes with (offset in the paragraph, original line) for every line it was built from.
    """
    if not lines:
        return []
    lines, feet = foot_notes(page_margins(pair_stacked_numbers(lines, lambda ln: ln.text, is_heading)))
    lines = formula_crumbs(lines, feet)  # (a formula's exponents on a line of their own go after it too)
    if not lines:
        return place_notes([], feet)
    texts = [ln.text for ln in lines]
    # the indent is part of the line the page holds; a contents line's leaders make it as wide as the page, and it
    # says nothing of the wrap: width 0, so it neither sets the width nor joins what follows
    # (an indent every line has, as a word processor's first-line indent on one-line paragraphs, is the margin)
    margin = shared_margin(lines)
    widths = [(ln.shown or width(ln.text)) + max(0, ln.indent - margin) for ln in lines]  # (the wrap cut the line
    # as it stood, pinyin annotations and all)
    hanging_terms(widths, texts, [ln.indent for ln in lines])  # ('openany      正规出版物的…': a term in the margin)
    for i, text in enumerate(texts):  # a prose line of an unwrapped document ends its sentence: not searched
        if widths[i] >= MIN_WRAP and text[-1:] not in "。！？；" and leaders_line(text):
            widths[i] = 0
    spread = [i for i, text in enumerate(texts) if widths[i] >= MIN_WRAP and stretched(text)]
    for i in spread:  # a stretched line's spaces say nothing of the width: it fills whatever the measure is
        widths[i] = 0
    opens = [not ends_sentence(t) and not _ENCLOSED.match(t) for t in texts]  # asked by every width estimate: once
    cut = cut_lines(texts, opens, [ln.indent for ln in lines])  # (a list's item before the next one shows none)
    local = _page_widths(lines, est := measure_widths(widths, texts, lines), texts, cut)  # (no formula, no foot)
    if local is None and sum(ln.page_start for ln in lines) < 2:
        local = window_widths(est, texts, cut)
    doc_width = estimate_width(set_in(est, [ln.indent for ln in lines], margin, _INDENT), texts, cut) \
        if local is None else None  # (a first line set in far by its place on the page shows no wrap)
    english = bool(doc_width) and latin_band(texts, widths, opens, doc_width, BAND)
    doc_width = None if english else doc_width  # a width only English lines fill: Chinese runs are measured alone
    slack = wrap_slack(widths, opens, doc_width) if doc_width else 4
    run_width: list[int | None] = [None] * len(lines) if local is None else local
    if doc_width is None and local is None:
        start, page = 0, page_measure(widths, opens)
        for i in range(1, len(lines) + 1):
            if i == len(lines) or lines[i].blank_before:
                run = list(range(start, i))
                w = (blank_run_width(run, widths, opens) or short_run_width(run, widths, opens, page)
                     or english and mixed_run_width(run, widths, texts, opens) or None)  # Latin inside: as set
                for k in run:
                    run_width[k] = w
                start = i
        if any(ln.page_start for ln in lines):  # a PDF extract's pages (a removed page number shows them)
            kin_widths(run_width, widths, opens, [ln.blank_before for ln in lines])
    wraps = [doc_width] * len(lines) if doc_width else run_width
    cap_formulas(widths, texts, wraps)
    for i in spread:
        widths[i] = wraps[i] or width(texts[i])
    befores = [ln.blank_before for ln in lines]
    for i in raised_marks(texts, befores):  # '[12]' raised over '…对企业产品的安': as wide and open as that line
        widths[i], opens[i] = widths[i - 1], opens[i - 1]
    for i in split_pieces(texts, widths, opens, wraps, befores, is_heading):  # one justified line in two pieces
        widths[i] = wraps[i] or widths[i]
        widths[i + 1] = max(widths[i + 1], widths[i]) if opens[i + 1] else widths[i + 1]
    deep_indents(widths, [ln.indent for ln in lines], margin, wraps, _INDENT)  # a first line set in past the wrap
    dropped = indent_dropped(widths, opens, texts, wraps,
                             slack if doc_width else (1 if local is not None else 4))  # flush first lines fill it
    # Indentation marks paragraph starts only where some lines have it and others (the continuations) do not.
    indent_marks = 0 < sum(ln.indented for ln in lines) < 0.8 * len(lines)
    # Where most lines follow each other without a blank, a blank after a line cut mid-sentence is a stray one.
    blanks = sum(ln.blank_before for ln in lines)
    stray_blanks = doc_width if blanks < 0.5 * len(lines) or prose_blanks(widths, befores) < 0.5 else None
    lone = lone_titles([ln.blank_before for ln in lines], texts, widths, opens, stray_blanks)  # titles filling it
    # A blank after every line (an extract double-spaced) says nothing of paragraphs: the widths alone decide.
    alone = {i for i, ln in enumerate(lines) if ln.line in apart} if apart else set()
    spaced = (blanks >= 0.95 * (len(lines) - 1) and len(lines) > 20 and (doc_width or local) is not None
              and not alone)
    facts = _Facts(texts, widths, opens, is_heading, alone, doc_width, [ln.indent for ln in lines])
    # blank lines none of which falls under a full line cut mid-sentence mark every paragraph: none goes unmarked
    marked = bool(doc_width) and blanks >= 3 and not any(
        opens[k - 1] and widths[k - 1] >= doc_width - 8 for k in range(1, len(lines)) if lines[k].blank_before)
    tails = blank_marked(befores) and not spaced  # a short line closing a block of wrapped lines is their tail
    titled, comma_titled = _titled_families(texts, [doc_width or w for w in run_width], facts, slack if doc_width else (
        1 if local is not None else 4), family) if family else (set[str](), set[str]())
    out: list[tuple[str, tuple[tuple[int, int], ...]]] = []
    cur, starts, para_indent = Joined(texts[0]), [(0, lines[0].line)], lines[0].indent
    head = texts[0]  # the paragraph's first line: a list item's number or bullet stands there
    prose = _PROSE.search(texts[0]) is not None  # the paragraph so far holds a comma or a stop (asked line by line)
    for i in range(1, len(lines)):
        prev, nxt = texts[i - 1], texts[i]
        wrap = doc_width or run_width[i - 1]
        line_slack = slack if doc_width else (1 if local is not None else 4)
        # a paragraph's first line of prose may have lost its indentation (a title or a link never had one)
        first = dropped and len(starts) == 1 and not indent_marks and _CLAUSE.search(prev) is not None  # ('、' lists a
        # title's names: '功辅班…、关爱基金课余托管班、苗圃留校辅导班' short of the width is whole)
        if len(starts) == 1 and BARE_NUMBER.match(cur.text()) and title_part(nxt, wrap, facts.heading):
            cur, prose = Joined(f"{cur.text()} {nxt}"), prose or _PROSE.search(nxt) is not None  # '1.2' / '开放式创新的概念':
            # one heading the extract split
            starts.append((cur.length - len(nxt), lines[i].line))
            continue
        starts_paragraph = (lines[i].blank_before and not spaced and nxt[:1] not in _CLOSING
                            and not (stray_blanks and i - 1 not in lone
                            and _wrapped_over_blank(facts, i, stray_blanks, line_slack + (_INDENT if first else 0),
                                                    i + 1 == len(lines) or lines[i + 1].blank_before)))
        hanging = 0 < para_indent < lines[i].indent  # a list item's later lines hang under its first
        starts_paragraph = starts_paragraph or (indent_marks and lines[i].indented and not hanging)
        if (titled and len(starts) == 1 and wrap and widths[i - 1] >= wrap - 8 and widths[i] >= wrap - 8
                and (_PROSE.search(head := cur.text()) is None or family(head) in comma_titled and _titlelike(head))
                and family(head) in titled):
            starts_paragraph = True  # '（一）裁判文书上网的历程' filling a narrow column: a title, like its short kin
        # an indented paragraph's prose runs on in lines set flush, whatever they start with ('…健全统' / '一、协调…')
        flush_run = indent_marks and para_indent > 0 and not lines[i].indented and prose
        if not starts_paragraph and (_joins(facts, i, wrap, line_slack, first, len(starts) > 1, flush_run, marked, head) or (
                tails and wrap and block_tail(befores, i, len(starts) > 1, widths[i - 1] >= wrap - line_slack)
                and _tail_words(facts, i) and (facts.opens[i - 1] or _PROSE.search(nxt) is not None))):
            # (after a finished sentence only prose goes on: '第一门高级编程语言' there is a title the writer set
            # under its text, a blank line under it only)
            cur.add(nxt)
            prose = prose or _PROSE.search(nxt) is not None
            starts.append((cur.length - len(nxt), lines[i].line))
        else:
            out.append((cur.text(), tuple(starts)))
            cur, starts, para_indent, head = Joined(nxt), [(0, lines[i].line)], lines[i].indent, nxt
            prose = _PROSE.search(nxt) is not None
    out.append((cur.text(), tuple(starts)))
    return place_notes(out, feet)


def _titled_families(texts: list[str], wraps: list[int | None], facts: _Facts, slack: int,
                     family: Callable[[str], str | None]) -> tuple[set[str], set[str]]:
    """Heading families with a member standing short on its line ('（一） 公开的法律依据' over a full line) and none
    run on from its first line: at a narrow wrap their other titles may fill the column and are still titles, not a
    paragraph's first line (articles and numbered paragraphs run on: '第九条　本法…，' shows it). A comma inside a
    member is a sentence's unless a short member holds one too ('二、加强服务意识，发挥党员先锋模范作用'): the
    second set names the families whose titles join phrases with commas."""
    short, commas, run_in, with_comma, widths = set[str](), set[str](), set[str](), set[str](), facts.widths
    for k in range(len(texts) - 1):
        text, wrap = texts[k], wraps[k]
        if not wrap or not (text[0] in _MARKER_STARTS or text[0].isdigit()) or (name := family(text)) is None:
            continue
        if not _titlelike(text):
            run_in.add(name)
            continue
        comma = _PROSE.search(text) is not None
        if comma:
            with_comma.add(name)
        if (widths[k] < wrap - min(8, 1 + slack) and widths[k + 1] >= wrap - 8
                and (k == 0 or not facts.opens[k - 1] or facts.is_heading(k - 1))):
            (commas if comma else short).add(name)
    titled = (short | commas) - run_in - (with_comma - commas)
    return titled, titled & commas


def _titlelike(text: str) -> bool:
    """A numbered line that may be a whole title: a comma may join its phrases ('加强服务意识，发挥党员先锋模范作用'),
    but no sentence ends in it and it does not stop on a comma."""
    return _SENTENCE.search(text) is None and text[-1:] not in _DANGLING


def _page_widths(lines: list[Line], widths: list[int], texts: list[str], opens: list[bool]) -> list[int | None] | None:
    """Wrap width page by page, when the page numbers are known and the pages are wrapped at different widths."""
    starts = [0] + [i for i, ln in enumerate(lines) if ln.page_start and i > 0] + [len(lines)]
    return paged_widths(starts, widths, texts, opens) if len(starts) >= 4 else None


def _wrapped_over_blank(facts: _Facts, i: int, wrap: int, slack: int, apart: bool = False) -> bool:
    """A full line cut mid-sentence, a blank line, then the rest: a PDF extractor's stray blank, not a new paragraph.
    A Markdown list's item ends at a blank line, however full ('- 是否與人類直接互動的各種情境' over '2023.11.16 …');
    a short line that ends no sentence and stands `apart`, a blank line under it too ('运行环境'), is a title; so is
    one with no clause in it ('开发路线' over '阶段一：…')."""
    nxt, after = facts.texts[i], facts.texts[i + 1][:1] if i + 1 < len(facts.texts) else ""
    if facts.opens[i] and 2 * facts.widths[i] < wrap and (apart or _short_title(nxt, wrap, slack)) \
            and not (after and after in _CLOSING):
        return False  # (a paragraph's tail ends its sentence; a short open line with a line under it is a title, but
        # not over a lone '。' below a blank: '全性进行全面评测' / '。' is the sentence's rest, a raised mark above it)
    return (wrap - slack <= facts.widths[i - 1] <= wrap + 6 and facts.opens[i - 1]
            and (not facts.is_heading(i - 1) or _dangling(facts.texts[i - 1]))  # '第 9 条 …的数据，': an article's
            # first line the page break cut on a comma runs on, as a title never stops there
            and not markdown_row(facts.texts[i - 1]) and not _LINK_END.search(facts.texts[i - 1][-_LINK_TAIL:])
            and not _FIELD.match(facts.texts[i - 1]) and facts.texts[i - 1][:2] not in MARKDOWN_BULLETS
            and not facts.is_heading(i) and not facts.counted_part(i) and not facts.dated(i - 1)
            and not nxt.startswith(BULLETS) and not BARE_NUMBER.match(nxt))


def _joins(facts: _Facts, i: int, wrap: int | None, slack: int = 4, first: bool = False, inside: bool = False,
           flush_run: bool = False, marked: bool = False, head: str = "") -> bool:
    """A sentence-final line joins the next (line i) only when it is as full as the document's wrapped lines.

    An open first line may fall short by the indentation the extract dropped (`first`); a numbered line set flush
    under an indented paragraph's full open line is its next words (`flush_run`: the document indents paragraphs).
    """
    prev, nxt, w = facts.texts[i - 1], facts.texts[i], facts.widths[i - 1]
    if page_after_leaders(prev, nxt):
        return True  # '2. 赛事介绍……' over '5': the contents line's page number, cut off by the wrap
    if len(prev) <= 2 and set(prev) <= _OPENERS_ONLY:
        # '（' alone on a line belongs to what follows, unless that is a heading the bracket would break
        return facts.heading(prev + nxt) or not facts.is_heading(i)
    if "![" in (nxt[:2], prev[:2]) and (picture_line(nxt) or picture_line(prev)):
        return False  # a picture ('![][4]') stands on a line of its own, its '!' no exclamation mark
    if not inside and nxt[:4] in ("http", "www.") and _ADDRESS.match(nxt) and _PROSE_MARKS.isdisjoint(prev) \
            and prev[-1] not in "：:" and wrap is not None and facts.widths[i - 1] < wrap - slack:
        return False  # '无锡小天鹅建筑机械有限公司 李石生' short of the width over its article's address: a name and
        # its link, each whole, where a wrap would have begun the address on the name's line (a sentence's address
        # after a comma, and a title filling its line over the address it ran on to, are the words the wrap cut)
    if nxt[:1] == "各" and addressee_line(nxt):
        return False  # '各二级学院：' under a notice's title, however full the title: its addressees' own line
    if code_ended(prev) or facts.indents and set_deeper(prev, nxt, facts.indents[i - 1], facts.indents[i]):
        return False  # '{ test: /\\.css$/, …},' over the next: code keeps its lines, as a name set in under a line does
    if nxt[0] in LEADING_CONTINUATION and not (nxt[0] == "?" and _LOST.match(nxt)):
        return True  # a line that starts with a comma cannot start a paragraph ('?翁、魔鬼…' can: a lossy conversion
        # wrote the character it lost as '?')
    if wrap is not None and w >= wrap - slack and cut_number(prev, nxt):
        return True  # '…会后希望大家例行用起来 09:15-09:' filling its line over '45  胡欣蔚': one time, cut
    if nxt.startswith(BULLETS) or _CAPTION.match(nxt) or _PAPER_LABEL.match(nxt) or markdown_row(prev) \
            or (nxt[:2] in MARKDOWN_BULLETS and (nxt[:2] in (prev[:2], head[:2]) or _set_in(facts, i)
                                                 or _DECIMAL_OVER.match(prev) and _bullet_run(facts.texts, i))):
        return False  # '- …' under '- …': a Markdown list's items, however full the first; '  * …' set in under
        # '- 3.2.1 …' is its nested item (a wrap begins the rest of a cut line at the margin, never deeper); the first
        # of a run of them under a numbered section's line ('6.8 周报/进度模块') opens its list
    if facts.code(i - 1) or facts.code(i) or i in facts.alone or i - 1 in facts.alone or facts.field(i) \
            or facts.dated(i):
        return False  # 's1 = …' over 's2 = …' of a tutorial's code block: statements keep their lines; so do bylines,
        # a record's fields and a history's dated entries
    if wrap is not None and glued_pair(prev, w, wrap, facts.opens[i - 1]):
        return not facts.is_heading(i)  # two wrapped lines the extract set on one: the prose runs on
    if wrap is None or w > wrap + 6 + (over_measure(prev) if not prev[-1].isascii() else 0):
        return False  # wider than a wrapped line gets (Latin words inside Chinese measure roughly: a proportional
        # font's letters vary; an English line is a line of its own, as a bilingual text sets it over its Chinese)
    if facts.marked_apart(i, wrap, slack):
        return False  # '▌Amazon：…' filling its line over prose: the page's marked sub-head, whole
    if facts.printed_twice(i - 1):
        return False  # a numbered title the contents list too, as it stands: whole, however full its line
    if yes_no_answer(head or prev, nxt):
        return False  # '九、 是否存在…完整性' over '否': the question's answer, on a line of its own
    if closes_bracket(prev, nxt):
        return True  # '…证明文件罪（第229条' over '第1款、第2款）': the bracket the line opened closes below
    lead = head or prev  # (the item's number opens its first line, however many lines it runs to)
    if facts.opens[i - 1] and not _dangling(prev) and (next_letter(lead, nxt) or next_item(lead, nxt, match_heading)):
        return False  # '1. 前期，…易早熟' over '2. 后期，…': the list's next item, not the words the wrap cut, however
        # full the line above (a cut lands on the very number after the paragraph's own almost never: 907 dev
        # documents wrapped at 24/35/50 show over a hundred items joined so, and no cut)
    if facts.is_heading(i) and width(nxt) < wrap - 8 and not (flush_run and facts.opens[i - 1] and w >= wrap - slack):
        return False  # a short numbered line after a full one: a heading, not the tail of a sentence
    if not facts.opens[i - 1]:
        return (w >= wrap - slack and not facts.is_heading(i) and not _ITEM.match(nxt) and not facts.counted_part(i)
                and not facts.room_left(i)
                and not (facts.opens[i] and not marked
                         and (_lost_indent(nxt, wrap, slack) or facts.mixed_indent(i, slack)))
                and not (facts.opens[i] and prev[-1] not in "：:" and (_short_title(nxt, wrap, slack)
                                                                       or _paired_title(nxt, wrap))
                         and (i + 1 == len(facts.texts) or facts.texts[i + 1][:1] not in LEADING_CONTINUATION))
                and not (inside and prev[-1] in "：:" and facts.opens[i] and width(nxt) < wrap // 2
                         and not _dangling(nxt) and nxt[0] not in "“「‘\"" and "，" not in nxt and not nxt.isascii()))
    # (a paragraph's '…总结如下：' over '主要工作' ends; a headline's first line '…专家：' goes on to '雪上加霜')
    # a heading line short of the width by more than a wrap ever falls short is the whole heading
    if w < wrap * 0.6 or (facts.is_heading(i - 1) and w + label_cut(prev, nxt) < wrap - min(8, 1 + slack)):
        return False
    if _STUB.match(nxt) or _dangling(prev) and not facts.is_heading(i):
        return True  # '…请勿混淆 CTEX 套装与' / 'ctex 宏包。': a sentence cannot stop there
    # an open line far short of the width ends a paragraph, unless what starts the next line could not fit
    short = wrap - w - (_INDENT if first else label_cut(prev, nxt)) - (latin_letters(prev) // 8 if _cjk_cut(prev, nxt) else 0)
    # (Latin words inside a Chinese sentence measure roughly: '…Compiler System）的设' / '计和开发…' falls short)
    return short <= slack + 2 or width(leading_word(nxt)) >= short - 1


def _cjk_cut(prev: str, nxt: str) -> bool:
    """A wrap cut between two Chinese characters (a Latin word ending the line is no cut word)."""
    return "\u4e00" <= prev[-1] <= "\u9fff" and "\u4e00" <= nxt[0] <= "\u9fff"


def _set_in(facts: _Facts, i: int) -> bool:
    """Line i stands deeper than the line above: a wrap begins the rest of a cut line at the margin, never deeper."""
    return bool(facts.indents) and facts.indents[i] > facts.indents[i - 1]


def _bullet_run(texts: list[str], i: int) -> bool:
    """Line i's bullet opens the next line too: a list's first item, never the rest of a line a wrap cut."""
    return i + 1 < len(texts) and texts[i + 1][:2] == texts[i][:2]


def _tail_words(facts: _Facts, i: int) -> bool:
    """Line i may be words of the prose above it: no numbered heading, item, bullet, code, field or date opens it."""
    nxt = facts.texts[i]
    return not (facts.is_heading(i) or _ITEM.match(nxt) or nxt.startswith(BULLETS) or nxt[:2] in MARKDOWN_BULLETS
                or facts.code(i - 1) or facts.code(i) or code_ended(facts.texts[i - 1])
                or i in facts.alone or i - 1 in facts.alone or facts.field(i) or facts.dated(i) or facts.counted_part(i)
                or _CAPTION.match(nxt) or _PAPER_LABEL.match(nxt)
                or markdown_row(facts.texts[i - 1]) or picture_line(nxt) or BARE_NUMBER.match(nxt))


def _short_title(text: str, wrap: int, slack: int) -> bool:
    """'加強能力建設 練就“金剛鉆”' after a full line ending '。': far short of the width and open, so no paragraph's
    last words (they end their sentence) nor a wrapped line (it fills the width): a title of its own."""
    return 4 <= width(text) < wrap - 8 - slack and not _dangling(text) and not any(c in text for c in "，,、；;：:{}")


def _paired_title(text: str, wrap: int) -> bool:
    """'快速，高质量的产出' under a full line ending '。': two short phrases a comma pairs, open and under half the
    width, are a title as a comma-free short line is (a paragraph's last words end their sentence)."""
    return (text.count("，") == 1 and 12 <= width(text) < wrap // 2 and text[-1] != "，" and not _dangling(text)
            and not any(c in text for c in "、；;：:{}“”,"))


def _lost_indent(text: str, wrap: int, slack: int) -> bool:
    """An open Chinese line short of the width by about the two characters of indentation the extract dropped.

    After a full line that ends its sentence, that is where a new paragraph starts (the old one happened to fill
    its last line).
    """
    if LATIN_OR_DIGIT.search(text) is not None:
        return False  # a Latin word's measure is too rough to tell two characters from a wrap's shortfall
    return wrap - _INDENT - slack - 1 <= width(text) <= wrap - _INDENT + 1


def _dangling(text: str) -> bool:
    """The line stops inside a sentence: on a comma or a word that needs what follows, or inside brackets."""
    return text[-1] in _DANGLING or text.count("（") > text.count("）") or text.count("“") > text.count("”")
