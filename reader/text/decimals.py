"""Decimal section numbering as papers and manuals write it: sections in any of '1. 引言', '2 How CPUs Work',
'3.Kafka设计', subsections '2.1 Service Overview' whose title is Latin alone.

A line like '2 How CPUs Work' or '2.1 Service Overview' shows nothing by itself (a version, a quantity, a list item);
the document shows it: subsections numbered from a section ('2.1' after '2 …'), siblings sharing a parent ('2.1',
'2.2'), and sections that count 1, 2, 3 … through the document. Every pass here is one walk over the lines.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from reader.text.appendices import appendix
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.markerwords import QUANTITY_FOLLOWERS, TITLE_WORDS
from reader.text.model import Paragraph
from reader.text.openings import opens_no_digit
from reader.text.packedlists import packed_list_ends

# '2.1 Service Overview', '4.1.2. X100 Algebra': a decimal marker, a space, a title in Latin letters (a colon inside
# is a subtitle, 'Query 1: Baseline Performance'; a point inside abbreviates, '4.1 Shared vs. Non-shared Disk'); no
# sentence punctuation, at most a few words.
_LATIN_SUB = lazy(r"([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,2})[.．]?[ \t\u3000]+([A-Za-z][A-Za-z0-9０-９ ,.:&'’/+()\-]{0,60})")
# '3 ZooKeeper Applications', '6 相关工作': a section number alone before a short title.
_BARE_TOP = lazy(r"([0-9０-９]{1,2})[ \t\u3000]+([A-Za-z\u4e00-\u9fff][^。！？；!?;，,]{0,40})")
_TIGHT_TOP = lazy(r"([1-9][0-9]?)([\u4e00-\u9fff][^\s。！？；!?;，,、：:（(]{1,20})")
_CHAPTER_TITLES = ("bian", "zhang", "jie", "bufen")  # a chapter's own notes open with its number: 第四章 …
_CJK = lazy("[\u3400-\u9fff]")
_TOP_MAX = 45  # a section line is short
_LABEL_ENDS = ("：", ":")  # '1.服务内容:' over its 1.1: a section's label, as its siblings' plain '2.使用规则' are
_SUB_MAX = 80
_MANY = 3  # three sections counting 1, 2, 3 and three subsections of one of them


def _sub_parts(text: str) -> tuple[tuple[int, ...], str] | None:
    found = _LATIN_SUB.fullmatch(text)
    if found is None or found.group(2).rstrip().endswith((",", ":", ".")):
        return None
    parts = tuple(int(p) for p in re.split("[.．]", found.group(1)))
    return (parts, found.group(2).rstrip()) if all(1 <= p <= 50 for p in parts) else None


def _top(text: str, m: HeadingMatch | None) -> tuple[int, HeadingMatch] | None:
    """A line that may be a numbered section: '1. 引言' / '5.结论' (a '1.' marker before a short title, which may
    have a subtitle after a colon: '4. 子系统1：用户管理'), or a bare number before one ('3 Evaluation')."""
    if m is not None:
        if m.family == "decimal" and m.level == 1:
            return m.number, m
        if m.family != "arabic" or m.marker.rstrip()[-1:] not in ".．":
            return None
        if not m.rest and (not m.terminator or m.terminator in _LABEL_ENDS) and 0 < len(m.title) <= 40:
            return m.number, HeadingMatch("decimal", m.marker, m.title, "", m.number, 1, m.end)  # ('1.服务内容:')
        if m.terminator in ("：", ":") and m.title and m.rest and len(m.title) + len(m.rest) < 40 \
                and not any(c in m.rest for c in "，,。；;"):  # '4. 子系统1：用户与社团管理子系统' over its 4.1
            lead = m.end - text.find(m.title) - len(m.title)  # the line's indent: `text` is stripped, m.end is not
            return m.number, HeadingMatch("decimal", m.marker, f"{m.title}{m.terminator}{m.rest}", "", m.number, 1,
                                          lead + len(text))
        return None
    found = _BARE_TOP.fullmatch(text)
    if found is None:
        return None
    head = len(text) - len(text.lstrip())
    number = int(found.group(1))
    title = found.group(2).rstrip()
    return number, HeadingMatch("decimal", found.group(1), title, "", number, 1, head + found.start(2) + len(title))


def _tight_top(text: str, m: HeadingMatch | None, i: int, first_child: dict[int, int]) -> tuple[int, HeadingMatch] | None:
    """'1引言' over '1.1编写目的': a section's number set against its title, no space between, which alone reads as a
    count ('3人'); over its own first subsection it is the section, and so are the ones after it in the count."""
    found = _TIGHT_TOP.fullmatch(text) if m is None else None
    if found is None:
        return None
    number, title = int(found.group(1)), found.group(2)
    if title[0] in QUANTITY_FOLLOWERS and title[:2] not in TITLE_WORDS and not first_child.get(number, -1) > i:
        return None  # '3人一组' counts; '4所建议的系统' over its 4.1 is a section
    head = len(text) - len(text.lstrip())
    return number, HeadingMatch("decimal", found.group(1), title, "", number, 1, head + found.start(2) + len(title))


_PAIR_SPAN = 2  # a heading's translation sits right under it, a short note at most between


def translated_pair(paragraphs: Sequence[Paragraph], first: int, second: int) -> bool:
    """'4.2 Off-chain Revocable HTLC' right over '4.2 链下可撤销HTLC': a bilingual paper writes each heading twice, the
    original and its translation, with the same number; the second is the same section, not a number out of
    sequence. The two lines sit together, share their marker, and one title is in Latin letters, the other Chinese."""
    if not 0 < second - first <= _PAIR_SPAN:
        return False
    a, b = paragraphs[first].text.strip(), paragraphs[second].text.strip()
    head_a, _, title_a = a.partition(" ")
    head_b, _, title_b = b.partition(" ")
    if head_a != head_b or not title_a or not title_b:
        return False
    return (_CJK.search(title_a) is None) != (_CJK.search(title_b) is None)


_HEADLESS_RUN = 3
_BODIED_RUN = 3
_BODY_MIN = 30  # a paragraph longer than a title


def bodied_sections(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> set[int]:
    """'1 目的', '2 适用范围', … '6 变更记录': bare numbers with no 1.1 under them still number a document's sections
    when they run 1, 2, 3 … (or 0, 1, 2 …) through it, each with its own title, and most stand over a paragraph of
    text; a list's items ('1 岗位' again and again, or lines one after another) do not."""
    run = [(i, m) for i, m in enumerate(matches) if m is not None and m.family == "decimal" and m.level == 1]
    first = run[0][1].number if run else 1  # '0 法制与自由' opens a count some writers start from nought
    if len(run) < _BODIED_RUN or first > 1 or any(m.number != first + k for k, (_, m) in enumerate(run)):
        return set()
    if len({m.title for _, m in run}) < len(run):
        return set()
    bodied = sum(1 for i, _ in run if i + 1 < len(paragraphs) and _text_after(paragraphs[i + 1].text))
    return {i for i, _ in run} if 2 * bodied >= len(run) else set()


