"""Found by hand (session 68G): on a 1 M-character law with 3,076 keyword hits, Ctrl+=, a theme change or a resize
froze the window for 1-2.5 s. The new font was set on the page shown while its replacement was built (laid out again
from its top), and the keyword selections were made again into that page, each making Qt lay the text out down to
it (the reader's place, half-way down). The page being replaced keeps its font and gets no new selections; the new
one gets selections for the hits near the reader's place once it is there."""

from __future__ import annotations

import pytest

from qtsupport import long_law, settle

class Applied:
    """Every set of extra selections the reading view is given, with the document it shows at that moment."""

    def __init__(self, view) -> None:
        self.calls: list[tuple[int, object]] = []
        real = view.setExtraSelections

        def record(selections) -> None:
            self.calls.append((len(selections), view.document()))
            real(selections)

        view.setExtraSelections = record


@pytest.fixture
def halfway(make_window, qtbot, tmp_path):
    window = make_window([str(long_law(tmp_path))])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.keyword_panel.add_keyword("审计")
    settle(window)
    assert len(window.hits.marks.marks()) == 1000  # far more hits than are drawn at once
    window.go_to_offset(len(window.loaded.document.text) // 2)
    settle(window)
    return window


@pytest.mark.parametrize("how", ["zoom_in", "theme"])
def test_the_page_being_replaced_gets_no_new_font_or_highlights(halfway, how):
    window = halfway
    view = window.reading
    old = view.document()
    size = old.defaultFont().pointSizeF()
    applied = Applied(view)
    if how == "zoom_in":
        window.actions_.zoom_in.trigger()
    else:
        window.view.set_theme("dark")
    assert view.document() is old  # the new one is still being built
    assert old.defaultFont().pointSizeF() == size  # before: laid out again from its top in the new font
    settle(window)
    assert view.document() is not old
    into_old = [n for n, doc in applied.calls if doc is old and n]
    assert not into_old, into_old  # before: [1000 hits' worth near the place] each forcing the layout down to it
    drawn = [n for n, doc in applied.calls if doc is view.document()]
    assert drawn and 0 < drawn[-1] < 200  # the hits near the place, drawn into the page shown once it is there
    top, bottom = view.visible_display_range()
    starts = {view.from_qt(s.cursor.selectionStart()) for s in view.extraSelections()}
    text = view.displayed_text()
    on_screen = [i for i in range(top, bottom) if text.startswith("审计", i)]
    assert on_screen and set(on_screen) <= starts

