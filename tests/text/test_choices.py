"""The vocabulary tables: display scripts, themes, languages, and the decisions built on them."""

from __future__ import annotations

import dataclasses
import json

import pytest

from reader.settings import Settings
from reader.text import choices


@pytest.mark.parametrize(("key", "source", "expected"), [
    ("original", "simplified", None), ("original", "traditional", None), ("original", "mixed", None),
    ("t2s", "simplified", None), ("t2s", "traditional", "t2s"), ("t2s", "mixed", "t2s"),
    ("s2t", "simplified", "s2t"), ("s2t", "traditional", None), ("s2t", "unknown", "s2t"),
    ("s2tw", "simplified", "s2tw"), ("s2tw", "traditional", "t2tw"),
    ("s2hk", "simplified", "s2hk"), ("s2hk", "traditional", "t2hk"),
])
def test_config_for_each_source_script(key, source, expected):
    assert choices.config_for(key, source) == expected


@pytest.mark.parametrize(("current", "source", "target"), [
    ("original", "simplified", "s2t"), ("original", "traditional", "t2s"), ("original", None, "s2t"),
    ("t2s", "traditional", "s2t"), ("s2t", "simplified", "t2s"), ("s2tw", "simplified", "t2s"),
    ("s2hk", "traditional", "t2s"),
])
def test_toggle_target_goes_to_the_other_script(current, source, target):
    assert choices.toggle_target(current, source) == target


def test_shows_traditional_follows_the_source_for_original():
    assert choices.shows_traditional("original", "traditional")
    assert not choices.shows_traditional("original", "simplified")
    assert choices.shows_traditional("s2hk", "simplified")
    assert not choices.shows_traditional("t2s", "traditional")


def test_keys_are_unique_in_every_table():
    for keys in (choices.script_keys(), choices.theme_keys(), choices.language_codes()):
        assert len(set(keys)) == len(keys)


def _settings_file(tmp_path, **values):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


def test_settings_accept_every_choice_of_the_tables(tmp_path):
    for key in choices.script_keys():
        assert Settings.load(_settings_file(tmp_path, script=key)).script == key
    for key in choices.theme_keys():
        assert Settings.load(_settings_file(tmp_path, theme=key)).theme == key
    for code in choices.language_codes():
        assert Settings.load(_settings_file(tmp_path, language=code)).language == code


def test_an_unknown_choice_is_reported_not_silently_reset(tmp_path, caplog):
    settings = Settings(script="s2xx", theme="neon", language="fr")
    problems = settings._validate()
    assert (settings.script, settings.theme, settings.language) == ("original", "system", "")
    assert len(problems) == 3 and any("s2xx" in p for p in problems) and any("neon" in p for p in problems)
    caplog.clear()
    Settings.load(_settings_file(tmp_path, script="s2xx"))
    assert "s2xx" in caplog.text


def test_a_new_display_row_is_a_valid_setting(tmp_path, monkeypatch):
    row = choices.DisplayChoice("s2twp", "s2twp", "t2tw", True, "臺灣用語")
    monkeypatch.setattr(choices, "DISPLAY_CHOICES", (*choices.DISPLAY_CHOICES, row))
    assert Settings.load(_settings_file(tmp_path, script="s2twp")).script == "s2twp"
    assert choices.config_for("s2twp", "traditional") == "t2tw"
    assert dataclasses.asdict(Settings())["script"] == "original"


@pytest.mark.parametrize("current, source, traditional, target", [
    ("t2s", "simplified", "s2hk", "s2hk"),  # back to the variant chosen last, not plain 繁體
    ("original", "simplified", "s2tw", "s2tw"),
    ("original", "traditional", "s2hk", "t2s"),  # a Traditional text shown as it is: to Simplified
    ("s2hk", "simplified", "s2hk", "t2s"),
])
def test_toggle_target_goes_back_to_the_traditional_variant_chosen(current, source, traditional, target):
    assert choices.toggle_target(current, source, traditional) == target
