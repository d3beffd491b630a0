"""Round 65V: while a script change converts, the text still shown (about to be replaced) is laid out no further, so
its layout no longer takes the CPU from the conversion; the converted text, place and outline are as before."""

from __future__ import annotations

import pytest

from qtsupport import settle
from reader.text.display import converter
from reader.ui import lazy_layout, script_switch

PARAGRAPH = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，请把文件存到U盘里。"


def _long(tmp_path, count: int = 3000):
    """A report of a few thousand paragraphs with chapter headings: long enough to be laid out in steps."""
    lines = ["关于加强工作的报告"]
    for i in range(count):
        if i % 300 == 0:
            lines.append(f"第{i // 300 + 1}章　发展与改革")
        lines.append(PARAGRAPH)
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def long_window(make_window, tmp_path):
    window = make_window()
    window.open_path(str(_long(tmp_path)))
    settle(window)
    return window


def _steps_on(window, monkeypatch) -> list:
    """The layout pump's steps, with the document each laid out."""
    seen = []
    real = lazy_layout.LayoutPump._step

    def step(self):
        seen.append(self._document)
        real(self)

    monkeypatch.setattr(lazy_layout.LayoutPump, "_step", step)
    return seen


@pytest.mark.parametrize("choice, config", [("s2t", "s2t"), ("s2tw", "s2tw")])
def test_the_old_text_is_not_laid_out_while_converting(long_window, monkeypatch, choice, config):
    view = long_window.reading
    long_window.script_selector.choose(choice)  # its converters loaded (on a worker, the first time)
    settle(long_window)
    long_window.script_selector.choose("original")
    settle(long_window)
    old = view.document()
    view._pump.hold(False)
    view._pump._timer.start()  # the old text still being laid out when the reader asks for another script
    steps = _steps_on(long_window, monkeypatch)
    long_window.script_selector.choose(choice)
    assert view.converting and view._pump._held
    settle(long_window)
    assert old not in steps  # (before: the pump went on laying out the text being replaced)
    assert not view._pump._held and view.document() is not old
    conv = converter(config, long_window.cache_dir)
    assert view.display.shown == [conv.convert(p) for p in view.display.source]


def test_a_failed_conversion_lets_the_layout_go_on(long_window, monkeypatch):
    view = long_window.reading

    def broken(*_args):
        raise RuntimeError("no conversion")

    monkeypatch.setattr(script_switch, "_convert", broken)
    long_window.script_selector.choose("s2t")
    assert view._pump._held
    settle(long_window)
    assert not view.converting and not view._pump._held


def test_place_and_outline_after_a_toggle_and_back(long_window):
    view = long_window.reading
    headings = long_window.loaded.document.headings
    long_window.go_to_offset(headings[5].offset)
    settle(long_window)
    place, text = view.place(), view.displayed_text()
    long_window.script_selector.choose("s2t")
    settle(long_window)
    assert abs(view.place() - place) <= len(PARAGRAPH) and "發展與改革" in view.displayed_text()
    long_window.script_selector.choose("original")
    settle(long_window)
    assert view.displayed_text() == text and abs(view.place() - place) <= len(PARAGRAPH)
