"""Numbered families and how they nest: the part of the outline that decides from the document's own evidence.

Every line that starts with a marker is a candidate of its family (第X章/条/讲…, 一、, （一）, 1., （1）, ①, 1.1).
Candidates nest by order of appearance, legal units by rank; a sibling run is kept when its members read as headings
(short titles with body after them), numbering that runs on across parents is one run, untitled paragraphs numbered on
across sections are articles, and runs that read as lists (after '：', items ending in '；', short items one after
another) are dropped with what nests in them. `why_dropped` says, for the explanation, why a candidate was not kept.
"""

from __future__ import annotations

from reader.text.evidence import inserted, inside_quotation, is_citation, lettered_title, paired_clauses
from reader.text.decimals import decimal_parts, headless_run, marked_section, numbered_parents, translated_pair
from reader.text.colonnames import named_with_colon
from reader.text.compilations import HOLDERS
from reader.text.annexes import annex_holder
from reader.text.articles import mark_articles, parts_holder
from reader.text.inverted import inverted_scheme
from reader.text.listdrops import RUN_IN_TITLE_MAX, STANDALONE_TITLE_MAX, reject_lists
from reader.text.losttops import lift_lost_titles, lost_top_part
from reader.text.listruns import OPENING_QUOTES, POINT_FAMILIES, numbered_sentence, subtitle
from reader.text.markers import STRUCTURAL_RANK, HeadingMatch, match_heading
from reader.text.candidate import Candidate, ancestors, nesting_key
from reader.text.model import Packed, Paragraph
from reader.text.plainlines import leads_in
from reader.text.resumes import RESUMED, resume_count
from reader.text.restarts import restarted_counts
from reader.text.sublists import bracketed
from reader.text.sequences import (CHAPTER_FAMILIES, Successors, counted_on, decimal_successors, opens_level,
                                   resumed_run, to_decimal_parent)

_COLON_TITLE_MAX = 16  # '一、目的：' standing alone: a short name, not a sentence introducing a list
_CONVENTION = {"capital": 0, "cn": 1, "paren-cn": 2}  # 壹、 > 一、 > （一）: the levels every official text keeps (a
# list started under one of them never closes it)
_EXCERPT_GAP = 20  # an excerpt skips sections; a titled section further on still numbers on
_DECIMAL_TITLE_MAX = 80
_PART_TITLE_MAX = 16  # '合作项目', '结算及支付方式': a contract's article and its parts are named in a few words
_STOPS = "。！？；，,;!?"
_DEPTH_MAX = 12  # open levels; 编 > 章 > 节 > 条 or 一、 > （一） > 1. > （1） > ① use five: the cap keeps nesting linear


def _standalone_max(m: HeadingMatch) -> int:
    """A title standing alone may be long when its number is decimal (3.2 Starting HTTP/2 for "http" URIs / 为…)."""
    return _DECIMAL_TITLE_MAX if m.family == "decimal" and m.level > 1 else STANDALONE_TITLE_MAX


def decide(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], named: set[int], containers: set[int],
           formats: dict[int, int], issued: int = -1) -> list[Candidate]:
    """Nest every candidate, then drop the runs that read as lists (`issued`: the 文号 line, or -1)."""
    present = {m.family for m in matches if m is not None}  # a pass for a family none is numbered in finds nothing
    decimal = "decimal" in present  # (a law has no '1.1')
    chapters = numbered_parents(matches) if decimal else set()  # '4. 哈希时间锁定合约' over '4.1 …': a chapter printed
    # alone may start at 4
    late = (headless_run(matches) if not present.isdisjoint(("cn", "lone-cn")) else set()) | (
        decimal_successors(matches) if decimal else set())  # units that open their level past its first
    # number: '二.', '三.', '四.' with no 一. (its first part went untitled); '3.5' where '3.4' stands above it
    inverted = "paren-cn" in present and "cn" in present and inverted_scheme(matches)  # （一） over 一、: both there
    candidates = _nest(paragraphs, matches, named, containers, formats, chapters, late, inverted, present)
    mark_articles(candidates, issued)
    reject_lists(candidates, paragraphs, chapters | late)
    if "cn" in present:
        lift_lost_titles(candidates)  # '研究内容' between '一、选题背景' and '四、研究思路': the lost 三、
    return candidates


