"""Sibling runs of numbered lines that read as lists, and why (`list_reason`): paragraph numbering, items that run on
as sentences, reading lists, chained clauses, items right after '下列材料：', topics noted line after line ('1. 数字类型：
整数类型、…'), a form's fields, and rows of a table of names. Also where the numbered runs span, which decides whether
unnumbered lines can stand above them (`unnumbered_top_level`), and the numbered lines that are never headings
whatever their neighbours (`plain_ok`: glossary entries, contents lines, lists written inside one paragraph), and
what a numbered line holds (`numbered_sentence` holds no sections; `titled_part` stays under a dropped provision).

A run here is the numbering's candidates of one sequence (`numbering.Candidate`: index, match, strong, article).
Each test looks at the run's lines once: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.text.circledpoints import circled_under_decimal
from reader.text.decimals import decimal_parts, names_section
from reader.text.evidence import chained_clauses, is_citation, is_toc_entry
from reader.text.fields import form_fields
from reader.text.headedruns import SECTION_BODY, heads_by_kind, notice_points
from reader.text.inline_lists import lists_inline
from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Paragraph
from reader.text.plainlines import LIST_BULLETS

_GLOSSARY_NAMES = frozenset("名词解释 名詞解釋 名词术语 名詞術語 术语解释 術語解釋 术语 術語 术语和定义 術語和定義 释义 釋義 "
                            "词语解释 詞語解釋 用语定义 用語定義".split())
_GLOSSARY_MIN = 3
LONE = "a lone number"
FORM = "a form's fields"  # a field holds its value, not the sections after it
NOTES = "a list of notes"
FEW_TITLED = "a list: only"  # … k of n items look like headings (read again by the rules that reconsider such a run)
_BARE_TITLE_MAX = 30  # a section's title, bare on its line
_PART_KEYS = frozenset(("bufen", "zhang", "bian"))  # a report's or a book's parts: 第一部分, 第一章, 第一编
_CLAUSE_TITLE_MIN = 30  # longer than a run-in heading's title before its '。'
_FAMILY_LISTED_MIN = 4  # items of a family's runs read as lists before its other runs of sentences follow them
_LONG_RUN = 20  # sections rarely run past twenty siblings unless every one is titled
_ROW_MAX = 30  # a row of a table of names (罪名, 机构) numbered down the page is this short
_SECTION_FAMILIES = ("cn", "paren-cn")
_LABEL_MAX = 16  # a term defined on its line ('公共建筑工程：…') is this short
OPENING_QUOTES = "“‘「『《〈\"'"
_DECK = ("——", "--")  # '——腾讯的用户体验设计之道': a subtitle under its title
_CLOSING_QUOTES = "”’」』》〉\"'"
_SUBTITLE_MAX = 30  # the second half of a title after its colon is as short as a run-in title
_SENTENCE_MIN = 50  # a numbered line whose title runs past this, clauses and all, is a sentence
_LIST_ITEM_MEAN = 50  # items right after '下列材料：' that follow one another are this short on average
_PAPER_UNITS = ("zhang", "jie", "bufen")  # '第五章 总结', '第二部分': a paper's or a report's chapters
POINT_FAMILIES = ("arabic", "paren-arabic", "half-paren", "circled")  # '1.', '（1）', '1）', '①': a section's points


def like_its_family(runs: Sequence[Sequence[Any]]) -> None:
    """A run whose items are sentences, in a family most of whose items sit in runs read as lists, is one of those
    lists: '1.1 管理平台的所有权…所有。' under 一、 reads as 2.1–2.7 under 二、 do, an agreement's clauses."""
    by_key: dict[str, list[Sequence[Any]]] = {}
    for run in runs:
        by_key.setdefault(run[0].key, []).append(run)
    for group in by_key.values():
        listed = [run for run in group if not run[0].accepted and run[0].reason.startswith(FEW_TITLED)]
        items = sum(map(len, listed))
        if items < _FAMILY_LISTED_MIN or 2 * items < sum(map(len, group)):
            continue
        for run in group:
            if run[0].accepted and all(_clause(c.match) or _numbered_paragraph(c.match) for c in run):
                for c in run:
                    c.accepted, c.reason = False, (f"numbered as the lists of its family ('"
                                                   f"{listed[0][0].match.marker.strip()} …'): a clause, not a section")


