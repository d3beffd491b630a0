"""bench/train_titles.py --variants: the dev documents' everyday variants as more training examples, read
deterministically from the dev split only (a held-out document is never opened)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_PATH = list(sys.path)
sys.path.insert(0, str(ROOT / "bench"))

import train_titles  # noqa: E402

# train_titles puts the checkout first on sys.path: left there, the checkout's zhreader.egg-info answered
# importlib.metadata for the installed wheel, and test_packaging failed in CI
sys.path[:] = _PATH

_BODY = "这是一段很长的正文，用来说明文件的内容和要求，各单位要认真贯彻落实，确保工作取得实效。" * 6
_FLOWING = f"关于做好工作的通知\n\n一、总体要求\n\n{_BODY}\n\n二、工作安排\n\n{_BODY}\n"
_WRAPPED = "\n".join(_BODY[i:i + 30] for i in range(0, len(_BODY), 30))  # a PDF extract, wrapped already


def _corpus(tmp_path: Path, dev_text: str) -> Path:
    """A corpus of one dev document and one held-out document."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    heads = [{"line": 3, "depth": 1, "marker": "一、", "title": "总体要求"},
             {"line": 7, "depth": 1, "marker": "二、", "title": "工作安排"}]
    for name, split, text in (("a", "dev", dev_text), ("b", "heldout", _FLOWING)):
        (tmp_path / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"file": f"{name}.txt", "split": split, "headings": heads if name == "a" else []}
        (tmp_path / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _read(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> list[tuple[str, str, str]]:
    """What the training reads: each loaded file's name and text, with the gold yielded for it."""
    loaded: list[tuple[str, str]] = []
    monkeypatch.setattr(train_titles, "CORPUS", corpus)
    monkeypatch.setattr(train_titles, "USE_VARIANTS", True)
    monkeypatch.setattr(train_titles, "load_document",
                        lambda path: loaded.append((path.name, path.read_text(encoding="utf-8"))))
    golds = [json.dumps(g, ensure_ascii=False, sort_keys=True) for g in train_titles._dev_documents(lambda: None)]
    return [(name, text, gold) for (name, text), gold in zip(loaded, golds, strict=True)]


def test_variants_are_dev_only_and_deterministic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every variant is of the dev document, kept under its name (so the folds hold them together), the same twice."""
    corpus = _corpus(tmp_path, _FLOWING)
    first = _read(monkeypatch, corpus)
    assert first == _read(monkeypatch, corpus)
    assert {name for name, _, _ in first} == {"a.txt"}
    assert all('"split": "dev"' in gold for _, _, gold in first)
    assert len(first) == 1 + len(train_titles.TRAIN_VARIANTS)
    assert len({text for _, text, _ in first}) == len(first) - 1  # another layout or script (t2s: the same text)


def test_a_wrapped_source_is_not_wrapped_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A PDF extract keeps its own wrap: only the script and blank-line variants are added."""
    first = _read(monkeypatch, _corpus(tmp_path, _WRAPPED))
    assert len(first) == 1 + len(train_titles.TRAIN_VARIANTS) - 3
