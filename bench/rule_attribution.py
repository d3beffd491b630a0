"""Which outline rules earn their keep, and on which genres: every rule stage switched off in turn where it acted.

One recording pass outlines each dev document with every rule stage the pipeline calls (the functions that
`reader.text.outline`, `standalone`, `numbering` and `settling` import from other modules) wrapped: a stage *acted* on a
document when it answered something (a non-empty set or dict, True, a match) or changed what it was handed (the
candidates, the matches). Then, for each stage, only the documents it acted on are outlined again (cleaning is done once)
with that stage switched off — it answers nothing (an empty set, False, None) and changes nothing — and the two outlines
are scored against the gold as `outline_eval.py` scores them. What the stage earns on a document is the difference:
gold headings found only with it (TP gained), found only without it (TP lost), false headings it adds (FP added, net),
and the document's F1. A rule whose gain comes from one genre (its home) or one or two documents and that costs
elsewhere is a fit, not a general rule: the report ranks stages by how concentrated their gain is. Dev documents only.
Run:
    python bench/rule_attribution.py [--stages a,b] [--limit N] [--top 15] [--json FILE]
    python bench/rule_attribution.py --off a,b -- --split all --worst 0   (outline_eval.py with those stages off)
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import logging
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import outline_eval  # noqa: E402
from outline_eval import CORPUS, _key, _whole, genre, pair_up  # noqa: E402
from reader.text.candidate import Candidate  # noqa: E402
from reader.text.decode import read_file  # noqa: E402
from reader.text.document import clean_document, outline_document  # noqa: E402

log = logging.getLogger("rule_attribution")

PIPELINE = ("reader.text.outline", "reader.text.standalone", "reader.text.numbering", "reader.text.settling")
# the machinery every outline needs, not a rule about some kind of document: never switched off
CORE = frozenset("find_markers decide read_as_rules as_written shown_lines openings endings colon_lines candidate_heading "
                 "depth_of match_heading sub_heading settle_candidates unnumbered opens_none is_body named_part lazy "
                 "inside_runs nesting_key contents_name".split())
_FIELDS = tuple(f.name for f in fields(Candidate))
IDENTITY = frozenset({"parts_over_sections"})  # answers its first argument, narrowed: off, it hands it back as it came
EMPTY = {"bool": False, "set": set, "frozenset": frozenset, "dict": dict, "str": str, "object": None, "none": None}
GROUPS = {"mainland law/rules": "law", "Taiwan law": "law", "judicial": "law", "agreement": "law",
          "government document": "gov", "notice": "gov", "report": "gov", "plan/proposal": "gov",
          "web page: speech/lecture": "talk/news", "news": "talk/news", "essay/treatise": "talk/news",
          "Q&A / FAQ": "talk/news", "technical": "tech", "tutorial with code": "tech", "pdf extract": "tech",
          "course/teaching": "tech", "meeting minutes": "records", "job posting": "records", "other": "other"}
GROUP_ORDER = ("law", "gov", "talk/news", "tech", "records", "other")


def _kind(result: Any) -> str:
    """What a stage answers, so that switched off it answers the same type empty."""
    if result is None:
        return "none"
    for name, t in (("bool", bool), ("frozenset", frozenset), ("set", set), ("dict", dict), ("str", str)):
        if isinstance(result, t):
            return name
    return "unablatable" if isinstance(result, (list, tuple, int, float)) else "object"


def _snapshot(arg: Any) -> Any:
    """A copy of what a stage may change in place: the candidates' fields, a list's members, a dict's or set's items."""
    if isinstance(arg, list):
        return [tuple(getattr(c, f) for f in _FIELDS) if isinstance(c, Candidate) else c for c in arg]
    if isinstance(arg, dict):
        return dict(arg)
    if isinstance(arg, set):
        return set(arg)
    return None


class Hooks:
    """The pipeline's rule stages wrapped: which acted on the document being outlined, and the one switched off."""

    def __init__(self, modules: Iterable[str] = PIPELINE) -> None:
        self.off: frozenset[str] = frozenset()
        self.recording = False
        self.acted: set[str] = set()
        self.kinds: dict[str, str] = {}
        self._saved: list[tuple[Any, str, Callable]] = []
        for name in modules:
            module = importlib.import_module(name)
            for attr, fn in list(vars(module).items()):
                if (inspect.isfunction(fn) and fn.__module__.startswith("reader.text.") and fn.__module__ != name
                        and fn.__name__ not in CORE):
                    self._saved.append((module, attr, fn))
                    setattr(module, attr, self._wrap(f"{fn.__module__.rsplit('.', 1)[1]}.{fn.__name__}", fn))

    def restore(self) -> None:
        """Put the pipeline back as it was."""
        for module, attr, fn in self._saved:
            setattr(module, attr, fn)

    def stages(self) -> list[str]:
        """Every wrapped stage, by its module and name."""
        return sorted({f"{fn.__module__.rsplit('.', 1)[1]}.{fn.__name__}" for _, _, fn in self._saved})

    def ablatable(self, stage: str) -> bool:
        """Whether switching the stage off has a meaning: it answers a set, dict, flag, match or nothing."""
        return stage.rsplit(".", 1)[1] in IDENTITY or self.kinds.get(stage, "unablatable") != "unablatable"

    def _wrap(self, stage: str, fn: Callable) -> Callable:
        def hooked(*args: Any, **kwargs: Any) -> Any:
            if stage in self.off:
                if stage.rsplit(".", 1)[1] in IDENTITY:
                    return args[0]
                empty = EMPTY[self.kinds.get(stage) or _annotated(fn)]
                return empty() if callable(empty) else empty
            if not self.recording:
                return fn(*args, **kwargs)
            known = self.kinds.get(stage)
            watch = [(a, _snapshot(a)) for a in args if known in (None, "none") or _holds_candidates(a)]
            result = fn(*args, **kwargs)
            kind = _kind(result)
            if known in (None, "none") and kind != "none":
                self.kinds[stage] = kind
            elif known is None:
                self.kinds[stage] = "none"
            if (kind not in ("none", "unablatable") and result) or any(_snapshot(a) != s for a, s in watch):
                self.acted.add(stage)
            return result
        hooked.__wrapped__ = fn  # type: ignore[attr-defined]
        return hooked


