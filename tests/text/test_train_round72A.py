"""bench/train_titles.py --check --by-genre: folds that hold whole genres out, so the cross-validated score is that of
documents from genres the model never saw (as the held-out documents are), not only of documents it never saw."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

ROOT = Path(__file__).resolve().parents[2]
_PATH = list(sys.path)
sys.path.insert(0, str(ROOT / "bench"))

import train_titles  # noqa: E402
from outline_eval import genre  # noqa: E402

sys.path[:] = _PATH  # (as test_outline_round69N: the checkout left first on sys.path misleads test_packaging)

# rows of documents named as the corpus names them: old prefixes and later sets' kind words, several genres
_DOCS = ["news01.txt", "news02.txt", "hk01.txt", "gov01.txt", "gov02.txt", "jud01.txt", "tut01.txt", "tut02.txt",
         "d30_01_xinwen_a.txt", "d30_02_tiaoli_b.txt", "f7_03_biji_c.txt", "d41_07_jianghua_d.txt", "cdt01_e.txt",
         "job01.txt", "paper01.txt", "law01.txt"]
_ROWS = [name for name in _DOCS for _ in range(3)]


def test_by_genre_no_genre_on_both_sides() -> None:
    """Each fold's test rows are of genres none of its training rows has; every row is tested once."""
    found = train_titles.folds(_ROWS, by_genre=True)
    assert len(found) == 5
    tested = sorted(i for _, test in found for i in test)
    assert tested == list(range(len(_ROWS)))
    for train, test in found:
        assert {genre(_ROWS[i]) for i in train}.isdisjoint({genre(_ROWS[i]) for i in test})


def test_by_document_keeps_a_document_together_but_mixes_genres() -> None:
    """Without it the folds hold documents apart only: a genre stands on both sides of some fold."""
    found = train_titles.folds(_ROWS)
    for train, test in found:
        assert {_ROWS[i] for i in train}.isdisjoint({_ROWS[i] for i in test})
    assert any({genre(_ROWS[i]) for i in train} & {genre(_ROWS[i]) for i in test} for train, test in found)


def test_fewer_genres_than_folds() -> None:
    """Three genres make three folds, not an error."""
    rows = ["news01.txt", "news02.txt", "gov01.txt", "jud01.txt"]
    assert len(train_titles.folds(rows, by_genre=True)) == len({genre(r) for r in rows}) == 3


def test_outline_check_outlines_each_document_with_its_folds_model(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    """--check --outline: a dev document is outlined once, by the model of the fold that held its genre out (one no
    fold holds by the shipped model); held-out documents are never opened; the shipped model stands after."""
    import outline_eval

    from reader.text import titlescore

    (tmp_path / "gold").mkdir()
    splits = {"news01.txt": "dev", "news02.txt": "dev", "gov01.txt": "dev", "jud01.txt": "dev", "hk01.txt": "heldout"}
    for name, split in splits.items():
        gold = {"file": name, "split": split, "headings": []}
        (tmp_path / "gold" / name.replace(".txt", ".json")).write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(train_titles, "CORPUS", tmp_path)
    asked: dict[str, object] = {}

    def score(path: Path) -> dict:
        name = json.loads(path.read_text(encoding="utf-8"))["file"]
        assert name not in asked
        asked[name] = titlescore.title_model()
        return {"f1": 1.0 if name.startswith("news") else 0.5, "depth": 1.0}

    monkeypatch.setattr(outline_eval, "score", score)
    shipped = titlescore.title_model
    news, gov = object(), object()
    f1, depth = train_titles.outline_check([(news, {"news"}), (gov, {"government document"})], genre)
    assert asked == {"news01.txt": news, "news02.txt": news, "gov01.txt": gov, "jud01.txt": shipped()}
    assert (f1, depth) == (0.75, 1.0)
    assert titlescore.title_model is shipped
