"""Damaged settings are moved aside and reported, never silently replaced; values are clamped (issue 12)."""

from __future__ import annotations

import json
import math
import os
import time

import pytest

from reader.app import load_state
from reader.atomic import TEMP_PREFIX, move_aside, write_atomically
from reader.paths import Paths
from reader.settings import MAX_KEYWORDS, Settings

DAMAGED = {
    "invalid-json": b'{"theme": "dark",',
    "array": b'["dark"]',
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "ini": b"[window]\ntheme=dark\n",
    "5000-digit-int": b'{"zoom": ' + b"9" * 5000 + b"}",
    "gbk": '{"keywords": ["监督"]}'.encode("gbk"),
    "deeply-nested": b'{"keywords": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "number": b"42",
}


@pytest.mark.parametrize("name", DAMAGED)
def test_a_damaged_file_is_moved_aside_and_reported(tmp_path, name):
    path = tmp_path / "settings.json"
    path.write_bytes(DAMAGED[name])
    settings, notices = Settings.load_checked(path)
    assert settings == Settings()
    assert len(notices) == 1
    notice = notices[0]
    assert notice.path == path and notice.moved_to is not None
    assert notice.moved_to.read_bytes() == DAMAGED[name]  # the user's file, byte for byte
    assert notice.moved_to.name.startswith("settings.json.damaged-")
    assert not path.exists()
    assert str(notice.moved_to) in notice.message()
    settings.save(path)  # what closing the window does: the old file is still there beside the new one
    assert notice.moved_to.read_bytes() == DAMAGED[name]


def test_a_folder_in_place_of_the_file_is_moved_aside(tmp_path):
    path = tmp_path / "settings.json"
    path.mkdir()
    settings, notices = Settings.load_checked(path)
    assert settings == Settings() and notices and notices[0].moved_to.is_dir()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_moved_aside(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark"}', encoding="utf-8")
    path.chmod(0)
    settings, notices = Settings.load_checked(path)
    assert settings == Settings() and notices[0].moved_to is not None and not path.exists()


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"theme": "dark", "keywords": ["监督"]}).encode())
    settings, notices = Settings.load_checked(path)
    assert (settings.theme, settings.keywords, notices) == ("dark", ["监督"], [])
    assert path.exists()


@pytest.mark.parametrize("raw, expected", [
    ('{"font_size": 1e308}', 96.0),
    ('{"font_size": NaN}', 0.0),
    ('{"font_size": Infinity}', 0.0),
    ('{"font_size": -Infinity}', 0.0),
    ('{"font_size": -3}', 0.0),
    ('{"font_size": 1}', 4.0),
    ('{"font_size": 12.5}', 12.5),
    ('{"font_size": ' + "9" * 400 + "}", 0.0),
])
def test_font_size_is_finite_and_in_range(tmp_path, raw, expected):
    path = tmp_path / "s.json"
    path.write_text(raw, encoding="utf-8")
    settings = Settings.load(path)
    assert math.isfinite(settings.font_size) and settings.font_size == expected


@pytest.mark.parametrize("raw, field, expected", [
    ('{"window_geometry": "ÄÖü=="}', "window_geometry", ""),
    ('{"window_geometry": "AdnQywADAAA="}', "window_geometry", "AdnQywADAAA="),
    ('{"window_state": "not base64!"}', "window_state", ""),
    ('{"splitter_state": "' + "A" * 100_000 + '"}', "splitter_state", ""),
    ('{"sidebar_state": "abc"}', "sidebar_state", ""),
    ('{"zoom": 1000000}', "zoom", 50),
    ('{"zoom": -1000000}', "zoom", -50),
    ('{"last_position": -5}', "last_position", 0),
    ('{"last_position": 100000000000000000000}', "last_position", 10**9),
    ('{"language": "zh_CN"}', "language", "zh_CN"),
    ('{"language": "../../etc"}', "language", ""),
    ('{"last_document": "a\\u0000b"}', "last_document", ""),
])
def test_values_are_validated_and_clamped(tmp_path, raw, field, expected):
    path = tmp_path / "s.json"
    path.write_text(raw, encoding="utf-8")
    assert getattr(Settings.load(path), field) == expected


def test_a_huge_keyword_list_is_trimmed_and_the_original_kept(tmp_path):
    path = tmp_path / "settings.json"
    words = [f"词{i}" for i in range(100_000)]
    path.write_text(json.dumps({"keywords": words + ["", "词1"]}, ensure_ascii=False), encoding="utf-8")
    settings, notices = Settings.load_checked(path)
    assert settings.keywords == words[:MAX_KEYWORDS]
    assert len(notices) == 1 and len(json.loads(notices[0].moved_to.read_text("utf-8"))["keywords"]) == 100_002
    assert "Only part" in notices[0].message() and str(notices[0].moved_to) in notices[0].message()


def test_leftover_temporary_files_are_removed_at_the_next_start(tmp_path):
    hour_ago = time.time() - 3600
    for name in (".settings-abc123", f"{TEMP_PREFIX}xyz", "notes.txt"):
        (tmp_path / name).write_text("{half", encoding="utf-8")
        os.utime(tmp_path / name, (hour_ago, hour_ago))
    (tmp_path / f"{TEMP_PREFIX}being-written").write_text("{half", encoding="utf-8")  # another instance, now
    Settings(theme="dark").save(tmp_path / "settings.json")
    settings, notices = Settings.load_checked(tmp_path / "settings.json")
    assert settings.theme == "dark" and notices == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{TEMP_PREFIX}being-written", "notes.txt", "settings.json"]


def test_a_path_with_undecodable_bytes_survives_a_save(tmp_path):
    path = tmp_path / "settings.json"
    odd = os.fsdecode(b"/tmp/\xbc\xe0\xb6\xbd.txt")  # a GBK name in a UTF-8 locale
    Settings(last_document=odd).save(path)
    assert Settings.load(path).last_document == odd


def test_write_atomically_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "f.json"
    write_atomically(path, "old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_atomically(path, "new")
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_move_aside_never_overwrites_an_earlier_copy(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("1")
    first = move_aside(path)
    path.write_text("2")
    second = move_aside(path)
    assert first != second and first.read_text() == "1" and second.read_text() == "2"


def test_start_up_state_reports_damage_once(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHREADER_HOME", str(tmp_path))
    Paths.default().ensure().settings_file.write_bytes(b"\xef\xbb\xbf[window]\ntheme=dark")
    paths, settings, notices = load_state()
    assert settings == Settings() and len(notices) == 1 and "settings.json.damaged-" in notices[0]
    assert load_state()[2] == []  # told once: the damaged file is no longer in the way


def test_an_unusable_home_folder_gives_a_notice_and_a_session_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "home"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("ZHREADER_HOME", str(blocker))
    paths, settings, notices = load_state()
    assert settings == Settings() and len(notices) == 1 and "cannot be used" in notices[0]
    assert paths.config_dir.is_dir() and not paths.config_dir.is_relative_to(blocker)
