"""Settings: typed defaults, tolerant loading, atomic saving, and ZHREADER_HOME relocation."""

from __future__ import annotations

import json

import pytest

from reader.paths import Paths
from reader.settings import Settings


def test_round_trip(tmp_path):
    path = tmp_path / "s.json"
    s = Settings(theme="dark", font_size=15.5, script="s2tw", keywords=["监督", "人大"], last_position=42)
    s.save(path)
    assert Settings.load(path) == s


def test_missing_file_gives_defaults(tmp_path):
    assert Settings.load(tmp_path / "none.json") == Settings()


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("not json", Settings()),
        ("[1, 2]", Settings()),
        ('{"theme": "neon"}', Settings()),
        ('{"theme": "sepia", "unknown": 1}', Settings(theme="sepia")),
        ('{"font_size": 14}', Settings(font_size=14.0)),
        ('{"last_position": "12"}', Settings()),
        ('{"last_position": true}', Settings()),
        ('{"keywords": ["a", "", 3]}', Settings(keywords=["a"])),
        ('{"keywords": ["a", " "]}', Settings(keywords=["a"])),
        ('{"script": "s2hk"}', Settings(script="s2hk")),
        ('{"script": "x2y"}', Settings()),
        ('{"traditional": "s2hk"}', Settings(traditional="s2hk")),
        ('{"traditional": "t2s"}', Settings()),  # a Simplified choice is no Traditional to go back to
    ],
)
def test_tolerant_loading(tmp_path, raw, expected):
    path = tmp_path / "s.json"
    path.write_text(raw, encoding="utf-8")
    assert Settings.load(path) == expected


def test_save_is_atomic_and_leaves_no_temp(tmp_path):
    path = tmp_path / "cfg" / "s.json"
    Settings(theme="light").save(path)
    Settings(theme="dark").save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["theme"] == "dark"
    assert [p.name for p in path.parent.iterdir()] == ["s.json"]


def test_zhreader_home_relocates_every_path(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHREADER_HOME", str(tmp_path / "portable"))
    paths = Paths.default().ensure()
    for d in (paths.config_dir, paths.data_dir, paths.cache_dir):
        assert d.is_dir() and d.is_relative_to(tmp_path / "portable")
    assert paths.settings_file.is_relative_to(tmp_path / "portable")
    assert paths.library_file.is_relative_to(tmp_path / "portable")