def _annotated(fn: Callable) -> str:
    """What a stage says it answers, for one switched off before any recording pass saw it answer."""
    said = str(inspect.signature(fn).return_annotation)
    kind = next((k for k in ("bool", "frozenset", "set", "dict", "str") if said.startswith(k)), "object")
    return "none" if said == "None" else kind


def _holds_candidates(arg: Any) -> bool:
    return isinstance(arg, list) and bool(arg) and isinstance(arg[0], Candidate)


@dataclass(frozen=True)
class Outcome:
    """One outline scored against the gold: the gold headings found, the false ones, F1 and depth."""

    found: frozenset
    false: frozenset
    f1: float
    depth: float


def score(gold: list[dict], headings: Iterable) -> Outcome:
    """The outline's headings against the gold headings, matched as `outline_eval.py` matches them."""
    headings = list(headings)
    want = {(g["line"], _key(g["marker"], g["title"])): g["depth"] for g in gold}
    got = {(h.line, _key(h.marker, h.title)): h.depth for h in headings}
    pairs = pair_up({(g["line"], _key(g["marker"], g["title"])): _whole(g["marker"], g["title"]) for g in gold},
                    {(h.line, _key(h.marker, h.title)): _whole(h.marker, h.title) for h in headings})
    p = len(pairs) / len(got) if got else (1.0 if not want else 0.0)
    r = len(pairs) / len(want) if want else (1.0 if not got else 0.0)
    depth = sum(want[w] == got[k] for k, w in pairs.items()) / len(pairs) if pairs else (1.0 if not want else 0.0)
    return Outcome(frozenset(pairs.values()), frozenset(set(got) - set(pairs)), 2 * p * r / (p + r) if p + r else 0.0,
                   depth)


@dataclass
class Effect:
    """What one stage earns on the documents it acted on: with it, against without it."""

    acted: int = 0
    changed: int = 0
    failed: int = 0
    gained: Counter = field(default_factory=Counter)  # gold headings found only with the stage, per genre
    lost: Counter = field(default_factory=Counter)  # found only without it
    false: Counter = field(default_factory=Counter)  # false headings it adds (net), per genre
    f1: Counter = field(default_factory=Counter)  # the sum of the documents' F1 change, per genre
    depth: Counter = field(default_factory=Counter)
    docs: dict = field(default_factory=dict)  # document -> its F1 and depth change, TP gained and lost, FP added

    def add(self, name: str, label: str, base: Outcome, off: Outcome) -> None:
        """Book one document: the outline with the stage (base) against the outline without it (off)."""
        self.acted += 1
        if base == off:
            return
        self.changed += 1
        self.gained[label] += len(base.found - off.found)
        self.lost[label] += len(off.found - base.found)
        self.false[label] += len(base.false) - len(off.false)
        self.f1[label] += base.f1 - off.f1
        self.depth[label] += base.depth - off.depth
        self.docs[name] = (round(base.f1 - off.f1, 4), round(base.depth - off.depth, 4), len(base.found - off.found),
                           len(off.found - base.found), len(base.false) - len(off.false))

    def net(self) -> float:
        return sum(self.f1.values())

    def home(self) -> tuple[str, float]:
        """The genre the stage's gain comes from most, and its share of the stage's gains."""
        gains = {g: v for g, v in self.f1.items() if v > 0}
        if not gains:
            return "", 0.0
        top = max(gains, key=gains.get)
        return top, gains[top] / sum(gains.values())

    def concentration(self) -> float:
        """How much of the stage's gain one genre, or its best two documents, give: 1.0 is all of it."""
        gains = sorted((v[0] for v in self.docs.values() if v[0] > 0), reverse=True)
        return max(self.home()[1], sum(gains[:2]) / sum(gains)) if gains else 0.0

    def outside(self) -> float:
        """Its F1 change summed over the genres other than its home."""
        home = self.home()[0]
        return sum(v for g, v in self.f1.items() if g != home)

    def cost(self, labels: dict[str, str]) -> float:
        """What it loses outside its home: the F1 of the documents of other genres it makes worse (`labels`: their
        genres)."""
        home = self.home()[0]
        return -sum(v[0] for name, v in self.docs.items() if v[0] < 0 and labels[name] != home)