def like_its_sections(runs: Sequence[Sequence[Any]], candidates: Sequence[Any]) -> None:
    """A run of bare titles read as a list ('1.GitHub 上影响力比较大的个人' … over charts the extract dropped) under a
    part whose sibling parts hold the same family as sections ('第一部分' over '1.国内有影响力的开源专家' …) is
    sections too: a report numbers its parts' sections alike."""
    held: set[tuple[str, str]] = set()  # (family, the key of the unit over it) of the runs kept as sections
    for run in runs:
        if run[0].accepted and run[0].parent >= 0 and candidates[run[0].parent].accepted \
                and candidates[run[0].parent].key in _PART_KEYS:
            held.add((run[0].key, candidates[run[0].parent].key))
    for run in runs:
        first = run[0]
        if first.accepted or not first.reason.startswith(FEW_TITLED) or first.parent < 0 \
                or not candidates[first.parent].accepted or (first.key, candidates[first.parent].key) not in held \
                or first.index != candidates[first.parent].index + 1:
            continue  # (a list a line of the part's text leads into is a list)
        if all(not c.match.rest and not c.match.terminator and 0 < len(c.match.title) <= _BARE_TITLE_MAX
               for c in run):
            for c in run:
                c.accepted, c.reason = True, ""


def other_section(m: HeadingMatch | None, parent: HeadingMatch | None) -> bool:
    """'4.1 腐蚀介质…' after a page's sidebar list ending '12. 船厂…': its number names section 4, so the dropped
    '12.' above it is no section of its."""
    return (m is not None and parent is not None and m.family == "decimal" and m.level >= 2
            and parent.family in ("arabic", "decimal")
            and decimal_parts(m.marker)[:-1] != (decimal_parts(parent.marker) if parent.family == "decimal"
                                                 else (parent.number,)))


def outranks(c: Any, parent: Any) -> bool:
    """'三、…' after an introduction's '1、… 2、… 3、…' list: a Chinese-numbered part is never inside an arabic item,
    nor a counted one ('第一步：安装 pku3b' after a list of four points)."""
    return (c.match is not None and parent.match is not None
            and (c.match.family in ("cn", "capital") or c.match.family.startswith("di-"))
            and parent.match.family in ("arabic", "half-paren", "paren-arabic", "circled"))


_RUN_IN_NAME_MAX = 10  # a run-in title names its point in a few words ('1.1 平台权属。…'); a sentence runs longer


def _numbered_paragraph(m: HeadingMatch | None) -> bool:
    """'1.1 新思維一直主張網約車合法化。過去多年…': a submission's or a policy's paragraph numbered N.M, its first
    sentence run on into the rest, or a line cut mid-sentence ('1.2 …落實《2025 年道路交通（修訂）'): no title."""
    if m is None or m.family != "decimal":
        return False
    return (bool(m.rest) and m.terminator in "。；;" and len(m.title) > _RUN_IN_NAME_MAX) or "，" in m.title \
        or m.title.count("《") > m.title.count("》") or m.title.count("（") > m.title.count("）")


def _clause(m: HeadingMatch | None) -> bool:
    """A numbered sentence standing alone: no run-in heading ('（一）坚持党的领导。要……' has a short title and goes on)."""
    return m is not None and bool(m.terminator) and m.terminator in "。；;" and (
        not m.rest or len(m.title) > _CLAUSE_TITLE_MIN)


def _formal_part(m: HeadingMatch | None) -> bool:
    """'壹、召集人說明會議' then '貳、認可本次會議議程' with nothing between: a record's agenda, a part however brief
    (壹、貳、 number a formal document's parts, never a list's points)."""
    return m is not None and m.family == "capital" and not m.rest and 0 < len(m.title) <= _FORMAL_TITLE_MAX \
        and m.title[-1] not in "。；;，,"


_FORMAL_TITLE_MAX = 16


