"""Labels a template gives every numbered part: '岗位职责：' and '任职要求：' under each post of a job posting, '遇到的
问题：' and '建议：' under each session of a record ('第二次会议：'); set alone on their lines, each over text of its own,
they are the parts' sub-titles, where a label met once ('注意：') is only a lead-in."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence, Set as AbstractSet
from typing import Any

from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.punctuation import label_name

_LABEL = lazy(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,9}[ \t\u3000]*[：:]")  # '岗位职责：', '请求URL：'
_PARTS_MIN = 2  # the same label under two numbered parts at least
_LABELS_MIN = 2  # and two labels in each: one label repeated is a lead-in the writer likes ('如下：')
_SESSIONS_MIN = 3  # a record's sessions, counted as `meetings` counts them before it nests anything under them
_LIST_ITEM = lazy(r"[-*+•·●▪◦][ \t\u3000]|[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．、]")  # '- …', '1. …'


def labels_in_parts(paragraphs: Sequence[Paragraph], numbered: Sequence[Any], matches: Sequence[Any],
                    sessions: AbstractSet[int] = frozenset()) -> set[int]:
    """Colon labels standing alone, each over a line of its own text, two or more shared by several top-level
    numbered parts (or a record's sessions, where nothing is numbered): the template of the parts, a level below
    them (a label one part alone has is its text)."""
    heads = sorted((c.index, c.parent < 0) for c in numbered)
    listed = not heads  # a session's '会议主题：' over '- …' is a field its record fills in, no part of the session
    heads = heads or sorted((i, True) for i in sessions if len(sessions) >= _SESSIONS_MIN)
    at = [i for i, _ in heads]
    top = {n for n, (_, first_level) in enumerate(heads, 1) if first_level}  # the parts a line falls in, counted from 1
    if len(at) < _PARTS_MIN:
        return set()
    parts: dict[int, list[int]] = defaultdict(list)
    for i in range(at[0] + 1, len(paragraphs) - 1):
        if matches[i] is not None or "：" not in paragraphs[i].text and ":" not in paragraphs[i].text:
            continue  # a label ends in its colon: a line with none is no label (no copy of it)
        text = paragraphs[i].text.strip()
        if _LABEL.fullmatch(text) is None:
            continue
        after = paragraphs[i + 1].text.strip()
        if matches[i + 1] is not None or not after or _LABEL.fullmatch(after):
            continue  # '要求：' over '1. …' leads into a list; over another label it names nothing
        if listed and _LIST_ITEM.match(after):
            continue
        if bisect_left(at, i) in top:  # a post's labels; a test case's '模拟场景：' deep in 4.2.1 is its text
            parts[bisect_left(at, i)].append(i)
    names = {n: {label_name(paragraphs[i].text) for i in lines} for n, lines in parts.items()}
    held = Counter(name for part in names.values() for name in part)  # in how many parts each label stands
    shared = {n: {name for name in part if held[name] >= _PARTS_MIN} for n, part in names.items()}
    kept = [n for n, part in shared.items() if len(part) >= _LABELS_MIN]
    if len(kept) < _PARTS_MIN:
        return set()
    return {i for n in kept for i in parts[n] if label_name(paragraphs[i].text) in shared[n]}


def last_part_labels(labels: AbstractSet[int], inside: Sequence[bool], numbered: Sequence[Any],
                     paragraphs: Sequence[Paragraph], titles: AbstractSet[int]) -> set[int]:
    """'主要职责：' and '任职要求：' under the last post, after the numbered run's last member and before any other
    title: the labels every post before it has (each two times or more inside the run), the last part's text as
    theirs is."""
    if not numbered:
        return set()
    last = max(c.index for c in numbered)
    stop = min((i for i in titles if i > last and i not in labels), default=len(paragraphs))
    seen = Counter(label_name(paragraphs[i].text) for i in labels if inside[i])
    found = {i for i in labels if last < i < stop and seen[label_name(paragraphs[i].text)] >= _PARTS_MIN}
    return found if len({label_name(paragraphs[i].text) for i in found}) >= _LABELS_MIN else set()  # a template's
    # two labels at least: one label again after the run ('熊博：') may be the next part's speaker
