"""Asked for in session 69: a resize on a long document showed a blank page for 0.5-2.5 s (1 M characters, half-way
down) until the place was laid out again from the top of the text at the new width (round 68R, which stopped it
painting other places). The place's page is now drawn at once from a copy of its paragraphs laid out at the new width
(a line's breaks depend on its own paragraph only), and it is the page the view shows once the place is back."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from qtsupport import inked, long_law, picture, picture_rows, settle


def test_a_new_width_shows_the_place_at_once_as_it_will_be_laid_out(make_window, qtbot, tmp_path):
    window = make_window([str(long_law(tmp_path))])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.go_to_offset(len(window.loaded.document.text) // 2)
    settle(window)
    view = window.reading
    view.clearFocus()  # no caret blinking between the two pictures
    place = view.top_offset()
    paper = view.viewport().palette().base().color()
    for width in (700, 1100):
        window.resize(width, 760)
        assert view.blank  # still being laid out to the place at the new width
        pictures = []
        while view.blank:  # the window's own layout settles the width meanwhile: the last picture is at the final one
            pictures.append(picture(view))
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        early = pictures[-1]
        settle(window)
        assert not view.blank and abs(view.top_offset() - place) < 80
        late = picture(view)
        assert inked(early, paper) > 10  # before: a blank page (0 rows)
        assert early.size() == late.size()
        shown = picture_rows(late)
        moved = [y for y, row in enumerate(picture_rows(early)) if row not in shown[max(0, y - 1):y + 2]]
        assert not moved, moved[:8]  # the very page shown once the place is laid out, to a pixel (a block's top
        # falls at another fraction of a pixel in the copy): nothing jumps when the place comes back
