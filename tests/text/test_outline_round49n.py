"""Round 49n: the title depth model is trained on the titles inference weighs. Since round 48t the reader weighs a
text's unnumbered titles with named parts ('前言', '总结') beside them (`top_titles(named_ok=True)`), but training
still dropped every such text (`named_ok=False`), so the model never saw a third of what it is asked about. Both now
go through `titledepth.weighed_titles`."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from reader.text import titledepth

ROOT = Path(__file__).resolve().parents[2]


def _c(key: str, parent: int = -1, match: object = None, accepted: bool = True) -> SimpleNamespace:
    return SimpleNamespace(key=key, parent=parent, match=match, accepted=accepted, index=0)


T = "container"
CASES = {
    "a named part before three titles: the titles are weighed": ([_c("named"), _c(T), _c(T), _c(T)], [1, 2, 3]),
    "named parts before and after: the titles between": ([_c("named"), _c(T), _c(T), _c(T), _c("named")], [1, 2, 3]),
    "three titles alone": ([_c(T), _c(T), _c(T)], [0, 1, 2]),
    "a title's section below it is not weighed": ([_c(T), _c(T, parent=0), _c(T), _c(T)], [0, 2, 3]),
    # negatives: what the rules' levels hold stays out of the model's reach
    "a numbered section at the top": ([_c(T), _c(T), _c(T), _c("numbered", match=object())], None),
    "a named part with a marker ('第一部分 前言')": ([_c("named", match=object()), _c(T), _c(T), _c(T)], None),
    "two titles beside a named part are too few": ([_c("named"), _c(T), _c(T)], None),
}


@pytest.mark.parametrize("candidates, expected", list(CASES.values()), ids=list(CASES))
def test_weighed_titles(candidates: list, expected: list[int] | None) -> None:
    assert titledepth.weighed_titles(candidates) == expected


def test_training_weighs_what_inference_weighs() -> None:
    """The depth model's training collects its titles with the function inference uses."""
    source = (ROOT / "bench" / "train_titles.py").read_text(encoding="utf-8")
    assert "titledepth.weighed_titles(candidates)" in source
    assert "titledepth.top_titles(" not in source