def list_reason(run: Sequence[Any], paragraphs: Sequence[Paragraph], at: set[int], candidates: Sequence[Any],
                heads: set[int], sections: set[int] = frozenset()) -> str:
    """Why a sibling run reads as a list rather than headings, or '' when it reads as headings (`heads`: chapters
    printed alone, which may start at any number; `sections`: ids of the candidates that hold a heading-like one)."""
    if len(run) == 1 and run[0].match is not None and run[0].match.number != 1 and run[0].index not in heads and not (
            run[0].parent >= 0 and names_section(run[0].match, candidates[run[0].parent].match)):
        return LONE + " that does not start a sequence"
    strong = sum(c.strong or _formal_part(c.match) for c in run)
    notice = notice_points(run, paragraphs)
    if notice or heads_by_kind(run, paragraphs):  # a notice's points, however they run on; an interview's questions,
        strong = len(run)  # a judgment's kinds of evidence ('1、书证、物证：'), each over what answers it
    if len(run) >= _LONG_RUN and strong < 0.8 * len(run):
        return (f"paragraph numbering: {len(run)} items numbered straight through, only {strong} with a heading's "
                "short title")
    points = run[0].match is not None and run[0].match.family in POINT_FAMILIES  # half of '1.' items titled: a list,
    # unless each is a title and its translation ('1. Introduction' over '1. 引言'), both numbered alike
    if 2 * strong < len(run) or points and 2 * strong == len(run) and len({c.match.number for c in run}) == len(run):
        cited = sum(c.match is not None and is_citation(f"{c.match.title} {c.match.rest}") for c in run)
        return (f"a reading list: {cited} of {len(run)} items are citations (author and year, a web address)"
                if 2 * cited >= len(run) else f"{FEW_TITLED} {strong} of {len(run)} items look like headings (a heading is "
                "a short title with body or a deeper level after it; these run on as sentences, end in '；' or "
                "follow one another)")
    if _run_in_under_decimal(run, candidates):
        return "items of a numbered section ('4.2.2 …'): each runs on into its text ('1. Linux系统日志。Linux系统中…')"
    if circled_under_decimal(run, candidates):
        return "a decimal section's points ('①定义' under '1.6 字符串'): circled numbers count inside the section"
    if chained_clauses([c.match for c in run if c.match is not None]):
        return "a list: its items end in '；' up to the last, the clauses of one sentence (a request, a resolution)"
    if notice:
        return ""  # its points follow '现将有关事项通知如下：', short or long
    if after_colon_list(run, paragraphs, at, sections):
        return "a list introduced by the line ending in '：' before it"
    if _glossary_named(run, paragraphs):
        return "a glossary's entries: the line over them names it ('名词解释'), each a term and its definition"
    if noted_items(run, paragraphs):
        return NOTES + ": three or more short items line after line, none with a paragraph of its own"
    if form_fields([c.match for c in run]) and not _mostly_sections(run, paragraphs, at) \
            and not (run[0].match.family == "cn" and (run[0].parent < 0 or candidates[run[0].parent].match is None)) \
            and any(b.index == a.index + 1 for a, b in zip(run, run[1:])) \
            and not _bold_labels(run, paragraphs):  # a form's fields stand line after line; a guide's top-level
        # '一、事项名称：…' to '二十二、咨询服务：…' are its parts (a notice numbers its fields '1、')
        return FORM + ": labels ending in '：', some with their value on the line ('采购项目编号：LNJC…')"
    return ""


def _bold_labels(run: Sequence[Any], paragraphs: Sequence[Paragraph]) -> bool:
    """A page sets each label standing alone wholly in bold ('<strong>1、 报名时间：</strong>' over its text), two or
    more: its section titles, though some ('4、 考试时间：2008年8月30日') hold their value as a form's fields do."""
    alone = [c.index for c in run if c.match is not None and not c.match.rest]
    return len(alone) >= 2 and all(paragraphs[i].strong for i in alone)


def _run_in_under_decimal(run: Sequence[Any], candidates: Sequence[Any]) -> bool:
    """'1. Linux系统访问控制。Linux系统主流发行版本…' under '4.2.2 …': a paper's decimal section numbers its points in
    running text, half of them or more run on past their first sentence."""
    parent = run[0].parent
    if parent < 0 or run[0].match is None or run[0].match.family not in POINT_FAMILIES:
        return False
    above = candidates[parent].match
    return (above is not None and (above.family == "decimal" or above.family in _PAPER_UNITS)
            and 2 * sum(bool(c.match is not None and c.match.rest) for c in run) >= len(run))


