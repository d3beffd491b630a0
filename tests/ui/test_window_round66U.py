"""Session 66U on the real window: a filter typed into the outline while a document is on its way is the filter of
the outline that document brings (it was emptied when that outline came, or applied to a half-read one); a row
brought back by Undo Removal takes its place in the list's catalogue order (it came back at the end)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from ime_input import commit_text
from qtsupport import chapters_report, click_document, settle
from reader import documents
from reader.ui.outline_filter import INDEX_ROLE

SENTENCE = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定。"


def _held(monkeypatch, name: str, path) -> threading.Event:
    """The worker running documents.`name` for `path` waits until the test lets it go."""
    release = threading.Event()
    real = getattr(documents, name)

    def held(first, *args):
        if str(getattr(first, "path", first)) == str(path):
            release.wait(20)
        return real(first, *args)

    monkeypatch.setattr(documents, name, held)
    return release


def _shown_rows(window) -> list[str]:
    """The labels of the headings the outline shows, depth first, as the filter left them."""
    tree, labels = window.outline.tree, []

    def walk(parent: QModelIndex) -> None:
        model = tree.model()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            labels.append(window.outline.label(index.data(INDEX_ROLE)))
            walk(index)

    walk(QModelIndex())
    return labels


def _old_document(make_window, tmp_path):
    old = tmp_path / "old.txt"
    old.write_text("旧的报告\n\n" + "".join(f"第{n}章　总则\n\n{SENTENCE}\n\n" for n in range(1, 6)), encoding="utf-8")
    window = make_window([str(old)])
    settle(window)
    assert len(window.outline.outline.headings) == 5
    return window


def _type_filter(qtbot, window, text: str) -> None:
    window.actions_.focus_outline.trigger()
    commit_text(window.outline.filter_box, text)  # as an input method types it


@pytest.mark.parametrize("held", ["text", "outline"])
def test_a_filter_typed_while_the_document_opens_filters_its_outline(make_window, qtbot, tmp_path, monkeypatch, held):
    window = _old_document(make_window, tmp_path)
    if held == "text":  # a short text: nothing of it shown until it is read
        new = tmp_path / "new.txt"
        new.write_text("新的报告\n\n" + "".join(f"第{n}章　监督检查\n\n{SENTENCE}\n\n" for n in range(1, 4))
                       + "第四章　附则\n\n" + SENTENCE, encoding="utf-8")
        release = _held(monkeypatch, "load_for_reading", new)
    else:  # a long text: shown before its outline is found
        new = chapters_report(tmp_path, "long.txt", 2500)  # its tree made in slices too
        release = _held(monkeypatch, "outline_of", new)
    try:
        window.open_path(str(new))
        if held == "outline":
            qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(new), timeout=15000)
        assert window.documents.is_opening
        _type_filter(qtbot, window, "第3")
    finally:
        release.set()
    settle(window)
    assert window.outline.filter_box.text() == "第3"  # what the reader typed is still there ...
    rows = _shown_rows(window)  # ... and it filters the outline of the document shown
    total = len(window.outline.outline.headings)
    assert rows and len(rows) < total
    shown = [i for i in range(total) if window.outline.row(i).isValid()]
    assert any(window.outline.outline.matches(i, "第3") for i in shown)
    assert all(window.outline.outline.matches(i, "第3") or i in _ancestors(window, shown) for i in shown)
    window.open_path(str(chapters_report(tmp_path, "next.txt", 8)))  # the next document opened: its filter is
    settle(window)  # empty, as before (the last document's filter does not follow the reader)
    assert window.outline.filter_box.text() == ""
    assert len(_shown_rows(window)) == len(window.outline.outline.headings) == 8


def _ancestors(window, shown: list[int]) -> set[int]:
    heads, result = window.outline.outline.headings, set()
    for i in shown:
        depth = heads[i].depth
        for j in range(i - 1, -1, -1):
            if heads[j].depth < depth:
                result.add(j)
                depth = heads[j].depth
    return result


# --- Undo Removal puts a row back where the list's order has it ---------------------------------------------------

TITLES = ["安全生产", "城市规划", "道路交通", "儿童保护", "法律援助", "港口管理", "海洋环境", "教育督导"]


def _library(make_window, tmp_path):
    """Eight notices listed after the seeds (added in the order of TITLES), the first one open."""
    paths = []
    for n, title in enumerate(TITLES):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"关于{title}工作的通知\n\n一、总体要求\n做好{title}工作。\n", encoding="utf-8")
        paths.append(str(path))
    window = make_window([paths[0]])
    for path in paths[1:]:
        window.documents.open_files([Path(path)])
        settle(window)
    window.open_path(paths[0])
    settle(window)
    return window, paths


def _order(window) -> list[str]:
    return [e.path for e in window.document_list.entries()]


def test_a_row_brought_back_takes_its_place_in_catalogue_order(make_window, qtbot, tmp_path):
    """(A list sorted by a column placed it already: its proxy sorts rows as they come.)"""
    window, paths = _library(make_window, tmp_path)
    listed = window.document_list
    before = _order(window)
    assert set(paths) <= set(before)
    gone = before[2]  # a row in the middle, opened, then removed: the row below it is opened in its place
    click_document(qtbot, window, gone)
    window.actions_.remove_document.trigger()
    settle(window)
    assert gone not in _order(window)
    shown = window.loaded.path
    assert listed.current_path() == shown == before[3]
    window.actions_.undo_removal.trigger()
    settle(window)
    assert _order(window) == before  # back at its place (before: at the end of the list)
    assert listed.current_path() == shown  # the open document's row is still the one marked, in sight
    assert listed.viewport().rect().contains(listed.visualRect(listed.currentIndex()))


# --- Ctrl+U back and forth keeps the reading view's layout --------------------------------------------------------


def _laid_out(window) -> bool:
    """The reading view's whole text is laid out (laid-out blocks are a prefix: its last block has lines)."""
    layout = window.reading.document().lastBlock().layout()
    return layout is not None and layout.lineCount() > 0


def test_turning_the_original_off_keeps_the_texts_layout(make_window, qtbot, tmp_path, monkeypatch):
    path = chapters_report(tmp_path, "long.txt", 2500)
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.cleaned is None, timeout=30000)
    settle(window)
    qtbot.waitUntil(lambda: _laid_out(window), timeout=30000)
    width = window.reading.viewport().width()
    copies = []
    real = window.original.toPlainText
    monkeypatch.setattr(window.original, "toPlainText", lambda: copies.append(1) or real())
    toggle = window.actions_.show_original
    for _ in range(2):
        toggle.trigger()  # Ctrl+U: the original (the breadcrumb goes: the hidden reading view is made taller)
        settle(window)
        assert window.stack.currentWidget() is window.original
        bar = window.original.verticalScrollBar()
        bar.setValue(bar.value() + 3 * bar.singleStep())  # the reader scrolls in the original
        toggle.trigger()  # and back
        assert window.stack.currentWidget() is window.reading
        assert _laid_out(window)  # not laid out again (1-2 s each time on a 1 M-character text)
        assert window.reading.viewport().width() == width
        settle(window)
    assert not copies  # the original's text is never copied to ask whether it has one (60 ms a step on 1 M)
