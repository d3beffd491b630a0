"""Found by hand (session 70): among a report's suggested keywords, the Latin ones ('SSD', 'XFS') were chips 4 px
lower than the Chinese ones beside them, top-aligned in the row (their line had no CJK fallback font to raise it);
every chip is now as tall as a chip of Chinese, so a row of chips is even."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from reader.ui.keyword_panel import KeywordPanel


@pytest.fixture
def panel(qtbot):
    widget = KeywordPanel()
    qtbot.addWidget(widget)
    widget.resize(260, 400)
    widget.show()
    return widget


def test_latin_and_chinese_suggestion_chips_are_equally_tall(qtbot, panel):
    panel.set_suggestions(["文件系统", "SSD", "队列", "XFS", "NVMe 1.4", "𠮷"])
    chips = [c for c in panel.findChildren(QToolButton, "suggestionChip") if c.isVisible()]
    qtbot.waitUntil(lambda: len(chips) == 6 and all(c.height() > 0 for c in chips))
    assert len({c.height() for c in chips}) == 1, {c.text(): c.height() for c in chips}
    assert len({c.sizeHint().height() for c in chips}) == 1
