"""Found by hand (session 68L): in 台灣正體（詞彙） a keyword lost its hits where Taiwan's words replace it (软件 is shown
as 軟體, which no character fold reaches); a word now also finds the form the display gives it."""

from __future__ import annotations

import pytest

from reader.text.keywords import find_all_shown

TEXT = "加快軟體和資訊科技發展，軟件一詞照舊，推動滑鼠與軟體協同"


@pytest.mark.parametrize(
    "words, shown, expected",
    [
        (["软件"], {"软件": "軟體"}, {"软件": [(2, 4), (12, 14), (24, 26)]}),  # both forms, in text order
        (["鼠标"], {"鼠标": "滑鼠"}, {"鼠标": [(21, 23)]}),
        (["软件", "信息"], {"软件": "軟體", "信息": "資訊"}, {"软件": [(2, 4), (12, 14), (24, 26)], "信息": [(5, 7)]}),
        (["发展"], {"发展": "發展"}, {"发展": [(9, 11)]}),  # a form the fold already reaches: counted once
        (["软件"], {}, {"软件": [(12, 14)]}),  # no display form: the fold alone
    ],
)
def test_a_keyword_finds_the_form_the_display_gives_it(words, shown, expected):
    assert find_all_shown(TEXT, words, shown) == expected


def test_overlapping_forms_count_once():
    assert find_all_shown("软件包", ["软件包"], {"软件包": "软件"}) == {"软件包": [(0, 3)]}