@dataclass
class Doc:
    """A document ready to be outlined again: its cleaned text, its gold, its genre."""

    name: str
    label: str
    cleaned: Any
    gold: list[dict]


def load(paths: Iterable[Path]) -> list[Doc]:
    """The dev documents among the gold files, cleaned once."""
    docs = []
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split", "dev") != "dev":
            continue  # held-out documents are measured by outline_eval.py, never taken apart here
        docs.append(Doc(gold["file"], genre(gold["file"]), clean_document(read_file(CORPUS / "docs" / gold["file"])),
                        gold["headings"]))
    return docs


def attribute(docs: list[Doc], hooks: Hooks, stages: Iterable[str] | None = None) -> tuple[dict[str, Effect], dict]:
    """Every stage's effect, each switched off only on the documents it acted on; and the base outcomes."""
    acted: dict[str, list[int]] = defaultdict(list)
    base: dict[int, Outcome] = {}
    for n, doc in enumerate(docs):
        hooks.acted, hooks.recording = set(), True
        try:
            base[n] = score(doc.gold, outline_document(doc.cleaned).headings)
        finally:
            hooks.recording = False
        for stage in hooks.acted:
            acted[stage].append(n)
    wanted = set(stages) if stages else set(acted)
    effects: dict[str, Effect] = {}
    for stage in sorted(s for s in acted if s in wanted and hooks.ablatable(s)):
        effect = effects[stage] = Effect()
        hooks.off = frozenset({stage})
        try:
            for n in acted[stage]:
                try:
                    off = score(docs[n].gold, outline_document(docs[n].cleaned).headings)
                except Exception:  # noqa: BLE001 - a caller that cannot do without the stage: counted, not booked
                    log.debug("%s off broke %s", stage, docs[n].name, exc_info=True)
                    effect.failed += 1
                    continue
                effect.add(docs[n].name, docs[n].label, base[n], off)
        finally:
            hooks.off = frozenset()
    return effects, base


def genres_named(message: str, labels: dict[str, str]) -> set[str]:
    """The genres of the dev documents a commit message names ('d55_06 0.75 → 0.86', 'h13_02', 'cdt01'): the
    documents a rule was written for (`labels`: each dev document's genre; a name that is no dev document is passed
    over, so no held-out document is ever looked up)."""
    ids = set(re.findall(r"(?<![A-Za-z0-9])([a-z]{1,6}[0-9]{1,3}[ab]?(?:_[0-9]{1,3})?)(?![0-9])", message))
    ids |= {f"d{n}" for n in re.findall(r"dev set ([0-9]{1,3})\b", message)}  # 'from dev set 16': its d16_ documents
    return {label for name, label in labels.items() for i in ids if name.startswith(i + "_")}


def written_for(stage: str, labels: dict[str, str]) -> set[str]:
    """The genres of the dev documents named by the first commit that brought the stage's name in (or moved it, or
    renamed it from a private one) and named any (a move or a review names none: the next one)."""
    function = stage.rsplit(".", 1)[1]
    log_ = subprocess.run(["git", "-C", str(ROOT), "log", "-S", f"{function}(", "--reverse", "--format=%x00%B", "--",
                           "reader/text"], capture_output=True, text=True, check=False).stdout
    return next((named for message in log_.split("\x00") if (named := genres_named(message, labels))), set())


def away(effect: Effect, labels: dict[str, str], home: set[str]) -> float:
    """The stage's F1 change on the dev documents of the genres it was not written for."""
    return sum(v[0] for name, v in effect.docs.items() if labels[name] not in home)


def _grouped(counter: Counter) -> Counter:
    out: Counter = Counter()
    for label, v in counter.items():
        out[GROUPS.get(label, "other")] += v
    return out


