"""The installed distribution carries the seeds and resources, so a non-editable install works."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from reader.paths import resources_dir, seeds_dir
from support import REPO, SEEDS


def test_seeds_and_resources_found():
    assert sorted(p.name for p in seeds_dir().glob("*.txt")) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert (resources_dir() / "opencc" / "dictionary" / "STCharacters.txt").is_file()


def test_wheel_lists_seeds_and_resources():
    import reader

    if Path(reader.__file__).resolve().is_relative_to(REPO / "reader"):
        pytest.skip("reader is imported from the checkout (editable install), not from an installed wheel")
    installed = Path(reader.__file__).resolve().parents[1]  # the distribution beside the package imported (not
    # a build's egg-info in the checkout, found first when the checkout is on sys.path)
    found = [metadata.Distribution.at(p) for p in installed.glob("zhreader-*.dist-info")]
    files = {str(f).replace("\\", "/") for dist in found for f in dist.files or ()}
    for path in SEEDS.glob("*.txt"):
        assert f"reader/_seeds/{path.name}" in files
    assert "reader/_resources/opencc/dictionary/STCharacters.txt" in files
    assert "reader/_resources/opencc/LICENSE" in files
    for model in ("titles_model.json", "runs_model.json", "titledepth_model.json"):  # missing: the rules alone
        assert f"reader/text/{model}" in files


def test_seeds_are_verbatim():
    from support import SHARED

    shared = SHARED / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds not available")
    for path in shared.glob("*.txt"):
        assert (SEEDS / path.name).read_bytes() == path.read_bytes()
