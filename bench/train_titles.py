"""Train the outline's two models on the development part of the gold corpus: unnumbered titles
(`reader/text/titles_model.json`) and, with `--runs`, numbered runs read as sections or as a list's items
(`reader/text/runs_model.json`).

Only documents whose gold says `"split": "dev"` are read; the held-out part stays for measuring. Each document goes
through the real pipeline; where the outline asks a model (`titlescore.rescore`, `runscore.weigh_runs`), the evidence
of every loose line (or numbered run) is recorded with its label (a gold heading without a marker on that line; half
the run's lines gold headings or more) and the reader's own verdict is passed on, so the outline takes the path the
reader takes and the features are exactly those it computes. Needs numpy and scikit-learn, for training only (the
reader scores the trees in plain Python):
    pip install numpy scikit-learn && python bench/train_titles.py [--runs] [--check]
`--check` prints the five-fold cross-validated scores on the dev part and writes nothing; with `--by-genre` the folds
hold whole genres (bench/outline_eval.py's, from the file name), so that each fold is scored by a model that saw no
document of its genres, as held-out documents are, and each fold's genres and score are listed (December 2026, titles:
line F1 0.817 by document, 0.808 by genre); `--outline` adds the title model's outline figures, every dev document
outlined by the model of the fold that held it out (macro F1/depth 0.9039/0.8911 by document, 0.9024/0.8932 by genre:
line F1 and outline F1 do not rank variants alike, so choose by the outline). `--variants` adds each dev document's
everyday variants (bench/outline_variants.py: other script, a blank after every line, none, a hard wrap at 24/35/50
characters for a document not wrapped already) as more examples of the same document, so that features measured over
the whole document (its paragraphs, their lengths and gaps) are learnt as they shift with its layout.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import reader.text.listdrops as listdrops  # noqa: E402
import reader.text.outline as outline  # noqa: E402
from reader.text import runscore, runwidth, standalone, titledepth, titlescore, trees  # noqa: E402
from reader.text.document import load_document  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
PARAMS = {"max_depth": 4, "max_iter": 100, "learning_rate": 0.15, "min_samples_leaf": 40, "early_stopping": False,
          "random_state": 0}
TAKE, KEEP = 0.7, 0.2  # the odds to override the rules: a line they passed over needs 0.7 to become a title, one
# they took stays one above 0.2 (cross-validated on the dev part: most of the gain, a third of the changes less)


DEPTH_PARAMS = {"max_depth": 3, "max_iter": 80, "learning_rate": 0.1, "min_samples_leaf": 30, "early_stopping": False,
                "random_state": 0}
DEPTH_TAKE, DEPTH_KEEP = 0.4, 0.5  # a title below odds 0.4 of the upper level goes under the upper title before it;
# one at 0.5 or more holds the sections after it


RUNS_PARAMS = {"max_depth": 4, "max_iter": 100, "learning_rate": 0.1, "min_samples_leaf": 30, "early_stopping": False,
               "random_state": 0}
RUNS_TAKE, RUNS_KEEP = 0.7, 0.15  # a run the rules read as a list is sections above 0.7, one they kept stays above
# 0.15 (cross-validated on the dev part: keeping at 0.3 gains no more and drops twice as many whole outlines)


TRAIN_VARIANTS = ("traditional (s2t)", "simplified (t2s)", "blank after every line", "no blank lines",
                  "wrapped at 24 characters", "wrapped at 35 characters", "wrapped at 50 characters")
_WRAPS = {name for name in TRAIN_VARIANTS if name.startswith("wrapped")}  # not over a text wrapped already
USE_VARIANTS = False  # --variants


def _variants(gold: dict) -> Iterator[tuple[str, str, list[dict]]]:
    """The dev document's everyday variants: name, text and its gold headings at their lines there."""
    sys.path.insert(0, str(ROOT / "bench"))
    from outline_variants import VARIANTS

    text = (CORPUS / "docs" / gold["file"]).read_text(encoding="utf-8")
    wrapped = runwidth.wrap_width(text.split("\n")) is not None
    for name in TRAIN_VARIANTS:
        if not (wrapped and name in _WRAPS):
            yield (name, *VARIANTS[name](text, gold["headings"]))


def _dev_documents(forget: Callable[[], None]) -> Iterator[dict]:
    """Each dev document's gold, once the real pipeline has read the document (`forget` clears a spy's record first);
    with USE_VARIANTS, then each of its variants' (the same file named, so that the folds keep them together)."""
    folder = Path(tempfile.mkdtemp())
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split", "dev") != "dev":
            continue
        forget()
        load_document(CORPUS / "docs" / gold["file"])
        yield gold
        for _name, text, headings in (_variants(gold) if USE_VARIANTS else ()):
            forget()
            (folder / gold["file"]).write_bytes(text.encode("utf-8"))
            load_document(folder / gold["file"])
            yield dict(gold, headings=headings)