def report(effects: dict[str, Effect], labels: dict[str, str], top: int,
           homes: dict[str, set[str]] | None = None) -> list[str]:
    """The stages that changed something: the fits first (a gain from one genre or two documents, a cost elsewhere), most
    concentrated first; then those that gain nothing on dev; then the rest by net F1 (`labels`: each document's genre;
    `homes`: the genres each stage was written for, when asked: its F1 change on the others is shown after them)."""
    n = len(labels)
    lines = [f"{n} dev documents; F1 and depth in macro points (sum of the documents' changes / {n}); conc: the share "
             "of the gain its home genre or its best two documents give; cost: the F1 lost on other genres; per group "
             "net TP gained-lost / FP added", "",
             f"{'stage':40} {'acted':>5} {'chg':>4} {'netF1':>7} {'depth':>7} {'home':>14} {'conc':>5} {'cost':>6} "
             + " ".join(f"{g:>11}" for g in GROUP_ORDER)]
    changed = {s: e for s, e in effects.items() if e.changed}
    fits = sorted((s for s, e in changed.items() if e.net() > 0 and e.cost(labels) > 0),
                  key=lambda s: (-round(changed[s].concentration(), 2), -changed[s].cost(labels)))[:top]
    idle = sorted((s for s, e in changed.items() if e.net() <= 0 and s not in fits), key=lambda s: changed[s].net())
    rest = sorted(set(changed) - set(fits) - set(idle), key=lambda s: -changed[s].net())
    for heading, stages in (("-- fits, most concentrated first", fits), ("-- no F1 gained on dev", idle),
                            ("-- the rest, by net F1", rest)):
        lines.append(heading)
        for stage in stages:
            e = changed[stage]
            net_tp = _grouped(Counter({g: e.gained[g] - e.lost[g] for g in set(e.gained) | set(e.lost)}))
            fp = _grouped(e.false)
            lines.append(f"{stage[:40]:40} {e.acted:5d} {e.changed:4d} {100 * e.net() / n:7.3f} "
                         f"{100 * sum(e.depth.values()) / n:7.3f} {e.home()[0][:14]:>14} {e.concentration():5.2f} "
                         f"{100 * e.cost(labels) / n:6.3f} "
                         + " ".join(f"{net_tp[g]:+5d}/{fp[g]:+5d}" for g in GROUP_ORDER)
                         + (f"  failed {e.failed}" if e.failed else "")
                         + (f"  for {'/'.join(sorted(homes[stage])) or '?'}: away {100 * away(e, labels, homes[stage]) / n:+.3f}"
                            if homes is not None and stage in homes else ""))
    return lines


def _evaluate_without(off: frozenset[str], argv: list[str]) -> int:
    """outline_eval.py's run with the given stages switched off."""
    hooks = Hooks()
    unknown = off - set(hooks.stages())
    if unknown:
        hooks.restore()
        raise SystemExit(f"no such stage: {', '.join(sorted(unknown))}")
    hooks.off = off
    try:
        return outline_eval.main(argv)
    finally:
        hooks.restore()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", default="", help="comma-separated stages (module.function) to switch off only")
    parser.add_argument("--limit", type=int, default=0, help="the first N dev documents only")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--written-for", action="store_true", help="name the genres of the dev documents each stage's "
                        "first commit names, and its F1 change on the other genres (git log -S, a second a stage)")
    parser.add_argument("--json", type=Path, help="write every stage's effect per genre and document here")
    parser.add_argument("--off", default="", help="comma-separated stages to switch off while outline_eval.py runs with "
                        "the arguments after '--' (every split: what switching them off would give, held-out included)")
    argv = sys.argv[1:] if argv is None else argv
    argv, rest = (argv[:argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    args = parser.parse_args(argv)
    if args.off:
        return _evaluate_without(frozenset(args.off.split(",")), rest)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    start = time.perf_counter()
    docs = load(sorted((CORPUS / "gold").glob("*.json")))
    docs = docs[:args.limit] if args.limit else docs
    hooks = Hooks()
    try:
        effects, base = attribute(docs, hooks, [s for s in args.stages.split(",") if s] or None)
    finally:
        hooks.restore()
    labels = {d.name: d.label for d in docs}
    homes = {s: written_for(s, labels) for s, e in effects.items() if e.changed} if args.written_for else None
    log.info("\n".join(report(effects, labels, args.top, homes)))
    log.info("\nbase macro F1 %.3f over %d documents, %d stages acted, %.0f s", statistics.mean(o.f1 for o in base.values()),
             len(docs), len(effects), time.perf_counter() - start)
    if args.json:
        args.json.write_text(json.dumps({s: {"acted": e.acted, "changed": e.changed, "failed": e.failed,
                                             "f1": dict(e.f1), "gained": dict(e.gained), "lost": dict(e.lost),
                                             "false": dict(e.false), "docs": e.docs,
                                             "for": sorted(homes[s]) if homes and s in homes else None}
                                         for s, e in effects.items()},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
