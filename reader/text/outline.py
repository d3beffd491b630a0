"""The outline: which paragraphs are section headings, and how deep each one sits.

Numbered headings nest by order of appearance (GB/T 9704: 一、 > （一） > 1. > （1）; a document that starts at
（一） has it at the top); legal units nest by rank (编 > 章 > 节 > 款 > 目 > 条), an article one below the unit
that encloses it. A run of numbered paragraphs that reads as a list (items after '：', items ending in '；',
one short sentence after another with no body between) is not part of the outline. Headings the file format
marks (Markdown '#', HTML <h2>) nest by their level, numbered paragraphs inside them; 序言, 前言, 附件 … are
top-level headings by name. Documents with none of these get their short standalone lines (between body
paragraphs) as top-level headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.text.markers import STRUCTURAL_RANK, HeadingMatch, match_heading
from reader.text.model import Heading, Paragraph
from reader.text.numerals import int_to_cn

__all__ = ["HeadingMatch", "match_heading", "parse_outline"]

# Unnumbered headings every reader recognises by name (simplified and traditional, spaces removed).
_NAMED = frozenset(
    "序言 序 前言 引言 导言 導言 绪论 緒論 绪言 緒言 总则 總則 附则 附則 附录 附錄 结语 結語 结束语 結束語 "
    "后记 後記 跋 参考文献 參考文獻 致谢 致謝".split()
)
_ANNEX = re.compile(r"(?:附件|附录|附錄)[0-9０-９A-Za-z一二三四五六七八九十]{0,3}[：:]?")
_RUN_IN_TITLE_MAX = 30  # a run-in heading's title ('（一）完善理论学习制度。落实……') is short
_STANDALONE_TITLE_MAX = 50
_UNNUMBERED_MAX = 30
_COLON_TITLE_MAX = 16  # '一、目的：' standing alone: a short name, not a sentence introducing a list
_LIST_ITEM_MEAN = 50  # items right after '下列材料：' that follow one another are this short on average
_SENTENCE_END = "。！？!?…”’」』)）：:；;"
_OPENING_QUOTES = "“‘「『《〈\"'"
_CLOSING_QUOTES = "”’」』》〉\"'"
_TOC_LEADERS = ("…", "...", "···", "－－", "---")
_DIGITS = "0123456789０１２３４５６７８９"
# Dates, bylines and page furniture: short lines that are never unnumbered headings.
_NO_UNNUMBERED = re.compile(
    r"^[0-9０-９]+[-/.:：]|[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|"
    r"来源|來源|时间|時間|作者|编辑|編輯|记者|記者|通讯员|通訊員|发布|發布|责任|責任|"
    r"图片|圖片|摄影|攝影|点击|點擊|扫码|掃碼|关注|關注|分享|收藏|打印|阅读|閱讀"
)


@dataclass
class _Candidate:
    """A paragraph that may be a heading, while the outline is being decided."""

    index: int  # paragraph index
    match: HeadingMatch | None  # None for named (序言) and unnumbered format headings
    key: str  # nesting key: the family, 'decimal2' for 1.1, 'h2' for a Markdown '##' / HTML <h2>, 'named'
    rank: int | None = None  # units that nest by rank, not by appearance (format headings, 编 > 章 > … > 条)
    strong: bool = False  # reads as a heading on its own (short title with body after it)
    parent: int = -1  # index into the candidate list
    run: int = -1  # siblings numbered in one sequence share a run (the index of its first member)
    accepted: bool = True
    article: bool = False  # '1.' numbering articles on across sections: a unit like 第X条, titled by its marker


def _is_named(text: str) -> bool:
    """序言, 前言, 结语 …: a heading by its name alone, when it is the whole paragraph."""
    return "".join(text.split()) in _NAMED


def _is_annex(text: str) -> bool:
    """附件2, 附录A: a heading by its name, and what follows it (numbered from 一、 again) belongs to it."""
    return _ANNEX.fullmatch("".join(text.split())) is not None


def _annex_titles(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], plain: list[int]) -> set[int]:
    """After a rule's last article, a title line with body after it opens an appended table or standard."""
    last = max((i for i, m in enumerate(matches) if m is not None and m.family == "tiao"), default=-1)
    if last < 0:
        return set()
    found = set()
    for i in plain:
        text = paragraphs[i].text.strip()
        if (i > last and 0 < i < len(paragraphs) - 1 and 4 <= len(text) <= _UNNUMBERED_MAX
                and not any(ch in "。！？；：，,!?;:…" for ch in text) and not _NO_UNNUMBERED.search(text)
                and paragraphs[i - 1].text.rstrip().endswith("。")
                and (_is_body(paragraphs[i + 1].text) or matches[i + 1] is not None)):
            found.add(i)
    return found


