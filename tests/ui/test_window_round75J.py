"""A very long document never blocks the window: its whole-text passes (paragraph starts, the joined displayed text,
the conversion's maps) are made on workers, and the window stays usable while its text fills in: switched away from
and closed mid-load. They measure no times (bench/gui_latency.py's figures)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from qtsupport import long_text_file, settle
from reader.paths import seeds_dir
from reader.text import display


def _joins_on_gui(monkeypatch) -> list[int]:
    """Record the length of every displayed text joined on the GUI thread (a pass over the whole text)."""
    joined: list[int] = []
    original = display.DisplayText.text

    def text(self) -> str:
        if self._text is None and threading.current_thread() is threading.main_thread():
            joined.append(len(self.shown))
        return original.fget(self)

    monkeypatch.setattr(display.DisplayText, "text", property(text))
    return joined


def _starts_on_gui(monkeypatch) -> list[int]:
    """Record the paragraph counts whose starts were summed up on the GUI thread."""
    counted: list[int] = []
    original = display.DisplayText._starts

    def starts(texts):
        if threading.current_thread() is threading.main_thread():
            counted.append(len(texts))
        return original(texts)

    monkeypatch.setattr(display.DisplayText, "_starts", staticmethod(starts))
    return counted


def _conversions_stored_on_gui(monkeypatch) -> list[str]:
    """Record what of a whole text's conversion was left to the GUI thread when the view stored it."""
    left: list[str] = []
    set_all = display.DisplayText.set_all
    made = getattr(display, "AllConverted", None)

    def stored(self, conversions):
        replaced = set_all(self, conversions)
        if self._text is None:
            left.append("the joined text")
        return replaced

    monkeypatch.setattr(display.DisplayText, "set_all", stored)
    if made is not None:
        of = made.of

        def made_of(cls, source, conversions):
            if threading.current_thread() is threading.main_thread() and len(source) > 1:
                left.append("texts, maps and starts")
            return of(source, conversions)

        monkeypatch.setattr(made, "of", classmethod(made_of))
    return left


def test_opening_and_converting_a_long_text_makes_its_whole_text_passes_on_workers(
        qtbot, make_window, tmp_path, monkeypatch):
    path = long_text_file(tmp_path, 400_000)  # over TEXT_FIRST_CHARS: shown before its outline, as 16 M is
    window = make_window()
    joined, counted = _joins_on_gui(monkeypatch), _starts_on_gui(monkeypatch)
    left = _conversions_stored_on_gui(monkeypatch)
    with qtbot.waitSignal(window.reading.text_shown, timeout=60000):
        window.open_path(str(path))
    qtbot.waitUntil(lambda: not window.documents.is_opening and not window.reading.busy, timeout=60000)
    paragraphs = len(window.loaded.document.paragraphs)
    assert paragraphs > 1000
    assert not [n for n in joined if n > 1], "the displayed text was joined on the GUI thread"
    assert not [n for n in counted if n > 1], "the paragraph starts were summed up on the GUI thread"
    assert window.reading.displayed_text() == window.loaded.document.text

    with qtbot.waitSignal(window.reading.conversion_finished, timeout=60000):
        window.script_selector.choose("s2t")
    settle(window, timeout=60)
    shown = window.reading.display
    assert shown.text != window.loaded.document.text, "the text is shown in Traditional"
    assert shown.text == "\n".join(shown.shown) and shown.starts[-1] == len(shown.text) - len(shown.shown[-1])
    assert not left and not [n for n in joined if n == paragraphs], "the conversion was stored on the GUI thread"
    with qtbot.waitSignal(window.reading.conversion_finished, timeout=60000):
        window.script_selector.choose("original")  # back: the original text, kept maps dropped
    settle(window, timeout=60)
    assert window.reading.displayed_text() == window.loaded.document.text


def test_a_long_text_filling_in_can_be_scrolled_switched_away_from_and_closed(qtbot, make_window, tmp_path):
    path = long_text_file(tmp_path, 2_000_000)
    seed = sorted(seeds_dir().glob("*.txt"))[2]
    window = make_window()
    view = window.reading
    with qtbot.waitSignal(window.documents.document_loaded, timeout=120000):
        window.open_path(str(path))
    assert view.busy, "the long text is still being built when it comes in"
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: not view.arriving and bar.maximum() > 0, timeout=60000)  # its first screen, laid out
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # the reader scrolls while the rest fills in (or its outline is found)
    bar.setValue(bar.maximum() // 2)
    with qtbot.waitSignal(window.document_shown, timeout=60000):
        window.open_path(str(seed))  # switched away mid-load: the seed is shown, the long text's work dropped
    settle(window, timeout=60)
    assert window.loaded.path == str(seed.resolve()) or window.loaded.path == str(seed)
    assert view.displayed_text() == window.loaded.document.text

    with qtbot.waitSignal(window.documents.document_loaded, timeout=120000):
        window.open_path(str(path))
    assert view.busy
    window.close()  # closed mid-load: its build, layout and outline stop without a crash
    for _ in range(50):
        qtbot.wait(20)
    assert not window.isVisible()

