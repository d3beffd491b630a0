"""Session 69S: the pure 拼音 key (reader.text.collation) now orders the window's Title and Authority columns too.
A title holding a circled or superscript number ('①', '²') stopped `library list --sort title` with a ValueError
(str.isdigit() takes them for digits, int() does not), and '·' (U+00B7, as in a transliterated name) was missing from
the punctuation's order, so it sorted after every other mark where Qt's collation puts it among them."""

from __future__ import annotations

import pytest

from reader.text.collation import title_key


@pytest.mark.parametrize("title", ["①总则", "面积（m²）统计", "第①条"])
def test_numbers_that_are_not_decimal_digits_do_not_stop_the_sort(title):
    assert sorted([title, "总则", "2号"], key=title_key)  # before: ValueError from int('①')


def test_a_middle_dot_sorts_among_the_marks():
    # before: '·' after every mark in the table ('‘', '「'), as if unknown; now after '。', before quotes as in Qt's
    assert sorted(["「數位」發展", "‘双减’政策问答", "·北京·见闻"], key=title_key) == [
        "·北京·见闻", "‘双减’政策问答", "「數位」發展"]
