"""A numbered section's lone sub-title over the list it names: '4. 课程目的与任务', its paragraph, then '具体目标'
standing apart over '1）树立全球经营视野…', '2）…'. A short line of words set apart by blank lines, right after a
paragraph of prose that ends on a full stop and right over a list's first item, names that list: a sub-title of the
numbered section it sits in, even as the section's only one (the plain-title rules want two or more before a line
alone counts). A label with a colon ('具体步骤如下：') leads into its list and stays text; so does a line over a heading
(a part title over its numbered sections is the other rules' to find). Each paragraph is looked at once: linear time."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate, with_lines
from reader.text.furniture import figure_caption
from reader.text.lazyre import lazy
from reader.text.model import Paragraph, line_gap

_MIN, _MAX = 2, 12  # a sub-title's characters
_PROSE_MIN = 20  # the paragraph over it is prose: this long at least, ending on a full stop
_PROSE_END = ("。", "！", "；")
_NOT_TITLE = lazy(r"[：:，,。；;、？?！!|<>=（）()\[\]【】《》“”\"'.]")  # a label's colon, a clause, a question, a note
_HAN = lazy(r"[\u4e00-\u9fff]")
# a list's first item: '1）', '1.', '1、', '（1）', '- ', '• ', '①'
_ITEM = lazy(r"\s*(?:[0-9]{1,2}[）)．.、]|[（(][0-9]{1,2}[）)]|[-•·*][ \t]|[①-⑩])")


def _names_list(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """'具体目标' between a paragraph ending '…能力。' and '1）树立…': a short line of words, blank lines around it."""
    p, before, after = paragraphs[i], paragraphs[i - 1], paragraphs[i + 1]
    text = p.text.strip()
    if not _MIN <= len(text) <= _MAX or not _HAN.match(text) or len(_HAN.findall(text)) < 2:
        return False
    if _NOT_TITLE.search(text) or figure_caption(text) or p.listed or p.cell or p.heading_level or p.bold:
        return False
    if line_gap(before, p) < 2 or line_gap(p, after) < 2:
        return False
    prose = before.text.strip()
    return len(prose) >= _PROSE_MIN and prose.endswith(_PROSE_END) and _ITEM.match(after.text) is not None


def add_list_titles(candidates: list[Candidate], paragraphs: Sequence[Paragraph], kind: str) -> list[Candidate]:
    """The candidates with each lone sub-title over a list put under the numbered section it sits in (plain text
    only: a marked-up file marks its own sub-titles)."""
    if kind != "text" or len(paragraphs) < 3:
        return candidates
    shown = [n for n, c in enumerate(candidates) if c.accepted]
    taken = {c.index for c in candidates}  # a line a rule weighed, kept or dropped, is that rule's
    accepted = {candidates[n].index for n in shown}
    lines: dict[int, int] = {}
    deeper: dict[int, bool] = {}  # by position in `shown`: the next heading sits under this one (one walk each)
    k = -1  # the position (in `shown`) of the last heading above the line
    for i in range(1, len(paragraphs) - 1):
        while k + 1 < len(shown) and candidates[shown[k + 1]].index < i:
            k += 1
        if k < 0 or i in taken or i + 1 in accepted or not _names_list(paragraphs, i):
            continue
        holder = shown[k]
        if k not in deeper:
            deeper[k] = k + 1 < len(shown) and _under(candidates, shown[k + 1], holder)
        if not candidates[holder].numbered() or deeper[k]:
            continue  # a plain title's own, or a section numbered further down: its sub-titles are numbered too
        lines[i] = holder
    return with_lines(candidates, lines)[0] if lines else candidates


def _under(candidates: list[Candidate], n: int, top: int) -> bool:
    """Position n sits under position `top` (its parent chain, bounded by the list's length)."""
    up = candidates[n].parent
    for _ in range(len(candidates)):
        if up < 0:
            return False
        if up == top:
            return True
        up = candidates[up].parent
    return False