def _ranked(i: int, paragraph: Paragraph, m: HeadingMatch | None, level: int) -> Candidate:
    """A unit that nests by rank: a legal unit, or a heading the file format marks (Markdown '#', HTML <h2>)."""
    if level and not (m is not None and m.family in STRUCTURAL_RANK):
        raw = match_heading(paragraph.text) or m or marked_section(paragraph.text)
        shown = raw if raw is not None and raw.title and raw.family not in STRUCTURAL_RANK else None
        return Candidate(i, shown, f"h{level}", level - 100, True)
    return Candidate(i, m, m.family, level - 100 if level else STRUCTURAL_RANK[m.family], True)  # '## 第一章': by level


def _nest(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], named: set[int], containers: set[int],
          formats: dict[int, int], chapters: set[int], late: set[int], inverted: bool,
          present: set[str]) -> list[Candidate]:
    """One pass with a stack of open units: parent, sibling sequence and strength of every candidate (`present`: the
    families numbered at all, so a look for one absent is skipped)."""
    candidates: list[Candidate] = []
    stack: list[int] = []  # indices into candidates
    top_rank: int | None = None  # the highest legal unit seen so far (编, or 章 …)
    last: dict[str, Candidate] = {}  # the latest candidate of each nesting key, for numbering that runs on
    latest = {m.number: i for i, m in enumerate(matches) if m is not None and m.family == "arabic"} \
        if "arabic" in present else {}  # for excerpts
    tops = {m.number: i for i, m in enumerate(matches) if m is not None and m.family == "cn"} \
        if "cn" in present else {}  # for top-level parts past lost ones
    successors = Successors(matches)
    restarts = restarted_counts(matches) if not present.isdisjoint(CHAPTER_FAMILIES) else set()  # '三、' after
    # '六、', then '四、', '五、': a second part's count
    packed = Packed(paragraphs)  # no blank line sets a point off: an argument far longer than it does (asked late)
    following: list[int] = []  # the next numbered line after each line, made when a 第X讲-style unit first asks
    labelled: dict[int, list[Candidate]] = {}  # the members of each run of a word's numbering ('议题一：' …)
    titled_chapters = False  # a title has stood inside a chapter (第一章 over '时刻控制自己的坏情绪')
    again = recurring_subs(matches) if "sub" in present else set()  # '个人简介' under each talk: a sub-title of
    # items, never over a counted part
    for i, m in enumerate(matches):
        if i in named or i in containers:
            shown = m if m is not None and m.family in HOLDERS else None  # 一、中华人民共和国公司法, numbered
            titled = i in containers and shown is None  # an unnumbered title: inside the part it stands in?
            at = successors.holder(stack, candidates, i) if titled else -1
            if at < 0 and titled and titled_chapters:  # the last chapter (no later 第X章
                at = next((k for k in range(len(stack) - 1, -1, -1) if candidates[stack[k]].key == "zhang"), -1)
                # says it goes on) holds its titles as the chapters before it held theirs
            if at >= 0:
                del stack[at + 1:]  # '时刻控制自己的坏情绪' after another title of 第一章: both inside the chapter
                titled_chapters = titled_chapters or candidates[stack[-1]].key == "zhang"
                candidates.append(Candidate(i, None, "container", -1000, parent=stack[-1]))
                stack.append(len(candidates) - 1)  # '說文解字序' between 第1周 and 第2周: inside the first week
                continue
            held = annex_holder(stack, candidates, paragraphs, i) if i in containers else parts_holder(
                stack, candidates, top_rank, paragraphs[i].text)  # a bare '附录' stays open over '附录 A：…'
            del stack[held + 1:]
            if i in containers:  # 附件1, or an unnumbered section: what follows nests inside it
                stack.append(len(candidates))
                candidates.append(Candidate(i, shown, "container", -1000, parent=stack[held] if held >= 0 else -1))
            else:  # 序言 is a sibling of what follows; 附则 after the 编 or 章 of a law holds its articles
                candidates.append(Candidate(i, None, "named", top_rank, parent=stack[-1] if stack else -1))
                if top_rank is not None:
                    stack.append(len(candidates) - 1)
            continue
        if i in formats or (m is not None and m.family in STRUCTURAL_RANK):
            c = _ranked(i, paragraphs[i], m, formats.get(i, 0))
            if c.key in STRUCTURAL_RANK and c.key != "tiao":
                top_rank = c.rank if top_rank is None else min(top_rank, c.rank)
            while c.key == "tiao" and stack and candidates[stack[-1]].key != "tiao" and _in_article(stack, candidates):
                stack.pop()  # '1、费用' inside 第一条 ends with it: 第二条 is the article's sibling, not the part's child
                # (the last article on top, as in a law: no walk down the stack)
            while stack and not _encloses(candidates[stack[-1]], c):
                stack.pop()
            c.parent = stack[-1] if stack else -1
            stack.append(len(candidates))
            candidates.append(c)
            continue
        if m is None or ((stack and candidates[stack[-1]].key == "tiao" or _in_article(stack, candidates))
                         and (m.rest or m.terminator and (m.terminator not in "：:" or not named_with_colon(m))
                              or not _closes_articles(m, stack, candidates))  # (an item's '；' asks no call; no
                         # open article, as in a report, asks neither)
                         and (m.rest or m.terminator or not lettered_title(m) and not _contract_part(m))):
            continue  # body, or items inside an article: （一）…； (a report's 'A. 住房' under a covenant article is not)
        c = Candidate(i, m, nesting_key(m))
        keys = [candidates[s].key for s in stack]
        j = len(keys) - 1 - keys[::-1].index(c.key) if c.key in keys else -1
        if j >= 0 and m.number == 1 and c.key in POINT_FAMILIES and (
                any(k in _CONVENTION for k in keys[j + 1:]) or bracketed(matches, i, c.key, [candidates[s].match
                                                                                           for s in stack[j:]], keys[:j])):
            j = -1  # '1、日本的追赶' under 三、, itself under an introduction's '3、': a new list, the parts stay open
            # (or '1、技术双月刊' under '3.3' of '3、', '3.4' or '4、' after its count: a point of that decimal part)
        if j >= 0 and m.family == "sub" and successors.inside(stack[j + 1:], candidates, i):
            c.strong = _strong(m, matches, i, keys, paragraphs, packed)  # '說文解字序' after 第1周 under '課程概述', before
            # 第2周: inside the week, not the overview's sibling
        elif j >= 0:
            previous = candidates[stack[j]].match
            if m.family == "decimal" and (m.number == 1 or i in late) \
                    and decimal_parts(m.marker)[:-1] != decimal_parts(previous.marker)[:-1]:
                parent_key = f"decimal{m.level - 1}"  # 2.1 after 1.3: a new sequence under section 2 (or 5.2.2
                # after 5.1.4, with 5.2.3 below it: the extract lost 5.2 and 5.2.1)
                if parent_key in keys[:j]:
                    j = keys.index(parent_key) + 1
            elif m.number == previous.number + 1 or m.number == previous.number + 2 and not (
                    tight_item(paragraphs, candidates[stack[j]].index)
                    and resumed_run(candidates, candidates[stack[j]], m.number) is not None) or (  # ('4.' after
                    # section 3.'s own '1.' '2.' set one to a line: the sections' count, asked below, no '3.' lost)
                    m.number == previous.number and (inserted(m) or translated_pair(paragraphs, candidates[stack[j]].index, i)
                                                     or m.family == "cn" and _contract_part(m) and _contract_part(previous))):
                c.run = candidates[stack[j]].run
            elif m.number != 1 and (outer := resumed_run(candidates, candidates[stack[j]], m.number)) is not None \
                    and (counted_on(candidates, outer) or _strong(m, matches, i, keys[:j], paragraphs, packed)):
                c.run = outer.run  # '2. 市场规模' after section 1's own list '1.'–'3.': the sections' count goes on
                # (asked before an excerpt's skip: '17.' after '16.' and its list's '1.'–'5.' goes on from 16)
            elif (previous.number < m.number <= previous.number + _EXCERPT_GAP and _titled(m) and _titled(previous)
                  and latest.get(previous.number + 1, -1) < i  # '9.' between 4. and 5. is a stray
                  and candidates[stack[j]].strong and _strong(m, matches, i, keys[:j], paragraphs, packed)):
                c.run = candidates[stack[j]].run  # an excerpt (節錄): titled sections 4. then 9., skipped ones left out
            elif lost_top_part(previous, m, j == 0, tops, i) and _strong(m, matches, i, keys[:j], paragraphs, packed):
                c.run = candidates[stack[j]].run  # '四、研究思路' after '一、选题背景': 二、 and 三、 lost
            elif m.number != 1 and i not in restarts:
                continue  # out of sequence: a stray number, not the next section (nor a part's count from 三、)
            del stack[j:]  # a sibling, or a new sequence from 1 (after a table of contents, in an annex)
            c.strong = _strong(m, matches, i, keys[:j], paragraphs, packed)
        else:
            if len(stack) >= _DEPTH_MAX:
                continue  # a twelfth family inside eleven open ones is a numbered line of text, not a level
            to_decimal_parent(m, stack, candidates, last.get(c.key))  # 3.1 belongs to section 3, not to (5)
            while stack and (not _may_hold(candidates[stack[-1]], c, inverted) or c.key.startswith("di-")
                             and candidates[stack[-1]].key == "sub" and candidates[stack[-1]].match.title in again):
                stack.pop()  # ('第一场：…' after a keynote's '个人简介' is the next part, not inside the label)
            if m.family.startswith("di-"):
                following = following or _following(matches)
                if (at := _restarted_under(matches, following[i], stack, candidates)) >= 0:
                    del stack[at:]  # '第一讲' after a syllabus's 一、…六、, its own 一、 right under it: a level above them
            keys = [candidates[s].key for s in stack]
            c.strong = _strong(m, matches, i, keys, paragraphs, packed)
            prev = last.get(c.key)
            skips = c.strong and prev is not None and latest.get(prev.match.number + 1, -1) < i
            if c.key.startswith("label-") and prev is not None and prev.match is not None \
                    and m.number == prev.match.number + 1 and (shared := _shared(stack, prev, candidates)) >= 0:
                del stack[shared:]  # '议题二' after '议题一', whatever list came between: the units over both hold it
                c.run = prev.run  # (and its members before it, to stand beside it)
                for member in labelled.get(prev.run, ()):
                    member.parent = stack[-1] if stack else -1
            elif _runs_on(prev, m, stack, candidates, skips) or (not stack and prev is not None and prev.parent < 0
                                                        and prev.match is not None and m.number == prev.match.number + 1):
                c.run = prev.run  # 6. under （二） after 1.–5. under （一）; '8. REFERENCES' after 'Acknowledgments'
            elif c.key in RESUMED and prev is not None and resume_count(stack, candidates, prev, m.number):
                c.run = prev.run  # '九、' after '八、' and the unnumbered titles inside it
            elif not opens_level(m, c, i, stack, candidates, chapters, late):
                continue
        if c.run < 0:
            c.run = len(candidates)
        c.parent = stack[-1] if stack else -1
        stack.append(len(candidates))
        candidates.append(c)
        last[c.key] = c
        if c.key.startswith("label-"):
            labelled.setdefault(c.run, []).append(c)
    return candidates