def _glossary_named(run: Sequence[Any], paragraphs: Sequence[Paragraph]) -> bool:
    """'名词解释' over '1.可信数据空间。可信数据空间是…' to '22.资源目录。…': terms defined one after another."""
    before = run[0].index - 1
    return len(run) >= _GLOSSARY_MIN and before >= 0 and "".join(paragraphs[before].text.split()) in _GLOSSARY_NAMES \
        and all(c.match is not None and c.match.rest and not c.article for c in run)


def _mostly_sections(run: Sequence[Any], paragraphs: Sequence[Paragraph], at: set[int]) -> bool:
    """Half the labels or more head a paragraph or items of their own ('一、培养目标：' over its text, '二、报考条件：'
    over 1、2、…): sections of a notice, though one ('七、学习年限：三年') holds its value as a form's field does."""
    own = {c.index for c in run}
    held = sum(c.match is not None and not c.match.rest and c.index + 1 not in own
               and (c.index + 1 in at or _over_body(c.index, paragraphs, at)) for c in run)
    return held == len(run) or len(run) >= 4 and 2 * held >= len(run)


def _over_body(i: int, paragraphs: Sequence[Paragraph], at: set[int]) -> bool:
    """A paragraph of running text right under line i, or a bulleted list ('1. 決定開會時間：' over '- 和老師：…'):
    '1、一核：南汇新城' titles a section, where a form's fields follow one another."""
    if i + 1 >= len(paragraphs) or i + 1 in at:
        return False
    text = paragraphs[i + 1].text.rstrip()
    return len(text) >= SECTION_BODY * 2 and text.endswith(("。", "！", "？", "；")) or text.lstrip().startswith(LIST_BULLETS)


def after_colon_list(run: Sequence[Any], paragraphs: Sequence[Paragraph], at: set[int],
                     sections: set[int] = frozenset()) -> bool:
    """Items introduced by '下列材料：' that follow one another, short, with no body between: a list."""
    before = run[0].index - 1  # (the line before first: most runs follow no colon, and ask nothing of their items)
    if before < 0 or not paragraphs[before].text.rstrip().endswith(("：", ":")):
        return False
    if any(c.article for c in run) or all(c.strong and len(c.match.rest) >= SECTION_BODY for c in run):
        return False  # articles, or sections titled by a first sentence over a paragraph ('一、提高思想认识。各地…')
    if len(run) == 1:  # '一、职责：' over one item: the item may be its only subsection; '通知如下：' over an
        return before not in at and id(run[0]) not in sections  # '一、…' that holds （一） to （五）: a section
    if match_heading(paragraphs[before].text) is not None and any(
            id(c) in sections and not c.match.rest and not c.match.terminator for c in run):
        return False  # '六、培养目标与规格：' over '（一）培养目标' and '（二）培养规格', which holds '1.知识要求': the
        # part's sections, titled (a label '（二）辦理過程：' holds its items as a list does)
    consecutive = all(b.index == a.index + 1 for a, b in zip(run, run[1:]))
    return consecutive and sum(len(paragraphs[c.index].text) for c in run) < _LIST_ITEM_MEAN * len(run)


def numbered_sentence(c: Any) -> bool:
    """'6.就业乃经济发展的首要目标，也是…': a numbered sentence, which holds no sections, whatever follows it."""
    return not c.strong or (c.match is not None and len(c.match.title) > _SENTENCE_MIN and "，" in c.match.title)


def noted_items(run: Sequence[Any], paragraphs: Sequence[Paragraph]) -> bool:
    """'1. 数字类型：整数类型、浮点数类型和复数类型。' then '2. 数字类型的运算：…' line after line (an exam syllabus, a
    minutes' decisions): items that note a topic each; a section, however short its title, has a paragraph."""
    if all(c.strong and len(c.match.rest) >= SECTION_BODY and c.match.terminator not in "：:" for c in run):
        return False  # '一、提高思想认识。各地各部门要…': a title sentence over its paragraph, run in
    least = 2 if run[0].match.family in POINT_FAMILIES else 3  # '1. 运行 Server：…' right over '2. 运行 Client：…'
    return (len(run) >= least and not any(c.article for c in run)
            and all(b.index == a.index + 1 for a, b in zip(run, run[1:]))
            and (sum(len(paragraphs[c.index].text) for c in run) < _LIST_ITEM_MEAN * len(run)
                 or sum(_labelled(c.match) for c in run) >= len(run) - 1))


