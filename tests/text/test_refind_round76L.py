"""A library hit found again by its words in the text shown, when the stored text was an older cleaning's."""

from __future__ import annotations

from reader.text.refind import found_again, snippet_words

NOW = "前幾年的修正案。\n第一条 立法院提出修憲案，\n經公告半年後，修憲由人民複決。\n"


def test_words_at_their_offset_are_taken_as_they_are():
    at = NOW.index("修憲案")
    assert found_again(NOW, at, (NOW[at - 8:at], "修憲", NOW[at + 2:at + 12])) == (at, at + 2)


def test_an_older_cleanings_offset_is_corrected_by_the_words_around_it():
    stored = "本文已於網站公告\n" + NOW  # the older cleaning kept a line the new one drops: every offset moved
    at = stored.index("修憲由")
    words = (stored[at - 12:at], "修憲", stored[at + 2:at + 14])
    assert NOW[at:at + 2] != "修憲"  # the offset alone selects other words
    start, end = found_again(NOW, at, words)
    assert (start, NOW[start:end]) == (NOW.index("修憲由"), "修憲")  # the second 修憲, not the nearest


def test_the_nearest_of_equally_alike_places_wins_and_gone_words_give_none():
    text = "修憲" + "。" * 50 + "修憲" + "。" * 50 + "修憲"
    assert found_again(text, 60, ("", "修憲", "")) == (52, 54)
    assert found_again(NOW, 5, ("", "公投", "")) is None


def test_a_hit_across_a_line_break_is_found_with_its_break():
    text = "甲乙丙修\n憲丁戊"
    assert found_again(text, 0, ("甲乙丙", "修 憲", "丁戊")) == (3, 6)


def test_snippet_words_drop_the_cut_marks():
    assert snippet_words("…前面的話修憲後面的話…", (5, 2)) == ("前面的話", "修憲", "後面的話")
