"""One plain title over the whole of a document's top-level count: a front part beside it, not its parent.

'一、' and '第一章' are the levels a writer gives a document's own parts. When a single unnumbered line found among
the plain titles ('工作要点', a stray byline or label the rules took for a title) stands over every one of them, and
they count on under it from one without starting again, the line adds nothing the count does not already say: it is
read as one more title at the top, beside the parts, so one stray line never pushes every 第一章 or 一、 a level down.
Where another plain title stands at the top beside it ('上诉请求' before '上诉事实和理由' over 一、…, '裁判要旨'
after '裁判理由''s), the titles are the document's parts and this one holds the count; where two such titles each
hold a count (a compilation's law names over the chapters each restarts, '理论篇' and '实践篇' over theirs), where
the title also holds plain titles of its own, or where the count is a list's ('1.', '1、', a meeting's '议题' over
its items), the title stays their parent.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reader.text.candidate import Candidate
from reader.text.lineshape import contents_name
from reader.text.model import Paragraph

_TOP_FAMILIES = frozenset({"cn", "zhang", "bian", "bufen"})  # the counts that name a document's own parts


def lift_lone_holder(candidates: list[Candidate], found: Collection[int], paragraphs: Sequence[Paragraph]) -> None:
    """Set beside it the parts of the one plain title (a paragraph of `found`, no other plain title at the top but a
    contents list's name) that holds the whole top count."""
    found = found if isinstance(found, (set, frozenset)) else set(found)  # (a list's `in` made this quadratic)
    holders: dict[int, list[int]] = {}  # a top-level plain title's position: its direct accepted children's
    top: list[int] = []  # positions of the accepted top-family headings
    for n, c in enumerate(candidates):
        if not c.accepted:
            continue
        if c.parent >= 0 and c.parent in holders:
            holders[c.parent].append(n)
        if c.match is None and c.key == "container" and c.parent < 0 and c.index in found:
            holders[n] = []
        if c.match is not None and c.key in _TOP_FAMILIES:
            top.append(n)
    full = [n for n, kids in holders.items() if kids]
    if len(full) != 1 or not top or any(n not in full and not contents_name(paragraphs[candidates[n].index].text)
                                        for n in holders):
        return  # another plain title at the top: the titles are the document's parts, this one holding the count
    kids = holders[full[0]]
    family = candidates[kids[0]].key
    if family not in _TOP_FAMILIES or any(candidates[k].key != family for k in kids):
        return  # a plain title of its own under it, or a list's count: a part over its sections
    numbers = [candidates[k].match.number for k in kids]
    if numbers[0] != 1 or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return  # the count starts again under it: a member's own parts
    held = set(kids)
    if any(candidates[n].key == family and n not in held for n in top):
        return  # the same count outside it too: it holds only some of the parts
    for k in kids:
        candidates[k].parent = -1
