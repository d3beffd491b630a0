"""Found by hand under Xvfb (session 61V): several files named at once whose last is refused show the last readable
one (the refusal still said), not a blank page beside the list; Ctrl+U and Ctrl+K pressed in a text field do what
the menus say (on X11 a line edit took them to delete its line: the find query was lost, the original not shown);
a hit stepped to or found while the original file is shown is shown in the text (the count moved on unseen); back
from the original, the text is where the reader went in it; the open document removed from the list leaves no row
marked as open but the one shown next (round 62U)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QEvent, QKeyCombination, QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle
from reader.ui import find_bar

REFUSED = "is not a text file, so the reader cannot show it."


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _binary(folder, name: str):
    path = folder / name
    path.write_bytes(bytes(range(256)) * 64)  # a binary renamed .txt
    return path


@pytest.mark.parametrize("names, shown", [
    (["a.txt", "b.txt", "bad.txt"], "b.txt"),           # the last readable one, not the first
    (["a.txt", "bad.txt", "worse.txt"], "a.txt"),       # two refused at the end
    (["a.txt", "bad.txt"], "a.txt"),
])
def test_a_refused_last_file_shows_the_last_readable_one_and_still_says_why(make_window, qtbot, tmp_path,
                                                                              names, shown):
    paths = [_binary(tmp_path, n) if n in ("bad.txt", "worse.txt")
             else _write(tmp_path, n, f"关于{n[0]}的报告\n\n一、总体情况\n正文{n[0]}。\n") for n in names]
    window = make_window([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    assert window.loaded.path == str((tmp_path / shown).resolve())
    assert f"正文{shown[0]}" in window.reading.toPlainText()
    assert REFUSED in window.status.currentMessage()  # the refusal is still said
    assert names[-1] in window.status.currentMessage()


@pytest.mark.parametrize("names, shown", [
    (["a.txt", "b.txt"], "b.txt"),   # all readable: the last, as before, and no refusal
    (["bad.txt"], None),             # only a refused one: nothing to fall back on, the refusal is said
])
def test_files_left_alone(make_window, qtbot, tmp_path, names, shown):
    paths = [_binary(tmp_path, n) if n.startswith("bad")
             else _write(tmp_path, n, f"关于{n[0]}的报告\n\n正文{n[0]}。\n") for n in names]
    window = make_window([str(p) for p in paths])
    if shown is None:
        qtbot.waitUntil(lambda: REFUSED in window.status.currentMessage(), timeout=20000)
        settle(window)
        assert window.loaded is None
        return
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    assert window.loaded.path == str((tmp_path / shown).resolve())
    assert REFUSED not in window.status.currentMessage()


# --- (b) Ctrl+U and Ctrl+K from a text field -----------------------------------------------------------------------

_CTRL = Qt.KeyboardModifier.ControlModifier
_LINE_KEYS = {QKeyCombination(_CTRL, Qt.Key.Key_U), QKeyCombination(_CTRL, Qt.Key.Key_K)}


class X11Field(QLineEdit):
    """A line edit as on X11, where Ctrl+U deletes the line and Ctrl+K its end (offscreen Qt binds neither)."""

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.keyCombination() in _LINE_KEYS:
            if kind == QEvent.Type.KeyPress:
                self.setText("" if event.key() == Qt.Key.Key_U else self.text()[:self.cursorPosition()])
            event.accept()
            return True
        return super().event(event)


LAW = "中华人民共和国测试法\n\n第一章 总则\n\n" + "".join(
    f"第{n}条 国务院应当依法履行职责，{'保障人民权利。' * 12}\n\n" for n in range(1, 40))


@pytest.fixture
def law_window(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(find_bar, "QLineEdit", X11Field)
    path = _write(tmp_path, "law.txt", LAW)
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    return window


def _find(qtbot, window, query: str) -> QLineEdit:
    window.actions_.find.trigger()
    field = window.find_bar._input
    assert isinstance(field, X11Field)
    field.setText(query)
    qtbot.waitUntil(lambda: window.hits.find_active and len(window.hits._find) > 0, timeout=10000)
    settle(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    return field


def test_ctrl_u_in_the_find_field_shows_the_original_and_keeps_the_query(law_window, qtbot):
    window = law_window
    field = _find(qtbot, window, "国务院")
    qtbot.keyClick(field, Qt.Key.Key_U, _CTRL)
    assert window.actions_.show_original.isChecked() and window.stack.currentWidget() is window.original
    assert field.text() == "国务院"


def test_ctrl_k_in_the_find_field_makes_the_selected_words_a_keyword(law_window, qtbot):
    window = law_window
    field = _find(qtbot, window, "国务院")
    window.reading.setTextCursor(window.reading.document().find("履行职责"))  # the reader selected words
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    qtbot.keyClick(field, Qt.Key.Key_K, _CTRL)
    assert window.keyword_panel.keywords() == ["履行职责"]
    assert field.text() == "国务院"


def test_other_editing_keys_stay_the_fields(law_window, qtbot):
    window = law_window
    field = _find(qtbot, window, "国务院")
    field.setCursorPosition(1)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "务院" and not window.actions_.show_original.isChecked()


# --- (c) a hit stepped to while the original file is shown ------------------------------------------------------

def _original_on(qtbot, window) -> None:
    window.actions_.show_original.setChecked(True)
    assert window.stack.currentWidget() is window.original
    settle(window)


def _hit_on_screen(window, hits, index: int) -> bool:
    top, bottom = window.reading.visible_display_range()
    return top <= hits[index].start < bottom


def _original_to_the_end(qtbot, window) -> int:
    """Read on in the original to its last screen; returns the file line now at its top."""
    bar = window.original.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    return window.original.cursorForPosition(QPoint(1, 1)).blockNumber() + 1


@pytest.mark.parametrize("step", ["enter", "shift_enter", "f3"])
@pytest.mark.parametrize("read_on", [False, True])
def test_a_find_step_in_the_original_shows_the_hit_in_the_text(law_window, qtbot, step, read_on):
    window = law_window
    field = _find(qtbot, window, "第30条")
    _original_on(qtbot, window)
    if read_on:
        assert _original_to_the_end(qtbot, window) > 40  # the hit is wanted, not the place in the original
    field.setFocus()
    if step == "f3":
        window.actions_.next_hit.trigger()
    else:
        qtbot.keyClick(field, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ShiftModifier if step == "shift_enter" else Qt.KeyboardModifier.NoModifier)
    assert not window.actions_.show_original.isChecked()
    assert window.stack.currentWidget() is window.reading
    settle(window)
    assert _hit_on_screen(window, window.hits._find, window.hits._find_current)


def test_a_keyword_step_in_the_original_shows_the_hit_in_the_text(law_window, qtbot):
    window = law_window
    window.keyword_panel.add_keyword("第35条")
    qtbot.waitUntil(lambda: len(window.hits._hits) == 1, timeout=10000)
    _original_on(qtbot, window)
    window.actions_.next_hit.trigger()
    assert window.stack.currentWidget() is window.reading
    settle(window)
    assert _hit_on_screen(window, window.hits._hits, 0)


def test_a_keyword_added_while_the_original_is_shown_leaves_it_shown(law_window, qtbot):
    window = law_window
    _original_on(qtbot, window)
    window.keyword_panel.add_keyword("人民")
    qtbot.waitUntil(lambda: len(window.hits._hits) > 0, timeout=10000)
    settle(window)
    assert window.actions_.show_original.isChecked() and window.stack.currentWidget() is window.original


# --- (d) the open document removed from the list ----------------------------------------------------------------

def test_removing_the_open_document_marks_only_the_one_shown_next(make_window, qtbot, tmp_path):
    paths = [_write(tmp_path, f"{n}.txt", f"关于{n}的报告\n\n正文{n}。\n") for n in ("a", "b", "c")]
    window = make_window([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.document_list.entries()) >= 3, timeout=20000)
    settle(window)
    shown = window.loaded.path
    window.document_list.select_path(shown)
    window.actions_.remove_document.trigger()
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path != shown, timeout=20000)
    settle(window)
    # round 62U: its neighbour is shown in its place; the row marked is that one, never one not shown
    assert window.document_list.current_path() == window.loaded.path
    count, next_shown = len(window.document_list.entries()), window.loaded.path
    window.actions_.remove_document.trigger()  # Delete pressed again removes the one now on screen, seen
    settle(window)
    assert len(window.document_list.entries()) == count - 1
    assert next_shown not in [e.path for e in window.document_list.entries()]


def test_removing_another_document_keeps_the_open_one_marked(make_window, qtbot, tmp_path):
    paths = [_write(tmp_path, f"{n}.txt", f"关于{n}的报告\n\n正文{n}。\n") for n in ("a", "b", "c")]
    window = make_window([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.document_list.entries()) >= 3, timeout=20000)
    settle(window)
    shown = window.loaded.path
    window.documents.remove(str(paths[0].resolve()))
    settle(window)
    assert window.loaded is not None and window.document_list.current_path() == shown


# --- (e) back from the original ---------------------------------------------------------------------------------

def test_back_from_the_original_the_text_is_where_the_reader_went_in_it(law_window, qtbot):
    window = law_window
    _original_on(qtbot, window)
    top = _original_to_the_end(qtbot, window)
    assert top > 40
    window.actions_.show_original.setChecked(False)
    settle(window)
    paragraphs = window.loaded.document.paragraphs
    at = paragraphs[window.reading.top_paragraph()].line
    assert top - 3 <= at <= top  # the paragraph at the original's top line, not the law's opening
    window.actions_.show_original.setChecked(True)  # and on again: the original opens there
    settle(window)
    again = window.original.cursorForPosition(QPoint(1, 1)).blockNumber() + 1
    assert abs(again - at) <= 2


def test_back_from_the_original_unmoved_the_text_keeps_its_place(law_window, qtbot):
    window = law_window
    paragraphs = window.loaded.document.paragraphs
    window.reading.scroll_to_offset(paragraphs[len(paragraphs) // 2].start)
    settle(window)
    at = window.reading.top_paragraph()
    for _ in range(3):
        _original_on(qtbot, window)
        window.actions_.show_original.setChecked(False)
        settle(window)
        assert window.reading.top_paragraph() == at
