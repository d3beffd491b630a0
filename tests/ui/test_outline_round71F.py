"""Found by hand (session 71F): an outline numbered 5.1, 5.1.1 … (or I., A.1) had its rows a Latin line high, each
Chinese title touching the next: the row's size was asked of its text cut to the marker kept whole in a narrow row,
'5.1', as if the row had no width. A size is asked of the whole text now; a row painted narrow still keeps its
marker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from qtsupport import open_text
from reader.ui.outline_rows import MARKER_ROLE

DECIMAL = "流的说明\n\n" + "".join(f"5.{n} 流的第{n}种状态\n" + "端点之间交换帧的独立双向序列。" * 8 + "\n"
                                    for n in range(1, 9))
OFFICIAL = "关于加强监督管理的通知\n\n" + "".join(f"{c}、第{c}项工作\n" + "加强监督管理，推进依法行政。" * 8 + "\n"
                                              for c in "一二三四五六")


def _option(tree, index, width: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = QRect(0, 0, width, 20)
    tree.itemDelegate().initStyleOption(option, index)
    return option


@pytest.mark.parametrize("text", [DECIMAL, OFFICIAL])  # before: the decimal outline's size asked of '5.1' alone
def test_an_outline_rows_size_is_that_of_its_whole_heading(make_window, qtbot, tmp_path, text):
    window = open_text(make_window, qtbot, tmp_path, text, ready=lambda w: w.outline.tree.model().rowCount() > 3)
    tree = window.outline.tree
    index = tree.model().index(0, 0, tree.rootIndex())
    whole = index.data()
    assert _option(tree, index, 0).text == whole  # a size asked (no width): the whole heading measured
    plain = QStyleOptionViewItem()
    plain.initFrom(tree)
    plain.text, plain.features = whole, QStyleOptionViewItem.ViewItemFeature.HasDisplay
    needed = QStyledItemDelegate().sizeHint(plain, index).height()
    assert tree.visualRect(index).height() >= needed  # (font-dependent, so only where a Chinese font is taller)
    narrow = _option(tree, index, 40).text  # left alone: a narrow row keeps its marker whole
    assert narrow.startswith(index.data(MARKER_ROLE)) and narrow != whole
