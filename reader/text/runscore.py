"""A second opinion on numbered runs: is a sequence of '1.' '2.' … (or （一）（二）…) sections or a list's items?

The rules in `listruns.list_reason` judge a run one test at a time (paragraph numbering, items that run on, items
after '：', a form's fields …). A small boosted-tree model, trained on the development part of the gold corpus
(`bench/train_titles.py --runs`; never on the held-out part), weighs their verdict with the run's shape (its members'
titles, what stands between them, its place in the document) and overrides it only when sure. Plain Python scoring.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader.text.headedruns import notice_points
from reader.text.model import Paragraph
from reader.text.trees import TreeModel, load_trees

logger = logging.getLogger(__name__)

_MODEL = Path(__file__).with_name("runs_model.json")
_CAP = 60  # titles and gaps past this say no more
_LONG = 60  # a paragraph this long is running text
_FAMILY_CODES = ("cn", "paren-cn", "arabic", "paren-arabic", "half-paren", "decimal", "circled", "capital")
_REASONS = ("a lone number", "paragraph numbering", "a list: only", "a reading list", "items of a numbered section",
            "a list: its items end in", "a list introduced by", "a glossary", "a list of notes", "a form's fields")
_WORDED = ("sub", "field")
_OFFICIAL = ("capital", "cn", "paren-cn")  # 壹、 一、 （一）: where the rules keep a run they are right 96 times in 100 (dev)
RUNS_MAX = 2000  # more runs than this (a catalogue numbered line by line): the rules judge them alone
MODEL_LISTED = "a list by the run model, though sections by the rules"

RUN_FEATURES = (
    "rule_list", *(f"why_{k}" for k in range(len(_REASONS))), "n", "single", "n_ge4",
    *(f"fam_{f}" for f in _FAMILY_CODES), "fam_other", "level", "first_num", "starts1", "consecutive",
    "has_parent", "parent_numbered", "parent_unnumbered", "ancestors",
    "title_mean", "title_max", "title_min", "rest_frac", "rest_mean", "colon_frac", "stop_frac", "semi_frac",
    "bare_frac", "comma_frac", "strong_frac", "short_bare_frac",
    "adjacent_frac", "between_mean", "body_after_frac", "holder_frac", "gap_before_mean", "gap_after_mean",
    "prev_colon", "prev_long", "pos", "doc_n", "doc_runs", "doc_long_frac", "doc_numbered_frac", "doc_marked",
    "doc_listed", "same_key_runs", "same_key_members", "span_frac", "markup_frac",
)


@lru_cache(maxsize=1)
def run_model() -> TreeModel | None:
    """The trained model, or None when its file is missing (the rules then decide alone)."""
    return load_trees(_MODEL, RUN_FEATURES)


def weighable(runs: Sequence[Sequence[Any]], paragraphs: Sequence[Paragraph]) -> list[int]:
    """The runs numbered by a marker, where no rule has its own evidence: a note's sub-titles, a form's fields,
    labelled parts ('其一'), a code's untitled clauses (articles) and a notice's points are the rules' to decide."""
    return [k for k, run in enumerate(runs)
            if run[0].match.family not in _WORDED and not run[0].match.family.startswith("label-")
            and not any(c.article for c in run) and not notice_points(run, paragraphs)]


def _reason_code(reason: str) -> int:
    """Which rule turned the run down (-1: none did)."""
    if not reason:
        return -1
    for k, prefix in enumerate(_REASONS):
        if reason.startswith(prefix):
            return k
    return len(_REASONS)


