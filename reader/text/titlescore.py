"""A second opinion on unnumbered titles: short standalone lines weighed on all their evidence at once.

The rules in `standalone.unnumbered` judge a line by its shape and its neighbours one test at a time; many documents
(notes flattened from Markdown, slides, manuals) set their titles in ways no single test covers. A small boosted-tree
model, trained on the development part of the gold corpus (`bench/train_titles.py`; never on the held-out part),
weighs the rules' verdict together with the line's shape, its neighbours and the document around it, and decides
every short unpunctuated line. The model is data (`titles_model.json`), read on first use; scoring is plain Python.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.text.credits import credit_bar
from reader.text.furniture import figure_caption, furniture_line
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph, line_gap, packed_paragraphs
from reader.text.codeblocks import code_line
from reader.text.trees import TreeModel, load_trees

logger = logging.getLogger(__name__)

LOOSE_MAX = 40  # longer lines are sentences or paragraphs, never weighed
_MODEL = Path(__file__).with_name("titles_model.json")
_SENTENCE_MARKS = frozenset("。！？；!?;")
_BULLET_STARTS = frozenset("-*•·●▪◆■□>")
_BRACKETS = frozenset("（()）[]【】")
_QUOTES = frozenset("《》“”\"「」")
_COMMAS = frozenset("，,、")
_LATIN = lazy("[A-Za-z]")
_CJK = lazy("[\u3400-\u9fff]")
_GAP_CAP = 4  # blank lines beyond three say no more
LINES_MAX = 5000  # more short lines than this are verse or a list: the rules judge them alone, in bounded time

FEATURES = (
    "rule", "len", "len_le6", "len_le12", "len_gt24", "colon_end", "colon_mid", "latin_frac", "cjk_frac", "has_digit",
    "has_space", "bracket", "quote", "comma", "hash", "bullet",
    "prev_none", "prev_body", "prev_loose", "prev_marker", "prev_len", "prev_stop", "prev_colon", "prev_bullet",
    "next_none", "next_body", "next_loose", "next_marker", "next_len", "next_bullet", "next_stop", "next_one",
    "gap_before", "gap_after", "ruled", "pos", "first5", "repeat",
    "doc_loose_frac", "doc_rule_frac", "doc_num_frac", "doc_long_frac", "doc_med_len", "doc_n", "doc_has_rule",
    "len_vs_med", "run2", "latin_only", "prev_rule", "next_rule", "kind_md", "kind_html", "doc_levels",
    "joined", "gap_rel", "gap_after_rel", "code", "next_code", "prev_rule2", "next_rule2",
    "caption", "furniture", "figure", "credit",
)
MODEL_TOOK = "a title by the title model, though not by the rules"
MODEL_LEFT = "no title by the title model, though one by the rules"


@dataclass(frozen=True)
class Setting:
    """What the outline knows of the document around its lines: its format and its pictures' captions."""

    kind: str
    captions: Collection[int]


@lru_cache(maxsize=1)
def title_model() -> TreeModel | None:
    """The trained model, or None when its file is missing (the rules then decide alone)."""
    return load_trees(_MODEL, FEATURES)


def loose(text: str, m: HeadingMatch | None, p: Paragraph) -> bool:
    """A short unpunctuated line with no marker and no markup level: a title or not, the model decides."""
    return (m is None and not p.heading_level and 2 <= len(text) <= LOOSE_MAX and text[-1] not in "，、,"
            and _SENTENCE_MARKS.isdisjoint(text))


