"""Round 62K on the real window: while another document is being opened, the one shown is built and laid out no
further (its slices took the GIL from the worker reading the new file and held the window 100-400 ms at a time);
it is dropped when the new one arrives and carried on to the end if the new one cannot be opened."""

from __future__ import annotations

import threading

import pytest
from qtsupport import REPORT_SENTENCE, chapters_report, settle

from reader import documents

SENTENCE = REPORT_SENTENCE


def _report(tmp_path, name: str, chapters: int = 1500):
    """A report of many chapters: every heading is a step of the build."""
    return chapters_report(tmp_path, name, chapters)


class _Gate:
    """The worker reading one file waits until the test lets it go (or makes it fail)."""

    def __init__(self, monkeypatch, path) -> None:
        self.open = threading.Event()
        self.fail = False
        real = documents.load_for_reading

        def load(file, *args):
            if str(file) == str(path):
                self.open.wait(20)
                if self.fail:
                    raise FileNotFoundError(str(file))
            return real(file, *args)

        monkeypatch.setattr(documents, "load_for_reading", load)


def _counting(builder) -> list[int]:
    """Count the steps the builder takes on the document it is building now."""
    count = [0]
    inner = builder._steps

    def steps():
        while True:
            try:
                next(inner)
            except StopIteration as done:
                return done.value
            count[0] += 1
            yield

    builder._steps = steps()
    return count


class _SlowClock:
    """text_build's clock: every reading is 10 ms later, so a build takes one step per event-loop turn."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        self.now += 0.01
        return self.now


def _turns(n: int = 30) -> None:
    """n passes of the event loop (a zero-interval timer fires once in each)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(n):
        QApplication.processEvents()


@pytest.mark.parametrize("fails", [False, True])
def test_a_document_still_being_built_waits_while_another_is_opened(make_window, tmp_path, monkeypatch, qtbot,
                                                                    fails):
    window = make_window()
    view, builder = window.reading, window.reading._builder
    first, second = _report(tmp_path, "first.txt"), _report(tmp_path, "second.txt", 5)
    gate = _Gate(monkeypatch, second)
    monkeypatch.setattr("reader.ui.text_build.time", _SlowClock())
    shown: list[str] = []
    window.document_shown.connect(shown.append)
    window.open_path(str(first))
    qtbot.waitUntil(lambda: shown == [str(first)], timeout=10000)
    assert builder.building
    count = _counting(builder)
    _turns(3)
    assert count[0] > 0  # it was being built, a step a turn
    try:
        window.open_path(str(second))
        before = count[0]
        _turns()
        assert count[0] == before and builder.building  # held while the second is read: not one step more
        gate.fail = fails
    finally:
        gate.open.set()
    monkeypatch.undo()
    settle(window)
    assert not view.busy
    if fails:  # the first stays, built to its end
        assert window.loaded.path == str(first)
        assert view.displayed_text().endswith(SENTENCE) and "第1500章" in view.displayed_text()
        assert "第1500章" in view.document().toPlainText()
    else:
        assert shown[-1] == str(second) and "第5章" in view.document().toPlainText()
        assert "第1500章" not in view.document().toPlainText()


@pytest.mark.parametrize("fails", [False, True])
def test_the_shown_document_is_not_laid_out_in_the_background_while_another_is_opened(make_window, tmp_path,
                                                                                      monkeypatch, qtbot, fails):
    window = make_window()
    view, pump = window.reading, window.reading._pump
    monkeypatch.setattr("reader.ui.lazy_layout.PUMP_STEP_CHARS", 500)
    monkeypatch.setattr("reader.ui.lazy_layout.PUMP_CHUNK_CHARS", 500)
    first, second = _report(tmp_path, "first.txt"), _report(tmp_path, "second.txt", 5)
    gate = _Gate(monkeypatch, second)
    window.open_path(str(first))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(first) and not view.busy,
                    timeout=10000)
    qtbot.waitUntil(lambda: pump._timer.isActive(), timeout=5000)  # laid out a step a turn in the background
    try:
        window.open_path(str(second))
        where = pump._pos
        _turns()
        assert pump._pos == where and not pump._timer.isActive() and not pump._laid_out()
        gate.fail = fails
    finally:
        gate.open.set()
    settle(window)
    if fails:  # the first stays and is laid out to its end, as it would have been
        assert window.loaded.path == str(first)
        qtbot.waitUntil(pump._laid_out, timeout=10000)
    else:
        assert window.loaded.path == str(second)


def test_the_old_document_is_not_laid_out_while_the_new_one_is_being_built(make_window, tmp_path, monkeypatch,
                                                                           qtbot):
    window = make_window()
    view, pump, builder = window.reading, window.reading._pump, window.reading._builder
    monkeypatch.setattr("reader.ui.lazy_layout.PUMP_STEP_CHARS", 500)
    monkeypatch.setattr("reader.ui.lazy_layout.PUMP_CHUNK_CHARS", 500)
    first, second = _report(tmp_path, "first.txt"), _report(tmp_path, "second.txt")
    window.open_path(str(first))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(first) and not view.busy,
                    timeout=10000)
    qtbot.waitUntil(lambda: pump._timer.isActive(), timeout=5000)
    old = pump._document
    monkeypatch.setattr("reader.ui.text_build.time", _SlowClock())
    shown: list[str] = []
    window.document_shown.connect(shown.append)
    window.open_path(str(second))
    qtbot.waitUntil(lambda: shown == [str(second)], timeout=10000)
    assert builder.building and pump._document is old
    where = pump._pos
    _turns()
    assert pump._pos == where and not pump._timer.isActive()  # the page being replaced is not walked meanwhile
    monkeypatch.setattr("reader.ui.text_build.time", __import__("time"))
    settle(window)
    assert pump._document is not old and "第1500章" in view.document().toPlainText()
    qtbot.waitUntil(pump._laid_out, timeout=10000)  # the new one is laid out to its end
