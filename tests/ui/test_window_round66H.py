"""Found by hand (session 66H): read to the very end (Ctrl+End), Ctrl+T left the reader a line or more above it:
the place kept was the line at the top, partly scrolled off at the end, so the status bar went from '100%' and
'less than a minute left' to '98%' and the outline's mark back to a section five articles up. The end stays the end
through a script change, as it does through a zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from qtsupport import line_breaks, settle

ARTICLES = "中华人民共和国湖泊保护条例\n\n" + "".join(  # articles of one to three lines: the top line is cut at the end
    f"第{n}条 " + "国家加强湖泊保护，县级以上人民政府应当组织编制湖泊保护规划，并向社会公开，接受群众监督。" * (1 + n % 3)
    + "\n\n" for n in range(1, 150))


def _open(make_window, qtbot, tmp_path, text: str):
    path = tmp_path / "law.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    return window


@pytest.mark.parametrize("toggles", [1, 2])  # 2: back to the script it was shown in (a kept conversion)
def test_the_end_stays_the_end_through_a_script_toggle(make_window, qtbot, tmp_path, toggles):
    window = _open(make_window, qtbot, tmp_path, ARTICLES)
    view, bar = window.reading, window.reading.verticalScrollBar()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    assert window.status.progress.text() == "100%"
    last = len(window.sections.outline.headings) - 1
    assert window.outline.current_index() == last
    for _ in range(toggles):
        window.actions_.toggle_script.trigger()
        settle(window)
    assert bar.value() == bar.maximum()
    assert window.status.progress.text() == "100%"
    assert window.outline.current_index() == last


def test_a_place_above_the_end_is_kept_through_a_script_toggle(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path, ARTICLES)
    view, bar = window.reading, window.reading.verticalScrollBar()
    window.sections.go_to(window.sections.outline.headings[-20].offset)
    settle(window)
    top = view.top_offset()
    window.actions_.toggle_script.trigger()
    settle(window)
    assert view.top_offset() == top and bar.value() < bar.maximum()


# --- the metadata line: a label is never left at a line's end without its value ------------------------------------

PAGE = ("中华民国宪法\n\n来源：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001\n\n日期：1947-01-01\n\n"
        "作者：国民大会\n\n中华民国国民大会受全体国民之付托，制定本宪法，颁行全国，永矢咸遵。\n\n")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_metadata_label_stays_with_its_value(make_window, qtbot, tmp_path, language):
    """'Date:' ended a line with '1947-01-01' on the next (a long source address before it filled the line), and
    '日期：' broke as '日' / '期：1947-01-01'; the line still breaks between fields, and a copy of it has no invisible
    character in it."""
    window = _open(make_window, qtbot, tmp_path, PAGE)
    if language != "en":
        window.set_language(language)
        settle(window)
    meta = window.script.header(window.loaded.document)[1]
    assert any(b.text() == meta for b in _blocks(window.reading.document()))  # the line shown
    breaks, fields = line_breaks(meta), meta.split("\u3000\u3000")
    assert len(fields) == 3
    for field in fields:
        start = meta.index(field)
        colon = start + max(field.find(":"), field.find("："))
        value = colon + 1 + len(meta[colon + 1:]) - len(meta[colon + 1:].lstrip(" \u00a0\u2060"))
        assert colon > start and not breaks & set(range(start + 1, value + 1)), field  # none in '日期：' nor after it
        assert " " not in meta[colon:value]  # (Qt's layout breaks after a plain space whatever follows it)
        assert start == 0 or start in breaks  # between fields it still breaks
    cursor = window.reading.textCursor()
    at = window.reading.document().find("1947-01-01").position()
    cursor.setPosition(at - 20)
    cursor.setPosition(at, QTextCursor.MoveMode.KeepAnchor)
    window.reading.setTextCursor(cursor)
    copied = window.reading.createMimeDataFromSelection().text()
    assert "\u2060" not in copied and "1947-01-01" in copied


def _blocks(qdoc):
    block = qdoc.begin()
    while block.isValid():
        yield block
        block = block.next()
