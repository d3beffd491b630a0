"""Round 67Q: Ctrl+T shows the paragraphs on screen in the new script at once, while the whole text is converted on a
worker (1.5-3 s on 1.5 M characters, during which nothing on screen changed: the in-place path read the view as
busy once its own change had begun). The place is kept to the character, the breadcrumb and the outline change
with the screen, the keyword highlights stay on their words, and the whole text swapped in later does not move."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, QPoint
from PySide6.QtWidgets import QApplication

from qtsupport import settle

PARAGRAPH = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，做好各项工作。"


def _write(path, count: int) -> None:
    lines = ["关于加强工作的报告"]
    for i in range(count):
        if i % 100 == 0:
            lines.append(f"第{i // 100 + 1}章　发展与改革的第{i // 100 + 1}部分")
        lines.append(PARAGRAPH)
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def opened(make_window, tmp_path):
    path = tmp_path / "report.txt"
    _write(path, 3000)
    window = make_window()
    window.open_path(str(path))
    settle(window)
    headings = window.loaded.document.headings
    window.go_to_offset(headings[len(headings) // 2].offset + 300)  # a place inside a section, not at its heading
    settle(window)
    return window


def _screen(window) -> str:
    """The text of the blocks at the top of the view."""
    block, texts = window.reading.cursorForPosition(QPoint(0, 0)).block(), []
    while block.isValid() and len(texts) < 6:
        texts.append(block.text())
        block = block.next()
    return "\n".join(texts)


def _top_line(window) -> tuple[str, int]:
    """The paragraph at the top of the view and where in it the top line starts, as the reader sees them."""
    cursor = window.reading.cursorForPosition(QPoint(0, 0))
    return cursor.block().text(), cursor.positionInBlock()


def _states(window) -> tuple[bool, bool, bool]:
    """(text on screen, breadcrumb, outline's current heading) in Traditional."""
    crumb = "發展與改革" in "".join(window.breadcrumb.path())
    outline = "發展與改革" in window.outline.label(window.outline.current_index())
    return "發展與改革" in _screen(window), crumb, outline


def test_ctrl_t_shows_the_screen_in_the_new_script_at_once(opened, held_conversion):
    window, view = opened, opened.reading
    held_conversion.clear()  # the worker's conversion waits until released
    top = view.top_offset()
    assert "发展与改革" in _screen(window) and _states(window) == (False, False, False)
    window.actions_.toggle_script.trigger()  # Ctrl+T: 简 → 繁, the worker's conversion held back
    assert view.converting  # the whole text is still on its way
    assert _states(window) == (True, True, True)
    assert view.top_offset() == top
    shown = _top_line(window)
    held_conversion.set()
    app, seen = QApplication.instance(), set()
    while view.converting:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if view.viewport().updatesEnabled():  # (while the new page is put in place the old one stays on screen)
            seen.add(_top_line(window))
        assert len(seen) < 20000
    settle(window)
    assert seen <= {shown} and _top_line(window) == shown  # the whole text swapped in without a jump
    assert view.top_offset() == top
    assert _states(window) == (True, True, True) and "发展" not in view.displayed_text()


def test_the_highlights_on_screen_stay_on_their_words(opened, held_conversion):
    window, view = opened, opened.reading
    held_conversion.clear()
    window.keyword_panel.add_keyword("发展")
    settle(window)

    def highlighted() -> list[str]:
        """The highlighted words in the first blocks on screen (empty ones included)."""
        top = view.cursorForPosition(QPoint(0, 0)).block().blockNumber()
        return [s.cursor.selectedText() for s in view.extraSelections()
                if top <= s.cursor.block().blockNumber() < top + 6]

    before = highlighted()
    assert before and set(before) == {"发展"}
    window.actions_.toggle_script.trigger()
    assert view.converting
    assert highlighted() == ["發展"] * len(before)  # (collapsed to nothing where the paragraph was replaced)


def test_a_toggle_back_to_a_script_kept_shows_the_screen_at_once(opened):
    window, view = opened, opened.reading
    top = view.top_offset()
    for _ in range(2):  # 繁, converted and kept; back to the text as written
        window.actions_.toggle_script.trigger()
        settle(window)
    assert _states(window) == (False, False, False)
    window.actions_.toggle_script.trigger()  # 繁 again: no conversion, one rebuild over the next turns
    assert view.converting and _states(window) == (True, True, True)
    assert view.top_offset() == top
    settle(window)
    assert _states(window) == (True, True, True) and view.top_offset() == top
