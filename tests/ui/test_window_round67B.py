"""Found by hand (session 67B, a 1.5 M-character file of laws read at its end with six keywords): switching the
script (Ctrl+T, 台灣正體, 香港繁體) showed, for the seconds the new text took to be laid out down to the reader's
place, the document's first lines (its title, its menu) painted over the old page, in the bands where keyword hits
had been highlighted. Dropping the old page's highlights marked those bands for repainting just before the view was
frozen on the new document at its top; they were then painted from there. The old page now stays whole until the new
one is in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from qtsupport import long_text_file, settle


class Paints(QObject):
    """The scroll value at each paint of the reading pane's viewport."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.values: list[int] = []
        self._bar = view.verticalScrollBar()
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.values.append(self._bar.value())
        return False


@pytest.fixture
def far_window(make_window, qtbot, tmp_path):
    """A long document read at its end, a keyword's hits highlighted on that page."""
    window = make_window([str(long_text_file(tmp_path, 150000))])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.keyword_panel.add_keyword("人大")
    qtbot.waitUntil(lambda: len(window.hits._hits) > 100, timeout=20000)
    settle(window)
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    bar = window.reading.verticalScrollBar()
    assert bar.value() == bar.maximum() > 10 * window.reading.viewport().height()
    assert window.reading.extraSelections()  # hits on the page shown
    return window


@pytest.mark.parametrize("how", ["toggle", "s2tw", "s2hk", "zoom_in", "zoom_out"])
def test_a_script_change_or_zoom_far_down_never_paints_the_top_of_the_new_text(far_window, qtbot, how):
    window = far_window
    paints = Paints(window.reading)
    actions = window.actions_
    action = {"toggle": actions.toggle_script, "zoom_in": actions.zoom_in, "zoom_out": actions.zoom_out}.get(how)
    (action or actions.scripts[how]).trigger()
    settle(window)
    bar = window.reading.verticalScrollBar()
    assert bar.value() == bar.maximum()  # the end, as before
    assert paints.values and min(paints.values) > bar.maximum() // 2, paints.values[:8]  # not the text's top


# --- the keyword counts of the document left ------------------------------------------------------------------------


def _held_jobs():
    """The real thread pool; the keywords' matching and the script conversion are held back while `held` is set,
    handed over on release()."""
    from reader.ui.hit_matching import matched
    from reader.ui.script_switch import _convert
    from reader.ui.workers import Jobs

    class HeldJobs(Jobs):
        held = False
        waiting: list = []

        def submit(self, fn, *args, on_done=None, on_error=None):
            if fn in (matched, _convert) and self.held:
                self.waiting.append((fn, args, on_done, on_error))
                return
            super().submit(fn, *args, on_done=on_done, on_error=on_error)

        def release(self) -> None:
            self.held, waiting, self.waiting = False, self.waiting, []
            for fn, args, on_done, on_error in waiting:
                super().submit(fn, *args, on_done=on_done, on_error=on_error)

    return HeldJobs()


def _count(window, word: str) -> str:
    """The count beside a keyword in the panel, as the reader sees it ('' for none)."""
    from PySide6.QtWidgets import QLabel, QWidget

    panel = window.keyword_panel
    (row,) = [r for r in panel.findChildren(QWidget, "keywordRow") if r.property("word") == word and r.isVisible()]
    return row.findChild(QLabel, "keywordCount").text()


@pytest.mark.parametrize("script", ["original", "s2t"])  # s2t: shown as written while it is converted, then matched
def test_a_document_still_being_matched_shows_no_counts_of_the_one_left(qtbot, tmp_path, script):
    from reader.app import create_app

    jobs = _held_jobs()
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("关于预算工作的报告\n\n" + "依法接受监督，加强监督。\n\n" * 3, encoding="utf-8")
    second.write_text("关于预算工作的报告\n\n依法接受监督。\n\n" + "预算执行情况良好。\n\n" * 3, encoding="utf-8")
    _app, window = create_app([str(first)], jobs=jobs)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.script_selector.choose(script)
    settle(window)
    window.keyword_panel.add_keyword("监督")
    qtbot.waitUntil(lambda: _count(window, "监督") == "6", timeout=10000)
    jobs.held = True  # the next document's matching takes long, as a long document's does
    with qtbot.waitSignal(window.document_shown, timeout=20000):
        window.open_path(str(second))
    qtbot.waitUntil(lambda: _count(window, "监督") == "", timeout=5000)  # not the 6 of the document left
    jobs.release()
    qtbot.waitUntil(lambda: _count(window, "监督") == "1", timeout=10000)
    settle(window)
