"""The reader's place in every path: F3 after the reader has moved, the original view opened at the place."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from reader.paths import Paths, seeds_dir
from reader.settings import Settings
from qtsupport import click_document, click_heading, jump_past, settle
from support import seed


def _add_keyword(qtbot, window, word: str) -> None:
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window)


def _f3(qtbot, window, backward: bool = False) -> int:
    """Press F3 (Shift+F3) in the reading view; the display offset of the hit it made current."""
    window.reading.setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if backward else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window)
    hits, index = window.hits._hits, window.hits._current
    assert index is not None
    return hits[index].start


def _keyword_window(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    _add_keyword(qtbot, window, "人大")
    return window


def _top(window) -> int:
    return window.reading.display.to_display(window.reading.top_offset())


def test_f3_after_an_outline_jump_finds_the_next_hit_from_the_jump_target(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    first = _f3(qtbot, window)
    second = _f3(qtbot, window)
    assert first < second  # walked on the first screen, as before
    target, _, _ = jump_past(qtbot, window, 4, second)
    found = _f3(qtbot, window)
    hits = window.hits._hits
    assert found == hits[hits.first_from(target)].start  # the first hit from the heading on, not the third one
    position = window.keyword_panel.findChild(QLabel, "hitPosition")
    assert position.text() == f"{hits.first_from(target) + 1} of {len(hits)}"  # the count label in step
    assert window.hits.marks._current_index == hits.first_from(target)  # and the mark beside the scroll bar
    # the current hit on screen: F3 walks on from it, as before
    assert _f3(qtbot, window) == hits[hits.first_from(target) + 1].start


def test_shift_f3_after_an_outline_jump_finds_the_last_hit_before_the_view(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    _f3(qtbot, window)
    target = window.reading.display.to_display(click_heading(qtbot, window, 4))
    top = _top(window)
    found = _f3(qtbot, window, backward=True)
    hits = window.hits._hits
    assert found == hits[hits.previous_before(top)].start  # the last hit above the view, not the last hit of all
    assert found < target and hits.first_from(target) == hits.previous_before(top) + 1


def test_f3_after_dragging_the_scroll_bar_to_the_end_finds_a_hit_on_the_last_screen(make_window, qtbot):
    window = _keyword_window(make_window, qtbot)
    _f3(qtbot, window)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(window)
    lo, hi = window.reading.visible_display_range()
    found = _f3(qtbot, window)
    assert lo <= found < hi  # on the screen the reader dragged to, not the second hit of the first screen
    # and on from it: the last screen reaches the end of the text (not just its last paragraph's first character)
    hits, index = window.hits._hits, window.hits._current
    assert _f3(qtbot, window) == hits[(index + 1) % len(hits)].start


def _original_top_line(window) -> int:
    return window.original.cursorForPosition(QPoint(1, 1)).blockNumber() + 1


def _deep_place(window) -> int:
    """Scroll two thirds into the open document; the file line of the paragraph now at the top."""
    paragraphs = window.loaded.document.paragraphs
    window.reading.scroll_to_offset(paragraphs[len(paragraphs) * 2 // 3].start)
    settle(window)
    line = paragraphs[window.reading.top_paragraph()].line
    assert line > 20  # deep in the file: the original's first screen does not reach it
    return line


def test_another_document_clicked_with_the_original_on_opens_at_its_place(make_window, qtbot):
    window = make_window()
    deep, other = (str(seeds_dir() / seed(n).name) for n in ("003", "000"))
    window.open_path(deep)
    settle(window)
    line = _deep_place(window)
    window.open_path(other)
    settle(window)
    window.actions_.show_original.trigger()
    settle(window)
    click_document(qtbot, window, deep)
    assert window.loaded.path == deep and window.original.isVisible()
    assert window.original.toPlainText() == window.loaded.decoded.text
    assert abs(_original_top_line(window) - line) <= 1  # at the place the document reopens at, not line 1
    window.actions_.show_original.trigger()
    settle(window)
    assert window.reading.top_paragraph() == next(
        i for i, p in enumerate(window.loaded.document.paragraphs) if p.line == line)  # the cleaned text too


def test_a_restart_with_the_original_on_opens_it_at_the_restored_place(make_window):
    first = make_window()
    first.open_path(str(seed("003")))
    settle(first)
    line = _deep_place(first)
    first.actions_.show_original.trigger()
    settle(first)
    assert abs(_original_top_line(first) - line) <= 1
    first.close()

    second = make_window()
    assert second.loaded is not None and second.loaded.path == str(seed("003"))
    assert second.actions_.show_original.isChecked() and second.original.isVisible()  # the original, as it was left
    assert abs(_original_top_line(second) - line) <= 1  # at the restored place, not line 1
    second.actions_.show_original.trigger()
    settle(second)
    assert second.loaded.document.paragraphs[second.reading.top_paragraph()].line == line


def test_page_down_at_start_up_reads_on_in_the_document_shown(make_window, qtbot):
    # Qt gives a new window's focus to its first widget that takes it, the document list, before the document
    # arrives: Page Down then moved the list to its last document and opened that one instead of reading on
    window = make_window()
    shown = window.loaded.path
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_PageDown)
    settle(window)
    assert window.loaded.path == shown  # the same document (before: the list's last one)
    assert window.reading.top_offset() > 0  # read on by a screen
    assert focused is window.stack.currentWidget()


def test_a_file_named_at_start_up_that_cannot_be_read_keeps_the_last_session(make_window, tmp_path):
    # the window opened on nothing and, on quitting, wrote no document and place 0 over the session before: the
    # next start opened the first seed at its top instead of where the reader had been
    paths = Paths.default()
    settings = Settings.load(paths.settings_file)
    settings.last_document, settings.last_position = str(seed("001")), 120
    settings.save(paths.settings_file)
    window = make_window([str(tmp_path / "gone.txt")])
    assert window.loaded is None
    window.close()
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert (saved["last_document"], saved["last_position"]) == (str(seed("001")), 120)