def _lists_files(paragraphs: list[Paragraph], i: int) -> bool:
    """'附件：' over '1.统计表' / '2.名单' lists the attachments at the end of a notice; it heads none of them."""
    if not paragraphs[i].text.rstrip().endswith(("：", ":")) or i + 1 >= len(paragraphs):
        return False
    m = match_heading(paragraphs[i + 1].text)
    return m is not None and m.family in ("arabic", "paren-arabic", "circled") and len(paragraphs[i + 1].text) <= 40


def _key(m: HeadingMatch) -> str:
    """Numbered headings nest by family; decimal ones by how many parts their number has."""
    return f"decimal{m.level}" if m.family == "decimal" else m.family


def _next_marker(m: HeadingMatch) -> re.Pattern[str] | None:
    """The marker the next item of the same list would carry, to spot lists written inside one paragraph."""
    return _next_pattern(m.family, m.number + 1, m.marker if m.family == "circled" else "")


@lru_cache(maxsize=512)
def _next_pattern(family: str, n: int, marker: str) -> re.Pattern[str] | None:
    """Compiled once per family and number: a long law asks for the same few thousand times."""
    if family == "paren-arabic":
        return re.compile(rf"[（(]\s*{n}\s*[）)]")
    if family == "paren-cn" and n < 100:
        return re.compile(rf"[（(]\s*{int_to_cn(n)}\s*[）)]")
    if family == "arabic":
        return re.compile(rf"[；;。，]\s*{n}\s*[.．、]")
    if family == "cn" and n < 100:
        return re.compile(rf"[；;。，]\s*{int_to_cn(n)}、")
    if family == "circled":
        return re.compile(chr(ord(marker) + 1)) if len(marker) == 1 else None
    return None


def _plain_ok(text: str, m: HeadingMatch) -> bool:
    """Never a heading, whatever the neighbours: glossary entries, list intros, inline lists, contents lines."""
    if m.terminator and m.terminator in "：:" and m.title[:1] in _OPENING_QUOTES and m.title[-1:] in _CLOSING_QUOTES:
        return False  # '1.“两重”：…' is a glossary entry
    if _is_toc_entry(m.title):
        return False  # '一、总体要求……3' in a table of contents
    nxt = _next_marker(m)
    return not (nxt and nxt.search(text, m.end))


def _is_toc_entry(title: str) -> bool:
    """'总体要求……3', '总则  12': a title that ends in a page number after leaders or a wide gap (linear scan)."""
    head = title.rstrip(_DIGITS)
    if head == title:
        return False
    gap = head.rstrip()
    return gap.endswith(_TOC_LEADERS) or len(head) - len(gap) >= 2


def _structural_ok(m: HeadingMatch) -> bool:
    """A chapter-like unit stands alone on its line with a short title; an article may run on."""
    return m.family == "tiao" or (not m.rest and not m.terminator and len(m.title) <= 40)