def _text_after(text: str) -> bool:
    text = text.strip()
    return len(text) > _BODY_MIN or (len(text) > 8 and text[-1:] in "。！？”")


def numbered_parents(matches: Sequence[HeadingMatch | None]) -> set[int]:
    """The top-level decimal sections ('4. 哈希时间锁定合约') whose next subsection is numbered from them ('4.1 …'): the
    number names the section, so the document shows it (one pass)."""
    found: set[int] = set()
    open_top = -1
    for i, m in enumerate(matches):
        if m is None or m.family != "decimal":
            continue
        if m.level == 1:
            open_top = i
        elif open_top >= 0:
            if decimal_parts(m.marker)[:1] == (matches[open_top].number,):
                found.add(open_top)
            open_top = -1
    return found


def headless_run(matches: Sequence[HeadingMatch | None]) -> set[int]:
    """'二.经典功利主义', then 三. and 四.: a chapter's notes whose first part went untitled (no 一. anywhere before); a
    run of three in sequence shows the numbering, so its first member opens the level though it is not 一."""
    heads = set()
    for family in ("cn", "lone-cn"):  # '4' alone over a talk's slide after its titled '3 - …' ones: so too
        seen = [(i, m.number) for i, m in enumerate(matches) if m is not None and m.family == family]
        if len(seen) >= _HEADLESS_RUN and seen[0][1] >= 2 \
                and all(n == seen[0][1] + k for k, (_, n) in enumerate(seen[:_HEADLESS_RUN])):
            heads.add(seen[0][0])
    return heads


