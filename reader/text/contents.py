"""Contents lists are no outline: the chapters they list are, where the document repeats them below.

A list is found by its name ('目录' over the entry lines) or, unnamed, as a block of short numbered lines with no text
between them whose entries the document repeats further down (a web book's contents sidebar); an entry may wrap onto
a second line, and a page may set its title again over its first section. Linear time.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.text.annexes import is_annex_label
from reader.text.evidence import TOC_LEADERS
from reader.text.lazyre import lazy
from reader.text.lineshape import NAME_ENDS, contents_name
from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Paragraph

_CONTENTS_ENTRY_MAX = 60
_PAGE_TAIL = lazy(r"(?:\t|[ 　]{2}|(?<=[^\s0-9])[ 　]|[.．·…]{2})[ 　]*(?:[0-9]{1,3}|[ivxl]{1,6})$")  # '\t12',
# '……3', '  ii', or one space after a word ('1.1苏州话的基本概况 3'): a page number
_PAGED_MIN = 3
_TAIL_SPAN = 24  # the end of a line where its page number stands: the search stays short on any line
_ANCHORS = 5  # entries that may stand above the contents before one that the document repeats below
_LIST_FAMILIES = ("arabic", "half-paren", "paren-arabic", "circled")
_DIGITS = lazy(r"[0-9０-９]+")
_CONTENTS_KEY_TAIL = lazy(r"[.．·…—\-_0-9０-９]+$")  # dot leaders and the page number a contents line ends in
_ROMAN_PAGE = lazy(r"(?<=[\s.．·…])[ivxl]{1,6}$")  # a front page's number: '摘　　要\tii'
CONTENTS_ENTRY = "a contents entry (the document repeats it below)"


def contents_key(text: str) -> str:
    return _CONTENTS_KEY_TAIL.sub("", "".join(_ROMAN_PAGE.sub("", text.rstrip()).split()))


def _listed_title(text: str) -> tuple[str, str]:
    """'1. 版本发布' in a contents list numbered as a list: its title and family, for the chapter that repeats it
    numbered its own way ('一、版本发布'); ('', '') for other lines (a law's '第一编 总则' is matched as written)."""
    m = match_heading(text)
    if m is None or not m.title or m.family not in _LIST_FAMILIES:
        return "", ""
    return contents_key(m.title), m.family


def contents_entries(paragraphs: list[Paragraph], ending: frozenset[str] | None = None) -> dict[int, str]:
    """The lines of a contents list ('目录' over the chapter lines): headings only where the document repeats them
    (`ending`: what the lines end with, when known)."""
    out: dict[int, str] = {}
    if ending is not None and ending.isdisjoint(NAME_ENDS):
        return out  # no line ends as a contents name does: no name to look for line by line
    later: dict[str, int] = {}  # entry key → the last line with it, built on first need
    k = 0
    for at in [i for i, p in enumerate(paragraphs[:-1]) if contents_name(p.text)]:
        if at < k:
            continue  # a name inside the list just read (the names found in one pass, no call for a long line)
        k = at
        listed, family = _listed_title(paragraphs[k + 1].text)
        bare = _bare_title(paragraphs[k + 1].text)  # '一、引言 3' over the chapter written '引言' alone
        top = match_heading(paragraphs[k + 1].text)  # the list's first entry, as a heading
        anchors: set[str] = set()  # the first entries' keys: a thesis lists its front pages (摘要, Abstract) first,
        j = k + 1  # which stand above its contents, so the list ends where any of its first few entries recurs
        seen: set[str] | None = None  # the numbered entries' keys, once the chapters restarted under a new part: the
        # text begins where one recurs ('第六章 连续体系梁桥', the page's own chapter)
        while j < len(paragraphs):
            text = paragraphs[j].text.strip()
            key = contents_key(text)
            if key in anchors and j > k + 1 and new_part(paragraphs[j - 1].text, anchors) and not new_part(text, set()):
                seen = seen if seen is not None else {contents_key(p.text) for p in paragraphs[k + 1:j]
                                                      if match_heading(p.text) is not None}
            elif key in anchors or j > k + 1 and (listed and _again(text, listed, family) or bare and key == bare) \
                    or j > k + 2 and _restarted(paragraphs, k + 1, j, top) or seen is not None and key in seen:
                out.update((i, CONTENTS_ENTRY) for i in range(k + 1, j))
                break
            if seen is not None and match_heading(text) is not None:
                seen.add(key)  # a numbered entry: '总结' closes every part
            if j > k + 1 and (len(text) > _CONTENTS_ENTRY_MAX or text[-1:] in "。；;") and not _asked_entry(text):
                if _paged(paragraphs, k + 1, j, later := later or _last_keys(paragraphs)):
                    out.update((i, CONTENTS_ENTRY) for i in range(k + 1, j))  # an abstract between it and the text
                break  # running text before any repeat: not a contents list (or one the document never follows)
            if j - k <= _ANCHORS and key:
                anchors.update((key, _entry_key(text)) if j > k + 1 else (key,))  # '1.1. 实验目的' recurs as '实验目的'
            elif not anchors:
                break
            j += 1
        k = max(j, k + 2)
    return out


_PART_FAMILIES = ("di-篇", "bian", "bufen")  # '第二篇 梁桥', '第二编', '第二部分': a book's parts, its chapters under each


def new_part(text: str, anchors: set[str]) -> bool:
    """'第二篇 梁桥' over '第一章 概论' again: a book's contents whose chapters start over under each part, not the first
    entry recurring where the text begins (the part line is no entry the list opened with); a part recurring under the
    last part ('第一部分 …' after '第三部分 参考文献') is the text beginning."""
    m = match_heading(text)
    return m is not None and m.family in _PART_FAMILIES and contents_key(text) not in anchors


def _restarted(paragraphs: list[Paragraph], first: int, j: int, top: HeadingMatch | None) -> bool:
    """'1. 动机' after a list that ran '1. 目的' … '7. 附录' (its sub-entries between) with no blank line to end it:
    the first entry's number again, as far in as it stood, right after an entry of the list: the chapters begin."""
    head, line, prev = paragraphs[first], paragraphs[j], paragraphs[j - 1]
    if line.indent != head.indent or line.text.lstrip()[:1] != head.text.lstrip()[:1]:
        return False  # (a cheap test first: the run of the list reads most lines once)
    m, before = match_heading(line.text), match_heading(prev.text)
    return (m is not None and top is not None and before is not None and bool(m.title) and m.family == top.family
            == before.family and m.marker == top.marker and m.title != top.title)


def _asked_entry(text: str) -> bool:
    """'1.9.1. 若测量结果偏离正态分布，请分析其主要原因。': a section numbered by parts, long or a full sentence (a
    report's questions), is still an entry of the list."""
    m = match_heading(text) if len(text) <= _UNNAMED_ENTRY_MAX else None
    return m is not None and m.family == "decimal" and m.level >= 2


def _last_keys(paragraphs: list[Paragraph]) -> dict[str, int]:
    return {contents_key(p.text): i for i, p in enumerate(paragraphs) if len(p.text) <= _CONTENTS_ENTRY_MAX}


def _paged(paragraphs: list[Paragraph], start: int, stop: int, later: dict[str, int]) -> bool:
    """Lines that end in a page number after a tab or leaders ('第一章\t绪论\t1'), nearly all of them, one of which
    recurs after them: a Word thesis's contents, its abstract between the list and the chapters."""
    paged = [k for k in range(start, stop) if _PAGE_TAIL.search(paragraphs[k].text.rstrip()[-_TAIL_SPAN:])]
    return (len(paged) >= _PAGED_MIN and len(paged) >= _DENSE * (stop - start)
            and any(later.get(contents_key(paragraphs[k].text), -1) >= stop for k in paged))


def _bare_title(text: str) -> str:
    """The title of a numbered first entry ('一、引言 3' → '引言'), which the chapter may repeat without its number."""
    m = match_heading(text)
    key = contents_key(m.title) if m is not None and m.title else ""
    return key if len(key) >= 2 else ""


def _again(text: str, listed: str, family: str) -> bool:
    """The chapter a list-numbered entry names, numbered otherwise."""
    m = match_heading(text)
    return m is not None and m.family != family and contents_key(m.title) == listed


_UNNAMED_MIN = 8  # numbered lines in a block of short lines: fewer is a list of points, not a book's contents
_DENSE = 0.8  # of the block's lines are entries: a list, not notes whose short lines number some points
_UNNAMED_ENTRY_MAX = 100  # a web book's sidebar spells out long titles (English in brackets)
_CLAUSE = "，,：:；;。"
_ENDS = "。；;！!？?，,：:"
_KEY_LEAD = "0123456789０１２３４５６７８９.．、 "
_WRAPPED_ENTRY_MAX = 50
_AGAIN_MIN = 3  # lines repeating a contents list's entries without their numbers: fewer is chance
_AGAIN_SHARE = 0.5  # of the list's numbered entries


def _entry_key(text: str) -> str:
    """'2.1. 2.1eID数字身份相关主体' and '2.1.eID数字身份相关主体' alike: the line, its numbers and spaces aside."""
    return "".join(text.split()).lstrip(_KEY_LEAD)


def last_lines(paragraphs: list[Paragraph], longest: int, key: Callable[[str], str]) -> dict[str, int]:
    """Each short line's key -> the last line with it: where a list's entry is named again below, in one pass."""
    return {key(p.text): i for i, p in enumerate(paragraphs) if len(p.text) <= longest}


def list_end(paragraphs: list[Paragraph], start: int, stop: int, key: Callable[[str], str]) -> int:
    """Where a list of entries ends: at the first entry named again, as the chapters may follow with no text between."""
    seen: set[str] = set()
    for k in range(start, stop):
        if (name := key(paragraphs[k].text)) in seen:
            return k
        seen.add(name)
    return stop


def unnamed_contents(paragraphs: list[Paragraph], matches: list[HeadingMatch | None]) -> dict[int, str]:
    """A block of short unpunctuated lines, eight or more of them numbered and no text between, one of whose entries
    the document repeats below: a contents list without a name ('前言' / '1. 1.背景' / '1.1. …'). Blocks are found
    in one pass; only where one qualifies are the lines keyed to look for the repeat."""
    blocks: list[tuple[int, int]] = []
    short = [i for i, p in enumerate(paragraphs)  # the short unpunctuated lines, found in one comprehension: a block
             if (t := p.text) and t[-1] not in _ENDS and len(t) <= _UNNAMED_ENTRY_MAX  # is a run of them; (its last
             and (not t[-1].isspace() or t.rstrip()[-1:] not in _ENDS)]  # character first: most lines end in a stop)
    start = prev = short[0] if short else 0
    entries = 0
    for i in short:
        if i != prev + 1 and i != start:  # the run before ended at prev
            if entries >= _UNNAMED_MIN:
                blocks.append((start, prev + 1))
            start, entries = i, 0
        entries += matches[i] is not None and _entry(paragraphs, matches, i)
        prev = i
    if short and entries >= _UNNAMED_MIN:
        blocks.append((start, prev + 1))
    if not blocks:
        return {}
    later = _numbered_lines(paragraphs)
    out: dict[int, str] = {}
    for start, stop in blocks:
        end = list_end(paragraphs, start, stop, _entry_key)
        block = [k for k in range(start, end) if _entry(paragraphs, matches, k)]
        numbered = sum(matches[k] is not None for k in range(block[0], block[-1] + 1)) if block else 0
        if len(block) >= _UNNAMED_MIN and numbered >= _DENSE * (block[-1] - block[0] + 1) \
                and not any(contents_name(paragraphs[k].text) for k in range(start, block[0])) and any(
                _named_again(paragraphs[k].text, later, end) for k in block):
            label = max((k for k in range(start, block[0]) if is_annex_label(paragraphs[k].text)), default=start - 1)
            out.update((k, CONTENTS_ENTRY) for k in range(label + 1, end))  # '附件' over its catalogue holds it
    return out


def _numbers(text: str) -> tuple[int, ...]:
    """'7.6 习题' → (7, 6): the numbers an entry's key leaves aside."""
    lead = text[:len(text) - len(text.lstrip(_KEY_LEAD))]
    return tuple(int(n) for n in _DIGITS.findall(lead))


_Named = dict[tuple[str, tuple[int, ...]], int]


def _numbered_lines(paragraphs: list[Paragraph]) -> tuple[_Named, _Named]:
    """Each short line's key and the numbers it carries, and its key with each start of them ('17.1 …' under (17,)),
    -> the last line with them, in one pass."""
    whole: _Named = {}
    starts: _Named = {}
    for i, p in enumerate(paragraphs):
        if len(p.text) <= _UNNAMED_ENTRY_MAX:
            key, nums = _entry_key(p.text), _numbers(p.text.lstrip())
            whole[(key, nums)] = i
            starts.update(((key, nums[:n]), i) for n in range(1, len(nums) + 1))
    return whole, starts


def _named_again(text: str, later: tuple[_Named, _Named], end: int) -> bool:
    """The section an entry names, below the list: bare or under the entry's own number ('2.1. 2.1eID…' as '2.1eID…',
    '17. 天然橡胶' as '17.1 天然橡胶'), not a sibling with the same words under another number ('7.6 习题' over the
    next week's '8.7 习题', '2）根因' over the next case's '1）根因'): each week or case has its own exercises and causes."""
    key, own = _entry_key(text), _numbers(text.lstrip())
    whole, starts = later
    return any(whole.get((key, own[:n]), -1) >= end for n in range(len(own) + 1)) or (
        bool(own) and starts.get((key, own), -1) >= end)


def _entry(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], k: int) -> bool:
    """A numbered title line ('1.1. 1.1身份的功能'), not a labelled note ('背景：…'), nor a heading the file marks
    ('### 7.6 习题': Markdown's own headings, one after another where a part has no text yet)."""
    m = matches[k]
    return (m is not None and bool(m.title) and not paragraphs[k].heading_level
            and not any(c in _CLAUSE for c in paragraphs[k].text))


