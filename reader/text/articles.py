"""Articles: numbered paragraphs a reader navigates by as by 第X条 (a judicial interpretation's 1.–100., a rule's
untitled clauses under its 章, a standard's decimal clauses), and the titled sub-clauses a standard's clause holds.

The candidates are the numbering's (`numbering.Candidate`: index, match, parent, run, rank, strong, article); each
pass looks at every candidate once.
"""

from __future__ import annotations

from typing import Any

from reader.text.evidence import chained_clauses
from reader.text.lazyre import lazy
from reader.text.listruns import table_rows
from reader.text.markers import STRUCTURAL_RANK, match_heading
from reader.text.model import Paragraph

_SCREEN = 1000  # characters a reading pane shows at once: provisions that fit in it are read, not navigated
_CLAUSE_TITLE_MAX = 24  # a titled sub-clause of a standard ('5.2.1软卧车（含高级软卧车）')
_CLOSING_PARTS = ("附则", "附則")  # a rule's closing part, numbered or not, of its chapters' rank
_CLAUSE_ENDS = "。；;：:，,、！？!?"
_ASSIGNED = lazy(r"[（(][^（()）]*(?:牵头|責任|责任|负责|負責|配合)[^（()）]*[）)][。；;]?$")  # '（…，牵头单位：市…局）'


def mark_articles(candidates: list[Any], issued: int = -1) -> None:
    """Untitled numbered paragraphs that number on across sections are articles (司法解释 1.–100.), not a list, when
    those sections read as headings (items under '（一）凡…均可报名参加…考试：', a list's own paragraph, are items); so are
    the untitled top-level provisions 一、–十九、 of a document issued under a 文号 (an 意见, a 规则) when they run longer
    than a screen (a 通告's three provisions are read at a glance, navigated by no one), and the untitled
    clauses right under a rule's 部分, 章 or 节 ('一、根据《证券法》…' … '十四、本准则自…施行'), as its 第X条 would be."""
    runs: dict[int, list[Any]] = {}
    for c in candidates:
        if c.match is not None and c.rank is None:
            runs.setdefault(c.run, []).append(c)
    at = {c.index for c in candidates}
    # 2.1.1 … right under 第二章 > 第一节: a code's clauses (a list is never numbered so); titled like 第X条 by their
    # marker when most of them run on as sentences, by their titles when those are short names
    clauses = [c for run in runs.values() for c in run if c.match.family == "decimal" and c.parent >= 0
               and candidates[c.parent].key in STRUCTURAL_RANK]
    if len(clauses) >= 3:
        sentences = 2 * sum(1 for c in clauses if c.match.rest or c.match.terminator) >= len(clauses)
        for c in clauses:
            c.strong, c.article = True, sentences
    titled = {run[0].match.family for run in runs.values() if len(run) >= 2 and 2 * sum(c.strong for c in run) > len(run)
              and all(c.parent >= 0 and candidates[c.parent].key in STRUCTURAL_RANK for c in run)}
    for run in runs.values():  # (each test asked only when the ones before leave it open: all are pure)
        if len(run) < 3:
            continue
        parents = {c.parent for c in run}
        provisions = 0 <= issued < run[0].index and parents == {-1} and run[0].match.number == 1 \
            and sum(len(c.match.title) + len(c.match.rest) for c in run) >= _SCREEN  # (a notice's three items: a list)
        clauses = all(p >= 0 and candidates[p].key in STRUCTURAL_RANK and candidates[p].key != "tiao" for p in parents) \
            and run[0].match.family not in titled  # '1、抢险队伍' titles another chapter's parts: these are its lists
        if ((provisions or clauses or (len(parents) >= 2 and all(  # numbered parents
                p >= 0 and candidates[p].match is not None and candidates[p].strong for p in parents)))
                and 2 * sum(c.strong for c in run) < len(run)
                and not chained_clauses([c.match for c in run]) and not table_rows(run, at)
                and 2 * sum(_assigned(c.match) for c in run) < len(run)):
            for c in run:
                c.article = c.strong = True


def titled_clause(c: Any, parent: Any) -> bool:
    """'5.2.1软卧车（含高级软卧车）' under the clause '5.2服务备品齐全，…': a standard's clause numbered in decimals holds
    titled sub-clauses (a short name alone on its line), as it holds its items."""
    m, p = c.match, parent.match
    return (m is not None and p is not None and parent.article and m.family == p.family == "decimal" and not m.rest
            and 2 <= len(m.title) <= _CLAUSE_TITLE_MAX and m.title[-1] not in _CLAUSE_ENDS)


def _assigned(m: Any) -> bool:
    """'…，各级政务服务事项全部开通全程网办。（5月底完成，牵头考核单位：市审批服务局）': a plan's task, the unit that
    leads it named after it; tasks numbered on across a plan's headings are its list of work, never articles."""
    return _ASSIGNED.search((m.rest or m.title).rstrip()[-80:]) is not None


def parts_holder(stack: list[int], candidates: list[Any], top_rank: int | None, text: str) -> int:
    """'【附则】' after the chapters a rule's title holds ('…协会规章制度' over '【第一章 总 则】') stands beside them,
    inside that title, as its last chapter would: the place in `stack` of the chapters' holder, or -1 (the stack
    holds a handful of units). A book's '参考' after its 第X章 under '摘抄' is the document's own, not the part's."""
    if top_rank is None or "".join(text.split()).strip("【】[]〔〕") not in _CLOSING_PARTS:
        return -1
    for k in range(len(stack) - 1, -1, -1):
        c = candidates[stack[k]]
        if c.rank == top_rank and c.key in STRUCTURAL_RANK:
            return stack.index(c.parent) if c.parent in stack[:k] else -1
    return -1


def first_of_items(run: list[Any], paragraphs: list[Paragraph], candidates: list[Any]) -> str:
    """'（一）提交入会申请书' under '第十一条 会员入会的程序是：' whose '（二）经理事会审议通过；' reads on as an item: the
    first of the article's items, however short, and no part of it (a lone '一、决定名次办法：' with no 二、 stays)."""
    c = run[0]
    if len(run) != 1 or c.parent < 0 or candidates[c.parent].key != "tiao" or c.match.number != 1:
        return ""
    for p in paragraphs[c.index + 1:]:
        m = match_heading(p.text)
        if m is not None and m.family in STRUCTURAL_RANK:
            return ""  # the next article, or a chapter: the article ends with no second item
        if m is not None and m.family == c.match.family and m.number == 2:
            return f"an item of the article on line {paragraphs[candidates[c.parent].index].line}: its item 2 reads on"
    return ""
