"""Session 76K: a Markdown note's code block read as prose: the body's face, a 2-em first-line indent and paragraph
spacing on every line. Its lines now come out verbatim (leading spaces kept) in a monospace face, without indent,
close together on a tinted band; a keyword in a code comment is counted, drawn on its own characters and reached by
F3 like one in the text after the block."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle

SETTLE = 60  # s: the machine may be loaded
WORD = "总和"
CODE = ["def total(items):", "    # 计算总和", "", "    return sum(items)"]
NOTE = ("# 装饰器笔记\n\n装饰器可以在不改动函数的情况下增加功能。\n\n```python\n" + "\n".join(CODE) + "\n```\n\n"
        "总和在代码后面。\n")


def _open(make_window, qtbot, tmp_path):
    path = tmp_path / "note.md"
    path.write_text(NOTE, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window, SETTLE)
    return window


def _block(window, text: str):
    qdoc = window.reading.document()
    block = qdoc.begin()
    while block.isValid():
        if block.text() == text:
            return block
        block = block.next()
    raise AssertionError(f"no block reads {text!r}")


def _char_format(block):
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + len(block.text().rstrip()))  # the format of the block's last character
    return cursor.charFormat()


def test_a_code_blocks_lines_are_verbatim_in_a_monospace_face_without_indent(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    lines = [_block(window, line) for line in CODE if line]  # leading spaces kept, one block a line
    prose = _block(window, "总和在代码后面。")
    for block in lines:
        assert _char_format(block).fontFixedPitch()  # was: the body's face
        assert block.blockFormat().textIndent() == 0  # was: the body's 2-em first-line indent
        assert block.blockFormat().background().style() != Qt.BrushStyle.NoBrush  # set apart on a band
    assert not _char_format(prose).fontFixedPitch() and prose.blockFormat().textIndent() > 0
    assert prose.blockFormat().background().style() == Qt.BrushStyle.NoBrush
    first, comment, last = lines
    assert first.blockFormat().bottomMargin() == 0 and comment.blockFormat().bottomMargin() == 0  # close together
    assert last.blockFormat().topMargin() > 0  # the block's blank line above it, as in the file
    assert last.blockFormat().bottomMargin() > 0  # and the prose's spacing after the block


def test_code_stays_code_in_another_script(make_window, qtbot, tmp_path, held_conversion):
    window = _open(make_window, qtbot, tmp_path)
    held_conversion.clear()  # the whole text's conversion waits: the screen's paragraphs are converted in place first
    window.set_script("s2t")
    qtbot.waitUntil(lambda: window.reading.displayed_text().count("計算總和") == 1, timeout=SETTLE * 1000)
    assert window.reading.converting
    converted = _block(window, "    # 計算總和")  # a comment is Chinese text, shown in the script chosen
    assert _char_format(converted).fontFixedPitch() and converted.blockFormat().textIndent() == 0
    held_conversion.set()  # then the rebuild in the new script
    settle(window, SETTLE)
    converted = _block(window, "    # 計算總和")
    assert _char_format(converted).fontFixedPitch() and converted.blockFormat().textIndent() == 0


def test_a_keyword_inside_code_is_counted_drawn_and_reached_by_f3(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    counts: list[dict] = []
    positions: list[tuple[int, int]] = []
    window.hits.keyword_counts.connect(counts.append)
    window.hits.keyword_position.connect(lambda index, total: positions.append((index, total)))
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(WORD)  # QTest types ASCII only; an input method does this
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(counts) and WORD in counts[-1], timeout=SETTLE * 1000)
    settle(window, SETTLE)
    assert counts[-1] == {WORD: 2}  # the comment's and the prose's
    drawn = [QTextCursor(s.cursor) for s in window.reading.extraSelections()]
    assert sorted(c.selectedText() for c in drawn if c.hasSelection()) == [WORD, WORD]  # on their own characters
    assert {c.block().text() for c in drawn if c.hasSelection()} == {CODE[1], "总和在代码后面。"}
    window.reading.setFocus()
    reached, shown = [], []
    for _ in range(2):
        positions.clear()
        qtbot.keyClick(window.reading, Qt.Key.Key_F3)
        settle(window, SETTLE)
        assert positions, "F3 stepped nowhere"
        reached.append(positions[-1])
        hit = window.hits._hits[window.hits._current]
        assert window.reading.displayed_text()[hit.start:hit.end] == WORD
        cursor = QTextCursor(window.reading.document())
        cursor.setPosition(window.reading.to_qt(hit.start))
        cursor.setPosition(window.reading.to_qt(hit.end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == WORD  # the place F3 shows is the word's, in the code and after it
        assert _char_format(cursor.block()).fontFixedPitch() == (cursor.block().text() == CODE[1])
        shown.append(cursor.block().text())
    assert sorted(reached) == [(0, 2), (1, 2)]
    assert sorted(shown) == sorted([CODE[1], "总和在代码后面。"])