def tight_item(paragraphs: list[Paragraph], i: int) -> bool:
    """A list's item set on the line right under the one before it: a list written one item to a line."""
    return i > 0 and paragraphs[i].line == (paragraphs[i - 1].last_line or paragraphs[i - 1].line) + 1


def _shared(stack: list[int], c: Candidate, candidates: list[Candidate]) -> int:
    """How many of the open units (outermost first) are over `c` too, or -1 when a title would close among the rest
    (an unnumbered title between two members parts them: the family's count does not reach past it)."""
    over = list(ancestors(candidates, c.parent))
    over.reverse()
    shared = next((k for k, (a, b) in enumerate(zip(stack, over)) if a != b), min(len(stack), len(over)))
    return -1 if any(candidates[s].match is None for s in stack[shared:]) else shared


def _following(matches: list[HeadingMatch | None]) -> list[int]:
    """For each line, the next line with a marker (or -1): one pass from the end."""
    out, nxt = [-1] * len(matches), -1
    for i in range(len(matches) - 1, -1, -1):
        out[i] = nxt
        if matches[i] is not None:
            nxt = i
    return out


def _restarted_under(matches: list[HeadingMatch | None], after: int, stack: list[int],
                     candidates: list[Candidate]) -> int:
    """Where in the stack a new level stands when the next numbered line starts an open family again at 1 (its
    run there past its first item): the family restarts under it, so it is that family's sibling; -1 otherwise."""
    m = matches[after] if after >= 0 else None
    if m is None or m.number != 1 or m.family in STRUCTURAL_RANK:
        return -1
    key = nesting_key(m)
    at = next((k for k, s in enumerate(stack) if candidates[s].key == key), -1)
    if at < 0:
        return -1
    open_item = candidates[stack[at]].match
    return at if open_item is not None and open_item.number > 1 else -1


