"""Sections that share a sub-title are siblings: '计数器', '滑动窗口', '漏桶', each over its own '实现方式', are the
kinds of one part, whichever of them happened to stand right under that part's title."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reader.text.model import Paragraph
from reader.text.punctuation import label_name

_RECURS = 2  # a sub-title under two sections at least


def _subtree_end(candidates: list, chosen: list[int], k: int) -> int:
    """Where in `chosen` the titles under chosen[k] (its descendants, in order) end."""
    inside = {chosen[k]}
    end = k + 1
    while end < len(chosen) and candidates[chosen[end]].parent in inside:
        inside.add(chosen[end])
        end += 1
    return end


def align_sibling_heads(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """A sub-title said again under each of several unnumbered sections ('实现方式' under '计数器', then under '滑动
    窗口') shows those sections to be one level: where the first stands inside a part ('限流方法' right over '计数器')
    and the next ones, following on from it with nothing but their own sub-titles between, were left at the top, they
    join that part. Only unnumbered titles are read so (a number says its own level)."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    if any(candidates[n].match is not None for n in chosen):
        return
    names = {n: label_name(paragraphs[candidates[n].index].text) for n in chosen}
    heads: dict[str, list[int]] = defaultdict(list)  # a sub-title -> where in `chosen` its sections stand
    for k in range(1, len(chosen)):
        c = candidates[chosen[k]]
        if c.parent == chosen[k - 1] and names[chosen[k]] != names[chosen[k - 1]]:
            heads[names[chosen[k]]].append(k - 1)
    for sub, ks in heads.items():
        if len(ks) < _RECURS:
            continue
        first = candidates[chosen[ks[0]]]
        if first.parent < 0:
            continue
        end = _subtree_end(candidates, chosen, ks[0])
        for k in ks[1:]:
            c = candidates[chosen[k]]
            if k != end or c.parent >= 0 or c.key != first.key:
                break
            c.parent = first.parent
            end = _subtree_end(candidates, chosen, k)
