"""Boosted decision trees scored in plain Python: the data of a model trained offline (`bench/train_titles.py`)."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
    return f"({_expression(nodes, left)} if x[{feature}] <= {limit!r} else {_expression(nodes, right)})"


def compile_trees(baseline: float, trees: Sequence[Sequence[Sequence[float]]],
                  name: str = "trees") -> Callable[[Sequence[float]], float]:
    """The trees as one compiled function (from the model's numbers only: there is nothing else in the source)."""
    source = "lambda x: " + " + ".join([repr(float(baseline))] + [_expression(nodes) for nodes in trees])
    return eval(compile(source, name, "eval"), {"__builtins__": {}})  # noqa: S307 - numbers and 'x' only


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
                     compile_trees(float(data["baseline"]), data["trees"], str(path)))
