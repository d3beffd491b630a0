"""Round 76N: switching away from a long text while its outline's tree is still being made lets go of the half-made
tree a slice per turn, as of a shown one (dropped at once, the rows made so far of a 16 M-character text's 85,000 were
freed in one turn), and the window closes without a crash while it is being let go of. No times are measured
(bench/gui_latency.py's 'away from' rows are the figures)."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from shiboken6 import isValid

from qtsupport import long_text_file, settle
from reader.paths import seeds_dir
from reader.ui import outline_fill, outline_view


def _gone(ref: weakref.ref) -> bool:
    return (model := ref()) is None or not isValid(model)


def _watched(monkeypatch) -> tuple[list[weakref.ref], list[tuple[weakref.ref, int]], list[weakref.ref]]:
    """Every outline model the view makes, every item model handed to Qt for deletion with its rows left then, and
    the model of every removal of rows: held weakly (a model nobody owns lives as long as Python holds it), each by
    the one weak reference Python keeps for it."""
    made: list[weakref.ref] = []
    let_go: list[tuple[weakref.ref, int]] = []
    removals: list[weakref.ref] = []
    new_model, delete, remove = (outline_view.OutlineView._new_model, QStandardItemModel.deleteLater,
                                 QStandardItem.removeRows)

    def recorded(self) -> QStandardItemModel:
        made.append(weakref.ref(model := new_model(self)))
        return model

    def later(self) -> None:
        let_go.append((weakref.ref(self), self.rowCount()))
        delete(self)

    def removed(self, row: int, count: int) -> None:
        removals.append(weakref.ref(self.model()))
        remove(self, row, count)

    monkeypatch.setattr(outline_view.OutlineView, "_new_model", recorded)
    monkeypatch.setattr(QStandardItem, "removeRows", removed)
    monkeypatch.setattr(QStandardItemModel, "deleteLater", later)
    monkeypatch.setattr(outline_view, "FILL_SLICE", 2)  # the tree made over hundreds of turns
    monkeypatch.setattr(outline_fill, "RETIRE_ROWS", 3)  # and let go of over many
    return made, let_go, removals


def _fill_held(monkeypatch, window) -> None:
    """The long text's tree is made no further once the seed is on its way (as on a slow machine, or a longer text):
    its turns come and go without a step, so the seed's outline replaces it half made."""
    fill_step = outline_view.OutlineView._fill_step

    def held(self) -> None:
        if self._filling is not None and window.documents.is_opening:
            self._fill_timer.start()
        else:
            fill_step(self)

    monkeypatch.setattr(outline_view.OutlineView, "_fill_step", held)


def _being_filled(qtbot, window, path, made: list) -> None:
    """Open the long text until its tree is being made, some rows in."""
    window.open_path(str(path))
    qtbot.waitUntil(lambda: not window.documents.is_opening and window.outline._filling is not None
                    and made[-1]().rowCount() >= 3, timeout=60000)


def _switched_mid_fill(qtbot, window, path, seed, made: list) -> weakref.ref:
    """Open the long text, and the seed while the long text's tree is being made; the half-made tree."""
    outline = window.outline
    _being_filled(qtbot, window, path, made)
    half = made[-1]
    with qtbot.waitSignal(window.reading.text_shown, timeout=60000):
        window.open_path(str(seed))
    qtbot.waitUntil(lambda: outline._filling is None and not window.documents.is_opening, timeout=60000)
    assert outline.outline.headings and len(outline.outline.headings) < 100, "the seed's outline is shown"
    return half


def test_switching_away_mid_outline_fill_lets_the_half_made_tree_go_in_slices(
        qtbot, make_window, tmp_path, monkeypatch):
    path = long_text_file(tmp_path, 400_000)
    seed = sorted(seeds_dir().glob("*.txt"))[2]
    made, let_go, removals = _watched(monkeypatch)
    window = make_window()
    _fill_held(monkeypatch, window)
    half = _switched_mid_fill(qtbot, window, path, seed, made)
    qtbot.waitUntil(lambda: _gone(half), timeout=60000)
    settle(window, timeout=60)
    assert window.reading.displayed_text() == window.loaded.document.text
    assert any(ref is half for ref, _n in let_go), "the half-made tree was freed without being let go of"
    assert [n for _model, n in let_go if n] == [], "a tree was deleted with its rows"
    assert sum(ref is half for ref in removals) > 1, "the half-made tree's rows were removed in slices"
    shown = window.outline.tree.model()
    assert [ref for ref in made if not _gone(ref) and ref() is not shown] == [], "every tree not shown is let go of"


def test_the_window_closes_while_a_half_made_tree_is_let_go_of(qtbot, make_window, tmp_path, monkeypatch):
    path = long_text_file(tmp_path, 400_000)
    seed = sorted(seeds_dir().glob("*.txt"))[2]
    made, _let_go, _removals = _watched(monkeypatch)
    monkeypatch.setattr(outline_fill, "RETIRE_ROWS", 1)
    window = make_window()
    _fill_held(monkeypatch, window)
    _being_filled(qtbot, window, path, made)
    half, left = made[-1], []
    remove = QStandardItem.removeRows

    def removed(self, row: int, count: int) -> None:  # the window closed as soon as the tree is being let go of
        remove(self, row, count)
        if weakref.ref(self.model()) is half and not left:
            left.append(self.model().rowCount())
            window.open_path(str(path))  # the long text on its way again: its tree made anew
            QTimer.singleShot(0, window.close)  # the letting go, the filling and the opening stop without a crash

    monkeypatch.setattr(QStandardItem, "removeRows", removed)
    window.open_path(str(seed))
    qtbot.waitUntil(lambda: bool(left) or _gone(half), timeout=60000)
    assert left and left[0] > 0, "the half-made tree is let go of in slices: the window closes while it is"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60000)
    for _ in range(50):
        qtbot.wait(20)
