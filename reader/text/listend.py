"""Where a dropped numbered list ends: the unnumbered sub-heading set off after it is the next part, not its item's."""

from __future__ import annotations

from reader.text.candidate import Candidate
from reader.text.markers import match_heading
from reader.text.model import Paragraph, line_gap

_LIST_REASONS = ("a list: only", "a list introduced by")  # a run dropped as a list of sentences or points


def after_list(c: Candidate, parent: Candidate, paragraphs: list[Paragraph]) -> bool:
    """'select的流程' or 'IOC基础' set off by a blank line after '1. …' '4. 如果有多个case，…。': a note's sub-heading
    over what follows, outside the dropped list's last item; a statement ('世界的物质统一性是多样性的统一': 'A 是 B')
    after an item is its point, no title, and stays inside."""
    m = c.match
    return (m is not None and m.family == "sub" and "是" not in m.title and parent.reason.startswith(_LIST_REASONS)
            and c.index >= 1
            and line_gap(paragraphs[c.index - 1], paragraphs[c.index]) >= 2)


def beside_heading(parent: Candidate, candidates: list[Candidate], paragraphs: list[Paragraph]) -> int:
    """The new parent of a title set off after a dropped list: '脚本换行符的问题' after 'Nginx相关' and its fixes is the
    next topic, beside the unnumbered title over the list; a numbered part or a lead-in ending in '：' ('创建模板：'
    over its steps) keeps it inside."""
    holder = parent.parent
    over = candidates[holder] if holder >= 0 else None
    if over is not None and over.key == "container" and over.match is None \
            and not paragraphs[over.index].text.rstrip().endswith(("：", ":")):
        return over.parent
    return holder


def titles_a_list(c: Candidate, parent: Candidate, paragraphs: list[Paragraph]) -> bool:
    """'git相关' set off after a dropped list's last item, right over a new list from '1.': the next list's title,
    kept though it stands alone in its run (a heading with no body text under it, only its points)."""
    if not after_list(c, parent, paragraphs) or c.index + 1 >= len(paragraphs):
        return False
    m = match_heading(paragraphs[c.index + 1].text)
    return m is not None and m.family == "arabic" and m.number == 1
