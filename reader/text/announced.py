"""A sentence that lists the titles right after it announces them as one part's sections: '…按照应用类型可以分为查询、
统计分析和查询推理三大类。' then the titles '查询', '统计分析', '查询推理'; '可供更换的主题：宿舍楼访客管理系统、物品收发管理系统'
then '宿舍楼访客管理系统：', '物品收发管理系统：'. A writer who says 'X 分为 A、B 和 C' and then titles A, B and C
writes A, B and C as the parts of the subject they are in, not as new parts beside it: they go under the part title
before them (beside its other sections). The sentence must stand right over the first of them, list it and the next
one or more in their order, after its colon or its '分为 / 包括' (prose that happens to name later titles names
them anywhere, in no order)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.leads import named_at, title_core, title_names
from reader.text.model import Paragraph

_AHEAD = 6  # the titles after the sentence that it may list
_NAMED_MIN = 2  # two listed show the sentence announcing them (one is a passage leading to the next title)
_SENTENCE_MAX = 150  # an announcing sentence is short: a paragraph of prose longer than this is a passage
_CUES = ("：", ":", "分为", "包括", "包含")
ANNOUNCED = "a section the sentence over it announces"


def _listing(text: str) -> str:
    """The part of a sentence after its first listing cue ('：', '分为', '包括'), its marks aside, or ''."""
    at = min((k + len(cue) for cue in _CUES if (k := text.find(cue)) >= 0), default=-1)
    return title_core(text[at:]) if at >= 0 else ""


def nest_announced_titles(candidates: list, paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """Top-level unnumbered titles that the sentence right over them lists, in order, go under the top-level title
    before that sentence; returns the paragraphs so nested, for `--explain`."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted and c.match is None and c.key != "named"
              and not paragraphs[c.index].heading_level]  # a title the file marks keeps its level
    if len(chosen) < 3:
        return {}
    index = [candidates[n].index for n in chosen]
    heads = {c.index for c in candidates if c.accepted}
    out: dict[int, str] = {}
    names: dict[int, list[str]] = {}  # each title's names, read once (a sentence looks up to _AHEAD titles ahead)

    def names_of(m: int) -> list[str]:
        if m not in names:
            names[m] = title_names(paragraphs[index[m]].text)
        return names[m]

    holder = -1  # the last top-level title seen
    k = 0
    while k < len(chosen):
        n, i = chosen[k], index[k]
        c = candidates[n]
        if c.parent >= 0:
            k += 1
            continue
        above = paragraphs[i - 1] if i > 0 else None
        last = -1
        if holder >= 0 and above is not None and i - 1 not in heads and i - 1 > candidates[holder].index \
                and len(above.text) <= _SENTENCE_MAX and (listing := _listing(above.text)) \
                and named_at(names_of(k), listing) >= 0:  # (it lists this title first, or none)
            ahead = [m for m in range(k, min(len(chosen), k + _AHEAD)) if candidates[chosen[m]].parent < 0]
            hit: list[tuple[int, int]] = []  # (title, where the sentence names it), in the sentence's order
            for m in ahead:
                if (at := named_at(names_of(m), listing)) < 0:
                    continue
                if hit and at <= hit[-1][1]:
                    hit = []  # named out of order: prose naming titles, no list of them
                    break
                hit.append((m, at))
            if len(hit) >= _NAMED_MIN and hit[0][0] == k:
                last = hit[-1][0]
        if last < 0:
            holder = n
            k += 1
            continue
        for m in range(k, last + 1):
            if candidates[chosen[m]].parent < 0:
                candidates[chosen[m]].parent = holder
                out[index[m]] = ANNOUNCED
        k = last + 1
    return out