def parse_outline(paragraphs: tuple[Paragraph, ...] | list[Paragraph], title: str = "") -> tuple[Heading, ...]:
    """Find the heading paragraphs and give each its depth."""
    paragraphs = list(paragraphs)
    matches, broken = _matches(paragraphs, title)
    formats = {i: p.heading_level for i, p in enumerate(paragraphs)
               if p.heading_level > 0 and p.text.strip() and p.text.strip() != title}
    plain = [i for i, m in enumerate(matches) if m is None and i not in formats]
    named = {i for i in plain if _is_named(paragraphs[i].text)}
    annexes = {i for i in plain if _is_annex(paragraphs[i].text) and not _lists_files(paragraphs, i)}
    annexes |= _annex_titles(paragraphs, matches, plain)
    candidates = _decide(paragraphs, matches, named, annexes, formats)
    numbered = [c for c in candidates if c.accepted and c.key not in ("named", "container")]
    if not formats:
        found = [i for i in _unnumbered(paragraphs, matches, title) if i not in named and i not in annexes]
        if found and (not numbered or _unnumbered_top_level(found, numbered, candidates)):
            candidates = _decide(paragraphs, matches, named, annexes | set(found), formats)
    chosen = [c for c in candidates if c.accepted]
    return tuple(_heading(paragraphs, c, _depth(c, candidates), c.index in broken) for c in chosen)


def _decide(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], named: set[int], containers: set[int],
            formats: dict[int, int]) -> list[_Candidate]:
    """Nest every candidate, then drop the runs that read as lists."""
    candidates = _nest(paragraphs, matches, named, containers, formats)
    _mark_articles(candidates)
    _reject_lists(candidates, paragraphs)
    return candidates


def _unnumbered_top_level(found: list[int], numbered: list[_Candidate], candidates: list[_Candidate]) -> bool:
    """Unnumbered lines are the top level above numbered sections ('2026年重点工作' then （一）…) when two of them
    come before any numbered heading and none falls inside a run of top-level numbered sections."""
    if len(found) < 2 or found[1] > numbered[0].index:
        return False
    spans: dict[int, list[int]] = {}
    for c in numbered:
        if c.parent < 0 or candidates[c.parent].key == "container":
            spans.setdefault(c.run, []).append(c.index)
    return not any(run[0] < i < run[-1] for run in spans.values() for i in found)


def _matches(paragraphs: list[Paragraph], title: str) -> tuple[list[HeadingMatch | None], set[int]]:
    """Each paragraph's marker, if it can be a heading at all; and the paragraphs whose marker a scrape broke."""
    matches: list[HeadingMatch | None] = []
    broken: set[int] = set()  # '（' alone, its marker finished on the next paragraph ('三）…')
    for i, p in enumerate(paragraphs):
        text = p.text
        if text.strip() in ("（", "(") and i + 1 < len(paragraphs) and i - 1 not in broken:
            text = text.strip() + paragraphs[i + 1].text
            broken.add(i)
        m = match_heading(text) if text != title and i - 1 not in broken else None
        if m is not None and not (_structural_ok(m) if m.family in STRUCTURAL_RANK else _plain_ok(text, m)):
            m = None
        if m is None:
            broken.discard(i)
        matches.append(m)
    if not any(m is not None and m.family == "decimal" and m.level > 1 for m in matches):
        matches = [None if m is not None and m.family == "decimal" else m for m in matches]  # '1 范围' alone
    return matches, broken


def _ranked(i: int, paragraph: Paragraph, m: HeadingMatch | None, level: int) -> _Candidate:
    """A unit that nests by rank: a legal unit, or a heading the file format marks (Markdown '#', HTML <h2>)."""
    if level and not (m is not None and m.family in STRUCTURAL_RANK):
        raw = match_heading(paragraph.text)
        shown = raw if raw is not None and raw.title and raw.family not in STRUCTURAL_RANK else None
        return _Candidate(i, shown, f"h{level}", level - 100, True)
    return _Candidate(i, m, m.family, STRUCTURAL_RANK[m.family], True)


