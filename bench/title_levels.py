"""How the dev part's unnumbered titles split between levels: where their depth goes wrong, and which of the features a
text shows (length, blank lines, the body around a title, its shape beside its neighbours') tell a part's title from
its sections' across many documents, not one.

Each dev document goes through the real pipeline; where the outline asks the title depth model (`titledepth.
nest_titles`), the titles it weighs are recorded with their evidence, the model's odds and the body paragraphs under
each. Three tables follow:
  1. unnumbered gold headings found at the wrong depth, by direction and by their gold parent (an unnumbered title
     found, one never found, a numbered one, none), with documents; for those too shallow under a found unnumbered
     title, what the depth model did (not asked, no titles to weigh, all of them upper, none, nested some);
  2. each feature of `titledepth.DEPTH_FEATURES` (and a few shapes it lacks) over the weighed titles of documents whose
     gold puts them at two levels or more, the first title left out: in how many documents the upper level's mean is
     above the lower's, and below (a feature that splits the levels does so one way in most documents);
  3. candidate rules, each naming titles that would go under the title before them: gold titles deeper than that
     title (the last before them not so named: right) and not (wrong), with documents.
Dev documents only (the held-out part is never read). Run: python bench/title_levels.py [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import reader.text.outline as outline  # noqa: E402
from reader.text import titledepth  # noqa: E402
from reader.text.document import load_document  # noqa: E402
from outline_eval import CORPUS, _key, _whole, pair_up  # noqa: E402

_REAL = outline.nest_titles


def _latin(text: str) -> bool:
    return text[:1].isascii() and text[:1].isalpha()


def _record(gold_path: str) -> dict | None:
    """One dev document: its gold, the found headings paired with it, and the titles the depth model weighed."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    if gold.get("split", "dev") != "dev":
        return None
    seen: dict = {}

    def spy(candidates, paragraphs):
        top = titledepth.weighed_titles(candidates)
        model = titledepth.depth_model()
        if top and model is not None:
            index = [candidates[n].index for n in top] + [len(paragraphs)]
            features = titledepth.depth_features(candidates, paragraphs, top)
            seen.update(lines=[paragraphs[i].line for i in index[:-1]], features=features,
                        texts=[paragraphs[i].text.strip() for i in index[:-1]],
                        odds=[model.probability(x) for x in features],
                        bodies=[[paragraphs[j].text.strip() for j in range(a + 1, b)] for a, b in zip(index, index[1:])])
        answer = _REAL(candidates, paragraphs)
        seen.setdefault("lines", None)
        seen["nested"] = len(answer)
        return answer

    outline.nest_titles = spy
    doc = load_document(CORPUS / "docs" / gold["file"])
    want = {(g["line"], _key(g["marker"], g["title"])): g for g in gold["headings"]}
    got = {(h.line, _key(h.marker, h.title)): h for h in doc.headings}
    pairs = pair_up({k: _whole(g["marker"], g["title"]) for k, g in want.items()},
                    {k: _whole(h.marker, h.title) for k, h in got.items()})
    found = {want[w]["line"]: got[k].depth for k, w in pairs.items()}
    return {"file": gold["file"], "gold": sorted(gold["headings"], key=lambda g: g["line"]), "found": found,
            "spy": seen}


def _parent(gold: list[dict], line: int, depth: int) -> dict | None:
    parent = None
    for g in gold:
        if g["line"] >= line:
            break
        if g["depth"] < depth:
            parent = g
    return parent


def wrong_depths(docs: list[dict]) -> None:
    """Table 1."""
    kinds: Counter = Counter()
    where: defaultdict = defaultdict(set)
    model: Counter = Counter()
    model_docs: defaultdict = defaultdict(set)
    for d in docs:
        for g in d["gold"]:
            got = d["found"].get(g["line"])
            if g["marker"] or got is None or got == g["depth"]:
                continue
            parent = _parent(d["gold"], g["line"], g["depth"])
            under = ("none" if parent is None else "numbered" if parent["marker"] else
                     "unnumbered found" if parent["line"] in d["found"] else "unnumbered never found")
            kind = ("too shallow" if got < g["depth"] else "too deep", under)
            kinds[kind] += 1
            where[kind].add(d["file"])
            if kind == ("too shallow", "unnumbered found"):
                s = d["spy"]
                upper = [p >= titledepth.depth_model().keep for p in s.get("odds", [])]
                state = ("not asked" if not s else "no titles weighed" if s["lines"] is None else
                         "all upper" if all(upper) else "none upper" if not any(upper) else
                         "nested some" if s["nested"] else "too few lower to nest")
                model[state] += 1
                model_docs[state].add(d["file"])
    print("1. unnumbered gold headings at the wrong depth (headings, documents)")
    for kind, n in kinds.most_common():
        print(f"   {kind[0]:12} under {kind[1]:24} {n:5} {len(where[kind]):4}")
    print("   too shallow under a found unnumbered title, by what the depth model did:")
    for state, n in model.most_common():
        print(f"     {state:24} {n:5} {len(model_docs[state]):4}")


