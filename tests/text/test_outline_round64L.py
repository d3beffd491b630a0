"""Found measuring hostile_bench at the end of session 64: V's lone-holder pass asked `c.index in found` of the plain
titles' sorted list for every candidate, quadratic on a page of thousands of short titles (the 1 MB 'agenda-items'
input: outline 7.8 s of CPU before the pass, 20.1 s with it); `found` is read as a set once."""

from __future__ import annotations

from reader.text.candidate import Candidate
from reader.text.loneholders import lift_lone_holder
from reader.text.model import Paragraph


class _CountedList(list):
    """A list that counts the membership tests asked of it (each one a scan of the list)."""

    asked = 0

    def __contains__(self, item: object) -> bool:
        type(self).asked += 1
        return super().__contains__(item)


def test_the_plain_titles_are_not_scanned_once_per_candidate():
    n = 3000
    paragraphs = [Paragraph(f"标题{i}", i + 1, 4 * i) for i in range(n)]
    candidates = [Candidate(i, None, "container") for i in range(n)]  # a page of short plain titles, all at the top
    found = _CountedList(range(n))
    lift_lone_holder(candidates, found, paragraphs)
    assert _CountedList.asked == 0
    assert all(c.parent == -1 for c in candidates)  # no holder of a count among them: nothing moved