def _nest(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], named: set[int], containers: set[int],
          formats: dict[int, int]) -> list[_Candidate]:
    """One pass with a stack of open units: parent, sibling sequence and strength of every candidate."""
    candidates: list[_Candidate] = []
    stack: list[int] = []  # indices into candidates
    top_rank: int | None = None  # the highest legal unit seen so far (编, or 章 …)
    last: dict[str, _Candidate] = {}  # the latest candidate of each nesting key, for numbering that runs on
    for i, m in enumerate(matches):
        if i in named or i in containers:
            stack.clear()
            if i in containers:  # 附件1, or an unnumbered section: what follows nests inside it
                stack.append(len(candidates))
                candidates.append(_Candidate(i, None, "container", -1000))
            else:  # 序言 is a sibling of what follows; 附则 after the 编 or 章 of a law holds its articles
                if top_rank is not None:
                    stack.append(len(candidates))
                candidates.append(_Candidate(i, None, "named", top_rank))
            continue
        if i in formats or (m is not None and m.family in STRUCTURAL_RANK):
            c = _ranked(i, paragraphs[i], m, formats.get(i, 0))
            if c.key in STRUCTURAL_RANK and c.key != "tiao":
                top_rank = c.rank if top_rank is None else min(top_rank, c.rank)
            while stack and not _encloses(candidates[stack[-1]], c):
                stack.pop()
            c.parent = stack[-1] if stack else -1
            stack.append(len(candidates))
            candidates.append(c)
            continue
        if m is None or (any(candidates[s].key == "tiao" for s in stack) and not _closes_articles(m, stack, candidates)):
            continue  # body, or items inside an article: （一）…；
        c = _Candidate(i, m, _key(m))
        keys = [candidates[s].key for s in stack]
        if c.key in keys:
            j = len(keys) - 1 - keys[::-1].index(c.key)
            previous = candidates[stack[j]].match
            if m.family == "decimal" and m.number == 1 and _prefix(m) != _prefix(previous):
                parent_key = f"decimal{m.level - 1}"  # 2.1 after 1.3: a new sequence under section 2
                if parent_key in keys[:j]:
                    j = keys.index(parent_key) + 1
            elif m.number in (previous.number + 1, previous.number + 2):
                c.run = candidates[stack[j]].run
            elif m.number != 1:
                continue  # out of sequence: a stray number, not the next section
            del stack[j:]  # a sibling, or a new sequence from 1 (after a table of contents, in an annex)
            c.strong = _strong(m, matches, i, keys[:j])
        else:
            c.strong = _strong(m, matches, i, keys)
            prev = last.get(c.key)
            if _runs_on(prev, m, stack, candidates):
                c.run = prev.run  # 6. under （二） after 1.–5. under （一）: one sequence across parents
            elif not (m.number == 1 or (not stack and c.strong and m.number <= 3)):
                continue  # a new level starts at 1 (an excerpt may start its top level a little later)
        if c.run < 0:
            c.run = len(candidates)
        c.parent = stack[-1] if stack else -1
        stack.append(len(candidates))
        candidates.append(c)
        last[c.key] = c
    return candidates


def _closes_articles(m: HeadingMatch, stack: list[int], candidates: list[_Candidate]) -> bool:
    """'二、提供证据的要求' after the articles under '一、': the next section, not an item of the last article."""
    if m.rest or m.terminator:
        return False
    return any(candidates[s].key == _key(m) and candidates[s].match is not None
               and candidates[s].match.number + 1 == m.number for s in stack)


def _encloses(parent: _Candidate, c: _Candidate) -> bool:
    """A unit of lower rank encloses one of higher rank; a numbered section ('一、举证责任') encloses articles."""
    if parent.rank is not None:
        return parent.rank < c.rank
    return c.key == "tiao" and parent.match is not None


def _runs_on(prev: _Candidate | None, m: HeadingMatch, stack: list[int], candidates: list[_Candidate]) -> bool:
    """The next number of a sequence whose previous member sat under the previous sibling of the open parent."""
    if prev is None or prev.match is None or m.number != prev.match.number + 1 or prev.parent < 0 or not stack:
        return False
    parent, old = candidates[stack[-1]], candidates[prev.parent]
    return parent.key == old.key and parent.run == old.run and parent.index > old.index


