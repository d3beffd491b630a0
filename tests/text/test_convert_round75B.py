"""Session 75B: a full test run grew by ~16 MB a window test, because the converters built for each test's own cache
folder were kept for the whole process; the suite's teardown now lets go of them (convert.forget_under)."""

from __future__ import annotations

from reader.text import convert


def test_converters_kept_for_a_folder_going_away_are_let_go_and_others_kept(tmp_path):
    going, staying = tmp_path / "home" / "cache", tmp_path.parent / f"{tmp_path.name}-other"
    dropped = convert.get_converter("t2tw", going)
    kept = convert.get_converter("t2tw", staying)
    assert convert.forget_under(tmp_path / "home") == 1
    assert convert.get_converter("t2tw", going) is not dropped  # built anew when asked for again
    assert convert.get_converter("t2tw", staying) is kept
    assert convert.get_converter("t2tw", going).convert("裡面") == dropped.convert("裡面")
    assert convert.forget_under(tmp_path) == 1  # a folder inside the one going away goes too
