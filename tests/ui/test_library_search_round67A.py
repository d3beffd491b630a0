"""Session 67A: a selected library search result shows its section (and folder) legibly on the highlight; they were
drawn in a fixed grey that the selection's blue swallowed (found by hand)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from reader.storage.search import Hit
from reader.ui.library_search import LibrarySearch
from reader.ui.workers import Jobs


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _over(ink: QColor, ground: QColor) -> QColor:
    """The colour seen: `ink` (with its alpha) laid on `ground`."""
    a = ink.alphaF()
    return QColor.fromRgbF(*(a * i + (1 - a) * g for i, g in zip(
        (ink.redF(), ink.greenF(), ink.blueF()), (ground.redF(), ground.greenF(), ground.blueF()))))


def _ink_of(doc: QTextDocument, text: str) -> QColor:
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if text in fragment.text():
                return fragment.charFormat().foreground().color()
            it += 1
        block = block.next()
    raise AssertionError(f"{text!r} not drawn")


def test_a_selected_results_section_is_legible_on_the_highlight(qtbot, tmp_path):
    widget = LibrarySearch(tmp_path / "library.sqlite3", Jobs())
    qtbot.addWidget(widget)
    hit = Hit(1, str(tmp_path / "a.txt"), "学习贯彻省委全会精神", "zh-Hans", 40, 2,
              "要把坚持党的领导作为做好人大工作的灵魂", "二、强化正确政绩观", snippet_hit=(2, 2))
    widget.model.set_hits([hit])
    view = widget.results
    index = widget.model.index(0, 0)
    option = QStyleOptionViewItem()
    option.palette = view.palette()
    option.font = view.font()
    option.rect = QRect(0, 0, 300, 120)
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Selected
    highlight = option.palette.color(QPalette.ColorRole.Highlight)
    section = _ink_of(view.itemDelegate().row_document(option, index), "二、强化正确政绩观")
    assert _contrast(_over(section, highlight), highlight) >= 2.5  # the grey gave about 1.1 on the default blue
    option.state = QStyle.StateFlag.State_Enabled
    base = option.palette.color(QPalette.ColorRole.Base)
    plain = _ink_of(view.itemDelegate().row_document(option, index), "二、强化正确政绩观")
    assert _contrast(_over(plain, base), base) >= 2.5 and plain.alpha() < 255  # unselected: still muted