def collect() -> tuple[list[list[float]], list[int], list[str]]:
    """Features, labels and document of every loose line of the dev documents."""
    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[str] = []
    seen: dict = {}

    def spy(paragraphs, matches, rule, weighable, setting, is_body):
        seen["features"] = titlescore.line_features(paragraphs, matches, rule, weighable, setting, is_body)
        seen["lines"] = [p.line for p in paragraphs]
        return real(paragraphs, matches, rule, weighable, setting, is_body)  # the reader's own path after it

    real = standalone.rescore
    standalone.rescore = spy
    for gold in _dev_documents(seen.clear):
        titles = {g["line"] for g in gold["headings"] if not g["marker"]}
        for i, x in seen.get("features", {}).items():
            rows.append(x)
            labels.append(int(seen["lines"][i] in titles))
            groups.append(gold["file"])
    return rows, labels, groups


def collect_runs() -> tuple[list[list[float]], list[int], list[str]]:
    """Features, labels (half its members gold headings or more) and document of every numbered run of the dev
    documents, as the numbering weighs them."""
    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[str] = []
    seen: list = []

    def spy(runs, reasons, paragraphs, candidates):
        at = runscore.weighable(runs, paragraphs)
        seen.append((runscore.run_features([runs[k] for k in at], [reasons[k] for k in at], paragraphs, candidates),
                     [[paragraphs[c.index].line for c in runs[k]] for k in at]))
        return real(runs, reasons, paragraphs, candidates)  # the reader's own path after it (a dropped run may
        # send the outline another way, with other runs and parents, than the one the reader takes)

    real = listdrops.weigh_runs
    listdrops.weigh_runs = spy  # where decide's last step (reject_lists) asks the model
    for gold in _dev_documents(seen.clear):
        heads = {g["line"] for g in gold["headings"]}
        for features, lines in seen[-1:]:  # the outline's last decision is the one shown
            for x, members in zip(features, lines):
                rows.append(x)
                labels.append(int(2 * sum(line in heads for line in members) >= len(members)))
                groups.append(gold["file"])
    return rows, labels, groups


def collect_depth() -> tuple[list[list[float]], list[int], list[str]]:
    """Features, labels (1: of the upper level, the shallowest gold depth among the document's titles found) and
    document of every unnumbered top-level title the gold also has, in dev documents with two such titles or more."""
    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[str] = []
    seen: list = []

    def spy(candidates, paragraphs):
        top = titledepth.weighed_titles(candidates)  # the titles inference weighs (named parts may stand beside them)
        if top:
            seen.append((titledepth.depth_features(candidates, paragraphs, top),
                         [paragraphs[candidates[n].index].line for n in top]))
        return {}

    outline.nest_titles = spy
    for gold in _dev_documents(seen.clear):
        depth = {g["line"]: g["depth"] for g in gold["headings"] if not g["marker"]}
        for features, lines in seen[-1:]:
            known = [(x, depth[line]) for x, line in zip(features, lines) if line in depth]
            if len(known) >= 2:
                least = min(d for _, d in known)
                for x, d in known:
                    rows.append(x)
                    labels.append(int(d == least))
                    groups.append(gold["file"])
    return rows, labels, groups


def _bench() -> None:
    """bench/ on the path, for outline_eval (whose figures the checks give)."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))


def genre(name: str) -> str:
    """The genre of a corpus file, as bench/outline_eval.py reports it (from the file name)."""
    _bench()
    from outline_eval import genre as named

    return named(name)


def folds(groups: list[str], by_genre: bool = False) -> list[tuple]:
    """Five folds (train, test) of the rows by document or, by genre, by the genre of their document: a document's
    rows, and with `by_genre` its genre's, never stand on both sides of a fold."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    if by_genre:
        groups = [genre(name) for name in groups]
    return list(GroupKFold(min(5, len(set(groups)))).split(np.zeros((len(groups), 1)), groups=groups))


def outline_check(held: list[tuple[trees.TreeModel, set[str]]], key: Callable[[str], str]) -> tuple[float, float]:
    """Macro F1 and depth of the dev outlines (bench/outline_eval.py's), each dev document outlined with the title
    model of the fold that held its key out (`held`: each fold's model and keys); a document no fold holds gave no
    evidence, so no model is asked there and the shipped one stands."""
    _bench()
    from outline_eval import score

    golds = {}
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split", "dev") == "dev":
            golds[gold["file"]] = path
    shipped, found = titlescore.title_model, []
    try:
        for model, keys in held:
            titlescore.title_model = lambda model=model: model
            found += [score(golds.pop(name)) for name in list(golds) if key(name) in keys]
    finally:
        titlescore.title_model = shipped
    found += [score(path) for path in golds.values()]
    return sum(r["f1"] for r in found) / len(found), sum(r["depth"] for r in found) / len(found)