def _mark_articles(candidates: list[_Candidate]) -> None:
    """Untitled numbered paragraphs that number on across sections are articles (司法解释 1.–100.), not a list."""
    runs: dict[int, list[_Candidate]] = {}
    for c in candidates:
        if c.match is not None and c.rank is None:
            runs.setdefault(c.run, []).append(c)
    for run in runs.values():
        parents = {c.parent for c in run}
        numbered = all(p >= 0 and candidates[p].match is not None for p in parents)
        if len(run) >= 3 and len(parents) >= 2 and numbered and 2 * sum(c.strong for c in run) < len(run):
            for c in run:
                c.article = c.strong = True


def _prefix(m: HeadingMatch) -> tuple[str, ...]:
    """'2.1' → ('2',): the section a decimal heading belongs to."""
    return tuple(re.split("[.．]", m.marker.rstrip(".．"))[:-1])


def _strong(m: HeadingMatch, matches: list[HeadingMatch | None], i: int, open_keys: list[str]) -> bool:
    """Does this numbered paragraph read as a heading by itself: a short title, then body or a deeper level?"""
    title_len = len(m.title)
    if m.rest:
        if m.terminator in "：:" and any(q in m.title for q in _OPENING_QUOTES):
            return False  # '2.“四级三类”国土空间规划：…' reads as a glossary entry
        return m.terminator in "。！？!?：:" and title_len <= _RUN_IN_TITLE_MAX
    if m.terminator in "：:" and m.terminator:
        if title_len > _COLON_TITLE_MAX or any(c in m.title for c in "，,、"):
            return False  # '1.有下列情形之一的：' introduces a list
    elif m.terminator not in ("", "。", "！", "？", "!", "?") or title_len > _STANDALONE_TITLE_MAX:
        return False
    if i + 1 >= len(matches):
        return False
    after = matches[i + 1]
    if after is None:
        return True
    key = _key(after)
    return key != _key(m) and key not in open_keys and (after.family not in STRUCTURAL_RANK or after.family == "tiao")


def _reject_lists(candidates: list[_Candidate], paragraphs: list[Paragraph]) -> None:
    """A sibling run is kept when at least half its members read as headings; lists go, with what nests in them.

    A run that does not start at 1 (an excerpt) needs a second member to show it is a sequence; a run right after
    a line ending in '：' is a list when it has one member or short members one after another. Nothing inside an
    article is a heading.
    """
    at = {c.index for c in candidates}
    runs: dict[int, list[_Candidate]] = {}
    for c in candidates:
        if c.match is not None and c.rank is None:
            runs.setdefault(c.run, []).append(c)
    for run in runs.values():
        stray = len(run) == 1 and run[0].match is not None and run[0].match.number != 1  # a lone '三、'
        if stray or 2 * sum(c.strong for c in run) < len(run) or _after_colon_list(run, paragraphs, at):
            for c in run:
                c.accepted = False
    for c in candidates:
        parent = candidates[c.parent] if c.parent >= 0 else None
        if parent is not None and (parent.article or (not parent.accepted and not _paragraph_numbered(parent))):
            c.accepted = False


def _paragraph_numbered(c: _Candidate) -> bool:
    """'一、会议指出，……' numbers a paragraph, not a section: headings inside it still belong to the outline."""
    m = c.match
    limit = _RUN_IN_TITLE_MAX if m is not None and m.rest else _STANDALONE_TITLE_MAX
    return m is not None and c.rank is None and not c.strong and len(m.title) > limit


def _after_colon_list(run: list[_Candidate], paragraphs: list[Paragraph], at: set[int]) -> bool:
    """Items introduced by '下列材料：' that follow one another, short, with no body between: a list."""
    if any(c.article for c in run):
        return False
    before = run[0].index - 1
    if before < 0 or not paragraphs[before].text.rstrip().endswith(("：", ":")):
        return False
    if len(run) == 1:
        return before not in at  # '一、职责：' over one item: the item may be its only subsection
    consecutive = all(b.index == a.index + 1 for a, b in zip(run, run[1:]))
    return consecutive and sum(len(paragraphs[c.index].text) for c in run) < _LIST_ITEM_MEAN * len(run)