def recurring_subs(matches: list[HeadingMatch | None]) -> set[str]:
    """The sub-titles found more than once ('个人简介' and '报告摘要' under every talk): labels inside items (one pass)."""
    seen: set[str] = set()
    again: set[str] = set()
    for m in matches:
        if m is not None and m.family == "sub":
            (again if m.title in seen else seen).add(m.title)
    return again


def _may_hold(parent: Candidate, c: Candidate, inverted: bool = False) -> bool:
    """'一、总体立场' after a summary's （三）…（六）: 一、 is never inside （一）, nor inside a numbered sentence
    ('6.就业乃经济发展的首要目标，…'): a paragraph holds no sections."""
    if c.key not in _CONVENTION:  # '议题一：…' is no point of the sentence '2、维护人员预计…。' above it
        return not (c.key.startswith("label-") and parent.key in POINT_FAMILIES and parent.match is not None
                    and (numbered_sentence(parent) or parent.match.rest or parent.match.terminator in ("。", "；", ";")))
    if inverted and parent.key == "paren-cn" and c.key == "cn":
        return True  # '（一）备课' over its own '一、…' (`inverted.inverted_scheme`)
    return _CONVENTION.get(parent.key, -1) <= _CONVENTION[c.key] and not (parent.key == "arabic" and numbered_sentence(parent))


