"""Round 62T on the real window: a long document's text is shown before its outline is found (about half of the
build), the outline, its headings' styles and the complete document following; what the reader ends up with is the
one-step result, and an outline never lands beside another document's text."""

from __future__ import annotations

import threading

import pytest
from qtsupport import REPORT_SENTENCE, chapters_report, settle

from reader import documents

SENTENCE = REPORT_SENTENCE


def _report(tmp_path, name: str, chapters: int = 60):
    """A report of many chapters: every heading is a step of the build."""
    return chapters_report(tmp_path, name, chapters)


class _OutlineGate:
    """The worker finding an outline waits until the test lets it go (or makes it fail)."""

    def __init__(self, monkeypatch) -> None:
        self.open = threading.Event()
        self.fail = False
        self.asked: list[str] = []
        real = documents.outline_of

        def outline_of(loaded):
            self.asked.append(loaded.path)
            self.open.wait(20)
            if self.fail:
                raise ValueError("a bug in the outline")
            return real(loaded)

        monkeypatch.setattr(documents, "outline_of", outline_of)
        monkeypatch.setattr(documents, "TEXT_FIRST_CHARS", 1000)  # these reports are "long"


class _SlowClock:
    """text_build's clock: every reading is 10 ms later, so a build takes one step per event-loop turn."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        self.now += 0.01
        return self.now


def _text_shown(window, path, qtbot) -> None:
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path)
                    and not window.reading.busy, timeout=10000)


@pytest.mark.parametrize("fails", [False, True])
def test_a_long_text_is_read_before_its_outline_arrives(make_window, tmp_path, monkeypatch, qtbot, fails):
    window = make_window()
    path = _report(tmp_path, "long.txt")
    whole = documents.load_for_reading(path)
    gate = _OutlineGate(monkeypatch)
    window.open_path(str(path))
    try:
        _text_shown(window, path, qtbot)
        assert window.loaded.cleaned is not None  # the text alone: the outline is still being found
        assert window.reading.displayed_text() == whole.document.text
        assert "第60章" in window.reading.document().toPlainText()
        assert window.outline.empty_reason() == "Reading the outline…"  # no verdict of "no headings"
        assert not window.reading._heading_paragraphs
        gate.fail = fails
    finally:
        gate.open.set()
    settle(window)
    assert window.loaded.cleaned is None and window.loaded.path == str(path)
    if fails:  # read on without headings, never taken away
        assert window.reading.displayed_text() == whole.document.text
        assert window.outline.empty_reason() == "No headings were found in this document."
        return
    assert window.loaded == whole and window.loaded.marks == whole.marks  # the one-step document
    assert window.sections.outline.headings == whole.document.headings
    assert window.outline.empty_reason() == ""
    assert (window.reading._marks, window.reading._heading_paragraphs) == whole.marks  # headings styled
    assert window.reading.displayed_text() == whole.document.text


def test_the_place_asked_for_is_kept_when_the_outline_arrives(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window()
    path = _report(tmp_path, "long.txt")
    text = documents.load_for_reading(path).document.text
    place = text.index("第40章")
    gate = _OutlineGate(monkeypatch)
    window.open_path(str(path), place)
    try:
        _text_shown(window, path, qtbot)
        qtbot.waitUntil(lambda: window.reading.top_offset() == place, timeout=5000)
    finally:
        gate.open.set()
    settle(window)
    assert window.reading._heading_paragraphs  # rebuilt with its headings
    assert window.reading.top_offset() == place and window.reading.place() == place


def test_an_outline_found_while_the_text_is_being_built_waits_for_its_first_screen(make_window, tmp_path,
                                                                                   monkeypatch, qtbot):
    window = make_window()
    view, builder = window.reading, window.reading._builder
    path = _report(tmp_path, "long.txt", 1500)
    whole = documents.load_for_reading(path)
    place = whole.document.text.index("第1000章")
    gate = _OutlineGate(monkeypatch)
    gated, building_when_asked = documents.outline_of, []
    monkeypatch.setattr(documents, "outline_of", lambda loaded: (building_when_asked.append(builder.building),
                                                                 gated(loaded))[1])
    monkeypatch.setattr("reader.ui.text_build.time", _SlowClock())  # a step of the build per event-loop turn
    screens: list[bool] = []  # at each text shown: were its headings styled?
    view.text_shown.connect(lambda: screens.append(bool(view._heading_paragraphs)))
    window.open_path(str(path), place)
    try:
        qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=10000)
        assert builder.building and not screens
        qtbot.waitUntil(lambda: str(path) in gate.asked, timeout=10000)
        assert building_when_asked == [False]  # (69D) not looked for beside its build (half the GIL): once shown
    finally:
        gate.open.set()
    qtbot.waitUntil(lambda: window.loaded.cleaned is None, timeout=10000)
    monkeypatch.undo()
    settle(window)
    assert screens == [False]  # the text's build went on to its first screen (not begun again), then the headings
    assert (view._marks, view._heading_paragraphs) == whole.marks and view.displayed_text() == whole.document.text
    assert view.top_offset() == place


def test_an_outline_found_after_another_document_was_opened_is_dropped(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window()
    first, second = _report(tmp_path, "first.txt"), _report(tmp_path, "second.txt", 20)
    expected = documents.load_for_reading(second)
    gate = _OutlineGate(monkeypatch)
    window.open_path(str(first))
    try:
        _text_shown(window, first, qtbot)
        window.open_path(str(second))
        qtbot.waitUntil(lambda: str(second) in gate.asked, timeout=10000)  # both outlines waiting
        _text_shown(window, second, qtbot)
    finally:
        gate.open.set()
    settle(window)
    assert window.loaded == expected and window.loaded.cleaned is None
    assert window.sections.outline.headings == expected.document.headings  # never the first one's 60 chapters
    assert (window.reading._marks, window.reading._heading_paragraphs) == expected.marks
    assert "第60章" not in window.reading.document().toPlainText()


def test_a_short_text_comes_whole_in_one_step(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window()
    path = _report(tmp_path, "short.txt", 3)
    asked: list[str] = []
    real = documents.outline_of
    monkeypatch.setattr(documents, "outline_of", lambda loaded: asked.append(loaded.path) or real(loaded))
    window.open_path(str(path))
    settle(window)
    assert window.loaded.path == str(path) and window.loaded.cleaned is None and not asked
    assert window.sections.outline.headings == window.loaded.document.headings != ()