def _scores(chosen, y) -> str:
    """Precision, recall and F1 of the rows chosen against their labels (numpy arrays)."""
    tp, fp, fn = int((chosen & (y == 1)).sum()), int((chosen & (y == 0)).sum()), int((~chosen & (y == 1)).sum())
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}"


def export(model, features: tuple[str, ...], take: float, keep: float, params: dict) -> dict:
    """The fitted trees as plain lists: (leaf value,) or (feature, limit, left, right)."""
    fitted = []
    for (predictor,) in model._predictors:
        nodes = []
        for node in predictor.nodes:
            if node["is_leaf"]:
                nodes.append([float(node["value"])])
            else:
                nodes.append([int(node["feature_idx"]), float(node["num_threshold"]), int(node["left"]), int(node["right"])])
        fitted.append(nodes)
    return {"features": list(features), "baseline": float(model._baseline_prediction.ravel()[0]),
            "take": take, "keep": keep, "params": params, "trees": fitted}


def _models() -> dict[str, tuple]:
    """Each model: features, collector, the column saying what the rules chose (and whether it means yes), the
    overriding odds, the tree parameters and the file written."""
    return {
        "titles": (titlescore.FEATURES, collect, "rule", True, TAKE, KEEP, PARAMS, "titles_model.json"),
        "runs": (runscore.RUN_FEATURES, collect_runs, "rule_list", False, RUNS_TAKE, RUNS_KEEP, RUNS_PARAMS,
                 "runs_model.json"),
        "depth": (titledepth.DEPTH_FEATURES, collect_depth, "titles", True, DEPTH_TAKE, DEPTH_KEEP, DEPTH_PARAMS,
                  "titledepth_model.json"),  # (the rules hold every title at the top: the upper level)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate on the dev part, write nothing")
    parser.add_argument("--runs", action="store_true", help="the numbered-run model instead of the title model")
    parser.add_argument("--depth", action="store_true", help="the two-level title model instead of the title model")
    parser.add_argument("--by-genre", action="store_true",
                        help="with --check: hold whole genres out of each fold, not only documents")
    parser.add_argument("--outline", action="store_true",
                        help="with --check, titles: each dev document outlined by the model of the fold holding it out")
    parser.add_argument("--variants", action="store_true", help="train on the dev documents' everyday variants too")
    args = parser.parse_args()
    global USE_VARIANTS
    USE_VARIANTS = args.variants
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    kind = "runs" if args.runs else "depth" if args.depth else "titles"
    features, gather, column, yes, take, keep, params, name = _models()[kind]
    rows, labels, groups = gather()
    if not rows:  # a spy set where the pipeline no longer asks the model would train on nothing
        sys.exit(f"no {kind} evidence collected: has the model's call moved?")
    x, y = np.array(rows), np.array(labels)
    rule = (x[:, features.index(column)] > 0) == yes
    what, yes_name = {"runs": ("runs", "sections"), "depth": ("titles", "of the upper level"),
                      "titles": ("loose lines", "titles")}[kind]
    print(f"{len(y)} {what} in {len(set(groups))} dev documents, {int(y.sum())} of them {yes_name}")
    if args.check:
        found = np.zeros(len(y), dtype=bool)
        by = "genre" if args.by_genre else "document"
        held: list[tuple[trees.TreeModel, set[str]]] = []
        for train, test in folds(groups, args.by_genre):
            fitted = HistGradientBoostingClassifier(**params).fit(x[train], y[train])
            data = export(fitted, features, take, keep, params)
            held.append((trees.TreeModel(features, take, keep, trees.compile_trees(data["baseline"], data["trees"])),
                         {genre(groups[i]) if args.by_genre else groups[i] for i in test}))
            odds = fitted.predict_proba(x[test])[:, 1]
            found[test] = np.where(rule[test], odds > keep, odds > take)
            if args.by_genre:
                genres = ", ".join(sorted({genre(groups[i]) for i in test}))
                print(f"  fold of {len(set(groups[i] for i in test))} documents ({genres}): model "
                      f"{_scores(found[test], y[test])}")
        for label, chosen in (("rules", rule), ("model", found)):
            print(f"{label}: {_scores(chosen, y)} (5-fold, by {by})")
        if args.outline and kind == "titles":
            f1, depth = outline_check(held, genre if args.by_genre else str)
            print(f"outline: dev macro F1 {f1:.4f} depth {depth:.4f} (each document by its fold's model, by {by})")
        return
    model = HistGradientBoostingClassifier(**params).fit(x, y)
    data = export(model, features, take, keep, params)
    scorer = trees.TreeModel(features, take, keep, trees.compile_trees(data["baseline"], data["trees"]))
    ours = np.array([scorer.probability(r) for r in rows])
    assert np.allclose(ours, model.predict_proba(x)[:, 1], atol=1e-9), "exported trees score differently"
    out = ROOT / "reader" / "text" / name
    out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size:,} bytes, {len(data['trees'])} trees)")


if __name__ == "__main__":
    main()
