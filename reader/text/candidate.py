"""A paragraph that may be a heading while the outline is decided, the key it nests by, and its depth."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from reader.text.markers import HeadingMatch

log = logging.getLogger(__name__)


@dataclass(slots=True)  # slots: one per numbered line of a long law, fewer objects for the collector
class Candidate:
    """A paragraph that may be a heading, while the outline is being decided."""

    index: int  # paragraph index
    match: HeadingMatch | None  # None for named (序言) and unnumbered format headings
    key: str  # nesting key: the family, 'decimal2' for 1.1, 'h2' for a Markdown '##' / HTML <h2>, 'named'
    rank: int | None = None  # units that nest by rank, not by appearance (format headings, 编 > 章 > … > 条)
    strong: bool = False  # reads as a heading on its own (short title with body after it)
    parent: int = -1  # index into the candidate list
    run: int = -1  # siblings numbered in one sequence share a run (the index of its first member)
    accepted: bool = True
    article: bool = False  # '1.' numbering articles on across sections: a unit like 第X条, titled by its marker
    reason: str = ""  # why it was dropped, for `zhreader outline --explain`

    def numbered(self) -> bool:
        """A number of its own says its level; a note's sub-title ('sub') and a named or marked title have none."""
        return self.match is not None and self.match.family != "sub"


def nesting_key(m: HeadingMatch) -> str:
    """Numbered headings nest by family; decimal ones by how many parts their number has."""
    return f"decimal{m.level}" if m.family == "decimal" else m.family


def ancestors(candidates: list[Candidate], up: int) -> Iterator[int]:
    """Position `up` and the units over it, innermost first; a loop some rule made ends the walk (logged) where it
    would have run for ever (a loop of parents once held the outline's worker at full CPU for good)."""
    for _ in range(len(candidates) + 1):
        if up < 0:
            return
        yield up
        up = candidates[up].parent
    log.warning("outline: a loop of parents at candidate %d; its walk cut", up)


def depth_of(c: Candidate, candidates: list[Candidate]) -> int:
    """One more than the number of units that enclose it."""
    return 1 + sum(candidates[p].accepted for p in ancestors(candidates, c.parent))


def _within(candidates: list[Candidate], n: int, top: int) -> bool:
    """Position n is `top` or sits under it."""
    if n < 0:
        return n == top
    return top == -1 if top < 0 else top in ancestors(candidates, n)


def with_lines(candidates: list[Candidate], lines: dict[int, int]) -> tuple[list[Candidate], dict[int, int]]:
    """The candidates with each paragraph of `lines` kept under the parent given (a position in `candidates`): a
    candidate there is taken back, a new plain title put in where none stood; positions renumbered in reading order.
    Also the new position of each paragraph kept, for what the caller hangs under them. A candidate taken back keeps
    its own parent where the one given is itself or sits under it: put under itself, its depth was never found (the
    outline of two documents run together, a count from '（一）' under a dropped '一 概况', never came)."""
    at = {c.index: n for n, c in enumerate(candidates)}
    for i, parent in lines.items():
        if i in at:
            c = candidates[at[i]]
            c.accepted, c.reason = True, ""
            c.parent = c.parent if _within(candidates, parent, at[i]) else parent
    new = [i for i in lines if i not in at]
    order = sorted([(c.index, n) for n, c in enumerate(candidates)] + [(i, -1 - k) for k, i in enumerate(new)])
    moved = {old: pos for pos, (_, old) in enumerate(order)}
    out = []
    for index, old in order:
        c = candidates[old] if old >= 0 else Candidate(index, None, "container", -1000, parent=lines[index])
        c.parent = moved[c.parent] if c.parent >= 0 else -1
        out.append(c)
    return out, {index: pos for pos, (index, _) in enumerate(order) if index in lines}
