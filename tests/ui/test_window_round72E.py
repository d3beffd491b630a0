"""Found by hand in session 72: a long document read to its end (Ctrl+End) went blank for 1-2 s when the window was
resized, until the whole text was laid out again at the new width (round 69I drew the place's page from a copy at once
everywhere else). The last page is now drawn at once from a copy of the last paragraphs, laid out at the new width
and set at the bottom of the view, and it is the page the view shows once the end is reached again."""

from __future__ import annotations

import os

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication

from qtsupport import click_document, inked, long_law, picture, picture_rows, settle


def test_a_new_width_at_the_end_shows_the_last_page_at_once(make_window, qtbot, tmp_path):
    window = make_window([str(long_law(tmp_path))])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    view = window.reading
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    view.clearFocus()  # no caret blinking between the two pictures
    paper = view.viewport().palette().base().color()
    for width in (700, 1100):
        window.resize(width, 760)
        assert view.blank  # still being laid out to the end at the new width
        pictures = []
        while view.blank:  # the window's own layout settles the width meanwhile: the last picture is at the final one
            pictures.append(picture(view))
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        early = pictures[-1]
        settle(window)
        assert not view.blank and bar.value() == bar.maximum()  # still at the end
        late = picture(view)
        assert inked(early, paper) > 10  # before: a blank page (0 rows)
        assert early.size() == late.size()
        shown = picture_rows(late)
        moved = [y for y, row in enumerate(picture_rows(early)) if row not in shown[max(0, y - 1):y + 2]]
        assert not moved, moved[:8]  # the very last page, to a pixel: nothing jumps when the end comes back


def test_the_opening_message_stays_until_the_long_document_is_on_screen(make_window, qtbot, tmp_path):
    """Found by hand in session 72: a long document opened at a far place kept the page before it on screen for
    seconds (its text built, then laid out down to the place), while the status bar's 'Opening …' was already gone:
    the old page stood there with nothing saying another was on its way."""
    law = long_law(tmp_path)
    note = tmp_path / "note.txt"
    note.write_text("短文\n\n一段很短的正文，读完就走。\n", encoding="utf-8")
    window = make_window([str(law)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.go_to_offset(len(window.loaded.document.text) * 9 // 10)  # read far into it
    settle(window)
    window.open_path(str(note))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(note), timeout=20000)
    settle(window)
    seen = []  # (the page before it still on screen, the status bar's message) as the long one comes in
    window.documents.document_loaded.connect(
        lambda *_: seen.append((window.reading.arriving, window.status.currentMessage())))
    click_document(qtbot, window, str(law), shown=False)  # back to it: at its far place
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    arriving, message = seen[0]
    assert arriving  # the note's page is still on screen: the law is built and laid out down to its place
    assert "law.txt" in message  # before: '' (cleared as soon as the text was in, seconds before it was shown)
    settle(window, timeout=60)
    assert not window.reading.arriving
    assert window.status.currentMessage() == ""  # on screen: the message went with it
    assert abs(window.reading.place() - len(window.loaded.document.text) * 9 // 10) < 200


def _asked_check(window, qtbot) -> list[str]:
    """Library › Check for Missing and Changed Files, as the reader asks for it; the status bar's messages of it."""
    upkeep = window.library_panel.upkeep
    said, checks = [], []
    window.status.messageChanged.connect(said.append)
    upkeep.importer.started.connect(checks.append)
    window.actions_.check_library.trigger()
    qtbot.waitUntil(lambda: "check" in checks, timeout=30000)
    qtbot.waitUntil(lambda: not upkeep.importer.busy, timeout=60000)
    settle(window)
    window.status.messageChanged.disconnect(said.append)
    upkeep.importer.started.disconnect(checks.append)
    return [m for m in said if m]


def test_a_check_the_reader_asked_for_says_what_it_found_even_when_all_is_well(make_window, qtbot, tmp_path):
    """Found by hand in session 72: Library › Check for Missing and Changed Files said nothing when nothing was missing
    or new, and never named the changed files it read again: the reader could not tell it had run at all."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("关于加强监督工作的通知\n\n各单位要加强监督。\n", encoding="utf-8")
    second.write_text("关于做好防火工作的通知\n\n各单位要做好防火。\n", encoding="utf-8")
    window = make_window()
    upkeep = window.library_panel.upkeep
    upkeep.add_paths([str(first), str(second)])  # files, not a watched folder: only the check looks at them
    qtbot.waitUntil(lambda: not upkeep.importer.busy, timeout=60000)
    settle(window)
    assert _asked_check(window, qtbot) == ["No document is missing or changed"]  # before: nothing at all
    second.write_text("关于做好防火工作的通知\n\n各单位要做好防火，加强检查。\n", encoding="utf-8")
    stat = second.stat()
    os.utime(second, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))  # a later time, whatever the clock
    assert _asked_check(window, qtbot) == ["1 changed document read again"]  # before: nothing at all
