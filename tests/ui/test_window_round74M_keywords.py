"""Found by hand in session 74: a keyword removed with its chip's × could not be undone (Edit › Undo Removal stayed
greyed out: it undid removing documents only), so a reader who clicked × by mistake lost the keyword's colour and its
place in the list. Undo Removal (Ctrl+Z) now undoes the latest removal, of documents or of a keyword; a keyword
comes back in its colour, at its place, its hits highlighted again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from qtsupport import settle
from reader.paths import seeds_dir
from support import seed


def _add_keyword(qtbot, window, word: str) -> None:
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)  # QTest can only type ASCII; the reader's input method would do this
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window)


def _click_remove(qtbot, window, word: str) -> None:
    row = next(r for r in window.keyword_panel.findChildren(QToolButton, "removeKeyword")
               if r.parent().property("word") == word)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    settle(window)


def _undo(qtbot, window) -> None:
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)


def _highlighted(window) -> set[str]:
    return {s.cursor.selectedText() for s in window.reading.extraSelections() if s.cursor.hasSelection()}


def _with_keywords(make_window, qtbot, words):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    for word in words:
        _add_keyword(qtbot, window, word)
    return window


def test_undo_removal_brings_a_keyword_back_in_its_colour_and_place(make_window, qtbot):
    words = ["人大", "监督", "改革"]
    window = _with_keywords(make_window, qtbot, words)
    panel, undo = window.keyword_panel, window.actions_.undo_removal
    colours = {w: panel.colour_for(w).name() for w in words}
    assert not undo.isEnabled() and "监督" in _highlighted(window)
    _click_remove(qtbot, window, "监督")
    assert panel.keywords() == ["人大", "改革"] and "监督" not in _highlighted(window)
    assert undo.isEnabled()  # before: greyed out
    _add_keyword(qtbot, window, "治理")  # a keyword added since takes another colour
    _undo(qtbot, window)
    assert panel.keywords() == ["人大", "监督", "改革", "治理"]  # at its place, not last
    assert {w: panel.colour_for(w).name() for w in words} == colours
    assert panel.colour_for("治理").name() not in colours.values()
    assert "监督" in _highlighted(window) and window.settings.keywords == panel.keywords()
    assert not undo.isEnabled()


def test_removals_are_undone_latest_first_documents_and_keywords_alike(make_window, qtbot):
    window = _with_keywords(make_window, qtbot, ["人大", "监督"])
    panel, undo = window.keyword_panel, window.actions_.undo_removal
    other = str((seeds_dir() / seed("001").name).resolve())  # the listed copy (site-packages when installed)
    window.document_list.select_path(other)
    window.actions_.remove_document.trigger()
    settle(window)
    listed = lambda: [e.path for e in window.document_list.entries()]  # noqa: E731
    assert other not in listed()
    _click_remove(qtbot, window, "人大")
    _click_remove(qtbot, window, "监督")
    _undo(qtbot, window)
    assert panel.keywords() == ["监督"] and other not in listed()  # the latest removal first
    _undo(qtbot, window)
    assert panel.keywords() == ["人大", "监督"] and other not in listed()
    assert undo.isEnabled()
    _undo(qtbot, window)
    assert other in listed() and panel.keywords() == ["人大", "监督"]
    assert not undo.isEnabled()


def test_a_keyword_typed_again_is_not_brought_back_twice(make_window, qtbot):
    window = _with_keywords(make_window, qtbot, ["人大", "监督"])
    panel, undo = window.keyword_panel, window.actions_.undo_removal
    _click_remove(qtbot, window, "人大")
    assert undo.isEnabled()
    _add_keyword(qtbot, window, "人大")  # typed again: nothing left to undo
    assert panel.keywords() == ["监督", "人大"] and not undo.isEnabled()
