"""Which lines carry a marker that can head a section at all, before the numbering weighs them as families.

A line's marker (`markers.match_heading`) is set aside when the line cannot be a heading whatever its neighbours: a
chapter-like unit that runs on into a sentence, a glossary entry, a contents line, a list written inside one
paragraph; then the document-wide passes that find markers only their family shows (bare '1 目的' over its text,
counted titles, Latin-led decimal titles). `why_not_candidate` says, for the explanation, why a marker was set aside.
"""

from __future__ import annotations

from collections.abc import Container

from reader.text.contents import is_title_again, wraps_to_page
from reader.text.codedparts import coded_parts
from reader.text.countedsections import counted_sections
from reader.text.countedsubs import counted_subsections
from reader.text.decimals import bodied_sections, decimal_sections
from reader.text.evidence import SEQUENCED, counted_titles, is_toc_entry, latin_sections
from reader.text.inline_lists import lists_inline
from reader.text.listruns import glossary_entry, plain_ok
from reader.text.markers import STRUCTURAL_RANK, HeadingMatch, match_heading
from reader.text.model import Paragraph
from reader.text.paddednumbers import padded_sections
from reader.text.speakertalks import speaker_talks

_SUBTITLED_MAX = 30  # '第一章  区块链：是社会实验，也是金融革命'


def why_not_candidate(text: str, m: HeadingMatch) -> str:
    """Why a line that starts with a marker never became a candidate (for the explanation)."""
    if m.family in STRUCTURAL_RANK:
        if not _structural_ok(m):
            return "a chapter-like unit that runs on into a sentence or has a long title: a reference, not a heading"
    elif glossary_entry(m):
        return "a glossary entry ('1.“term”：definition')"
    elif is_toc_entry(m.title) or m.rest and is_toc_entry(m.rest):
        return "a table-of-contents entry (ends in a page number)"
    elif lists_inline(m, text):
        return "a list written inside one paragraph (the next item's marker follows on the same line)"
    elif m.family == "decimal" and m.level == 1:
        return "a bare number before a title, with no 1.1-style sections to show decimal numbering"
    return "out of sequence: not the next number of an open list, and a new level starts at 1"


def _structural_ok(m: HeadingMatch) -> bool:
    """A chapter-like unit stands alone on its line with a short title; an article may run on."""
    return m.family == "tiao" or (not m.rest and not m.terminator and len(m.title) <= 40
                                  and not m.title.rstrip().endswith(("，", ",", "、")))  # '第 5 节描述了…，' goes on


def _subtitled_chapter(m: HeadingMatch, text: str, after: str) -> bool:
    """'第一章 区块链：是社会实验，也是金融革命' right over its own '1.1 …': a chapter titled with a subtitle after its
    colon, not an overview's '第一章 绪论：介绍研究背景…' (the next line there is the next chapter's)."""
    if m.family != "zhang" or m.terminator not in ("：", ":") or not m.rest or len(text.strip()) > _SUBTITLED_MAX \
            or m.rest.rstrip()[-1:] in "。；;.!！?？" or not after.lstrip()[:1].isdigit():
        return False
    first = match_heading(after)
    return first is not None and first.family == "decimal" and first.level == 2 \
        and first.marker.lstrip().startswith(f"{m.number}.") and first.number == 1


def find_markers(paragraphs: list[Paragraph], title: str, opening: frozenset[str] | None = None,
                 contents: Container[int] = (), ending: frozenset[str] | None = None
                 ) -> tuple[list[HeadingMatch | None], set[int]]:
    """Each paragraph's marker, if it can be a heading at all; and the paragraphs whose marker a scrape broke
    (`opening`, `ending`: what the lines open and end with, when known)."""
    paged = ending is None or any(c.isdigit() for c in ending)  # no line ends in a number: no contents entry wraps
    breaks = ending is None or "（" in ending or "(" in ending  # nor any marker breaks where no line ends in '（'
    broken: set[int] = set()  # '（' alone, its marker finished on the next paragraph ('三）…')
    count = len(paragraphs)
    families: set[str] = set()  # the families found: the passes below skip one absent (a law has no '1.1')
    quick = not breaks  # no marker breaks: each line asks at once (in C), the title's lines set aside after
    matches: list[HeadingMatch | None] = list(map(match_heading, [p.text for p in paragraphs])) if quick else [None] * count
    for i in [i for i, m in enumerate(matches) if m is not None] if quick else range(count):  # (then the marked only)
        text = paragraphs[i].text
        if quick:
            m = matches[i]
            if title and (text == title or is_title_again(text, title)):
                matches[i] = None
                continue
        else:
            if ((last := text[-1:]) in "（(" or last.isspace()) and text.strip() in ("（", "(") \
                    and i + 1 < count and i - 1 not in broken:  # the last character first: most lines end otherwise
                text = text.strip() + paragraphs[i + 1].text
                broken.add(i)
            m = match_heading(text) if (not broken or i - 1 not in broken) and text != title and not (
                title and is_title_again(text, title)) else None  # no title: no call per line
            if m is None:
                if broken:  # most documents break no marker: no call per line
                    broken.discard(i)
                continue
        if (ok := _structural_ok(m) if m.family in STRUCTURAL_RANK else None) is False \
                and _subtitled_chapter(m, text, paragraphs[i + 1].text if i + 1 < count else ""):
            m = m._replace(title=f"{m.title}{m.terminator}{m.rest}", rest="", terminator="", end=len(text.rstrip()))
            families.add(m.family)
        elif not (ok if ok is not None else m.terminator == "；" and m.end + 1 == len(text) and not m.rest
                  and not m.title[-1:].isdigit() or plain_ok(text, m)) or (  # (a unit's test made once; an item
                # ending its line at its '；' passes plain_ok's every test: no glossary colon, no page number, no room
                # for a next marker after it: no call for a law's thousands)
                paged and i + 1 < count and wraps_to_page(paragraphs[i + 1].text)):
            m = None  # (or a contents entry wrapped: '(2)補貼…(含中低收入戶及' / '弱勢家庭) ........ 19')
            broken.discard(i)
        else:
            families.add(m.family)
        matches[i] = m
    if "decimal" in families and not any(m is not None and m.family == "decimal" and m.level > 1 for m in matches):
        counted_sections(paragraphs, matches)  # '9 升级' between '8 恢复' and '10 安全'
        kept = bodied_sections(paragraphs, matches)  # '1 目的' … '6 变更记录', each over its text
        matches = [None if m is not None and m.family == "decimal" and i not in kept else m  # '1 范围' alone
                   for i, m in enumerate(matches)]
    for i, m in padded_sections(paragraphs, matches, opening).items():
        matches[i] = m  # '01 搬运任务', '02 · 抛弃幻想…': a count padded with a nought numbers sections
    for i, m in speaker_talks(paragraphs, matches, opening).items():
        matches[i] = m  # '1 林华亮：…', '2 李国星：…': a programme's numbered talks
    if not families.isdisjoint(SEQUENCED):
        counted_titles(paragraphs, matches)
    if "decimal" in families:  # (counted_titles adds none)
        latin_sections(paragraphs, matches)
        counted_subsections(paragraphs, matches)  # '3.7 角色' between '3.6 统计报表' and '3.8 整合'
    if opening is None or not opening.isdisjoint("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        coded_parts(paragraphs, matches)  # 'A1. 区域销售', 'B1. 需求分析师': a job page's coded posts
    decimal_sections(paragraphs, matches, opening, contents)
    return matches, broken