def _extra(texts: list[str], bodies: list[list[str]]) -> list[list[float]]:
    """Shapes the model does not weigh: siblings' shared ends, a Latin start, a question, the body before."""
    out = []
    for k, t in enumerate(texts):
        prev = texts[k - 1] if k else ""
        out.append([float(bool(prev) and prev[:2] == t[:2]), float(bool(prev) and prev[-2:] == t[-2:]),
                    (sum(u[-2:] == t[-2:] for u in texts) - 1) / len(texts), float(_latin(t)),
                    float(_latin(t) and not _latin(prev)), float(t[-1:] in "?？"),
                    float(len(bodies[k - 1])) if k else 0.0,
                    float(k > 0 and bool(bodies[k - 1]) and bodies[k - 1][-1][-1:] in "：:")])
    return out


EXTRA = ("prefix_as_prev", "suffix_as_prev", "suffix_share", "latin_start", "latin_after_chinese", "question",
         "body_before_paras", "intro_colon_before")


def _levels(d: dict) -> list[tuple[int, list[float], int]] | None:
    """The weighed titles the gold has (position, features, gold depth), when the gold puts them at two levels."""
    s = d["spy"]
    if not s or s["lines"] is None:
        return None
    depth = {g["line"]: g["depth"] for g in d["gold"] if not g["marker"]}
    rows = [(k, x + e, depth[line]) for k, (line, x, e) in
            enumerate(zip(s["lines"], s["features"], _extra(s["texts"], s["bodies"]))) if line in depth]
    return rows if len({r[2] for r in rows}) >= 2 else None


def separation(docs: list[dict]) -> None:
    """Table 2."""
    names = titledepth.DEPTH_FEATURES + EXTRA
    above, below = Counter(), Counter()
    count = 0
    for d in docs:
        rows = _levels(d)
        if not rows:
            continue
        rows = [r for r in rows if r[0] > 0]
        least = min(r[2] for r in rows) if rows else 0
        if not rows or all(r[2] == least for r in rows):
            continue
        count += 1
        for j, name in enumerate(names):
            up = statistics.mean(r[1][j] for r in rows if r[2] == least)
            low = statistics.mean(r[1][j] for r in rows if r[2] != least)
            above[name] += up > low
            below[name] += up < low
    print(f"\n2. features over the weighed titles of {count} documents with two levels (first title left out):"
          " documents where the upper level's mean is above / below the lower's")
    for name in names:
        if above[name] or below[name]:
            print(f"   {name:20} {above[name]:4} {below[name]:4}")


def _rule_runs(texts: list[str], bodies: list[list[str]], key: Callable[[str], str]) -> set[int]:
    """Titles in a run of two or more sharing `key` that the title before the run does not share."""
    chosen: set[int] = set()
    k = 1
    while k < len(texts):
        j = k
        while j + 1 < len(texts) and key(texts[j + 1]) == key(texts[k]):
            j += 1
        if j > k and key(texts[k - 1]) != key(texts[k]):
            chosen.update(range(k, j + 1))
        k = j + 1
    return chosen


RULES: dict[str, Callable[[list[str], list[list[str]], list[list[float]]], set[int]]] = {
    "run sharing the first 2 characters": lambda t, b, x: _rule_runs(t, b, lambda s: s[:2]),
    "run sharing the last 2 characters": lambda t, b, x: _rule_runs(t, b, lambda s: s[-2:]),
    "Latin title after a Chinese one": lambda t, b, x: {k for k in range(1, len(t)) if _latin(t[k])
                                                         and not _latin(t[k - 1])},
    "fewer blank lines above than the most": lambda t, b, x: {
        k for k in range(1, len(t)) if x[k][titledepth.DEPTH_FEATURES.index("gap_before")]
        < max(r[titledepth.DEPTH_FEATURES.index("gap_before")] for r in x)},
    "right under the title before (no body)": lambda t, b, x: {k for k in range(1, len(t)) if not b[k - 1]},
    "after one line of body": lambda t, b, x: {k for k in range(1, len(t)) if len(b[k - 1]) == 1},
    "after a body ending in a colon": lambda t, b, x: {k for k in range(1, len(t)) if b[k - 1]
                                                        and b[k - 1][-1][-1:] in "：:"},
}


def candidate_rules(docs: list[dict]) -> None:
    """Table 3."""
    print("\n3. candidate rules: titles they put under the last title before them they do not choose, gold deeper"
          " (right, documents) or not (wrong, documents)")
    for name, rule in RULES.items():
        right = wrong = 0
        right_docs: set[str] = set()
        wrong_docs: set[str] = set()
        for d in docs:
            s = d["spy"]
            if not s or s["lines"] is None:
                continue
            depth = {g["line"]: g["depth"] for g in d["gold"]}
            chosen = rule(s["texts"], s["bodies"], s["features"])
            for k in sorted(chosen):
                holder = next((j for j in range(k - 1, -1, -1) if j not in chosen), None)
                if holder is None:
                    continue
                before, line = s["lines"][holder], s["lines"][k]
                if before in depth and line in depth:
                    if depth[line] > depth[before]:
                        right += 1
                        right_docs.add(d["file"])
                    else:
                        wrong += 1
                        wrong_docs.add(d["file"])
        print(f"   {name:42} right {right:5} ({len(right_docs):3})  wrong {wrong:5} ({len(wrong_docs):3})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(str(p) for p in (CORPUS / "gold").glob("*.json"))
    with Pool(args.jobs) as pool:
        docs = [d for d in pool.map(_record, paths, chunksize=8) if d]
    print(f"{len(docs)} dev documents")
    wrong_depths(docs)
    separation(docs)
    candidate_rules(docs)


if __name__ == "__main__":
    main()
