"""A part's lead names its sections: '地点：郧西县城区、十堰市市区、武当山风景区' under '湖北省十堰市', then the titles
'郧西县、十堰市市区' and '武当山'; '本章介绍选课、退课和成绩查询' under '教务系统', then '选课', '退课'. Among a text's
unnumbered titles, a title whose short text (a paragraph or two) names two or more of the titles after it, the first
of them among them and in their order, holds them: it is their part, as the writer announced. Prose that happens to
name later titles names them in no order ('先去的灵隐寺，后来才去西湖')."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_LEAD_MAX = 2  # a part's lead: one or two paragraphs before its first section
_AHEAD = 6  # the titles after it that its lead may name
_NAMED_MIN = 2  # two named show the lead announcing them (one is a passage leading to the next title)
_NAME_MIN = 2  # a name this long at least (one character is found anywhere)
_LEAD_CHARS = 600  # the lead looked at
_SPLITS = "、，,/和与及&"
_NO_SPLITS = str.maketrans("", "", _SPLITS)
_SPLIT = lazy(f"[{_SPLITS}]")
_MARKS = lazy(r"[^\w、，,/&]|_")  # what no title's word is: neither a letter, a digit nor a split (`\w` less '_' is
# str.isalnum)


def title_core(text: str) -> str:
    """A title's words, its brackets' asides and marks aside: '乾元山（金光洞、银光洞）' is named as '乾元山'."""
    if "（" not in text and "(" not in text:
        return _MARKS.sub("", text)  # no aside opens: one C pass, not a loop over the characters (a lead is long)
    out, depth = [], 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif not depth and (ch.isalnum() or ch in _SPLITS):
            out.append(ch)
    return "".join(out)


def title_names(text: str) -> list[str]:
    """The names a title gives: the whole, or each of its listed ones ('郧西县、十堰市市区')."""
    core = title_core(text)
    if _SPLIT.search(core) is None:
        return [core] if len(core) >= _NAME_MIN else []  # one name, nothing to split (most titles)
    parts = [core]
    for ch in _SPLITS:
        parts = [q for p in parts for q in p.split(ch)]
    return [p for p in {core.translate(_NO_SPLITS), *parts} if len(p) >= _NAME_MIN]


def named_at(names: list[str], lead: str) -> int:
    """Where in the lead the title is named first, or -1."""
    first = -1
    for name in names:  # (a plain loop: asked for each title ahead of each lead, no generator to build)
        at = lead.find(name)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first


def _named_in_order(names: list[list[str]], ahead: list[int], lead: str) -> list[int]:
    """The titles of `ahead` the lead names, when it names them in their order; none when it names one out of order
    (the look stops there: prose names titles at random)."""
    hit, last = [], -1
    for m in ahead:
        at = named_at(names[m], lead)
        if at < 0:
            continue
        if at <= last:
            return []
        hit.append(m)
        last = at
    return hit


def nest_named_sections(candidates: list, paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """Titles named in the short lead of the title before them go under it (up to the last one named); returns the
    paragraphs so nested, for `--explain`."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted and c.key == "container" and c.match is None]
    if len(chosen) < 3:
        return {}
    index = [candidates[n].index for n in chosen]
    names = [title_names(paragraphs[i].text) for i in index]
    out: dict[int, str] = {}
    for k, (n, i) in enumerate(zip(chosen, index)):
        if k + 1 >= len(chosen) or index[k + 1] - i - 1 > _LEAD_MAX or index[k + 1] == i + 1:
            continue
        lead = title_core("".join(p.text[:_LEAD_CHARS] for p in paragraphs[i + 1:index[k + 1]]))
        parent = candidates[n].parent
        if candidates[chosen[k + 1]].parent != parent or named_at(names[k + 1], lead) < 0:
            continue  # the next title is no sibling, or the lead does not name it (asked before the titles ahead)
        ahead = [m for m in range(k + 1, min(len(chosen), k + 1 + _AHEAD)) if candidates[chosen[m]].parent == parent]
        hit = _named_in_order(names, ahead, lead)
        if len(hit) < _NAMED_MIN:
            continue  # named in their order, as a lead lists what follows (prose names titles at random)
        for m in range(k + 1, hit[-1] + 1):
            c = candidates[chosen[m]]
            if c.parent == parent:
                c.parent = n
                out[index[m]] = "a section its part's lead names"
    return out
