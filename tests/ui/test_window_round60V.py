"""Found by hand under Xvfb (session 60V): the outline keeps the reader's section on screen when its panel is made
shorter or shown again (the tree kept its scroll, the marked article below the panel's bottom); the status bar names
a script only where the file has one."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from qtsupport import settle
from reader.ui.tuning import POSITION_DEBOUNCE_MS

LAW = "中华人民共和国监督法\n\n" + "".join(
    f"第{n}条 各级人民代表大会常务委员会依照本法的规定行使监督职权，接受人民的监督，保障宪法和法律的实施。\n\n"
    for n in range(1, 121))


def _numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


def _read_far_in_a_law(make_window, qtbot, tmp_path):
    """A law of 90 articles read on to article 60, the outline following: its marked row mid-panel. Each article is
    a few lines long, so the reader stops well before the end (at the end the last section is marked: round 65G)."""
    lines = ["中华人民共和国监督法", ""]
    for n in range(1, 91):
        if n in (1, 46):
            lines += ["第一章 总则" if n == 1 else "第二章 附则", ""]
        lines += [f"第{_numeral(n)}条 " + "各级人民代表大会常务委员会依照本法的规定行使监督职权，接受人民的监督。" * 3, ""]
    path = tmp_path / "law.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    window = make_window([str(path)])
    window.reading.setFocus()
    while window.outline.current_index() < 60:
        qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)
        qtbot.wait(POSITION_DEBOUNCE_MS + 50)  # the place is told once scrolling rests: not read on past article 60
        settle(window)
    assert window.reading.verticalScrollBar().value() < window.reading.verticalScrollBar().maximum()  # not the end
    tree = window.outline.tree
    assert tree.viewport().rect().contains(tree.visualRect(tree.currentIndex()))
    return window, tree


def _marked_row_in_view(tree) -> bool:
    return tree.currentIndex().isValid() and tree.viewport().rect().contains(tree.visualRect(tree.currentIndex()))


def test_a_smaller_window_keeps_the_marked_section_in_the_outline(make_window, qtbot, tmp_path):
    window, tree = _read_far_in_a_law(make_window, qtbot, tmp_path)
    current = window.outline.current_index()
    window.resize(window.width(), 420)  # the window made small: the outline panel much shorter
    settle(window)
    qtbot.wait(100)
    assert window.outline.current_index() == current
    assert _marked_row_in_view(tree)  # before: below the panel's bottom until the text moved on


def test_the_outline_shown_again_shows_the_marked_section(make_window, qtbot, tmp_path):
    window, tree = _read_far_in_a_law(make_window, qtbot, tmp_path)
    window.panels.set_shown(0, False)  # F9: the sidebar away
    settle(window)
    window.resize(window.width(), 420)
    settle(window)
    window.panels.set_shown(0, True)  # and back, on the smaller window
    settle(window)
    qtbot.wait(100)
    assert _marked_row_in_view(tree)


def test_a_row_scrolled_to_by_the_reader_is_not_moved_while_the_panel_keeps_its_size(make_window, qtbot, tmp_path):
    window, tree = _read_far_in_a_law(make_window, qtbot, tmp_path)
    tree.verticalScrollBar().setValue(0)  # the reader looks at the outline's top with the wheel
    settle(window)
    qtbot.wait(100)
    assert tree.verticalScrollBar().value() == 0  # left where the reader put it


@pytest.mark.parametrize("name, text, shown", [
    ("empty.txt", "", ""),  # before: '→ 简体' under 'empty.txt is empty'
    ("notes.txt", "Meeting notes\n\nThe budget was approved.\n", ""),  # no Chinese: no script to name
    ("report.txt", "关于湖泊治理情况的报告\n\n全市湖泊治理取得进展。\n", "简体 → 繁體"),  # left alone
])
def test_the_status_bar_names_a_script_only_where_the_file_has_one(make_window, tmp_path, name, text, shown):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    window = make_window([str(path)])
    window.script_selector.choose("s2t")
    settle(window)
    window.open_path(str(path))
    settle(window)
    assert window.loaded is not None and window.loaded.path == str(path)
    assert window.status.script.text() == shown
