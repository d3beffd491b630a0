"""Found by hand (session 70J), each on the real asynchronous window: a long text reopened at a far place (its
remembered place at 97%) named itself in the window's title while the previous text was still on screen."""

from __future__ import annotations

from qtsupport import settle
from reading_material import long_report

REPORT = "关于加强监督管理工作的报告\n\n一、总体情况\n加强监督管理。\n\n二、主要做法\n完善制度。\n"


def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_title_waits_for_a_far_place_of_a_long_text_to_be_on_screen(make_window, qtbot, tmp_path):
    """The text was built, then laid out in steps down to the place while the previous page stayed on screen (the
    view paints nothing until it is there): the title named the new text over the old one meanwhile."""
    short, long_doc = _file(tmp_path, "report.txt", REPORT), _file(tmp_path, "long.txt", long_report())
    window = make_window([str(short)])
    before = window.windowTitle()
    seen = []
    window.windowTitleChanged.connect(
        lambda title: seen.append((title, window.reading.viewport().updatesEnabled(), window.reading.top_offset())))
    far = 570_000
    with qtbot.waitSignal(window.reading.text_shown, timeout=60000):
        window.open_path(str(long_doc), far)
    assert window.windowTitle() == "关于长文的报告 — zhreader" != before
    assert seen and seen[0][0] == window.windowTitle()
    assert seen[0][1], "the title changed while the view still showed the previous page"
    assert abs(seen[0][2] - far) < 2000  # the far place is on screen when the title names it
    settle(window, 120)
    assert abs(window.reading.top_offset() - far) < 2000
