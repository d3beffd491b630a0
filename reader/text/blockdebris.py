"""Lines of page furniture dropped before the text is read: chrome, widgets, page numbers and running heads, each
kept where the text around it shows it is the document's own (a heading, a table's row number, a wrapped number)."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from reader.text import debris, pages, slots
from reader.text.portalnav import mark_portal_nav
from reader.text.cleanmeta import CleanState
from reader.text.lineshape import page_after_leaders
from reader.text.markheads import chapter_number
from reader.text.mastheads import mark_mastheads
from reader.text.model import Block, Removed
from reader.text.wordheads import word_over_sentence
from reader.text.wrapnumbers import cut_number


def drop_debris(blocks: list[Block], st: CleanState, is_heading: Callable[[str], bool],
                tops: frozenset[int] = frozenset(), breaks: set[int] | frozenset[int] = frozenset(),
                extract: bool = False) -> list[Block]:
    """Chrome, widgets and page numbers; `tops` are the lines a form feed opens (a PDF extract's page tops), `breaks`
    the blocks numbering a text's parts (kept); only a plain-text `extract` has a journal's masthead lines."""
    texts = [b.text for b in blocks]
    reasons = debris.classify_lines(texts)
    mark_portal_nav(texts, reasons)  # '政务公开/col/col12/index.html…', '> 政务公开 > 重要公告'
    if extract:  # (a note in Markdown or a page citing a paper keeps its DOI and volume lines)
        mark_mastheads(texts, reasons)  # '第 34 卷 第 5 期', 'doi: 10.3969/…', '收稿日期 …' over and under a paper
    out = []
    for k, (b, reason) in enumerate(zip(blocks, reasons)):
        if reason and (_heading_not_widget(blocks, reasons, k) or b.role == "cell" and reason == "site-junk"
                       or not b.role and not b.heading_level and word_over_sentence(texts, reasons, k)
                       or k and page_after_leaders(blocks[k - 1].text, b.text) or k in breaks
                       or chapter_number(texts, k)):
            reason = ""  # a table's '1' over '金伟明' numbers its row: a page number stands among prose; under
            # '2. 赛事介绍……' it is the page the contents give, a wrap put on a line of its own
        reason = "" if b.role == "code" else reason or ("chrome" if b.role == "chrome" else "")  # a fence's '    ],'
        if reason == "site-junk" and out and out[-1] is blocks[k - 1] and cut_number(blocks[k - 1], b):
            out[-1] = replace(out[-1], text=out[-1].text + b.text.strip())  # '00:14:' + '53': the wrap's cut undone
            continue
        if reason:
            st.removed.append(Removed(reason, b.text, b.line))
            st.abstract_line = st.abstract_line or (b.line if debris.is_abstract_marker(b.text) else 0)
        else:
            out.append(b)
    marks = {r.line for r in st.removed if r.reason == "site-junk"}
    kept, heads = pages.drop_running_heads(out, marks, tops, is_heading)
    st.removed.extend(Removed("site-junk", b.text, b.line) for b in heads)
    return kept


def _heading_not_widget(blocks: list[Block], reasons: list[str], k: int) -> bool:
    """A heading that reads like a widget word: the format marks it ('## 摘要', <h2>), or a plain '摘要' line opens text.

    A document site's '摘要' button sits among other buttons (展开, 收起) or introduces a repeat of the opening.
    """
    b = blocks[k]
    if b.heading_level:  # '## 2022' over a year's reading notes: a marked number is a section, never a page number
        return b.text.strip().isdigit() or not debris.navigation(b.text) and (
            debris.is_widget_row(b.text) or debris.is_abstract_marker(b.text) or slots.is_slot(b.text))
    if not debris.is_abstract_marker(b.text) or k + 1 >= len(blocks):
        return False
    if any(0 <= j < len(blocks) and reasons[j] and not debris.separator_line(blocks[j].text) for j in (k - 1, k + 1)):
        return False  # among buttons; a rule drawn above a paper's '摘要' is no button
    probe = blocks[k + 1].text.rstrip(".…").strip()[:20]
    if len(probe) >= 10:
        parts, size = [], 0
        for j in range(k - 1, -1, -1):  # the text before the marker, back to 4000 characters, lines joined
            parts.append(blocks[j].text)
            size += len(blocks[j].text)
            if size > 4000:
                break
        if probe in "".join(reversed(parts)):
            return False
    return True
