"""Round 63T on the real window: a long text's outline, found after its text was shown, styles the headings on the
page shown, in place and in slices (no second build of the page): the reader ends up with the one-step page's formats,
at the same place, with the highlights kept, and another document opened meanwhile is never styled."""

from __future__ import annotations

import threading

import pytest
from qtsupport import chapters_report, settle

from reader import documents
from reader.ui import heading_styles


class _OutlineGate:
    """The worker finding an outline waits until the test lets it go."""

    def __init__(self, monkeypatch) -> None:
        self.open = threading.Event()
        real = documents.outline_of

        def outline_of(loaded):
            self.open.wait(20)
            return real(loaded)

        monkeypatch.setattr(documents, "outline_of", outline_of)
        monkeypatch.setattr(documents, "TEXT_FIRST_CHARS", 1000)  # these reports are "long"


class _SlowClock:
    """The styler's clock: every reading is 10 ms later, so a slice styles one paragraph per event-loop turn."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        self.now += 0.01
        return self.now


def _formats(qdoc) -> list:
    """Every block's format, block char format, and its fragments' char formats with their places."""
    found = []
    block = qdoc.begin()
    while block.isValid():
        frags = []
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            frags.append((frag.position(), frag.length(), frag.charFormat().properties()))
            it += 1
        found.append((block.text(), block.blockFormat().properties(), block.charFormat().properties(), frags))
        block = block.next()
    return found


def _two_step(make_window, path, monkeypatch, qtbot, place=0, slow=True):
    """A window showing the text before its outline, the outline then let go (styled a paragraph a turn if slow)."""
    window = make_window()
    gate = _OutlineGate(monkeypatch)
    if slow:
        monkeypatch.setattr(heading_styles, "time", _SlowClock())
    window.open_path(str(path), place)
    try:
        qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path)
                        and not window.reading.busy, timeout=10000)
        assert window.loaded.cleaned is not None and not window.reading._heading_paragraphs
    finally:
        gate.open.set()
    return window


@pytest.mark.parametrize("chapters", [20, 60])
def test_the_outline_styles_the_page_shown_as_a_one_step_open_does(make_window, tmp_path, monkeypatch, qtbot,
                                                                   chapters):
    path = chapters_report(tmp_path, "long.txt", chapters)
    window = _two_step(make_window, path, monkeypatch, qtbot)
    view = window.reading
    page = view.document()
    builds: list = []
    view.document_replaced.connect(lambda: builds.append(view.document()))
    slices: list[bool] = []
    qtbot.waitUntil(lambda: window.loaded.cleaned is None, timeout=10000)
    while view.busy or window.jobs.busy:
        slices.append(view._styler.busy)
        qtbot.wait(1)
    settle(window)
    assert view.document() is page and not builds  # styled in place: no second build
    assert slices.count(True) >= min(chapters, 10)  # over many event-loop turns
    two_step = _formats(page)
    monkeypatch.undo()
    one = make_window()
    one.open_path(str(path))
    settle(one)
    assert one.loaded.cleaned is None and one.reading._heading_paragraphs == view._heading_paragraphs != {}
    assert two_step == _formats(one.reading.document())


def test_the_place_and_the_highlights_are_kept_while_the_headings_are_styled(make_window, tmp_path, monkeypatch,
                                                                             qtbot):
    path = chapters_report(tmp_path, "long.txt", 60)
    text = documents.load_for_reading(path).document.text
    place = text.index("第40章")
    window = _two_step(make_window, path, monkeypatch, qtbot, place)
    view = window.reading
    qtbot.waitUntil(lambda: view.top_offset() == place, timeout=5000)
    view.set_layer("test", [])
    marked = view.extraSelections()
    qtbot.waitUntil(lambda: view._styler.busy, timeout=10000)
    seen: list[int] = []
    while view._styler.busy:
        seen.append(view.top_offset())
        qtbot.wait(1)
    settle(window)
    assert view._heading_paragraphs and set(seen) == {place}
    assert view.top_offset() == place and view.place() == place
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()] == \
        [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in marked]


def test_another_document_opened_while_the_headings_are_styled_is_never_styled(make_window, tmp_path, monkeypatch,
                                                                               qtbot):
    first, second = chapters_report(tmp_path, "first.txt", 60), chapters_report(tmp_path, "second.txt", 20)
    window = _two_step(make_window, first, monkeypatch, qtbot)
    view = window.reading
    qtbot.waitUntil(lambda: view._styler.busy, timeout=10000)
    monkeypatch.setattr(documents, "TEXT_FIRST_CHARS", 10 ** 9)  # the second comes whole, in one step
    window.open_path(str(second))
    settle(window)
    page = _formats(view.document())
    assert window.loaded.path == str(second) and not view._styler.busy
    monkeypatch.undo()
    one = make_window()
    one.open_path(str(second))
    settle(one)
    assert page == _formats(one.reading.document())


def test_a_heading_that_cannot_be_styled_in_place_is_built_again(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window()
    view = window.reading
    path = chapters_report(tmp_path, "long.txt", 3)
    window.open_path(str(path))
    settle(window)
    marks, heads = view._marks, view._heading_paragraphs
    builds: list = []
    view.document_replaced.connect(lambda: builds.append(1))
    fewer = {i: h for i, h in heads.items() if i != min(heads)}
    view.set_marks(({i: m for i, m in marks.items() if i in fewer}, fewer))  # a heading gone: a new page
    settle(window)
    assert builds == [1] and view._heading_paragraphs == fewer
    view.set_marks((marks, heads))  # headings added back: in place
    settle(window)
    assert builds == [1] and view._heading_paragraphs == heads


@pytest.mark.parametrize("choice", ["s2t", "original"])
def test_a_script_chosen_while_the_headings_are_styled_ends_as_a_one_step_open_in_that_script(
        make_window, tmp_path, monkeypatch, qtbot, choice):
    path = chapters_report(tmp_path, "long.txt", 60)
    window = _two_step(make_window, path, monkeypatch, qtbot)
    view = window.reading
    qtbot.waitUntil(lambda: view._styler.busy, timeout=10000)
    window.set_script(choice)
    settle(window)
    page, text = _formats(view.document()), view.displayed_text()
    monkeypatch.undo()
    one = make_window()
    one.open_path(str(path))
    settle(one)
    one.set_script(choice)
    settle(one)
    assert text == one.reading.displayed_text()
    assert page == _formats(one.reading.document())