def _in_article(stack: list[int], candidates: list[Candidate]) -> bool:
    """An article is open (a plain loop from the top, where an article sits: this runs for every numbered line)."""
    for s in reversed(stack):
        if candidates[s].key == "tiao":
            return True
    return False


def _contract_part(m: HeadingMatch) -> bool:
    """'1、合作项目' under '第一条：合作内容': a short name alone on its line, no stop and nothing run on, is a part
    of the article (a contract titles the parts of its articles); an article's items read on ('（一）公司；')."""
    return (not m.rest and not m.terminator and 0 < len(m.title) <= _PART_TITLE_MAX
            and not any(c in _STOPS for c in m.title))


def _closes_articles(m: HeadingMatch, stack: list[int], candidates: list[Candidate]) -> bool:
    """'二、提供证据的要求' (or '三、 奖金计算：') after the articles under '一、': the next section, not an item of the
    last article."""
    if m.rest or m.terminator and not named_with_colon(m):
        return False
    return any(candidates[s].key == nesting_key(m) and candidates[s].match is not None
               and candidates[s].match.number + 1 == m.number for s in stack)


def _encloses(parent: Candidate, c: Candidate) -> bool:
    """A unit of lower rank encloses one of higher rank; numbered sections and lectures enclose legal units."""
    if parent.key == "container" and parent.parent >= 0:
        return False  # a title inside 第一章 holds its text, not 第二章
    if parent.rank is not None:
        return parent.rank < c.rank
    if parent.match is None:
        return False
    # '一、举证责任' encloses articles; '第一讲' encloses the 节 and 条 of a lecture
    if parent.key in ("latin", "paren-latin"):
        return False  # 'B. 社会保障' sits inside its article and ends with it
    if c.key == "tiao" and parent.key in POINT_FAMILIES and (parent.match.rest or parent.match.terminator):
        return False  # '2、“小”主队和客队得分总数小于168.5分' is a point of a list, no section holding 第一条
    return c.key == "tiao" or (parent.key.startswith("di-") and c.key not in ("bian", "bufen", "fenbian"))


