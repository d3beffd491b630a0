"""Round 73E on the real window: opening a long outline's rows asks Python nothing per row.

The unfiltered tree shows the headings' model itself (the filter's proxy only while a filter is on): through the
proxy, every row laid out was a call into Python (a part of 5,000 articles opened: 5,000 calls, each waiting for
the interpreter while a worker held it). '*' opens a row's subtree in slices and never looks through every row's
text for a '*' as Qt's keyboard search did.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qtsupport import settle
from reader.ui.outline_fill import HeadingModel
from reader.ui.outline_filter import HeadingFilter
from tests.ui.test_window_round65B import _law, _open_long


@pytest.fixture
def asked(monkeypatch):
    """Calls into Python the tree makes for its rows: the filter's judgements and 'has children', the rows' text."""
    calls: list[str] = []
    for cls, name in ((HeadingFilter, "filterAcceptsRow"), (HeadingFilter, "hasChildren"), (HeadingModel, "data")):
        original = getattr(cls, name)

        def counted(self, *args, _original=original, _name=name):
            calls.append(_name)
            return _original(self, *args)

        monkeypatch.setattr(cls, name, counted)
    return calls


def _opened_below(tree, index) -> bool:
    model = tree.model()
    return tree.isExpanded(index) and all(
        _opened_below(tree, model.index(r, 0, index)) for r in range(model.rowCount(index))
        if model.hasChildren(model.index(r, 0, index)))


def test_opening_a_chapter_of_800_articles_asks_python_only_for_the_rows_shown(make_window, qtbot, tmp_path, asked):
    window = _open_long(make_window, qtbot, tmp_path, law=True)
    settle(window)
    tree = window.outline.tree
    tree.collapseAll()
    settle(window)
    asked.clear()
    chapter = tree.model().index(1, 0)
    tree.expand(chapter)
    tree.scrollTo(tree.model().index(799, 0, chapter))
    settle(window)
    assert tree.isExpanded(chapter) and tree.model().rowCount(chapter) == 800
    assert "filterAcceptsRow" not in asked and "hasChildren" not in asked
    assert len(asked) < 600  # the rows painted (a few roles each), not the chapter's 800


def test_after_a_filter_the_emptied_tree_still_opens_a_chapter_without_python_per_row(make_window, qtbot, tmp_path,
                                                                                      asked):
    window = _open_long(make_window, qtbot, tmp_path, law=True)
    outline = window.outline
    outline.filter_box.setText("第八百零一条")
    qtbot.waitUntil(lambda: outline._matching is None and outline._unfolding is None, timeout=10000)
    model = outline.tree.model()
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 1  # the filter keeps its rows
    assert model.index(0, 0, model.index(0, 0)).data() == "第八百零一条" == outline.row(802).data()
    outline.filter_box.clear()
    settle(window)
    asked.clear()
    model = outline.tree.model()
    chapter = model.index(1, 0)
    outline.tree.expand(chapter)
    settle(window)
    assert model.rowCount() == 2 and model.rowCount(chapter) == 800
    assert "filterAcceptsRow" not in asked and "hasChildren" not in asked
    row = outline.row(900)  # a heading's row is the one the tree shows, filtered or not
    assert row.model() is model and row.data() == outline.label(900)


def test_star_opens_the_subtree_without_reading_every_rows_text(make_window, qtbot, tmp_path, monkeypatch):
    asked: list[int] = []  # rows whose text was asked for, below the first 100 (the panel shows about 40)
    data = HeadingModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.row() >= 100:
            asked.append(index.row())
        return data(self, index, role)

    monkeypatch.setattr(HeadingModel, "data", counted)
    window = _open_long(make_window, qtbot, tmp_path, law=True)  # 2 chapters of 800 articles
    settle(window)
    tree = window.outline.tree
    tree.collapseAll()
    tree.scrollToTop()
    chapter = tree.model().index(1, 0)
    tree.setCurrentIndex(chapter)
    tree.setFocus()
    settle(window)
    asked.clear()
    qtbot.keyClick(tree, Qt.Key.Key_Asterisk)
    qtbot.waitUntil(lambda: _opened_below(tree, chapter), timeout=10000)
    settle(window)
    assert tree.model().rowCount(chapter) == 800 and not tree.isExpanded(tree.model().index(0, 0))  # its own only
    assert asked == []  # the rows painted only, not Qt's look through every row for one starting with '*'


def test_star_on_a_part_of_thousands_opens_over_several_turns_and_a_new_outline_stops_it(make_window, qtbot,
                                                                                          tmp_path):
    window = _open_long(make_window, qtbot, tmp_path)
    settle(window)
    tree = window.outline.tree
    opener = next(c for c in tree.children() if type(c).__name__ == "SubtreeOpener")
    tree.collapseAll()
    tree.setCurrentIndex(tree.model().index(0, 0))
    from reader.ui import outline_keys

    steps = outline_keys.opened_below(tree, tree.model().index(0, 0), slice_s=0.0)  # a yield at every 32 rows
    assert sum(1 for _ in steps) >= 1
    qtbot.keyClick(tree, Qt.Key.Key_Asterisk)
    window.open_path(str(_law(tmp_path, chapters=1, articles=3)))  # another outline while it opens
    qtbot.waitUntil(lambda: not opener.busy() and tree.model().rowCount() == 1, timeout=20000)
    settle(window)
    assert tree.model().index(0, 0).data() is not None