def marked_section(text: str) -> HeadingMatch | None:
    """The number of a heading the file format marks ('## 2.2 Choosing a Value'): the mark-up already says it is a
    heading, so the number is split from its title as in a plain text whose numbering shows it."""
    text = text.strip()
    found = _sub_parts(text) if len(text) <= _SUB_MAX else None
    if found is not None:
        parts, title = found
        return HeadingMatch("decimal", text.split(None, 1)[0], title, "", parts[-1], len(parts), len(text))
    top = _top(text, None) if len(text) <= _TOP_MAX else None
    return top[1] if top is not None else None


def decimal_sections(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None],
                     opening: frozenset[str] | None = None, contents: Container[int] = ()) -> None:
    """Sections and Latin-titled subsections of a decimally numbered document, kept when the numbering around them
    shows them: a subsection counts when its section or a sibling is there; a section line counts when it continues
    the count of sections, and the document has at least two sections with numbered subsections under them."""
    if opens_no_digit(opening):
        return  # every number here opens its line (`opening`: what the lines open with): a law's lines open with 第
    subs: dict[int, tuple[tuple[int, ...], str]] = {}
    known: set[tuple[int, ...]] = set()
    first_child: dict[int, int] = {}  # section number → line of its first subsection
    for i, m in enumerate(matches):
        if i in contents:
            continue  # a contents entry ('2.1 …  4') is no subsection its section's line stands over
        if m is not None and m.family == "decimal" and m.level > 1:
            parts = decimal_parts(m.marker)
            known.add(parts)
            first_child.setdefault(parts[0], i)
        elif m is None:
            text = paragraphs[i].text
            head = text[:8]
            if len(text) > 2 * _SUB_MAX or not (head[:1].isdigit() or head.lstrip()[:1].isdigit()) or (
                    "." not in head and "．" not in head):
                continue  # cheap: most lines are text that starts with a word; a subsection's number has a point
            text = text.strip()
            if len(text) <= _SUB_MAX and (found := _sub_parts(text)) is not None:
                subs[i] = found
                known.add(found[0])
                first_child.setdefault(found[0][0], i)
    if not known:
        return
    tops, shown = _section_lines(paragraphs, matches, subs, first_child, contents)
    if shown < 2 and not _many_under_one(known, {m.number for m in tops.values()}):
        return
    sections = {m.number for m in tops.values()}
    for i, heading in tops.items():
        matches[i] = heading
    under: dict[tuple[int, ...], int] = {}  # parent marker → how many numbered subsections it has
    for parts in known:
        under[parts[:-1]] = under.get(parts[:-1], 0) + 1
    for i, (parts, title) in subs.items():
        if (len(parts) == 2 and parts[0] in sections) or parts[:-1] in known or under[parts[:-1]] > 1:
            text = paragraphs[i].text
            marker = text.strip().split(None, 1)[0]
            matches[i] = HeadingMatch("decimal", marker, title, "", parts[-1], len(parts), len(text.rstrip()))
    if tops:
        appendix(paragraphs, matches, max(tops))