def _labelled(m: Any) -> bool:
    """'1. 国家性质：工人和农民的民主专政国家，…': a term and what it says, however long, as a glossary lists it
    ('（一）指导思想：…' is a plan's section, run in)."""
    return (m.terminator in "：:" and bool(m.rest) and len(m.title) <= _LABEL_MAX and m.family not in _SECTION_FAMILIES
            and "（" not in m.title and "(" not in m.title)  # '發聲原則（Voice）：…' names a principle it explains


def table_rows(run: Sequence[Any], at: set[int]) -> bool:
    """'1．背叛国家罪（第102条）' line after line, only headings between: the rows of a table of names, not articles."""
    rows = sum(1 for a, b in zip(run, run[1:]) if not a.match.rest and not a.match.terminator
               and len(a.match.title) <= _ROW_MAX and all(k in at for k in range(a.index + 1, b.index)))
    return 5 * rows >= 4 * (len(run) - 1)


def unnumbered_top_level(found: list[int], numbered: Sequence[Any], candidates: Sequence[Any],
                          opening: int) -> bool:
    """Unnumbered lines are the top level above numbered sections ('2026年重点工作' then （一）…) when two of them
    come before any numbered heading, or two of them each open a numbered list ('科技动态' over '1、…'), and none
    falls inside a run of numbered sections."""
    if len(found) < 2 or (found[1] > numbered[0].index and opening < 2):
        return False
    inside = inside_runs(numbered, found[-1] + 1)
    return not any(inside[i] for i in found)


def parts_over_sections(found: list[int], numbered: Sequence[Any], paragraphs: Sequence[Paragraph] = ()) -> list[int]:
    """'说在前面', '精华提炼', then '摘抄' right over '第四章 抑郁的原因': reading notes' parts, the last holding the
    chapters it quotes; the short lines inside the chapters are then their text, no titles (asked only where nothing
    else made the titles an outline). Elsewhere (over '1.1方案比较' a title is chapter 1's own, its number lost) the
    titles stay as found. A subtitle under the part's title ('《在你身边为你设计》' over '——腾讯的用户体验设计之道'
    over '一．设计理念') stands between them as part of the title."""
    first = numbered[0].index if numbered else 0
    if first >= 2 and first - 1 < len(paragraphs) and paragraphs[first - 1].text.lstrip().startswith(_DECK):
        first -= 1
    if len(found) < 2 or not numbered or found[1] >= numbered[0].index or first - 1 not in found \
            or numbered[0].match is not None and numbered[0].match.family == "decimal":
        return found
    inside = inside_runs(numbered, found[-1] + 1)
    return [i for i in found if not inside[i]]


def front_parts(found: list[int], numbered: Sequence[Any], opening: int, paragraphs: Sequence[Paragraph]) -> bool:
    """'更新历史' over its table, then '1. 引言': unnumbered titles all above the numbered sections, text between the
    last of them and the first section, which has a title of its own (no run-in point): the document's front parts,
    beside its sections, not over them. A line leading into the sections ('重点抓好三个方面工作：') makes the title
    over it their part."""
    first = numbered[0] if numbered else None
    return (first is not None and first.match is not None and not first.match.rest and opening < 2
            and bool(found) and found[-1] + 1 < first.index
            and paragraphs[first.index - 1].text.rstrip()[-1:] not in "：:")


def under_lone_unit(found: list[int], numbered: Sequence[Any]) -> bool:
    """'第1章 什麼是以太坊' then titles: a book's one chapter on its page holds the titles below it."""
    return len(numbered) == 1 and len(found) >= 3 and found[0] > numbered[0].index


def after_parts(found: list[int], numbered: Sequence[Any], candidates: Sequence[Any]) -> bool:
    """Titles after every numbered part are parts of their own when a word labels the numbered ones ('引子 1：…',
    '引子 2：…', then '多 Agent 协作：…') or an appended piece closes them ('附录 再谈…', then '谈理想的青年'); after
    a plain '二、部门设置' they may sit inside it."""
    if len(found) < 2 or any(c.parent >= 0 for c in numbered):
        return False
    last = max(c.index for c in numbered)
    return found[0] > last and (all(c.key.startswith("label-") for c in numbered)
                                or any(c.key == "container" and last < c.index < found[0] for c in candidates))


