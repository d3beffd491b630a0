"""Reading the bundled OpenCC dictionaries (current upstream data in resources/opencc)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reader.paths import resources_dir


def opencc_dir() -> Path:
    return resources_dir() / "opencc"


@lru_cache(maxsize=None)
def load_dictionary(name: str) -> dict[str, tuple[str, ...]]:
    """A dictionary file by stem ('STCharacters'): key -> candidate values, first is the default."""
    table: dict[str, tuple[str, ...]] = {}
    path = opencc_dir() / "dictionary" / f"{name}.txt"
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            key, _, values = line.rstrip("\n").partition("\t")
            if key and values:
                table[key] = tuple(values.split(" "))
    return table