def _depth(c: _Candidate, candidates: list[_Candidate]) -> int:
    """One more than the number of units that enclose it."""
    depth = 1
    parent = c.parent
    while parent >= 0:
        depth += candidates[parent].accepted
        parent = candidates[parent].parent
    return depth


def _unnumbered(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], title: str) -> list[int]:
    """Short standalone lines without closing punctuation between body paragraphs; two or more make an outline."""
    found = []
    for i in range(len(paragraphs) - 1):
        text = paragraphs[i].text.strip()
        if (not 2 <= len(text) <= _UNNUMBERED_MAX or text == title or matches[i] is not None
                or match_heading(text) is not None or any(ch in "。！？；：!?;:…" for ch in text)
                or text[-1] in "，、," or _NO_UNNUMBERED.search(text)):
            continue
        if (i == 0 or _is_body(paragraphs[i - 1].text)) and _is_body(paragraphs[i + 1].text):
            found.append(i)
    return found if len(found) >= 2 else []


def _is_body(text: str) -> bool:
    """A paragraph of running text: long, or a finished sentence."""
    text = text.strip()
    return len(text) > _UNNUMBERED_MAX or (bool(text) and text[-1] in _SENTENCE_END and len(text) > 8)


def _display_title(title: str) -> str:
    """'总 则', '附　　则' → '总则': letter-spaced short titles are typesetting, not words."""
    parts = title.split()
    if len(parts) > 1 and all(len(part) == 1 for part in parts):
        return "".join(parts)
    return title


def _heading(paragraphs: list[Paragraph], c: _Candidate, depth: int, broken: bool) -> Heading:
    p = paragraphs[c.index]
    lead = len(p.text) - len(p.text.lstrip())
    if c.match is None:
        text = p.text.strip().rstrip("：:") if c.key == "container" else p.text.strip()
        return Heading(depth, "", _display_title(text), p.line, p.start + lead, p.start + lead + len(text))
    m = c.match
    title = m.marker if m.family == "tiao" or c.article or not m.title else _display_title(m.title)
    if not m.title and m.family.startswith("di-") and _continues(paragraphs, c.index):
        after = paragraphs[c.index + 1]  # '第一件' / '坚持党的全面领导': the title on the next line
        return Heading(depth, m.marker, after.text.strip(), p.line, p.start + lead, after.start + len(after.text.rstrip()))
    if broken:  # the heading part ends in the next paragraph
        return Heading(depth, m.marker, title, p.line, p.start + lead, paragraphs[c.index + 1].start + m.end - 1)
    return Heading(depth, m.marker, title, p.line, p.start + lead, p.start + m.end)


def _continues(paragraphs: list[Paragraph], i: int) -> bool:
    """The paragraph after a bare marker is its title: short, unpunctuated, not itself numbered."""
    if i + 1 >= len(paragraphs):
        return False
    text = paragraphs[i + 1].text.strip()
    return (0 < len(text) <= _UNNUMBERED_MAX and not any(ch in "。！？；：!?;:，," for ch in text)
            and match_heading(text) is None)


def heading_label(heading: Heading, title: str | None = None) -> str:
    """Marker and title as a reader writes them: '一、标题', '（一）标题', but '第一章 总纲' with a space."""
    title = heading.title if title is None else title
    if heading.marker and title and title != heading.marker:
        sep = "" if heading.marker[-1] in "、）)．.：:" else " "
        return f"{heading.marker}{sep}{title}"
    return title or heading.marker


def ancestors(headings: tuple[Heading, ...], index: int) -> list[int]:
    """Indices of the headings enclosing heading `index`, outermost first, ending with `index`."""
    chain = [index]
    depth = headings[index].depth
    for i in range(index - 1, -1, -1):
        if headings[i].depth < depth:
            chain.append(i)
            depth = headings[i].depth
    return chain[::-1]