def opened_lists(found: list[int], numbered: Sequence[Any]) -> int:
    """How many unnumbered lines open a numbered run of their own: the first numbered heading after each, before the
    next such line, is a '1' ('类，超类和子类' over a paragraph, then '1.继承层次')."""
    count, k = 0, 0
    for n, i in enumerate(found):
        while k < len(numbered) and numbered[k].index <= i:
            k += 1
        limit = found[n + 1] if n + 1 < len(found) else None
        if k < len(numbered) and (limit is None or numbered[k].index < limit) and numbered[k].match is not None \
                and numbered[k].match.number == 1:
            count += 1
    return count


def inside_runs(numbered: Sequence[Any], size: int) -> list[bool]:
    """Which lines sit inside a run of numbered sections of any level (after its first section, before its last):
    '主要内容' between 二、 and 三、 is inside 二、, not a part above them."""
    spans: dict[int, list[int]] = {}
    for c in numbered:
        spans.setdefault(c.run, []).append(c.index)
    size = max([size] + [run[-1] + 1 for run in spans.values()])
    depth = [0] * (size + 1)  # a difference array: one pass, however many runs
    for run in spans.values():
        if run[-1] > run[0] + 1:
            depth[run[0] + 1] += 1
            depth[run[-1]] -= 1
    inside, open_runs = [], 0
    for i in range(size):
        open_runs += depth[i]
        inside.append(open_runs > 0)
    return inside


def plain_ok(text: str, m: HeadingMatch) -> bool:
    """Never a heading, whatever the neighbours: glossary entries, list intros, inline lists, contents lines."""
    if m.terminator and m.terminator in "：:" and glossary_entry(m) and m.title[-1:] in _CLOSING_QUOTES:
        return False  # '1.“两重”：…' is a glossary entry (its colon first: no call for every numbered line)
    if m.title[-1:].isdigit() and is_toc_entry(m.title) or m.rest[-1:].isdigit() and is_toc_entry(m.rest):
        return False  # '一、总体要求……3', '(2)籌編消防人員危險加給：…… 42' in a table of contents
    return not lists_inline(m, text)


def glossary_entry(m: HeadingMatch) -> bool:
    """'1.“两重”：…' defines a term; '1.5 《說文解字》：解讀漢字的橋梁' names a work and its subtitle."""
    if not (m.terminator and m.terminator in "：:" and m.title[:1] in OPENING_QUOTES):
        return False
    return not (m.title[:1] in "《〈" and m.rest and subtitle(m.rest))


def subtitle(rest: str) -> bool:
    """'一位政法记者的未竟之问' after '告别“已知”：': the second half of a title, short, no clause, no stop."""
    return len(rest) <= _SUBTITLE_MAX and not any(ch in rest for ch in "，,。；;！!？?、")


def titled_part(c: Any, paragraphs: Sequence[Paragraph], at: set[int]) -> bool:
    """'（一）研究計畫' over its paragraph under a rule's provision '二、本細則以計分之方式…' (numbered text, no title): a
    titled part, as an item ('（一）规定行政措施；') is not: a short title alone on its line with text under it."""
    m = c.match
    if m is None or not c.strong or m.rest or m.terminator or m.family not in _SECTION_FAMILIES \
            or c.index + 1 >= len(paragraphs):
        return False
    after = match_heading(paragraphs[c.index + 1].text) if c.index + 1 in at else None
    return after is None or after.family != m.family  # its paragraph, or a list of its own ('1.以本校名義…')


def titles_in_parts(found: list[int], numbered: list[Any], paragraphs: Sequence[Paragraph]) -> bool:
    """Reading notes' chapters or a guide's steps (第一章, 第一步) with as many unnumbered titles or more inside them,
    most of them no question (a speech's '难道我们劳动力不充沛么？' between its points heads nothing): the titles are
    the parts' sections."""
    return all(c.key == "zhang" or c.key.startswith("di-") for c in numbered) and len(found) >= len(numbered) \
        and 2 * sum(paragraphs[i].text.rstrip()[-1:] in "？?" for i in found) < len(found)
