"""Session 69A: where a keyword was typed (a 詞彙 script) is kept with the session, and only for a kept keyword typed
in a display that shows a region's words."""

from __future__ import annotations

import json

from reader.settings import Settings


def test_where_keywords_were_typed_survives_a_save_and_junk_is_dropped(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"keywords": ["滑鼠", "寬頻", "软件"], "keyword_typed_in": {
        "滑鼠": "s2twp", "寬頻": "s2hkp", "软件": "t2s", "removed": "s2twp"}}), encoding="utf-8")
    settings = Settings.load(path)
    assert settings.keyword_typed_in == {"滑鼠": "s2twp", "寬頻": "s2hkp"}
    settings.save(path)
    assert Settings.load(path).keyword_typed_in == {"滑鼠": "s2twp", "寬頻": "s2hkp"}
