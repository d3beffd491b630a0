"""Template labels keep their level: records written from one form ('决策事项', '后续行动' in each meeting; '个人简介',
'报告摘要' under each speaker) repeat the same unnumbered labels, so a label read at one depth in every record but one
is read at that depth there too, its own sections moving with it. Not where the label before it in its record, a
label of the form too, stands at the odd one's depth: then the form's labels disagree and neither is moved."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from reader.text.model import Heading

_RECORDS = 3  # a label seen this many times or more is a form's label, not two titles that happen to agree
_LABEL_CHARS = 12  # a form's label is short: '参会人员', '会议决定', 'Action points'


def _label(h: Heading) -> str:
    return "".join(h.title.split()).rstrip("：:") if not h.marker else ""


def _stacked(headings: list[Heading], k: int) -> bool:
    """Whether the heading stands right over or under one of its own name: a part titled as its first section ('热点新闻'
    over '热点新闻'), where the two depths differ on purpose."""
    label = _label(headings[k])
    return any(0 <= j < len(headings) and _label(headings[j]) == label for j in (k - 1, k + 1))


def _previous_siblings(headings: list[Heading]) -> list[int]:
    """For each heading, the heading before it at its depth with none above that depth between (-1 when none)."""
    last: dict[int, int] = {}
    out = []
    for k, h in enumerate(headings):
        out.append(last.get(h.depth, -1))
        for depth in [d for d in last if d > h.depth]:
            del last[depth]
        last[h.depth] = k
    return out


def even_template_labels(headings: list[Heading]) -> list[Heading]:
    """Headings with each recurring unnumbered label that stands at one depth in all its places but one moved to that
    depth, the headings under the odd one moved by as much."""
    places: dict[str, list[int]] = {}
    for k, h in enumerate(headings):
        if h.marker:
            continue  # (a numbered heading is no form's label: a law's thousands, no call each)
        label = _label(h)
        if label and len(label) <= _LABEL_CHARS:
            places.setdefault(label, []).append(k)
    usual: dict[str, int] = {}  # a form's label -> the depth most of its places give it
    odd: dict[int, int] = {}
    for label, ks in places.items():
        if len(ks) < _RECORDS:
            continue
        depth, n = Counter(headings[k].depth for k in ks).most_common(1)[0]
        usual[label] = depth
        if n == len(ks) - 1:
            odd[next(k for k in ks if headings[k].depth != depth)] = depth
    if not odd:
        return headings  # (no label out of place: a law's 5,100 numbered headings end here, no sibling walk)
    before = _previous_siblings(headings)
    target = {k: depth for k, depth in odd.items() if not _stacked(headings, k) and not (
        before[k] >= 0 and usual.get(_label(headings[before[k]])) == headings[k].depth)}
    if not target:
        return headings
    out: list[Heading] = []
    moving: list[tuple[int, int]] = []  # (the moved label's old depth, its new one): its sections move with it
    for k, h in enumerate(headings):
        while moving and (h.depth <= moving[-1][0] or h.depth < moving[-1][1]):
            moving.pop()  # out of the label's sections, or above the level it moved to: the next record's, not its
        depth = h.depth + (moving[-1][1] - moving[-1][0] if moving else 0)
        if k in target and target[k] <= (out[-1].depth + 1 if out else 1):
            moving.append((h.depth, target[k]))
            depth = target[k]
        out.append(h if depth == h.depth else replace(h, depth=max(1, depth)))
    return out