def run_features(runs: Sequence[Sequence[Any]], reasons: Sequence[str], paragraphs: Sequence[Paragraph],
                 candidates: Sequence[Any]) -> list[list[float]]:
    """The evidence for each run (`numbering.Candidate` lists) in RUN_FEATURES order, `reasons` the rules' verdicts."""
    n = len(paragraphs)
    at = {c.index for c in candidates}
    held_ids = {id(candidates[c.parent]) for c in candidates if c.parent >= 0}  # the candidates something sits under
    long_frac = sum(len(p.text) >= _LONG for p in paragraphs) / max(1, n)
    by_key: dict[str, list[int]] = {}
    for run in runs:
        by_key.setdefault(run[0].key, []).append(len(run))
    members = {key: min(sum(sizes), 200) for key, sizes in by_key.items()}  # once a family, not once a run
    # the document's own figures, the same for every run: made once
    document = (min(n, 2000) / 2000, min(len(runs), 200), long_frac, len(at) / max(1, n),
                any(p.heading_level for p in paragraphs), any(p.listed for p in paragraphs))
    why: dict[int, tuple[float, ...]] = {}  # each verdict's one-hot row, and each family's: made once, not for every run
    kinds: dict[str, tuple[bool, ...]] = {}
    out = []
    for run, reason in zip(runs, reasons):
        code = _reason_code(reason)
        first = run[0]
        m0 = first.match
        size = len(run)
        parent = candidates[first.parent] if first.parent >= 0 else None
        ancestors, up = 0, first.parent
        while up >= 0 and ancestors < 8:
            ancestors, up = ancestors + 1, candidates[up].parent
        own = {c.index for c in run}
        # one pass over the members for the counts (sums of whole numbers: the same values as one sum each);
        # min() and max() of two whole numbers and `line_gap` written out (a long report's members are many)
        titles = rests = title_max = rested = colon = stop = semi = bare = comma = strong = short = adjacent = 0
        held = body_after = before = before_n = after = after_n = markup = 0
        title_min = _CAP
        consecutive, number = True, m0.number - 1
        for c in run:
            m, i = c.match, c.index
            if m.number != number + 1:
                consecutive = False
            number = m.number
            text = m.title
            title = len(text)
            capped = title if title < _CAP else _CAP
            titles += capped
            if capped > title_max:
                title_max = capped
            if capped < title_min:
                title_min = capped
            if m.rest:
                rested += 1
                rests += min(len(m.rest), _CAP)
            term = m.terminator
            if not term:
                bare += 1
                if not m.rest and title <= 16:
                    short += 1
            elif term == "。":
                stop += 1
            elif term in ("：", ":"):
                colon += 1
            elif term in ("；", ";"):
                semi += 1
            if "，" in text or "," in text:
                comma += 1
            if c.strong:
                strong += 1
            if i + 1 in own:
                adjacent += 1
            if id(c) in held_ids:
                held += 1
            p = paragraphs[i]
            if i > 0:
                q = paragraphs[i - 1]
                gap = p.line - (q.last_line or q.line)
                before += gap if gap < 4 else 4
                before_n += 1
            if i + 1 < n:
                q = paragraphs[i + 1]
                if i + 1 not in at and len(q.text) >= _LONG:
                    body_after += 1
                gap = q.line - (p.last_line or p.line)
                after += gap if gap < 4 else 4
                after_n += 1
            if p.heading_level:
                markup += 1
        last = run[-1].index
        prev = paragraphs[first.index - 1].text.rstrip() if first.index > 0 else ""
        family = m0.family if m0.family != "enclosed" else "circled"
        if code not in why:
            why[code] = tuple(float(code == k) for k in range(len(_REASONS)))
        if family not in kinds:
            kinds[family] = (*(family == f for f in _FAMILY_CODES), family not in _FAMILY_CODES)
        # the members' gaps sum to the span less the members between its ends: the same whole number
        between = min((last - first.index - (size - 1)) / (size - 1), _CAP) if size > 1 else -1.0
        out.append(list(map(float, (
            bool(reason), *why[code], min(size, 50), size == 1, size >= 4,
            *kinds[family], m0.level, min(m0.number, 20),
            m0.number == 1, consecutive,
            parent is not None, parent is not None and parent.match is not None,
            parent is not None and parent.match is None, ancestors,
            titles / size, title_max, title_min, rested / size, rests / size,
            colon / size, stop / size, semi / size, bare / size, comma / size, strong / size, short / size,
            adjacent / size, between,
            body_after / size, held / size, before / before_n if before_n else 0.0, after / after_n if after_n else 0.0,
            prev[-1:] in ("：", ":"), len(prev) >= _LONG, first.index / max(1, n), *document,
            len(by_key[first.key]), members[first.key], (last - first.index) / max(1, n),
            markup / size,
        ))))
    return out


def weigh_runs(runs: Sequence[Sequence[Any]], reasons: list[str], paragraphs: Sequence[Paragraph],
               candidates: Sequence[Any]) -> list[str]:
    """The rules' verdicts, each overridden where the model is sure: '' keeps a run as sections."""
    model = run_model()
    at = weighable(runs, paragraphs) if model is not None and len(runs) <= RUNS_MAX else []
    if not at:
        return reasons
    weighed = list(reasons)
    features = run_features([runs[k] for k in at], [reasons[k] for k in at], paragraphs, candidates)
    for k, x in zip(at, features):
        odds = model.probability(x)
        if reasons[k] and odds > model.take:
            weighed[k] = ""
        elif not reasons[k] and odds <= model.keep and runs[k][0].match.family not in _OFFICIAL:
            weighed[k] = f"{MODEL_LISTED} (odds of sections {odds:.2f})"
    return weighed
