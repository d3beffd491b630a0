"""Session 68B, found by hand: a long suggestion chip (an automatic keyword, or a long word) widened the keyword
panel to fit it, the text giving way: the chip was the panel's minimum width, which the splitter keeps. The panel
now keeps the width the reader gave it; the chip ends in '…' and its tooltip names the whole word."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from qtsupport import drag_handle, settle
from reader.ui.panels import USEFUL_WIDTH

LONG = "中华人民共和国全国人民代表大会常务委员会"  # 20 characters


def test_a_long_suggestion_keeps_the_keyword_panel_at_its_width(make_window, qtbot, held_suggestions):
    window = make_window(size=(1300, 800))
    splitter, panel = window.splitter, window.keyword_panel
    drag_handle(splitter, 2, splitter.sizes()[2] - USEFUL_WIDTH)  # the reader narrows the panel as far as it goes
    settle(window)
    before = splitter.sizes()
    assert before[2] == USEFUL_WIDTH
    qtbot.waitUntil(lambda: bool(held_suggestions), timeout=5000)
    window.suggestions.ready.emit(held_suggestions[-1], ["发展", LONG])  # the document's answer, come late
    settle(window)
    window.resize(1320, 800)  # the panels fitted again, as at any resize
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > sum(before), timeout=5000)
    settle(window)
    assert splitter.sizes()[2] == before[2], (before, splitter.sizes())  # before: widened to fit the chip
    for shown in (False, True):  # hidden (its chips squeezed to nothing) and shown again
        window.actions_.show_keywords.setChecked(shown)
        settle(window)
    assert splitter.sizes()[2] == before[2], (before, splitter.sizes())  # a chip squeezed empty had asked for more
    (chip,) = [c for c in panel.findChildren(QToolButton, "suggestionChip") if c.property("word") == LONG]
    assert chip.isVisible() and chip.geometry().right() < panel.width()  # within the panel
    assert chip.text().endswith("…") and len(chip.text()) < len(LONG) and LONG in chip.toolTip()
    (short,) = [c for c in panel.findChildren(QToolButton, "suggestionChip") if c.property("word") == "发展"]
    assert short.text() == "发展"  # a word that fits is shown whole
