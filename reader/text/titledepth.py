"""Two levels of unnumbered titles: which of a text's titles head parts and which head the sections inside them.

A text that titles its sections with plain lines often has two levels of them ('技术 | 向更深处下潜' over '开源版图',
'漏洞挖掘'); the rules read them all at one level unless a title stands right over another (`recurring.
nest_stacked_titles`). A small boosted-tree model, trained on the development part of the gold corpus
(`bench/train_titles.py --depth`; never on the held-out part), weighs each title against the text's other titles (its
length and form beside theirs, the body under it, where it stands) and says which are the upper level; a title it
is sure is of the lower level goes under the upper one before it, and where that title stands right under its part
(a '##' over its first '###'), the titles after it the model is unsure of go with it. Where every title reads alike,
all stay as they are. The model is data (`titledepth_model.json`), read on first use.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from reader.text.model import Paragraph, line_gap
from reader.text.trees import TreeModel, load_trees

_MODEL = Path(__file__).with_name("titledepth_model.json")
TITLES_MIN = 3  # fewer titles show no levels
TITLES_MAX = 2000  # more are a list's lines, weighed by the rules alone (bounded time)
LOWER_MIN = 2  # sections the model puts under a part: two show a second level
_SEPARATORS = frozenset("|｜：:—-–·•/、")
_GAP_CAP = 6

DEPTH_FEATURES = (
    "len", "len_rel", "len_rank", "sep", "sep_share", "colon_end", "bracket", "digit", "latin", "first_cjk",
    "shape_share", "pos", "first", "last", "gap_before", "gap_before_rel", "gap_after", "stacked_before",
    "stacked_after", "body_after", "body_after_rel", "body_before", "children", "repeat", "ruled", "titles",
    "titles_rel", "body_share", "len_spread", "prev_len_rel", "next_len_rel", "prev_sep", "next_sep",
)
MODEL_LOWER = "a section inside the part above it, by the title depth model"


@lru_cache(maxsize=1)
def depth_model() -> TreeModel | None:
    """The trained model, or None when its file is missing (the titles then stay at one level)."""
    return load_trees(_MODEL, DEPTH_FEATURES)


def top_titles(candidates: Sequence[Any], named_ok: bool = False) -> list[int] | None:
    """The candidates (positions) of a text's unnumbered titles at the top level, or None where anything else stands
    there (a numbered section, a named part: the rules' levels hold) or they are too few or too many to weigh; with
    `named_ok`, named parts ('前言', '总结') may stand there too, left out of the titles weighed."""
    top = [n for n, c in enumerate(candidates) if c.accepted and c.parent < 0
           and not (named_ok and c.key == "named" and c.match is None)]
    if not TITLES_MIN <= len(top) <= TITLES_MAX or any(candidates[n].key != "container" or candidates[n].match
                                                        is not None for n in top):
        return None
    return top


def weighed_titles(candidates: Sequence[Any]) -> list[int] | None:
    """The titles the model weighs, named parts ('前言', '总结') beside them left out: one function for inference and
    for training (`bench/train_titles.py --depth`), so the model learns from the texts it is asked about."""
    return top_titles(candidates, named_ok=True)


def _shape(text: str) -> tuple[bool, bool, bool]:
    return any(ch in _SEPARATORS for ch in text), text[-1:] in "：:", not ("\u3400" <= text[:1] <= "\u9fff")


def depth_features(candidates: Sequence[Any], paragraphs: Sequence[Paragraph], top: list[int]) -> list[list[float]]:
    """The evidence for each title of `top`, in DEPTH_FEATURES order."""
    index = [candidates[n].index for n in top]
    texts = [paragraphs[i].text.strip() for i in index]
    lengths = [len(t) for t in texts]
    median = statistics.median(lengths) or 1
    order = sorted(range(len(texts)), key=lambda k: lengths[k])
    rank = {k: r / max(1, len(texts) - 1) for r, k in enumerate(order)}
    shapes = [_shape(t) for t in texts]
    seps = sum(s[0] for s in shapes)
    shape_count: dict[tuple, int] = {}
    for s in shapes:
        shape_count[s] = shape_count.get(s, 0) + 1
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    children: dict[int, int] = {}
    for c in candidates:
        if c.accepted and c.parent >= 0:
            children[c.parent] = children.get(c.parent, 0) + 1
    n = len(paragraphs)

    def gap(i: int) -> int:
        return min(_GAP_CAP, line_gap(paragraphs[i - 1], paragraphs[i])) if i else _GAP_CAP

    gaps = [gap(i) for i in index]
    gap_median = statistics.median(gaps) or 1
    bodies = [(index[k + 1] if k + 1 < len(index) else n) - i - 1 for k, i in enumerate(index)]
    body_median = statistics.median(bodies) or 1
    spread = (max(lengths) - min(lengths)) / median
    upto = list(accumulate((len(p.text) for p in paragraphs), initial=0))  # characters before each paragraph
    total = upto[-1] or 1
    out = []
    for k, (i, t) in enumerate(zip(index, texts)):
        after = index[k + 1] if k + 1 < len(index) else n
        out.append([float(v) for v in (
            lengths[k], lengths[k] / median, rank[k], shapes[k][0], seps / len(texts), shapes[k][1],
            t[:1] in "【[（(《「“", any(ch.isdigit() for ch in t), sum(ch.isascii() and ch.isalpha() for ch in t) / len(t),
            not shapes[k][2], (shape_count[shapes[k]] - 1) / len(texts), k / len(texts), k == 0, k + 1 == len(texts),
            gaps[k], gaps[k] / gap_median, gap(i + 1) if i + 1 < n else _GAP_CAP,
            k > 0 and index[k - 1] == i - 1, k + 1 < len(index) and index[k + 1] == i + 1,
            min(bodies[k], 200), bodies[k] / body_median, min(bodies[k - 1], 200) if k else 0.0,
            min(children.get(top[k], 0), 50), counts[t] > 1, paragraphs[i].ruled, min(len(texts), 200),
            len(texts) / max(1, n), (upto[after] - upto[i + 1]) / total, spread,
            lengths[k - 1] / median if k else 0.0, lengths[k + 1] / median if k + 1 < len(texts) else 0.0,
            shapes[k - 1][0] if k else False, shapes[k + 1][0] if k + 1 < len(texts) else False,
        )])
    return out


def nest_titles(candidates: list[Any], paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """Where the model is sure a title is of the lower level, it goes under the upper title before it; returns the
    paragraphs so nested, with the model's odds, for `--explain`."""
    top = weighed_titles(candidates)
    model = depth_model() if top else None
    if model is None or top is None:
        return {}
    odds = [model.probability(x) for x in depth_features(candidates, paragraphs, top)]
    upper = [p >= model.keep for p in odds]  # (the model's `keep`: the odds of a part's title; its `take`: below
    # them a title is surely a section's)
    if all(upper) or not any(upper):
        return {}
    lower: dict[int, tuple[int, float]] = {}  # title -> the upper title before it, and the title's odds
    holder = -1
    named = [n for n, c in enumerate(candidates) if c.accepted and c.parent < 0 and c.key == "named"]
    run = False  # a section stacked right under its part ('典型场景' over '当 Agent 无事可做') opens a run of them
    for n, p, up in zip(top, odds, upper):
        if holder >= 0 and bisect_left(named, n) > bisect_right(named, holder):  # a named part ('前言') ends the part before it
            holder = -1
        if up:
            holder, run = n, False
        elif holder >= 0 and (p < model.take or run):  # in a run, a title the model is unsure of (odds between
            lower[n] = (holder, p)  # `take` and `keep`) is the stacked section's sibling, not the part's
            run = run or candidates[n].index == candidates[holder].index + 1
        else:
            run = False
    if len(lower) < LOWER_MIN:
        return {}  # one title under the one before it is as often a sibling set apart: no form shown
    for n, (holder, _) in lower.items():
        candidates[n].parent = holder
    return {candidates[n].index: f"{MODEL_LOWER} (odds of the upper level {p:.2f})" for n, (_, p) in lower.items()}
