"""Paths to real test material, shared by the test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "docs"
DATA = Path(__file__).resolve().parent / "data"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def seed(prefix: str) -> Path:
    """The seed whose name starts with `prefix` ('000', '003', ...)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def corpus_path(name: str) -> Path:
    """A corpus document; the test is skipped when ../shared is not beside the checkout."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus document {name} not available")
    return path
