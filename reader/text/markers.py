"""Recognise the numbering marker a line begins with (第一章, 一、, （一）, 1., （1）, ①, 1.1 ...), cheaply."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from reader.text.gluedtitles import glued_title
from reader.text.lazyre import lazy
from reader.text.markerwords import (ENUMERATED, QUANTITY_FOLLOWERS, QUESTION_WORDS, REFERENCE_FOLLOWERS,
                                     TITLE_WORDS, UNITS)
from reader.text.markpatterns import (FAMILIES as _FAMILIES, PLACEHOLDER, SPACES as _SPACES, STEMS as _STEMS,
                                      patterns as _patterns)
from reader.text.numerals import CN_DIGIT_CHARS, enclosed_chars, enclosed_number, int_to_cn, roman_value as _roman_value, to_int

# Structural (legal) families by rank: a unit of lower rank encloses units of higher rank.
STRUCTURAL_RANK = {"bian": 0, "bufen": 0, "fenbian": 1, "zhang": 2, "jie": 3, "kuan": 4, "mu": 5, "tiao": 6}
_UNIT_FAMILY = {
    "编": "bian", "編": "bian", "分编": "fenbian", "分編": "fenbian", "部分": "bufen", "部份": "bufen",  # 民法典: 编 > 分编
    "章": "zhang", "节": "jie", "節": "jie", "款": "kuan", "目": "mu", "条": "tiao", "條": "tiao",
}
_GENERIC_KEY = str.maketrans("單階講課輯冊關題問項則場週頁條", "单阶讲课辑册关题问项则场周页条")
_GENERIC_TITLE_MAX = 30
_CLAUSE_MARKS = "，,。；;！!？?"  # a part after a colon with none of these is the title's second half
_POINT_MAX = 16  # '二是开展过期信息清理' without its stop is short; a wrapped line's start runs on
_CASE_TITLE_MAX = 60
_NOTE = lazy(r"[（(][^（）()]{1,16}[)）]$")  # a short note in brackets after a title
_LATIN_HEAD = lazy(r"[A-Za-z0-9][A-Za-z0-9/+.#&'_\-]*")
_CJK_CHAR = lazy("[\u3400-\u9fff]")
_YEAR = lazy("(?:19|20)[0-9]{2}年")  # '1.2025年度…': no number has four decimals of years; a title starts with one
# A title is the text up to the first of these; what follows is run-in body text.
TERMINATORS = "。！？；：!?;:"
_KEPT_TERMINATORS = "！？!?"  # kept with the title; a one-character string, asked of one character
_FULL_CUT = "：:" + _KEPT_TERMINATORS  # stops a （一） item's title takes the full cut at (a time's colon, a kept mark)
_SPACES_COLONS = _SPACES + "：:"
_UNIT_SEPARATORS = _SPACES + "：:、.．"  # between 第X章 and its title
_TITLE_SPAN = lazy(f"[{_SPACES}]*+((?:[^{TERMINATORS}]++|(?<=[0-9０-９])[:：](?=[0-9０-９]))*+)")  # possessive: one
# pass, never backtracks; a colon between digits is a time ('探视时间为14:00'), not the end of a title
_PLAIN_SPAN = lazy(f"[{_SPACES}]*+([^{TERMINATORS}]*+)")  # the same span where it stops at no colon (most lines)


class HeadingMatch(NamedTuple):
    """A line that starts with a heading marker; cleaning uses it to keep headings off re-joined paragraphs.

    An immutable value like a frozen dataclass, but a named tuple: a long law makes tens of thousands of them, and
    a frozen dataclass takes four times as long to build (change one with `_replace`).
    """

    # 'bian' 编, 'bufen' 部分, 'zhang' 章, 'jie' 节, 'kuan' 款, 'mu' 目, 'tiao' 条; 'cn' 一、, 'paren-cn' （一）,
    # 'arabic' 1., 'paren-arabic' （1）, 'half-paren' 1）, 'circled' ①, 'decimal' 1.1 (and a bare '1 ' before a
    # title), 'lone-cn' 一 standing alone on its line, 'question' Q1：, 'bracket' 【重点任务1】, 'roman' I. / Ⅱ、,
    # 'capital' 壹、, 'shi' 一是 (a point standing alone on its line)
    family: str
    marker: str  # the marker as written
    title: str  # the heading part after the marker (body text that runs on is excluded)
    rest: str  # what follows the heading part on the same line (run-in body text), may be ''
    number: int = 0  # value of the marker's (last) numeral
    level: int = 1  # components of a decimal marker (1.2.3 → 3); 1 for the other families
    end: int = 0  # index in the line where the heading part (marker + title) ends
    terminator: str = ""  # the punctuation that closed the title ('。', '；', '：' ...), '' when none


_new = tuple.__new__  # builds a HeadingMatch of all its fields at half the cost of the call (a law's lines are many)

_CAPITAL_DIGITS = frozenset("壹贰貳貮叁參叄肆伍陆陸柒捌玖拾佰")  # 壹、貳、參: a Taiwan plan's or report's top level, above 一、


_Builder = Callable[[str, str, re.Match[str]], "HeadingMatch | None"]
_FIRST_CHAR: dict[str, tuple[tuple[str, re.Pattern[str], _Builder], ...]] = {}  # filled on first use
_LISTED = ("cn", "paren-cn", "paren-arabic", "arabic")  # the common families: built by `_listed`, past the rare checks
_ITEM_NUMBERS: dict[str, int] = {}  # 一 … 九十九 as a list writes them, with their values: a law's （一） in one look


def _by_first_char() -> dict[str, tuple[tuple[str, re.Pattern[str], _Builder], ...]]:
    """The families a line's first character can start, in matching order, each with the function that builds its
    match: one dict lookup per ordinary line."""
    if _FIRST_CHAR:
        return _FIRST_CHAR
    pattern = dict(zip(_FAMILIES, _patterns()))
    starts = {
        "第": ("structural", "generic", "ordinal"),
        **{chr(c): ("latin",) for c in range(ord("A"), ord("Z") + 1)},
        **{c: ("roman", "latin") for c in "IVX"}, **{chr(c): ("roman",) for c in range(0x2160, 0x216C)},
        **{c: ("decimal", "arabic", "bare") for c in "0123456789０１２３４５６７８９"},
        **{c: ("cn", "shi", "lone-cn") for c in CN_DIGIT_CHARS},
        **{c: ("enclosed",) for c in enclosed_chars()},
        "Q": ("question", "latin"), "q": ("question",), "P": ("part", "latin"), "p": ("part",),
        "【": ("paren-cn", "bracket"), "〔": ("paren-cn",),
        **{c: ("stem",) for c in _STEMS}, "（": ("paren-cn", "paren-arabic", "paren-latin", "stem"),
        "(": ("paren-cn", "paren-arabic", "paren-latin", "stem"),
    }
    pattern.update((f, re.compile(f"({pattern[f].pattern}){_PLAIN_SPAN.pattern}")) for f in _LISTED)  # （一） and
    # its title's span in one match: marker, numeral, title (a law's thousands of items)
    builders = {**dict.fromkeys(_LISTED, _listed), "structural": _structural}  # (a law's articles: no dispatch)
    _ITEM_NUMBERS.update((int_to_cn(n), n) for n in range(1, 100))  # (as to_int reads them; before any builder runs)
    _FIRST_CHAR.update((c, tuple((f, pattern[f], builders.get(f, _build)) for f in fams)) for c, fams in starts.items())
    return _FIRST_CHAR


def _split_title(line: str, pos: int, span: tuple[int, int] | None = None) -> tuple[str, str, int, str]:
    """Title, run-in rest, end index of the title and its terminator, starting at `pos` in `line` (`span`: where
    `_PLAIN_SPAN` matched its title there, when the marker's own match read it)."""
    start, size = pos, len(line)
    pos, term = span or _PLAIN_SPAN.match(line, pos).span(1)  # spaces skipped, then up to the first terminator
    if term == size:
        title = line[pos:].rstrip(_SPACES)
        return title, "", pos + len(title), ""
    terminator = line[term]
    if terminator == "：" or terminator == ":":  # perhaps a time's colon ('14:00'): the pattern that reads on past one
        pos, term = _TITLE_SPAN.match(line, start).span(1)
        if term == size:
            title = line[pos:].rstrip(_SPACES)
            return title, "", pos + len(title), ""
        terminator = line[term]
    # A question or exclamation mark belongs to the heading ('一、为什么要改革？'); a full stop does not.
    title = line[pos:term + 1] if terminator in _KEPT_TERMINATORS else line[pos:term].rstrip(_SPACES)
    return title, line[term + 1:].strip(_SPACES) if term + 1 < size else "", pos + len(title), terminator  # (an
    # item's '；' usually ends the line: no rest)


def _is_cjk(char: str) -> bool:
    """A Chinese character (or an opening quote) can start a title right after a number."""
    return "\u3400" <= char <= "\u9fff" or "\U00020000" <= char <= "\U0003134f" or char in "“‘《「『"


def _is_quantity(text: str, spaced: bool) -> bool:
    """'万人', '日电' after a number measure it; after a space, '日常运维' is a title that happens to start with 日."""
    if text[0] not in QUANTITY_FOLLOWERS:
        return False
    return not (spaced and text[:2] in TITLE_WORDS)


def _latin_title(text: str) -> bool:
    """'TCP 的拥塞控制', '5G 网络切片', 'Stream标识符': a title may start with a Latin word or a number when Chinese follows."""
    head = _LATIN_HEAD.match(text)
    return head is not None and head.end() <= 24 and _CJK_CHAR.search(text, head.end()) is not None


def match_counted_title(line: str) -> HeadingMatch | None:
    """'4、13个对前端开发有用的插件': a '1、'-style marker whose title starts with a count, which alone reads as an
    enumeration ('1、2个月'), or '一　两种宇宙观', which alone reads as a quantity ('一两'); the numbering decides it
    from the numbers around it."""
    start = len(line) - len(line.lstrip(_SPACES))
    if start < len(line) and line[start] in CN_DIGIT_CHARS:
        m = _patterns()[_FAMILIES.index("lone-cn")].match(line, start)
        number = to_int(m.group(1)) if m is not None else None
        counts = number and line[m.end():].strip(_SPACES)[:1] in QUANTITY_FOLLOWERS  # what match_heading turns down
        return _lone_cn(line, m, number, counted=True) if counts else None
    if start >= len(line) or not line[start].isdigit():
        return None
    m = _patterns()[6].match(line, start)
    if m is None or line[m.end() - 1] in ".．）)" or not ENUMERATED.match(line, m.end()):
        return None
    number = to_int(m.group(1))
    title, rest, end, term = _split_title(line, m.end())
    return HeadingMatch("arabic", line[m.start():m.end()], title, rest, number, 1, end, term) if number and title else None


def match_heading(line: str) -> HeadingMatch | None:
    """Does this line begin with a section-heading marker (not a number inside a sentence, a date or a quantity)?"""
    first = _FIRST_CHAR or _by_first_char()  # a global, not a call: every line of a document comes here
    tried = first.get(line[:1])  # most lines start with their first character: one lookup, no copy
    start = 0
    if tried is None:
        if not line or line[0] not in _SPACES:
            return None
        start = len(line) - len(line.lstrip(_SPACES))
        if start >= len(line) or (tried := first.get(line[start])) is None:
            return None
    for family, pattern, build in tried:
        m = pattern.match(line, start)
        if m:
            result = build(family, line, m)
            if result is not None:
                return result
    return None


def _build(family: str, line: str, m: re.Match[str]) -> HeadingMatch | None:
    """Check what follows the marker and cut the title; None when the marker is really something else (the common
    families go to `_listed`, a unit to `_structural`: a law's thousands of lines pass no test of the rare ones)."""
    if family == "generic":
        return _generic(line, m)
    after = m.end()
    nxt = line[after:after + 1]
    marker = line[m.start():after]
    if family == "enclosed":
        fam, number = enclosed_number(marker)
        title, rest, end, term = _split_title(line, after)
        return HeadingMatch(fam, marker, title, rest, number, 1, end, term) if title else None
    if family == "decimal":
        stems = re.split("[.．\\-－]", m.group(1) or m.group(2))
        parts = [to_int(p) for p in stems]
        if len(stems) == 2 and stems[1] == "0" and parts[0] and marker[len(stems[0])] in ".．":
            parts = parts[:1]  # '2.0范围' over '2.1 …': a procedure's section 2, its '.0' the top level's mark
        stripped = line[after:].lstrip(_SPACES)
        spaced = len(stripped) < len(line) - after or marker[-1] == "、"  # '3.1、K8s集群资源创建'
        if not stripped or any(p is None or p == 0 or p > 50 for p in parts) or _is_quantity(stripped, spaced or len(parts) > 1) and (
                len(parts) < 3 or stripped[0] in "条條款项項章节節目") and marker[-1] not in ".．、：:":
            return None  # '1.5 万人', '3.2.7 条' (a number of three parts counts nothing: '2.1.1 人力资本'; a stop
            # ends the number: '1-1. 台灣開放資料' counts no machines)
        closed = m.group(0)[-1] in ".．" and stripped[0].isascii() and stripped[0].isalpha()  # '2.1.1.eID数字身份…'
        glued = len(parts) > 1 and stripped[0].isascii() and stripped[0].isalpha()  # '4.2.3RTOS的未来', not '1.2025年'
        if not (_is_cjk(stripped[0]) or ((spaced or glued) and _latin_title(stripped))
                or (closed and any(map(_is_cjk, stripped[:16])))):
            return None  # '21.88KB
        title, rest, end, term = _split_title(line, after)
        return HeadingMatch("decimal", marker, title, rest, parts[-1], len(parts), end, term) if title else None
    if family == "bare":
        # '1 范围': a bare number, a space, then a short unpunctuated title; '1□绪论': a template's space.
        after += len(line[after:]) - len(line[after:].lstrip(PLACEHOLDER))
        stripped = line[after:].strip(_SPACES)
        if (not stripped or not (_is_cjk(stripped[0]) or _latin_title(stripped)) or _is_quantity(stripped, True)
                or len(stripped) > 30 or any(c in TERMINATORS or c in "，,、" for c in stripped.rstrip("：:"))):
            return None  # (a colon may end it: '1 目的：' over its text, as '一、目的：' is)
        title, rest, end, term = _split_title(line, after)
        return HeadingMatch("decimal", marker, title, rest, to_int(m.group(1)) or 0, 1, end, term)
    if family == "roman":
        return _roman(line, m)
    if family == "stem":
        stem = m.group(1) or m.group(2)
        if nxt and _STEMS.find(nxt) == _STEMS.index(stem) + 1:
            return None  # '甲、乙双方': the parties named together, not part 甲
        title, rest, end, term = _split_title(line, after)
        return HeadingMatch("stem" if m.group(1) else "paren-stem", marker.strip(_SPACES), title, rest,
                            _STEMS.index(stem) + 1, 1, end, term) if title else None
    if family in ("latin", "paren-latin"):
        if not _is_cjk(line[after:].lstrip(_SPACES)[:1] or "a"):
            return None  # 'A. Smith', '(A)': a letter before Latin text is no Chinese sub-section
        title, rest, end, term = _split_title(line, after)
        return HeadingMatch(family, marker.strip(_SPACES), title, rest, ord(m.group(1)) - 64, 1, end, term) if title else None
    number = to_int(m.group(1))
    if not number:
        return None
    if family == "part":
        title, rest, end, term = _split_title(line, after)  # '## Part 1. 回顾' in an essay: its first part, counted in
        if title and (rest or term or not _is_cjk(title[0]) or len(title) > _GENERIC_TITLE_MAX):  # English, titled in
            return None  # Chinese or not at all ('part 2' alone over its text); 'Part of the code…' is a sentence
        marker = marker.strip(_SPACES).rstrip(":：、|｜丨 ")
        return HeadingMatch("di-part", marker, title, "", number, 1, end if title else after, term)
    if family == "question" and not _is_cjk(line[after:after + 1] or "a"):
        return None  # 'Q3 2024', 'Q1.5': a quarter or a version, not a question
    if family == "lone-cn":
        return _lone_cn(line, m, number, counted=False)
    if family == "ordinal":
        title, rest, end, term = _counted_part(line, after)
        alone = title and (term == "。" and len(title) <= _GENERIC_TITLE_MAX
                           or len(title) <= _POINT_MAX and "，" not in title)  # '第一，完善相关规则，诸如': a wrap runs on
        return HeadingMatch(family, marker, title, "", number, 1, end, term) if alone else None
    if family == "shi":
        title, rest, end, term = _split_title(line, after)
        alone = title and not rest and (term == "。" or len(title) <= _POINT_MAX)  # no wrapped line's start
        return HeadingMatch(family, marker, title, "", number, 1, end, term) if alone else None
    title, rest, end, term = _split_title(line, after)  # 'question', 'bracket'
    return HeadingMatch(family, marker, title, rest, number, 1, end, term) if title else None


def _listed(family: str, line: str, m: re.Match[str]) -> HeadingMatch | None:
    """一、 （一） 1. （1） 1）: check what follows the marker and cut the title (`_build` for the common families)."""
    if family == "paren-cn":  # （一）: a law's thousands of items, none of the checks below its own
        marker, numeral, span = m.groups()  # (the title's span, read by the marker's match, ends it: `_by_first_char`)
        term, number = m.end(), _ITEM_NUMBERS.get(numeral) or to_int(numeral)
        if term < len(line) and (stop := line[term]) not in _FULL_CUT:  # an item's '；' or '。': cut here, no call
            title = span.rstrip(_SPACES)  # (most items end at their stop: no slice of nothing to strip)
            rest, end = line[term + 1:].strip(_SPACES) if term + 1 < len(line) else "", term - len(span) + len(title)
        else:  # no stop, a colon (a time's?) or a kept '？': the full cut
            title, rest, end, stop = _split_title(line, m.end(1), (term - len(span), term))
        return _new(HeadingMatch, (family, marker, title, rest, number, 1, end, stop)) if title and number else None
    marker, numeral = m.group(1, 2)
    after = m.end(1)
    if family == "arabic" and marker[-1] in "）)":
        family = "half-paren"  # '1）': only a closing bracket
    number = to_int(numeral)
    if not number and not (family == "arabic" and numeral in ("0", "０") or family == "cn" and numeral in "〇零"):
        return None  # '0. 硬件配置' heads a manual whose steps count from 0, as its programmers do; so does
        # '〇、总则' an association's rules over '一、服务承诺'
    nxt = line[after:after + 1]
    if family == "half-paren" and not line[after:].strip(_SPACES):
        return HeadingMatch(family, marker, "", "", number, 1, after)  # '1）' alone, its section below it
    if family == "cn" and _CAPITAL_DIGITS.issuperset(numeral):
        family = "capital"
    if (family == "cn" and nxt and nxt in CN_DIGIT_CHARS and to_int(nxt) == number + 1
            and line[after + 1:after + 2] in ("、", "月", "季", "年", "等")):
        return None  # 一、二月份, 三、四季度: an enumeration of numbers ('一、一年接着一年干' is a heading)
    if family in ("arabic", "paren-arabic", "half-paren"):
        decimal_point = nxt.isdigit() and line[after - 1] in ".．" and not _YEAR.match(line, after)  # '21.88KB', '1.5倍'
        if (decimal_point or (nxt.isdigit() and ENUMERATED.match(line, after))
                or (family in ("paren-arabic", "half-paren") and nxt in UNITS and _is_quantity(line[after:], True))):
            return None  # 1、2月 / 1.5 / (1)万 — but '5、2019 年的 PHP', '10、5G网速', '（1）项目概况' are titles
    title, rest, end, term = _split_title(line, after, m.span(3))
    if not title:
        return None
    return _new(HeadingMatch, (family, marker, title, rest, number, 1, end, term))


def _lone_cn(line: str, m: re.Match[str], number: int, counted: bool) -> HeadingMatch | None:
    """'一　矛盾的普遍性': a short unpunctuated title after a space; one that starts with a counting word ('两种宇宙观')
    only where the numbering asks for it (`counted`)."""
    title = line[m.end():].strip(_SPACES)
    if title and (len(title) > _GENERIC_TITLE_MAX or not _is_cjk(title[0])
                  or (title[0] in QUANTITY_FOLLOWERS and not counted)
                  or any(c in TERMINATORS or c in "，,、" for c in title)):
        return None  # '一 年来…', '三 个方面': a number in a sentence; a title is short and unpunctuated
    return HeadingMatch("lone-cn", line[m.start():m.end()].strip(_SPACES), title, "", number, 1,
                        len(line.rstrip(_SPACES)) if title else m.start() + len(line[m.start():m.end()].rstrip(_SPACES)))


def _roman(line: str, m: re.Match[str]) -> HeadingMatch | None:
    """I. 提交文件 / Ⅱ、附则 / III. Results: a Roman section number before a Chinese title or a capitalised word."""
    if m.group(2):
        number = ord(m.group(2)) - 0x215F
    else:
        number = _roman_value(m.group(1))
    head = line[m.end():].lstrip(_SPACES)
    if not head or head[0].isdigit() or not (_is_cjk(head[0]) or _latin_title(head) or head[:2].isalpha() and head[0].isupper()):
        return None  # 'I.e.', 'V. 2', 'X.509'
    title, rest, end, term = _split_title(line, m.end())
    return HeadingMatch("roman", line[m.start():m.end()].strip(_SPACES), title, rest, number, 1, end, term) if title else None


def _structural(_family: str, line: str, m: re.Match[str]) -> HeadingMatch | None:
    """第X编/部分/章/节/款/目/条: a unit, unless the line only refers to one ('第三条规定…'); a builder of
    `_by_first_char`'s, called as `_build` is."""
    marker, numeral, unit = m.group(0, 1, 2)  # (one call: the marker is the whole match)
    number = to_int(numeral)
    if number is None or number == 0:
        return None
    family = _UNIT_FAMILY[unit]
    after = m.end()
    nxt = line[after:after + 1]
    if nxt and nxt not in _SPACES and nxt not in "：:、.．" and nxt in REFERENCE_FOLLOWERS \
            and not line.startswith(QUESTION_WORDS, after) and (family == "tiao" or not glued_title(line[after:])):
        return None
    if family == "tiao":
        rest = line[after:].strip(_SPACES_COLONS)
        return _new(HeadingMatch, (family, marker, marker, rest, number, 1, after, ""))
    pos = after
    while pos < len(line) and line[pos] in _UNIT_SEPARATORS:
        pos += 1
    title, rest, end, term = _split_title(line, pos)
    if not title:
        return _new(HeadingMatch, (family, marker, "", rest, number, 1, after, term))
    return _new(HeadingMatch, (family, marker, title, rest, number, 1, end, term))


def match_counted(line: str) -> HeadingMatch | None:
    """'第一条经验，大学阶段该怎样学习。' read as a counted part ('第一个问题，…' is one), not as the article 第一条:
    for the document to choose (`countedparts`); None when the line is no such part."""
    start = len(line) - len(line.lstrip(_SPACES))
    m = _patterns()[_FAMILIES.index("generic")].match(line, start)
    return _generic(line, m, True) if m is not None and m.group(2)[0] in "条條" else None


def _generic(line: str, m: re.Match[str], by_document: bool = False) -> HeadingMatch | None:
    """第一讲 导论, 第3课, 第二篇, 第II部 (a Hong Kong ordinance's part): a part of a family named by its classifier,
    standing alone with a short title ('第一条经验，' only when the document reads its 第N条 so: `by_document`)."""
    number = to_int(m.group(1)) or _roman_value(m.group(1))
    if not number or m.group(2)[0] in "条條" and not by_document:  # '第三条规定，…' alone cites an article
        return None
    after = m.end()
    nxt = line[after:after + 1]
    counted = m.group(2)[0] in "个条條"  # '第一个问题，', '第一条经验，': the comma is the marker's, as '：' is
    if nxt and nxt not in _SPACES and nxt not in "：:、.．" and not counted and (
            nxt in REFERENCE_FOLLOWERS or nxt in QUANTITY_FOLLOWERS):
        return None  # '第一次会议', '第三期的'
    pos = after
    while pos < len(line) and line[pos] in _SPACES + "：:、.．—－-｜" + "，," * counted:  # '第1分部——牌照申請'
        pos += 1
    limit = _CASE_TITLE_MAX if m.group(2) == "案" else _GENERIC_TITLE_MAX  # a meeting's case names its plan in full
    if counted:
        title, rest, end, term = _counted_part(line, pos)  # '第二个话题：上岸能得到什么，不能得到什么。'
        if not title or title[0] == "是":  # '第一条标准，是尊重信息的自传播规律。' says what it is: a sentence
            return None
    else:
        title, rest, end, term = _split_title(line, pos)
        if rest and term in _KEPT_TERMINATORS and _NOTE.fullmatch(rest):
            title, rest, end = title + rest, "", end + len(rest)  # '第 2 页｜什么是 Harness？（约 1.5 分钟）'
        colon = bool(term) and term in "：:"
        subtitled = colon and rest and len(title) > 1 and len(title) + len(rest) < limit \
            and not any(c in rest for c in _CLAUSE_MARKS)
        named = nxt in "：:" and len(title) <= _POINT_MAX  # '第三步：调节参数，观察奇迹' names its step, commas and all
        if (rest and not subtitled) or (term and term not in "！？!?：:") or (colon and not rest) \
                or (("，" in title or "," in title) and not named) or "<" in title or ">" in title:
            return None  # a sentence that starts with '第一件事', not a heading ('第3周 理論知識：語法基礎' is one),
            # nor a pager ('第一页<<上一页下一页>>尾页')
    if len(_NOTE.sub("", title)) > limit:  # a slide's time ('（约 2.5 分钟）') is a note, not its title's length
        return None
    family = "di-" + m.group(2).translate(_GENERIC_KEY)
    marker = line[m.start():pos].rstrip(_SPACES) if counted else line[m.start():after]  # '第一个问题，' as 'Q1：'
    return HeadingMatch(family, marker, title, rest, number, 1, end if title else after, term)


def _counted_part(line: str, pos: int) -> tuple[str, str, int, str]:
    """'第一个问题，美联储利率。' alone on its line names a part, commas and all; one sentence, no more."""
    text = line[pos:].rstrip(_SPACES)
    body = text[:-1] if text[-1:] in "。！？!?" else text
    if not body or any(c in body for c in "。；;！!？?：:"):
        return "", "", pos, ""
    return (text if text[-1:] in "！？!?" else body), "", pos + len(body), text[len(body):]