def _section_lines(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None], subs: dict,
                   first_child: dict[int, int], contents: Container[int] = ()) -> tuple[dict[int, HeadingMatch], int]:
    """The line of each section, in the count 1, 2, 3 …, and how many have subsections under them. A number may be
    written more often than once ('1. 目的' in a contents list, then '1. 动机' over its 1.1): the section's line is
    the last before its first subsection; one without subsections is the first after the section before."""
    lines: dict[int, list[tuple[int, HeadingMatch]]] = {}
    tights: dict[int, list[tuple[int, HeadingMatch]]] = {}  # '1引言': only where no section is written apart
    for i, m in enumerate(matches):
        text = paragraphs[i].text
        if len(text) > 2 * _TOP_MAX or not text[:8].lstrip()[:1].isdigit() or i in subs or i in contents:
            continue
        text = text.strip()
        if len(text) > _TOP_MAX or _continues_list(paragraphs, matches, i):
            continue
        if (top := _top(text, m)) is None:
            if (tight := _tight_top(text, m, i, first_child)) is not None:
                tights.setdefault(tight[0], []).append((i, tight[1]))
            continue
        number, heading = top
        if ("、" in heading.title or m is not None and m.terminator in _LABEL_ENDS and not m.rest) \
                and not first_child.get(number, -1) > i:
            continue  # '3 术语和定义、缩略语' over its 3.1: a section; '3 个、5 个' alone counts things (and '1.注意：'
            # alone introduces a list)
        lines.setdefault(number, []).append((i, heading))
    if not lines and sum(any(i < first_child.get(n, -1) for i, _ in found) for n, found in tights.items()) >= 2:
        lines = tights  # two sections or more over their own subsections: the count is the text's
    elif lines:  # '1介绍' over its 1.1, then '2 安装与连接'; '5软件设计' over its 5.1 between '4 系统硬件设计' and
        for n, found in tights.items():  # '6 电路仿真': the count's sections, their space lost
            if n not in lines and (any(i < first_child.get(n, -1) for i, _ in found)
                                   or _fills_gap(found, lines.get(n - 1, ()), lines.get(n + 1, ()))):
                lines[n] = found
    tops: dict[int, HeadingMatch] = {}
    shown, after = 0, -1

    def heads(n: int) -> bool:  # a line of section n after the last one taken, over its first subsection
        return any(after < i < first_child.get(n, -1) for i, _ in lines.get(n, ()))

    starts = [(i, 1) for i, _ in lines.get(1, ())] + [(i, n) for n in lines for i, _ in lines[n]
                                                     if i < first_child.get(n, -1)]
    number = min(starts)[1] if starts else 0  # '1.', or a chapter printed alone: '2. 一致性' over its 2.1
    parents, p = sorted(n for n in first_child if n in lines), 0
    while number:
        found = [(i, h) for i, h in lines.get(number, []) if i > after]
        if not found:  # a gap in the count: only a section over its own subsections carries it on
            while p < len(parents) and (parents[p] <= number or not heads(parents[p])):
                p += 1  # passed, or its lines all before the last section taken: never again
            number = parents[p] if p < len(parents) else 0
            continue
        child = first_child.get(number, -1)
        before_child = [(i, h) for i, h in found if i < child]
        i, heading = before_child[-1] if before_child else found[0]
        tops[i] = heading
        shown += i < child
        pair = next(((k, h) for k, h in found if k > i), None)
        if pair is not None and translated_pair(paragraphs, i, pair[0]):
            tops[pair[0]] = pair[1]  # '3 Results' over '3 结果'
            i = pair[0]
        after, number = i, number + 1
    return tops, shown


def _fills_gap(found: list[tuple[int, HeadingMatch]], before: Sequence[tuple[int, HeadingMatch]],
              after: Sequence[tuple[int, HeadingMatch]]) -> bool:
    """'6电路仿真' alone between '5软件设计' and '7 实物的制作与调试': a tight line numbered n with no subsection of
    its own is still section n where it stands between the lines of sections n-1 and n+1 and is the only such line;
    before or after them, or one of several, it counts things ('3人一组')."""
    if len(found) != 1 or not before or not after:
        return False
    i = found[0][0]
    return any(k < i for k, _ in before) and any(i < k for k, _ in after)


def _continues_list(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None], i: int) -> bool:
    """'6. Recovery of the leader' right after '5. Failure of the leader.': an item numbered one past the paragraph
    right before it continues that list; a section has its own text between it and the section before (or stands a
    blank line below a list set line after line: `packedlists.packed_list_ends`)."""
    m, before = matches[i], matches[i - 1] if i > 0 else None
    return (m is not None and m.family == "arabic" and before is not None and before.family == "arabic"
            and before.number == m.number - 1 and not packed_list_ends(paragraphs, matches, i))


