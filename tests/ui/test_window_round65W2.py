"""Round 65W2: toggling back to a script just shown converts nothing again (the last two conversions of the document
shown are kept); text, place and selection are as the first time; another document, or the same one read again
because it changed on disk, is converted again."""

from __future__ import annotations

import os

import pytest

from qtsupport import settle
from reader.text import pieces
from reader.ui import script_switch

PARAGRAPH = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，请把文件存到U盘里。"


def _write(path, count: int, word: str = "发展与改革") -> None:
    lines = ["关于加强工作的报告"]
    for i in range(count):
        if i % 300 == 0:
            lines.append(f"第{i // 300 + 1}章　{word}")
        lines.append(PARAGRAPH)
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def calls(monkeypatch) -> list:
    """The engine's whole-paragraph conversions asked for, by configuration."""
    seen: list = []
    real = pieces.convert_paragraphs

    def counted(config, cache_dir, texts):
        seen.append(config)
        return real(config, cache_dir, texts)

    monkeypatch.setattr(pieces, "convert_paragraphs", counted)
    return seen


def _opened(make_window, tmp_path, count: int):
    path = tmp_path / "report.txt"
    _write(path, count)
    window = make_window()
    window.open_path(str(path))
    settle(window)
    return window, path


def _choose(window, choice: str):
    window.script_selector.choose(choice)
    settle(window)
    return window.reading.displayed_text(), window.reading.place()


@pytest.mark.parametrize("count", [3000, 40])  # converted whole on a worker; a short one in place first
def test_a_toggle_back_converts_nothing_and_shows_the_same(make_window, tmp_path, calls, count):
    window, _path = _opened(make_window, tmp_path, count)
    view = window.reading
    window.go_to_offset(window.loaded.document.headings[-1].offset)
    settle(window)
    first = _choose(window, "s2t")
    assert "發展與改革" in first[0] and calls
    original = _choose(window, "original")
    calls.clear()
    assert _choose(window, "s2t") == first  # (before: converted again)
    assert calls == [] and not view.converting
    assert view.display.shown == first[0].split("\n")
    assert _choose(window, "original") == original and calls == []


def test_only_the_last_two_scripts_are_kept(make_window, tmp_path, calls):
    window, _path = _opened(make_window, tmp_path, 600)
    for choice in ("s2t", "s2tw", "s2hk"):
        _choose(window, choice)
    calls.clear()
    _choose(window, "s2tw")
    _choose(window, "s2hk")
    assert calls == []
    _choose(window, "s2t")  # the oldest was dropped
    assert calls and set(calls) == {"s2t"}
    assert len(window.reading._switcher._kept) == script_switch.KEEP_CONVERSIONS


def test_another_document_or_a_reread_one_is_converted_again(make_window, tmp_path, calls):
    window, path = _opened(make_window, tmp_path, 600)
    _choose(window, "s2t")
    _choose(window, "original")
    _write(path, 600, word="改革与开放")  # changed on disk while shown: chosen again, it is read again
    stamp = path.stat()
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 2_000_000_000))
    shown = window.loaded
    window.open_path(str(path))
    settle(window)
    assert window.loaded is not shown
    calls.clear()
    text, _place = _choose(window, "s2t")
    assert calls and "第1章　改革與開放" in text and "第1章　發展與改革" not in text
    other = tmp_path / "other.txt"
    _write(other, 100, word="人民与国家")
    _choose(window, "original")
    window.open_path(str(other))
    settle(window)
    calls.clear()
    text, _place = _choose(window, "s2t")
    assert calls and "人民與國家" in text


@pytest.mark.parametrize("scale, kept", [(1.5, 1), (0.5, 0)])  # a long text keeps fewer configurations, or none
def test_a_long_text_keeps_what_the_character_budget_allows(make_window, tmp_path, calls, monkeypatch, scale, kept):
    window, _path = _opened(make_window, tmp_path, 600)
    monkeypatch.setattr(script_switch, "KEEP_CHARS", int(len(window.loaded.document.text) * scale))
    first = _choose(window, "s2t")
    _choose(window, "s2tw")
    assert len(window.reading._switcher._kept) == kept
    calls.clear()
    assert _choose(window, "s2t") == first and calls and set(calls) == {"s2t"}  # converted again (the screen and
    # the whole text), shown the same
