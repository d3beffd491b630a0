"""Parallel parents: '消费者用例' over '1. 注册'…'4. 取消订单', then '商家用例' over its own '1. 增加菜品'…; two short
lines each right over a count from one are the parts those counts sit in, not captions beside their first items."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reader.text.bodytext import is_body
from reader.text.candidate import Candidate, with_lines
from reader.text.leadins import leads_into_list
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

_LISTS = frozenset({"arabic", "cn", "paren-cn", "paren-arabic", "half-paren", "circled"})
_SHORT = 16  # '消费者用例', 'design patterns': a part's name in a few words
_TITLE_MAX = 30  # an item named, not a clause: '注册', 'Observer pattern'
_TWICE = 2  # one such line may caption its list; the layout repeated makes them the parts
_REACH = 64  # siblings looked through for the count's '2': a list goes on near its '1'
_NOT_NAMES = "，。；？！,;：:|"  # a sentence, a label or a table's row


def _short_name(text: str) -> bool:
    """'商家用例', 'EcoSystem': two characters or more of words, no sentence, label, list bullet or table row."""
    t = text.strip()
    return (2 <= len(t) <= _SHORT and not is_body(t) and not any(ch in t for ch in _NOT_NAMES)
            and t[0].isalpha() and not t.isdigit())


def _item(m: HeadingMatch | None, number: int) -> bool:
    """A list item numbered so, named in a few words on its own line."""
    return (m is not None and m.family in _LISTS and m.number == number and not m.rest
            and 0 < len(m.title) <= _TITLE_MAX)


def _next_siblings(candidates: list[Candidate]) -> list[int]:
    """For each position, the next kept candidate under the same parent (-1 when none): one pass from the end."""
    after: dict[int, int] = {}
    out = [-1] * len(candidates)
    for k in range(len(candidates) - 1, -1, -1):
        c = candidates[k]
        out[k] = after.get(c.parent, -1)
        if c.accepted:
            after[c.parent] = k
    return out


def _siblings(following: list[int], n: int, reach: int = -1) -> Iterator[int]:
    """The kept candidates after position n under the same parent, in order, at most `reach` of them (-1: all)."""
    k = following[n]
    while k >= 0 and reach != 0:
        yield k
        k, reach = following[k], reach - 1


def _sites(candidates: list[Candidate], paragraphs: Sequence[Paragraph], following: list[int]) -> dict[str, list[int]]:
    """Each list family's kept '1's right under a short plain line, whose count goes on to a named '2' beside them."""
    kept = {c.index for c in candidates if c.accepted}
    sites: dict[str, list[int]] = {}
    for n, c in enumerate(candidates):
        m = c.match
        if not c.accepted or not _item(m, 1) or c.index < 1 or c.index - 1 in kept:
            continue
        over = paragraphs[c.index - 1].text
        if not _short_name(over) or leads_into_list(over, paragraphs[c.index].text):  # '功能如下' announces the list
            continue
        count = next((s for k in _siblings(following, n, _REACH)
                      if (s := candidates[k].match) is not None and s.family == m.family and s.number != 1), None)
        if _item(count, 2):
            sites.setdefault(m.family, []).append(n)
    return sites


def parallel_parents(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> list[Candidate]:
    """The candidates with the short line over each count from one made its part, where one list family is so
    headed twice or more: the part stands where the '1' stood and holds the count up to the next such part."""
    if not any(c.accepted and c.match is not None and c.match.family in _LISTS for c in candidates):
        return candidates  # no list kept (a law keeps its units alone): no count to head, no siblings to link
    following = _next_siblings(candidates)
    heads: dict[int, int] = {}  # the line over a '1' -> the '1''s position
    for starts in _sites(candidates, paragraphs, following).values():
        if len(starts) >= _TWICE:
            heads.update({candidates[n].index - 1: n for n in starts})
    if not heads:
        return candidates
    held = {i: _count(candidates, following, n, heads) for i, n in heads.items()}  # before any parent moves
    out, placed = with_lines(candidates, {i: candidates[n].parent for i, n in heads.items()})
    for i, under in held.items():
        for k in under:
            candidates[k].parent = placed[i]
    return out


def _count(candidates: list[Candidate], following: list[int], n: int, heads: dict[int, int]) -> list[int]:
    """The '1' at position n and the items of its family beside it, up to another part's '1' or another kind."""
    family = candidates[n].match.family
    members = [n]
    for k in _siblings(following, n):
        m = candidates[k].match
        if m is None or m.family != family or candidates[k].index - 1 in heads:
            break
        members.append(k)
    return members
