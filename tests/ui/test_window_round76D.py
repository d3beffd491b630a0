"""Round 76D: switching away from a very long text lets go of its QTextDocument and its outline's rows in steps, never
at once on the GUI thread (a 16 M-character text's document took 140 ms to delete, its 85,000 outline rows tens more),
and the window stays usable meanwhile: switched back mid-way and closed mid-load. No times are measured
(bench/gui_latency.py's 'away from' rows are the figures)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel, QTextDocument
from shiboken6 import isValid

from qtsupport import long_text_file, settle
from reader.paths import seeds_dir
from reader.ui import retire


def _let_go(monkeypatch) -> list[tuple[object, int]]:
    """Every document and item model handed to Qt for deletion, with its blocks or rows left at that moment."""
    let_go: list[tuple[object, int]] = []
    for cls, size in ((QTextDocument, QTextDocument.blockCount), (QStandardItemModel, QStandardItemModel.rowCount)):
        delete = cls.deleteLater

        def later(self, delete=delete, size=size) -> None:
            let_go.append((self, size(self)))
            delete(self)

        monkeypatch.setattr(cls, "deleteLater", later)
    return let_go


def _idle(window) -> bool:
    return not window.documents.is_opening and not window.reading.busy and not window.jobs.busy


def test_switching_away_from_a_long_text_lets_its_document_and_outline_go_in_steps(
        qtbot, make_window, tmp_path, monkeypatch):
    path = long_text_file(tmp_path, 400_000)
    seed = sorted(seeds_dir().glob("*.txt"))[2]
    window = make_window()
    view = window.reading
    with qtbot.waitSignal(view.text_shown, timeout=60000):
        window.open_path(str(path))
    qtbot.waitUntil(lambda: _idle(window), timeout=60000)
    settle(window, timeout=60)
    old_doc, old_model = view.document(), window.outline.tree.model()
    blocks, rows = old_doc.blockCount(), old_model.rowCount()
    assert blocks > 10 * retire.RETIRE_BLOCKS and rows > 20
    let_go = _let_go(monkeypatch)
    monkeypatch.setattr(retire, "RETIRE_BUDGET_MS", 0)  # one step a turn, however fast the machine: still under way

    with qtbot.waitSignal(view.text_shown, timeout=60000):
        window.open_path(str(seed))  # the long text is let go of from here on
    assert isValid(old_doc), "the long text's document is freed in steps, not at once"
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # the seed can be read meanwhile
    with qtbot.waitSignal(view.text_shown, timeout=60000):
        window.open_path(str(path))  # and the long text opened again mid-way
    with qtbot.waitSignal(view.text_shown, timeout=60000):
        window.open_path(str(seed))
    qtbot.waitUntil(lambda: not isValid(old_doc) and not isValid(old_model), timeout=60000)
    settle(window, timeout=60)
    assert view.displayed_text() == window.loaded.document.text

    docs = [(obj, n) for obj, n in let_go if isinstance(obj, QTextDocument)]
    models = [(obj, n) for obj, n in let_go if isinstance(obj, QStandardItemModel)]
    assert any(obj is old_doc for obj, _n in docs) and any(obj is old_model for obj, _n in models)
    assert [n for _obj, n in docs if n > 1] == [], f"a document of {blocks} blocks was deleted with its blocks"
    assert [n for _obj, n in models if n] == [], f"an outline of {rows} rows was deleted with its rows"


def test_the_window_closes_while_a_long_text_is_let_go_of(qtbot, make_window, tmp_path, monkeypatch):
    path = long_text_file(tmp_path, 400_000)
    seed = sorted(seeds_dir().glob("*.txt"))[2]
    window = make_window()
    view = window.reading
    with qtbot.waitSignal(view.text_shown, timeout=60000):
        window.open_path(str(path))
    qtbot.waitUntil(lambda: _idle(window), timeout=60000)
    monkeypatch.setattr(retire, "RETIRE_BUDGET_MS", 0)
    old_doc, old_model = view.document(), window.outline.tree.model()
    with qtbot.waitSignal(view.text_shown, timeout=60000):
        window.open_path(str(seed))
    assert isValid(old_doc) and isValid(old_model), "the long text is still being let go of"
    window.open_path(str(path))  # on its way again
    window.close()  # the freeing, the outline's and the opening stop without a crash
    for _ in range(50):
        qtbot.wait(20)
    assert not window.isVisible()