def line_features(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None], rule: Collection[int],
                  weighable: Collection[int], setting: Setting, is_body: Callable[[str], bool]) -> dict[int, list[float]]:
    """The evidence for each loose line of `weighable`, in FEATURES order (`rule`: the lines the rules took)."""
    n = len(paragraphs)
    if n == 0:
        return {}
    texts = [p.text.strip() for p in paragraphs]
    lengths = [len(t) for t in texts]
    flags = [length <= LOOSE_MAX and loose(t, m, p) for t, m, p, length in zip(texts, matches, paragraphs, lengths)]
    kind = setting.kind
    at = [i for i in weighable if flags[i]]
    if not at or len(at) > LINES_MAX:
        return {}
    counts: dict[str, int] = {}
    for i in at:
        counts[texts[i]] = counts.get(texts[i], 0) + 1
    median = sorted(lengths)[n // 2]
    blank = 1 if packed_paragraphs(paragraphs) else 0  # a text set without blank lines reads as if every paragraph
    # had one, as a spaced text sets them: what stands apart there stands apart here
    gaps = [min(_GAP_CAP, line_gap(paragraphs[k - 1], paragraphs[k]) + blank) for k in range(1, n)]
    gap_mean = sum(gaps) / len(gaps) if gaps else 0.0
    numbered = sum(m is not None for m in matches)
    ruled_in = len([i for i in rule if i < n])
    doc = [len(at) / n, ruled_in / len(at), numbered / n, sum(length > LOOSE_MAX for length in lengths) / n,
           min(median, 200) / 200, min(n, 1000) / 1000, float(ruled_in >= 2)]
    levels = float(sum(p.heading_level > 0 for p in paragraphs) >= 2)
    body: dict[int, bool] = {}  # a line is the next line of one title and the line before another: judged once

    def bodied(k: int) -> bool:
        if k not in body:
            body[k] = 0 <= k < n and bool(is_body(texts[k]))
        return body[k]

    coded: dict[int, bool] = {}  # the same: a line is the next line of one loose line and a loose line itself

    def code(k: int) -> bool:
        if k not in coded:
            coded[k] = code_line(texts[k])
        return coded[k]

    out = {}
    for i in at:
        t, p = texts[i], paragraphs[i]
        prev = texts[i - 1] if i else ""
        nxt = texts[i + 1] if i + 1 < n else ""
        gap_before = gaps[i - 1] if i else _GAP_CAP
        gap_after = gaps[i] if i + 1 < n else _GAP_CAP
        after = matches[i + 1] if i + 1 < n else None
        latin = len(_LATIN.findall(t))
        cjk = len(_CJK.findall(t))
        out[i] = [
            float(i in rule), len(t), len(t) <= 6, len(t) <= 12, len(t) > 24, t[-1] in "：:", "：" in t[:-1] or ":" in t[:-1],
            latin / len(t), cjk / len(t), any(map(str.isdigit, t)), " " in t or "\u3000" in t,
            not _BRACKETS.isdisjoint(t), not _QUOTES.isdisjoint(t), not _COMMAS.isdisjoint(t),
            t.startswith("#"), t[0] in _BULLET_STARTS,
            i == 0, bodied(i - 1), i > 0 and flags[i - 1], i > 0 and matches[i - 1] is not None,
            min(len(prev), 200) / 200, prev[-1:] in ("。", "！", "？", "!", "?", "."), prev[-1:] in ("：", ":"),
            prev[:1] in _BULLET_STARTS if prev else False,
            i + 1 >= n, bodied(i + 1), i + 1 < n and flags[i + 1], after is not None,
            min(len(nxt), 200) / 200, nxt[:1] in _BULLET_STARTS if nxt else False,
            nxt[-1:] in ("。", "！", "？", "!", "?", "."), after is not None and after.number == 1,
            gap_before, gap_after, p.ruled, i / n, i < 5, counts[t] > 1,
            *doc,
            len(t) / max(1, median), i > 0 and flags[i - 1] and i + 1 < n and flags[i + 1],
            cjk == 0, (i - 1) in rule, (i + 1) in rule, kind == "markdown", kind == "html", levels,
            bool(p.last_line and p.last_line != p.line), gap_before - gap_mean, gap_after - gap_mean,
            code(i), bool(nxt) and code(i + 1), (i - 2) in rule, (i + 2) in rule,
            i in setting.captions, bool(furniture_line(t)), bool(figure_caption(t)), bool(credit_bar(t)),
        ]
    return {i: [float(v) for v in x] for i, x in out.items()}


def rescore(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None], rule: set[int],
            weighable: Collection[int], setting: Setting, is_body: Callable[[str], bool]) -> tuple[set[int], dict[int, str]]:
    """The unnumbered titles: the rules' lines, each loose line of `weighable` (shaped like a title, its place alone
    deciding) kept or added as the model weighs it; and for `--explain` each line where model and rules disagree."""
    model = title_model()
    features = line_features(paragraphs, matches, rule, weighable, setting, is_body) if model is not None else {}
    if not features:
        return rule, {}
    odds = {i: model.probability(x) for i, x in features.items()}
    chosen = (rule - features.keys()) | {i for i, p in odds.items() if p > (model.keep if i in rule else model.take)}
    if len(chosen) < 2 or len({paragraphs[i].text.strip() for i in chosen}) < 2:
        return rule, {}  # one title makes no outline; the same line again and again is a label (as the rules hold)
    return chosen, {i: f"{MODEL_TOOK if i in chosen else MODEL_LEFT} ({odds[i]:.2f})" for i in odds
                    if (i in chosen) != (i in rule)}