def titles_again(paragraphs: list[Paragraph], contents: dict[int, str],
                 matches: list[HeadingMatch | None]) -> dict[int, int]:
    """'实验目的' below a contents list's '1.1. 实验目的', '基本统计量' below its '1.6.1. 基本统计量': a page whose
    sections lost their numbers in the text keeps them in its contents list; each line the list names is a heading
    at the level its number gives. A list with one top entry is the page's title over them (line → level)."""
    levels: dict[str, int] = {}
    for i in sorted(contents):
        m = match_heading(paragraphs[i].text)
        if m is not None and m.title and m.family in ("decimal", "arabic"):
            levels.setdefault(_entry_key(paragraphs[i].text), m.level if m.family == "decimal" else 1)
    if not levels:
        return {}  # no numbered entry to find again: no key for every line below
    out: dict[int, int] = {}
    seen: set[str] = set()
    for i in range(max(contents, default=-1) + 1, len(paragraphs)):
        text = paragraphs[i].text
        if matches[i] is None and len(text) <= _UNNAMED_ENTRY_MAX and (key := _entry_key(text)) in levels \
                and key not in seen:
            seen.add(key)
            out[i] = levels[key]
    if len(out) < _AGAIN_MIN or len(out) < _AGAIN_SHARE * len(levels):
        return {}
    top = min(out.values())
    if sum(level == top for level in out.values()) == 1 and min(out) == min(i for i, v in out.items() if v == top):
        del out[min(out)]  # '1. 21 时间测量中…' over all the rest: the page's title again
        top += 1
    return {i: level - top + 2 for i, level in out.items() if level >= top}  # as a file marks them under its title


def is_title_again(text: str, title: str) -> bool:
    """'2.1.eID数字身份相关主体' under the page title '2.1eID数字身份相关主体 |': the title again, spelt a little apart."""
    return text == title or (bool(title) and abs(len(text) - len(title)) <= 4
                             and [c for c in text if c.isalnum()] == [c for c in title if c.isalnum()])


def wraps_to_page(text: str) -> bool:
    """The second line of a contents entry: short, no marker, ending in a page number after leaders."""
    if not text.rstrip()[-1:].isdigit():
        return False  # cheap: most lines end otherwise
    head = text.strip().rstrip("0123456789").rstrip()
    return len(text) <= _WRAPPED_ENTRY_MAX and head.endswith(TOC_LEADERS) and match_heading(text) is None
