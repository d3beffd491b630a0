"""Found by hand (session 64C): after a keyword was removed the next one added took its free colour, and after a
restart the colours were handed out in list order again, so 國家 was pink before the restart and green after it.
Each keyword's colour is now saved with it and comes back the same after a restart (in either script form); a
settings file from before, with keywords and no colours, still gives them colours as before, and a damaged colour
falls back to a free one."""

from __future__ import annotations

import json

import pytest

from qtsupport import open_text, settle
from reader.paths import Paths
from reader.ui.highlight import keyword_colour

TEXT = "关于人大监督工作的报告\n\n国家机关依法接受人大监督，改革发展取得进展。國家、監督、人民。\n"


def _open(make_window, qtbot, tmp_path):
    return open_text(make_window, qtbot, tmp_path, TEXT, "report.txt")


def _colours(window) -> dict[str, str]:
    panel = window.keyword_panel
    return {w: panel.colour_for(w).name() for w in panel.keywords()}


def _hit_colours(window) -> dict[str, str]:
    """The colours the highlighter draws each keyword's hits in."""
    return {w: c.name() for w, c in window.hits._colours.items()}


def _restart(window, make_window, qtbot, tmp_path):
    window.close()  # Ctrl+Q's path: the session is saved on close
    return _open(make_window, qtbot, tmp_path)


def test_a_keyword_keeps_its_colour_after_one_before_it_was_removed_and_the_window_restarted(
        make_window, qtbot, tmp_path):
    first = _open(make_window, qtbot, tmp_path)
    panel = first.keyword_panel
    for word in ("人大", "國家", "监督"):
        panel.add_keyword(word)
    panel.remove_keyword("國家")
    panel.add_keyword("改革")  # a free colour, not 國家's: Undo Removal may give 國家 back (session 74)
    settle(first)
    before = _colours(first)
    assert before["改革"] == keyword_colour(3).name() and before["监督"] == keyword_colour(2).name()
    second = _restart(first, make_window, qtbot, tmp_path)
    assert second.keyword_panel.keywords() == ["人大", "监督", "改革"]
    assert _colours(second) == before  # before: 监督 took 改革's colour and 改革 a third
    assert _hit_colours(second) == before  # the highlights too, not only the panel's swatches


def test_a_colour_handed_out_after_a_restart_is_one_not_in_use(make_window, qtbot, tmp_path):
    first = _open(make_window, qtbot, tmp_path)
    for word in ("人大", "國家", "监督"):
        first.keyword_panel.add_keyword(word)
    first.keyword_panel.remove_keyword("人大")
    settle(first)
    second = _restart(first, make_window, qtbot, tmp_path)
    second.keyword_panel.add_keyword("改革")
    colours = _colours(second)
    assert colours["國家"] == keyword_colour(1).name() and colours["监督"] == keyword_colour(2).name()
    assert len(set(colours.values())) == 3  # distinct: 改革 takes the free amber, not 國家's blue


def test_a_keyword_removed_and_added_in_its_other_script_keeps_its_colour(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    panel = window.keyword_panel
    for word in ("人大", "國家", "监督"):
        panel.add_keyword(word)
    yellow_for_ever = panel.colour_for("监督").name()
    panel.remove_keyword("监督")
    panel.remove_keyword("人大")
    panel.add_keyword("監督")  # the same keyword in 繁體: its colour, not the first free one (人大's)
    assert panel.colour_for("監督").name() == yellow_for_ever
    second = _restart(window, make_window, qtbot, tmp_path)
    assert second.keyword_panel.colour_for("監督").name() == yellow_for_ever


def _write_settings(raw: dict) -> None:
    path = Paths.default().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def test_settings_from_an_older_release_give_colours_in_order(make_window, qtbot, tmp_path):
    _write_settings({"keywords": ["人大", "监督", "改革"]})
    window = _open(make_window, qtbot, tmp_path)
    assert _colours(window) == {w: keyword_colour(i).name() for i, w in enumerate(["人大", "监督", "改革"])}


@pytest.mark.parametrize("colours", [{"人大": "#ff0000", "监督": 99, "改革": 1}, {"人大": 1, "监督": 1, "改革": 1}])
def test_damaged_or_clashing_colours_fall_back_to_free_ones(make_window, qtbot, tmp_path, colours):
    _write_settings({"keywords": ["人大", "监督", "改革"], "keyword_colours": colours})
    window = _open(make_window, qtbot, tmp_path)
    got = _colours(window)
    assert len(set(got.values())) == 3 and keyword_colour(1).name() in got.values()
    assert got == _hit_colours(window)