def _titled(m: HeadingMatch) -> bool:
    """'9.\t代理人的貪污交易': an ordinance's section number before a title alone on its line, no stop, nothing run
    on ('五、…' out of sequence among 一、二、三、 stays a stray)."""
    return m.family == "arabic" and bool(m.title) and not m.rest and not m.terminator


def _runs_on(prev: Candidate | None, m: HeadingMatch, stack: list[int], candidates: list[Candidate],
             skips: bool = False) -> bool:
    """The next number of a sequence whose previous member sat under an earlier sibling of an open unit.

    6. under （二） after 5. under （一）; section 3. under 第2部 > 第1分部 after section 2. under 第1部; in an
    excerpt, titled section 12. under 第III部 after 10. under 第II部.
    """
    if prev is None or prev.match is None or prev.parent < 0 or not stack:
        return False
    before = prev.match.number
    excerpt = skips and prev.strong and _titled(m) and _titled(prev.match) and before < m.number <= before + _EXCERPT_GAP
    if not (m.number == before + 1 or (m.number == before and inserted(m)) or excerpt):
        return False
    for up in ancestors(candidates, prev.parent):  # section 12 under 第5部 after 11B under 第4部 > 第2分部: any
        old = candidates[up]  # enclosing unit may have moved on
        if any(candidates[s].key == old.key and candidates[s].run == old.run and candidates[s].index > old.index
               for s in stack):
            return True
    return False


def _strong(m: HeadingMatch, matches: list[HeadingMatch | None], i: int, open_keys: list[str],
            paragraphs: list[Paragraph], packed: bool | Packed = False) -> bool:
    """Does this numbered paragraph read as a heading by itself: a short title, then body or a deeper level?"""
    title_len = len(m.title)
    if is_citation(f"{m.title} {m.rest}") or (m.rest and inside_quotation(m.title)):
        return False  # '1. Anderson, B. (2006). …' is an entry of a reading list; '1.删除“六、…。…' quotes a text
    if m.rest:
        if m.terminator in "：:" and any(q in m.title for q in OPENING_QUOTES) and not subtitle(m.rest):
            return False  # '2.“四级三类”国土空间规划：…' reads as a glossary entry ('I. 告别“已知”：一位…之问' a title)
        return (m.terminator in "。！？!?：:" and title_len <= RUN_IN_TITLE_MAX
                and ("，" not in m.title or paired_clauses(m.title)))
    if m.terminator in "：:" and m.terminator:
        if title_len > _COLON_TITLE_MAX or any(c in m.title for c in "，,、") or leads_in(m.title):
            return False  # '1.有下列情形之一的：' introduces a list
    elif m.terminator not in ("", "。", "！", "？", "!", "?") or title_len > _standalone_max(m):
        return False
    if i + 1 >= len(matches):
        return False
    after = matches[i + 1]
    if after is None:  # '1、探视时间为14:00 - 20: 30, 每次探视人数不多于2人，探视期间请勿…。' right over a line: an item
        return m.terminator in ("", "？", "?") or title_len <= RUN_IN_TITLE_MAX or "，" not in m.title \
            or paired_clauses(m.title) or paragraphs[i + 1].line > paragraphs[i].line + 1 \
            or bool(packed) and len(paragraphs[i + 1].text) > 2 * len(paragraphs[i].text)  # a point, its argument
    key = nesting_key(after)  # a legal unit after it is a deeper level only under a part (第一篇 over 第一章)
    return key != nesting_key(m) and key not in open_keys and (after.family not in STRUCTURAL_RANK or after.family == "tiao"
                                                               or m.family.startswith("di-") and STRUCTURAL_RANK[after.family] > 1)
