"""台灣正體（詞彙） and 香港繁體（詞彙）: the region's words for a Simplified source (软件 -> 軟體), its own words kept
for a Traditional one, as settings values that are accepted, restored and still checked."""

from __future__ import annotations

import json

import pytest

from reader.settings import Settings
from reader.text import choices
from reader.text.display import converter


@pytest.mark.parametrize(("key", "source", "expected"), [
    ("s2twp", "simplified", "s2twp"), ("s2twp", "traditional", "t2tw"), ("s2twp", "mixed", "s2twp"),
    ("s2hkp", "simplified", "s2hkp"), ("s2hkp", "traditional", "t2hk"), ("s2hkp", "unknown", "s2hkp"),
])
def test_the_phrase_choices_convert_each_source_script(key, source, expected):
    assert choices.config_for(key, source) == expected
    assert choices.shows_traditional(key, source) and key in choices.traditional_keys()


def _shown(key: str, source: str, text: str) -> str:
    return converter(choices.config_for(key, source)).convert(text)


def test_a_simplified_text_gets_the_regions_words():
    assert _shown("s2twp", "simplified", "软件、网络、鼠标、源代码、挂断、方便面") == "軟體、網路、滑鼠、原始碼、結束通話、泡麵"
    assert _shown("s2tw", "simplified", "软件、网络") == "軟件、網絡"  # the plain choice keeps the words
    assert _shown("s2hkp", "simplified", "方便面、鼠标") == "方便麪、滑鼠"


def test_a_traditional_text_keeps_its_own_words():
    """TWPhrases over Taiwan's own laws turned their 程序 into 程式 and 保存 into 儲存; the s2t step 詩云 into 詩雲."""
    law = "依行政程序法之規定，應保存其說明文件。詩云：「靡不有初」。"
    assert _shown("s2twp", "traditional", law) == law
    assert _shown("s2hkp", "traditional", law) == _shown("s2hk", "traditional", law)


def test_the_place_is_kept_where_a_phrase_changes_length():
    text = "方便面和挂断，" * 5 + "监督"  # each 方便面 one shorter, each 挂断 two longer
    conversion = converter(choices.config_for("s2twp", "simplified")).convert_mapped(text)
    at = conversion.offsets.to_target(text.index("监督"))
    assert conversion.text[at:at + 2] == "監督"
    assert conversion.offsets.to_source(at) == text.index("监督")


def _settings_file(tmp_path, **values):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


@pytest.mark.parametrize("key", ["s2twp", "s2hkp"])
def test_settings_accept_and_restore_the_phrase_choices(tmp_path, caplog, key):
    settings, notices = Settings.load_checked(_settings_file(tmp_path, script=key, traditional=key))
    assert (settings.script, settings.traditional, notices) == (key, key, [])
    settings.save(tmp_path / "again.json")
    again = Settings.load(tmp_path / "again.json")
    assert (again.script, again.traditional) == (key, key)
    wrong = Settings.load(_settings_file(tmp_path, script=key + "x", traditional=key + "x"))  # still checked
    assert (wrong.script, wrong.traditional) == ("original", "s2t") and key + "x" in caplog.text
