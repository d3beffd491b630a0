"""Keyword colours in the settings (session 64C): each keyword's palette index is saved beside the keywords, a file
written before colours were saved still loads (its keywords then get colours as before), and a damaged or unknown
colour is dropped for that keyword alone, never the file."""

from __future__ import annotations

import json

import pytest

from reader import settings as settings_module
from reader.settings import Settings
from reader.ui.keyword_colours import free_slot, restored_slots


def _load(tmp_path, raw: dict) -> tuple[Settings, list]:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return Settings.load_checked(path)


def test_colours_are_saved_and_read_back(tmp_path):
    path = tmp_path / "settings.json"
    s = Settings(keywords=["人大", "國家", "监督"], keyword_colours={"人大": 0, "國家": 3, "监督": 2})
    s.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["keyword_colours"] == {"人大": 0, "國家": 3, "监督": 2}
    assert Settings.load(path).keyword_colours == {"人大": 0, "國家": 3, "监督": 2}


def test_a_file_from_before_colours_loads_with_no_colours_and_no_notice(tmp_path):
    loaded, notices = _load(tmp_path, {"theme": "sepia", "keywords": ["人大", "监督"]})
    assert loaded.keywords == ["人大", "监督"] and loaded.keyword_colours == {} and notices == []


@pytest.mark.parametrize("colours, kept", [
    ({"人大": 1, "监督": "#ff0000"}, {"人大": 1}),  # a colour by name is no palette index
    ({"人大": -1, "监督": 8}, {}),  # out of the palette
    ({"人大": True, "监督": 2.0}, {}),  # booleans and floats are not indices
    ({"人大": None, "监督": [2]}, {}),
    ({"人大": 4, "旧词": 5}, {"人大": 4}),  # a colour for a word no longer a keyword
])
def test_an_unknown_or_damaged_colour_is_dropped_alone(tmp_path, colours, kept):
    loaded, notices = _load(tmp_path, {"keywords": ["人大", "监督"], "keyword_colours": colours})
    assert loaded.keywords == ["人大", "监督"] and loaded.keyword_colours == kept and notices == []


@pytest.mark.parametrize("colours", ["#ff0000", [0, 1], 3, None])
def test_colours_that_are_not_an_object_keep_the_keywords(tmp_path, colours):
    loaded, _ = _load(tmp_path, {"keywords": ["人大", "监督"], "keyword_colours": colours})
    assert loaded.keywords == ["人大", "监督"] and loaded.keyword_colours == {}


def test_the_settings_palette_size_is_the_highlighters():
    from reader.ui.highlight import PALETTE_SIZE

    assert settings_module.KEYWORD_COLOURS == PALETTE_SIZE


@pytest.mark.parametrize("words, stored, expected", [
    (["一", "二", "三"], {}, {"一": 0, "二": 1, "三": 2}),  # an older file: in order, as before
    (["一", "三", "四"], {"一": 0, "三": 2, "四": 1}, {"一": 0, "三": 2, "四": 1}),  # kept, not handed out again
    (["監督", "国家"], {"监督": 2}, {"監督": 2, "国家": 0}),  # the other script form keeps the colour
    (["甲", "乙"], {"甲": 5, "乙": 5}, {"甲": 5, "乙": 0}),  # two in one colour: the later takes a free one
    (["甲", "乙"], {"甲": 9, "乙": "x"}, {"甲": 0, "乙": 1}),  # unknown colours fall back
])
def test_restored_slots(words, stored, expected):
    assert restored_slots(words, stored, 8) == expected


def test_free_slot_prefers_the_wanted_colour_when_free():
    assert free_slot([0, 1], 8, wanted=4) == 4
    assert free_slot([0, 4], 8, wanted=4) == 1
    assert free_slot(range(8), 8, count=10) == 2  # all taken: by position, as before
