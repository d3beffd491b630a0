"""Which sibling runs of numbered candidates read as lists, not sections: they go, with what nests in them (the
last step of `numbering.decide`, after every candidate is nested)."""

from __future__ import annotations

from reader.text.agendaitems import record_topics
from reader.text.articles import first_of_items, titled_clause
from reader.text.candidate import Candidate
from reader.text.decimalruns import holds_subsections, like_its_chapters
from reader.text.fields import repeated_label
from reader.text.listend import after_list, beside_heading, titles_a_list
from reader.text.listruns import (FEW_TITLED, FORM, LONE, NOTES, like_its_family, like_its_sections, list_reason,
                                  other_section, outranks, titled_part)
from reader.text.meetings import decides
from reader.text.model import Paragraph
from reader.text.parallelruns import parallel_sections
from reader.text.runscore import weigh_runs
from reader.text.sequences import CHAPTER_FAMILIES

RUN_IN_TITLE_MAX = 30  # a run-in heading's title ('（一）完善理论学习制度。落实……') is short
STANDALONE_TITLE_MAX = 50


def reject_lists(candidates: list[Candidate], paragraphs: list[Paragraph], chapters: set[int]) -> None:
    """A sibling run is kept when at least half its members read as headings; lists go, with what nests in them.

    A run that does not start at 1 (an excerpt) needs a second member to show it is a sequence; a run right after
    a line ending in '：' is a list when it has one member or short members one after another. Nothing inside an
    article is a heading.
    """
    at = {c.index for c in candidates}
    runs: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.match is not None and c.rank is None:
            runs.setdefault(c.run, []).append(c)
    heads = {i for i in chapters if paragraphs[i].line > 1}  # a numbered first line is the title
    if candidates and candidates[0].match is not None and candidates[0].match.family in CHAPTER_FAMILIES \
            and paragraphs[candidates[0].index].line > 1 and any(c.parent == 0 for c in candidates[1:3]):
        heads.add(candidates[0].index)  # '肆、文化' over its 一、 and （一）: a report's chapter printed alone
    holders = {id(candidates[c.parent]) for c in candidates if c.parent >= 0}
    sections = {id(candidates[c.parent]) for c in candidates if c.parent >= 0 and c.strong}  # hold a heading-like one
    ruled = [list_reason(run, paragraphs, at, candidates, heads, sections)
             or first_of_items(run, paragraphs, candidates)
             or (f"{FORM}: one label said again, line after line" if repeated_label(run) else "")
             for run in runs.values()]
    reasons = weigh_runs(list(runs.values()), parallel_sections(list(runs.values()), ruled), paragraphs, candidates)
    for run, reason in zip(runs.values(), reasons):
        for c in run if reason else ():
            if not (reason.startswith((FORM, NOTES)) and not c.match.rest and id(c) in holders):
                c.accepted, c.reason = False, reason  # but '伍、審議案件：' over its 第一案 is a part, no field
    for c in (run[0] for run in runs.values() if len(run) == 1 and not run[0].accepted and run[0].parent >= 0):
        if titles_a_list(c, candidates[c.parent], paragraphs):  # its parent's list is dropped by now
            c.accepted, c.reason = True, ""
    for run, reason in zip(runs.values(), reasons):
        if reason.startswith(FEW_TITLED) and not any(paragraphs[c.index].listed for c in run) \
                and record_topics(run[0].index, run[-1].index, paragraphs):  # a record's topics, one noted
            for c in run:
                c.accepted, c.reason = True, ""
    like_its_family(list(runs.values()))
    like_its_sections(list(runs.values()), candidates)
    like_its_chapters(list(runs.values()))
    holds_subsections(list(runs.values()), candidates)
    for c in candidates:
        parent = candidates[c.parent] if c.parent >= 0 else None
        if parent is not None and (parent.article or decides(parent.match)) and not titled_clause(c, parent):
            unit = "article" if parent.article else "decision"  # '決議：請依下列意見修正：' holds its requests
            c.accepted, c.reason = False, f"an item inside the {unit} on line {paragraphs[parent.index].line}"
        elif parent is not None and not parent.accepted and after_list(c, parent, paragraphs):
            c.parent = beside_heading(parent, candidates, paragraphs)
        elif parent is not None and not parent.accepted and not parent.reason.startswith((LONE, FORM, NOTES)) \
                and not paragraph_numbered(parent) and not titled_part(c, paragraphs, at) and not outranks(c, parent) \
                and not other_section(c.match, parent.match):
            # (a lone '3.' over 3.1, '肆、出列席單位：略', a provision over '（一）研究計畫', '3、' over '三、': lose only themselves)
            c.accepted, c.reason = False, f"inside the dropped item on line {paragraphs[parent.index].line}"


def paragraph_numbered(c: Candidate) -> bool:
    """'一、会议指出，……' numbers a paragraph, not a section: headings inside it still belong to the outline."""
    m = c.match
    limit = RUN_IN_TITLE_MAX if m is not None and m.rest else STANDALONE_TITLE_MAX
    return m is not None and c.rank is None and not c.strong and len(m.title) > limit
