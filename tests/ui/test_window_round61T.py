"""Round 61T on the real window: a paragraph with no astral character gets its Qt positions without a scan of its
characters on the main thread (a 2 M one-line file: ~46 ms at every open and script change), and one with astral
characters keeps them exact (𠮷 is two Qt positions)."""

from __future__ import annotations

import pytest

import reader.ui.utf16 as utf16
from qtsupport import settle

SENTENCE = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定！"  # 32 characters


class _CountingPattern:
    """The astral pattern, counting the characters it is asked to scan."""

    def __init__(self, real) -> None:
        self.real, self.scanned = real, 0

    def finditer(self, text, *args):
        self.scanned += len(text)
        return self.real.finditer(text, *args)


@pytest.fixture
def counting(monkeypatch):
    pattern = _CountingPattern(utf16._ASTRAL)
    monkeypatch.setattr(utf16, "_ASTRAL", pattern)
    return pattern


def _open(window, tmp_path, body: str):
    path = tmp_path / "one-line.txt"
    path.write_text("关于加强工作的报告\n" + body, encoding="utf-8")
    window.open_path(str(path))
    settle(window)
    return window.reading


@pytest.mark.parametrize("choice", ["s2t", "s2tw", "s2hk"])
def test_a_long_paragraph_without_astral_characters_is_never_scanned(make_window, tmp_path, counting, choice):
    window = make_window()
    view = _open(window, tmp_path, SENTENCE * 3000)
    window.script_selector.choose(choice)
    settle(window)
    at = view.displayed_text().index("！", 50_000)
    assert view.from_qt(view.to_qt(at)) == at
    assert counting.scanned < 1000  # the header's short lines at most, never the 96,000-character paragraph


@pytest.mark.parametrize("where", [0, 40_000, 95_000])
def test_astral_characters_keep_every_position_exact(make_window, tmp_path, where):
    window = make_window()
    body = SENTENCE * 3000
    body = body[:where] + "𠮷" + body[where:]
    view = _open(window, tmp_path, body)
    text = view.displayed_text()
    at = text.index("𠮷")
    qdoc = view.document()
    after = text.index("！", at)
    for index in (at, at + 1, after):
        pos = view.to_qt(index)
        assert view.from_qt(pos) == index
    assert view.to_qt(at + 1) == view.to_qt(at) + 2  # the surrogate pair
    assert qdoc.characterAt(view.to_qt(after)) == "！"
