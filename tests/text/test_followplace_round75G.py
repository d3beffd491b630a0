"""Found by hand (session 75G): a document changed on disk while shown was read again at the same count of characters
from the top, so text added above the reader moved them back onto another paragraph; the place now follows the words."""

from __future__ import annotations

import pytest

from reader.text.followplace import BLOCK, followed_place

PARAS = [f"第{n}段：关于第{n}项工作的具体安排和要求。" for n in range(1, 400)]
OLD = "\n".join(PARAS)


def _at(text: str, n: int) -> int:
    return text.index(f"第{n}段")


def test_text_added_above_the_place_moves_it_by_as_much():
    new = "新增的说明：本文件已于今日修订。\n" + OLD
    place = _at(OLD, 200) + 3
    got = followed_place(OLD, new, place)
    assert new[got:got + 12] == OLD[place:place + 12]


def test_text_removed_above_the_place_moves_it_back_by_as_much():
    new = OLD.replace(PARAS[5] + "\n", "")
    place = _at(OLD, 300)
    assert new[followed_place(OLD, new, place):].startswith("第300段")


def test_a_change_below_the_place_leaves_it_where_it_was():
    new = OLD.replace("第350段", "第三百五十段")
    place = _at(OLD, 100)
    assert followed_place(OLD, new, place) == place


def test_changes_on_both_sides_find_the_words_at_the_place_again():
    new = OLD.replace("第3项", "第三项（新）").replace("第390项", "第三百九十项")
    place = _at(OLD, 150) + 2
    got = followed_place(OLD, new, place)
    assert new[got:got + 20] == OLD[place:place + 20]


def test_the_place_in_words_that_changed_stays_within_the_change():
    new = OLD.replace(PARAS[199], "这一段已被整段改写，原文不再。")
    place = _at(OLD, 200) + 5
    got = followed_place(OLD, new, place)
    start = new.index("这一段已被整段改写")
    assert start <= got <= start + len("这一段已被整段改写，原文不再。")


@pytest.mark.parametrize("place", [0, 1, len(OLD) // 2, len(OLD) - 1, len(OLD), len(OLD) + 50, -3])
def test_an_unchanged_text_keeps_every_place(place):
    assert followed_place(OLD, OLD, place) == max(0, min(place, len(OLD)))


def test_the_whole_text_replaced_keeps_the_place_within_the_new_text():
    assert 0 <= followed_place(OLD, "全新的短文。", len(OLD) // 2) <= len("全新的短文。")


@pytest.mark.parametrize("cut", [BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK + 7])
def test_a_change_at_a_block_edge_is_found_exactly(cut):
    old = "字" * (5 * BLOCK)
    new = old[:cut] + "甲" + old[cut:]
    assert followed_place(old, new, cut + 10) == cut + 11
    assert followed_place(old, new, cut - 1) == cut - 1
