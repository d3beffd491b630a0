"""Top-level sections past a lost one: '一、选题背景' then '四、研究思路' where 二、 and 三、 went into a table or a picture.

The writer's 一、 count is a document's top level: a report, a plan or a proposal numbers its parts so and nothing
else at that level. Where the count skips a few numbers and the later line is a title alone on its line (no stop, no
run-on text), the parts between were lost on the way (a form's cells, a picture, a table's rows), not numbered there
by the writer: the later line is still the next top-level part, and the count goes on after it (五、 then 六、). A
deeper count, a run-on item, a long skip or a number the count does not go on from stays a stray, as a quoted '五、…'
among a section's paragraphs would be.
"""

from __future__ import annotations

from reader.text.candidate import Candidate
from reader.text.markers import HeadingMatch

_LOST_MAX = 3  # top-level parts lost in a row at most: a report's whole middle gone is no skip but a stray
_TITLE_MAX = 20  # '五、保障措施', '四、研究思路': a part's name is short


def _alone(m: HeadingMatch) -> bool:
    """A short title alone on its line: no stop or colon after it, no text run on."""
    return bool(m.title) and not m.rest and not m.terminator and len(m.title) <= _TITLE_MAX


def lost_top_part(previous: HeadingMatch, m: HeadingMatch, top: bool, last: dict[int, int], i: int) -> bool:
    """Whether `m` (on paragraph `i`) is the top-level 一、 count going on from `previous` past a few parts the text
    lost (`top`: the previous part is open at the document's top level; `last`: each 一、 number's last paragraph, so
    a skipped number that comes later makes `m` a stray, and the count must go on after it: a quoted '五、' stands
    alone)."""
    return (top and m.family == previous.family == "cn"
            and previous.number + 1 < m.number <= previous.number + 1 + _LOST_MAX
            and _alone(m) and bool(previous.title) and not previous.rest
            and all(last.get(n, -1) < i for n in range(previous.number + 1, m.number))
            and last.get(m.number + 1, -1) > i)


def lift_lost_titles(candidates: list[Candidate]) -> None:
    """Set beside the top-level parts the plain titles that stand where their lost numbers would: '国内外相关研究情况'
    and '研究内容' between '一、选题背景' and '四、研究思路' are 二、 and 三、 with their numbers gone, not 一、's
    sub-titles. Only where the titles under the earlier part are all plain and as many as the numbers skipped."""
    tops = [n for n, c in enumerate(candidates)
            if c.accepted and c.parent < 0 and c.match is not None and c.match.family == "cn"]
    for a, b in zip(tops, tops[1:]):
        gap = candidates[b].match.number - candidates[a].match.number - 1
        if gap < 1:
            continue
        inside = [n for n in range(a + 1, b) if candidates[n].parent == a and candidates[n].accepted]
        if len(inside) != gap or any(candidates[n].numbered() for n in inside):
            continue
        for n in inside:
            candidates[n].parent = -1
