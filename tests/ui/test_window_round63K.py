"""Round 63K on the real window: the converters the reader may want later (Simplified and Traditional) are loaded
once the document opened at start is in, not beside it: its load imports the text pipeline on a worker, and a
converter loaded on the other worker took the GIL from that import (the first document came 30-190 ms later). The
converters the choice shown needs are loaded at once, and with no document on its way nothing waits."""

from __future__ import annotations

import threading

import pytest
from qtsupport import settle

from reader import documents
from reader.app import create_app, load_state
from reader.text import choices

WARMED = {"s2t", "t2s"}


def _turns(n: int = 30) -> None:
    """n passes of the event loop (the window's after-shown step runs in the first)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(n):
        QApplication.processEvents()


def _gate(monkeypatch, path) -> tuple[threading.Event, dict]:
    """The worker reading `path` waits until the test lets it go; `fail` set makes it fail then."""
    release, state = threading.Event(), {"fail": False}
    real = documents.load_for_reading

    def load(file, *args):
        if str(file) == str(path):
            release.wait(20)
            if state["fail"]:
                raise FileNotFoundError(str(file))
        return real(file, *args)

    monkeypatch.setattr(documents, "load_for_reading", load)
    return release, state


def _recorded(monkeypatch) -> list[str]:
    """The converters the window asks its workers for, as it asks (on the GUI thread, in order), and "open" for
    each document it asks one to read."""
    from reader.ui.workers import Jobs

    asked: list[str] = []
    real = Jobs.submit

    def submit(self, fn, *args, **kwargs):
        if getattr(fn, "__name__", "") == "converter":
            asked.append(args[0])
        elif getattr(fn, "__name__", "") == "_load_all":
            asked.extend(args[0])
        elif getattr(fn, "__name__", "") == "load_for_reading":
            asked.append("open")
        return real(self, fn, *args, **kwargs)

    monkeypatch.setattr(Jobs, "submit", submit)
    return asked


def _started(qtbot, argv: list[str]):
    _app, window = create_app(argv)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    _turns()
    return window


def _article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("关于推进改革的意见\n\n一、总体要求\n\n坚持稳中求进工作总基调。\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fails", [False, True])
def test_the_converters_wait_for_the_document_opened_at_start(qtbot, tmp_path, monkeypatch, fails):
    path = _article(tmp_path)
    release, state = _gate(monkeypatch, path)
    asked = _recorded(monkeypatch)
    try:
        window = _started(qtbot, [str(path)])
        assert window.documents.is_opening and window._warmed  # shown, its document still on its way
        assert not WARMED & set(asked)  # nothing loaded beside the pipeline's import
        state["fail"] = fails
    finally:
        release.set()
    settle(window)
    assert WARMED <= set(asked)  # once it is in (or could not be), both are loaded
    assert not window.documents.is_opening
    if not fails:
        assert window.loaded is not None and window.loaded.path == str(path)
        window.script_selector.choose(choices.TRADITIONAL_CHOICE)
        settle(window)
        assert "堅持穩中求進工作總基調" in window.reading.displayed_text()


def test_the_choice_shown_has_its_converters_at_once(qtbot, tmp_path, monkeypatch):
    """Left alone: a document shown in 台灣正體 needs its converters as it arrives; they do not wait."""
    paths, settings, _notices = load_state()
    settings.script = "s2tw"
    settings.save(paths.settings_file)
    path = _article(tmp_path)
    release, _state = _gate(monkeypatch, path)
    asked = _recorded(monkeypatch)
    try:
        window = _started(qtbot, [str(path)])
        qtbot.waitUntil(lambda: "s2tw" in asked, timeout=10000)
        assert window.documents.is_opening and not WARMED & set(asked)
    finally:
        release.set()
    settle(window)
    assert WARMED <= set(asked)


def test_with_no_document_on_its_way_nothing_waits(qtbot, tmp_path, monkeypatch):
    """Left alone: the library's first start, its seeds still being read and no document on its way yet."""
    monkeypatch.setenv("ZHREADER_HOME", str(tmp_path / "home"))
    asked = _recorded(monkeypatch)
    window = _started(qtbot, [])
    settle(window)
    assert window.loaded is not None  # the first seed, opened once the seeds were read
    assert WARMED <= set(asked[:asked.index("open")])  # both asked for before any document was on its way
