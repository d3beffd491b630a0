"""Round 63A on the real window: a resize lays the text out once. The reading view centres a column of fixed width,
so a new window width moves its margins; those were set after Qt had laid the text out at the viewport's width
between the old margins, and setting them resized the viewport again, nested: a second layout (the two together
held the window 50-100 ms on a long text scrolled down). The margins now move first and their own resize lays the
text out, at the final width."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QTextEdit
from qtsupport import chapters_report, settle

from reader import documents
from reader.ui.text_build import DocumentBuilder


def _layouts(monkeypatch) -> list[tuple[int, bool]]:
    """Each time Qt's text edit lays the document out again (its resizeEvent): the viewport's width and whether the
    margins were already those of the view's size (else that layout is at a width never shown, and is redone)."""
    layouts: list[tuple[int, bool]] = []
    real = QTextEdit.resizeEvent

    def resize_event(self, event):
        layouts.append((self.viewport().width(), _column_centred(self)))
        real(self, event)

    monkeypatch.setattr(QTextEdit, "resizeEvent", resize_event)
    return layouts


def _opened(make_window, tmp_path, qtbot):
    window = make_window(size=(1280, 820))
    path = chapters_report(tmp_path, "report.txt", 200)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=10000)
    settle(window)
    return window


def _column_centred(view) -> bool:
    """The column has the reading width and sits in the middle (the margins equal, at their computed size)."""
    margins = view.viewportMargins()
    bar = view.verticalScrollBar()
    avail = view.width() - (bar.sizeHint().width() if bar.isVisible() else 0)
    column = view.typography.column_width(view.document().documentMargin())
    return margins.left() == margins.right() == max(0, (avail - column) // 2)


@pytest.mark.parametrize("delta", [-300, -120, 200])
def test_a_new_width_of_the_view_lays_the_text_out_once_at_its_final_width(make_window, tmp_path, qtbot,
                                                                           monkeypatch, delta):
    window = _opened(make_window, tmp_path, qtbot)
    view = window.reading
    before, place = view.viewportMargins().left(), view.top_offset()
    layouts = _layouts(monkeypatch)
    view.resize(view.width() + delta, view.height())  # a visible widget: its resize events are sent at once
    monkeypatch.undo()
    assert view.viewportMargins().left() != before  # the column moved: the case measured
    assert layouts == [(view.viewport().width(), True)]  # one layout, at the width shown (was: two, the first stale)
    assert _column_centred(view)
    assert abs(view.top_offset() - place) < 200  # the place kept across the rewrap


@pytest.mark.parametrize("size", [(900, 700), (1600, 900), (1000, 820)])
def test_a_window_resized_never_lays_the_text_out_between_stale_margins(make_window, tmp_path, qtbot, monkeypatch,
                                                                        size):
    window = _opened(make_window, tmp_path, qtbot)
    view = window.reading
    before = view.viewportMargins().left()
    layouts = _layouts(monkeypatch)
    window.resize(*size)
    settle(window)
    monkeypatch.undo()
    assert view.viewportMargins().left() != before
    assert layouts and all(centred for _width, centred in layouts)  # the splitter's refit may resize it again
    assert layouts[-1][0] == view.viewport().width() and _column_centred(view)


def test_a_new_height_alone_leaves_the_margins_and_lays_out_as_before(make_window, tmp_path, qtbot, monkeypatch):
    window = _opened(make_window, tmp_path, qtbot)
    view = window.reading
    before = view.viewportMargins().left()
    layouts = _layouts(monkeypatch)
    view.resize(view.width(), view.height() - 150)
    monkeypatch.undo()
    assert view.viewportMargins().left() == before
    assert layouts == [(view.viewport().width(), True)]  # Qt's own handling of the resize, once
    assert _column_centred(view)


# --- a long text's build starts in the turn after the one that asked for it -----------------------------------------
# The turn a long text arrives in shows it to the list, the outline and the status bar, and the turn its outline
# arrives in lists the headings; the first slice of its build (12 ms of work, up to 50 ms with a long run) ran there
# too. It runs from the builder's own timer now, in the next turn; a short text is still built at once.


class _OutlineGate:
    """The worker finding a long text's outline waits until the test lets it go."""

    def __init__(self, monkeypatch) -> None:
        self.open = threading.Event()
        real = documents.outline_of

        def outline_of(loaded):
            self.open.wait(20)
            return real(loaded)

        monkeypatch.setattr(documents, "outline_of", outline_of)


def _slices(monkeypatch, events: list[str]) -> None:
    """Note 'slice' in `events` when a build takes its first step."""
    real = DocumentBuilder._build

    def build(self, *args):
        events.append("slice")
        return (yield from real(self, *args))

    monkeypatch.setattr(DocumentBuilder, "_build", build)


def _open_long(make_window, tmp_path, qtbot, monkeypatch) -> tuple:
    """Open a long text, its outline held back until its first build is done: the window and the events so far."""
    window = make_window()
    path = chapters_report(tmp_path, "long.txt", 2500)
    assert path.stat().st_size // 3 > documents.TEXT_FIRST_CHARS  # shown before its outline
    gate, events = _OutlineGate(monkeypatch), []
    _slices(monkeypatch, events)
    window.document_shown.connect(lambda _p: events.append("shown"))
    window.documents.outlined.connect(lambda *_a: events.append("outlined"))
    try:
        window.open_path(str(path))
        qtbot.waitUntil(lambda: "shown" in events and not window.reading.busy, timeout=15000)
        first = list(events)
    finally:
        gate.open.set()
    qtbot.waitUntil(lambda: window.loaded.cleaned is None and not window.reading.busy, timeout=15000)
    return window, first, events


def test_a_long_text_is_built_from_the_turn_after_it_arrives(make_window, tmp_path, qtbot, monkeypatch):
    window, first, _events = _open_long(make_window, tmp_path, qtbot, monkeypatch)
    assert first == ["shown", "slice"]  # was: the first slice ran inside the turn that showed it
    assert "第2500章" in window.reading.document().toPlainText()


def test_a_long_texts_headings_are_styled_from_the_turn_after_its_outline(make_window, tmp_path, qtbot, monkeypatch):
    window, _first, events = _open_long(make_window, tmp_path, qtbot, monkeypatch)
    assert events[events.index("outlined"):] == ["outlined", "slice"]  # was: the slice ran before the outline was told
    cursor = QTextCursor(window.reading.document())
    cursor.setPosition(window.reading.qt_for_source(window.loaded.document.headings[-1].offset) + 1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold  # the headings styled, to the last
    assert "第2500章" in window.reading.document().toPlainText()


def test_a_short_text_is_still_built_in_the_turn_it_arrives(make_window, tmp_path, qtbot, monkeypatch):
    window = make_window()
    path = chapters_report(tmp_path, "short.txt", 20)
    events: list[str] = []
    _slices(monkeypatch, events)
    window.document_shown.connect(lambda _p: events.append("shown" + ("" if window.reading.busy else " built")))
    window.open_path(str(path))
    qtbot.waitUntil(lambda: bool(events) and events[-1].startswith("shown"), timeout=10000)
    assert events == ["slice", "shown built"]


# --- the catalogue's look at an opened file waits a turn -------------------------------------------------------------
# LibraryUpkeep asks the catalogue whether the file opened is as catalogued (a query on the GUI thread's connection,
# 6-14 ms under load) in the turn the text arrived in, before the text was shown; it runs in the next turn now.


def test_the_catalogue_is_asked_about_an_opened_file_after_its_text_is_shown(make_window, tmp_path, qtbot,
                                                                              monkeypatch):
    window = make_window()
    library = window.documents.library
    path = chapters_report(tmp_path, "report.txt", 30)
    events: list[str] = []
    real = type(library).catalogued_stat
    monkeypatch.setattr(type(library), "catalogued_stat",
                        lambda self, p: events.append("catalogue") or real(self, p))
    window.document_shown.connect(lambda _p: events.append("shown"))
    window.open_path(str(path))
    qtbot.waitUntil(lambda: "catalogue" in events, timeout=10000)
    assert events == ["shown", "catalogue"]  # was: the query first, in the turn that showed the text


def test_a_file_changed_since_it_was_catalogued_is_still_read_again(make_window, tmp_path, qtbot):
    window = make_window()
    path = chapters_report(tmp_path, "report.txt", 30)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.documents.library.get(str(path)) is not None, timeout=10000)
    settle(window)
    path.write_text("新标题\n\n文件在别处改过。", encoding="utf-8")
    window.open_path(str(chapters_report(tmp_path, "other.txt", 3)))
    settle(window)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.documents.library.get(str(path)).title == "新标题", timeout=15000)
