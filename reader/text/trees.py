"""Boosted decision trees scored in plain Python: the data of a model trained offline (`bench/train_titles.py`)."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TreeModel:
    """Boosted trees over named features. A model overrides the rules only when it is sure: what the rules passed
    over is taken above odds `take`, what they took is kept above odds `keep`."""

    features: tuple[str, ...]
    take: float
    keep: float
    score: Callable[[Sequence[float]], float]  # the summed leaves (log-odds) of one feature vector

    def probability(self, x: Sequence[float]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(x)))


def _expression(nodes: Sequence[Sequence[float]], at: int = 0) -> str:
    """One tree as a nested conditional expression: a vector is scored by comparisons alone, no loop."""
    node = nodes[at]
    if len(node) == 1:
        return repr(float(node[0]))
    feature, limit, left, right = int(node[0]), float(node[1]), int(node[2]), int(node[3])
    return f"({_expression(nodes, left)} if x{feature} <= {limit!r} else {_expression(nodes, right)})"


def compile_trees(baseline: float, trees: Sequence[Sequence[Sequence[float]]],
                  name: str = "trees") -> Callable[[Sequence[float]], float]:
    """The trees as one compiled function (from the model's numbers only: there is nothing else in the source). The
    features the trees ask are read into locals once, by one itemgetter, not looked up at every comparison."""
    used = sorted({int(node[0]) for nodes in trees for node in nodes if len(node) > 1})
    names = "".join(f"x{k}, " for k in used)
    reads = f"    {names}= _pick(x)\n" if len(used) > 1 else "".join(f"    x{k} = x[{k}]\n" for k in used)
    total = " + ".join([repr(float(baseline))] + [_expression(nodes) for nodes in trees])
    scope: dict[str, object] = {"__builtins__": {}, "_pick": itemgetter(*used) if len(used) > 1 else None}
    exec(compile(f"def score(x):\n{reads}    return {total}\n", name, "exec"), scope)  # noqa: S102 - numbers only
    return scope["score"]  # type: ignore[return-value]


class _Scorer:
    """The trees walked for their first calls and compiled (compile_trees) only past `_WALKED` of them: a short article
    asks a model once or twice, and compiling its hundred trees took 8-10 ms of its first open. The walk adds the
    leaves in the compiled expression's order, so both give the same float."""

    def __init__(self, baseline: float, trees: Sequence[Sequence[Sequence[float]]], name: str) -> None:
        self._baseline, self._trees, self._name = float(baseline), trees, name
        self._walks = tuple(tuple((int(n[0]), float(n[1]), int(n[2]), int(n[3])) if len(n) > 1 else (float(n[0]),)
                                  for n in nodes) for nodes in trees)
        self._left = _WALKED
        self._compiled: Callable[[Sequence[float]], float] | None = None

    def __call__(self, x: Sequence[float]) -> float:
        compiled = self._compiled
        if compiled is None:
            self._left -= 1
            if self._left >= 0:
                return self._walk(x)
            compiled = self._compiled = compile_trees(self._baseline, self._trees, self._name)
        return compiled(x)

    def _walk(self, x: Sequence[float]) -> float:
        total = self._baseline
        for nodes in self._walks:
            node = nodes[0]
            while len(node) > 1:
                node = nodes[node[2] if x[node[0]] <= node[1] else node[3]]
            total += node[0]
        return total


_WALKED = 400  # calls walked before the trees are compiled (a walk ~20 µs, a compiled call ~6, the compile ~10 ms)


def load_trees(path: Path, features: tuple[str, ...]) -> TreeModel | None:
    """A model file read and compiled, or None when it is missing (the rules then decide alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        logger.warning("%s is missing: the rules decide alone", path.name)
        return None
    if tuple(data["features"]) != features:
        raise ValueError(f"{path.name} was trained on other features: run bench/train_titles.py again")
    return TreeModel(features, float(data["take"]), float(data["keep"]),
                     _Scorer(float(data["baseline"]), data["trees"], str(path)))