def _many_under_one(known: set[tuple[int, ...]], sections: set[int]) -> bool:
    """'4.1. SDS' … '4.8. listpack' under '4. 数据结构实现说明' among sections 1.–6.: one section with a run of numbered
    subsections shows the decimal numbering as well as two sections with one each; so does a chapter printed alone
    ('4. 哈希时间锁定合约' over 4.1 … 4.4), its one section the document's top."""
    counts: dict[int, int] = {}
    for parts in known:
        if len(parts) == 2 and parts[0] in sections:
            counts[parts[0]] = counts.get(parts[0], 0) + 1
    return (len(sections) >= _MANY or len(sections) == 1) and max(counts.values(), default=0) >= _MANY


_UNNAMED_MAX = 24  # characters of a section's title written without its number
_UNNAMED_MIN = 2  # such sections in a document: one alone may be a table's or a list's caption
_NOT_TITLE = lazy(r"[。！？；，,：:!?;]|^(?:[图表圖\-*+•·>|\[(（]|Fig)")  # a sentence, a caption, a bullet


def unnumbered_parents(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> set[int]:
    """'引言' right over '1.1 编写目的', '用途' over '2.1 功能': a manual's sections whose titles came without their
    numbers while the subsections kept theirs; the subsections number them, so each is a section of the count (two or
    more in a document, each a short plain line with no number of its own over its own first subsection)."""
    tops = {m.number for m in matches if m is not None and m.family == "decimal" and m.level == 1}
    found: set[int] = set()
    for i, m in enumerate(matches):
        if m is None or m.family != "decimal" or m.level != 2 or not m.title or i == 0 or matches[i - 1] is not None:
            continue
        parts = decimal_parts(m.marker)
        text = paragraphs[i - 1].text.strip()
        if parts[1:] == (1,) and parts[0] not in tops and _UNNAMED_MIN <= len(text) <= _UNNAMED_MAX \
                and _CJK.search(text) and not _NOT_TITLE.search(text) and not text[0].isdigit():
            found.add(i - 1)
    return found if len(found) >= _UNNAMED_MIN else set()


def decimal_parts(marker: str) -> tuple[int, ...]:
    """'2.1.' → (2, 1): the numbers of a decimal marker."""
    return tuple(int(p) for p in re.split("[.．\\-－]", marker.strip(" .．、")) if p.isdigit())


def names_section(m: HeadingMatch, parent: HeadingMatch | None) -> bool:
    """'4.1.2' right under an open '4.1' whose 4.1.1 the source skipped: a decimal number names its section, so its
    first subsection need not be numbered 1 (a small gap only: '4.1.9' there is more likely a stray figure)."""
    return (m.family == "decimal" and m.level >= 2 and m.number <= 3 and parent is not None
            and parent.family == "decimal" and decimal_parts(parent.marker) == decimal_parts(m.marker)[:-1])


def opening_chapter(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> int:
    """'第四章 中国共产党领导的革命根据地时期的法制' atop a chapter's own notes, over its 第一节 and on (no 第三章 or
    第五章 anywhere): the notes' title, not a level above their sections; -1 when the first line is no such chapter.
    The line stays in the text (an excerpt of a law opens with its chapter the same way)."""
    m = matches[0] if matches else None
    if m is None or not (m.family in _CHAPTER_TITLES or m.family.startswith("di-")) or paragraphs[0].line > 1 \
            or m.number == 1:
        return -1  # '第一編 總則' over its 第一章 opens a code
    first: dict[str, int] = {}  # each family's first number
    section = None  # the first '4.1 …': under '第4章: 数据抽象' a chapter's sections carry its number
    for o in matches[1:]:
        if o is not None:
            first.setdefault(o.family, o.number)
            section = o if section is None and o.family == "decimal" and o.level == 2 else section
    alone = m.family not in first and "tiao" not in first  # a law's excerpt opens with its book or chapter
    own = section is not None and section.number == 1 and section.marker.split(".")[0] == str(m.number)
    return 0 if alone and (own or any(n == 1 and (f in _CHAPTER_TITLES or f.startswith("di-"))
                                      for f, n in first.items())) else -1
