"""Session 69M: the 文号 column sorted issuers by code point (医保办函 ‹ 吉政明电 ‹ 国办函 ‹ 国办发 ‹ 法) while titles and
authorities sort in 拼音; issuers now sort in 拼音 too (the titles' key), years and serials by value."""

from __future__ import annotations

import pytest

from reader.text.collation import number_key
from reader.text.metavalues import sortable_number

PINYIN = ["法〔2018〕2号", "国办发〔2019〕3号", "国办发〔2019〕12号", "国办函〔2019〕12号", "吉政明电〔2020〕1号",
          "医保办函〔2020〕9号"]


def test_issuers_sort_in_pinyin_then_year_then_serial_by_value():
    assert sorted(reversed(PINYIN), key=number_key) == PINYIN  # before (code points): 医保办函 first, 法 last


@pytest.mark.parametrize("first, second", [
    ("国发〔2018〕30号", "国发〔2019〕3号"),  # the year before the serial
    ("国发〔2019〕3号", "国发〔2019〕12号"),  # the serial by value
    ("國發〔2019〕3號", "国发〔2019〕12号"),  # either script: the issuer folded, as titles are
    ("〔2019〕3号", "国发〔2019〕1号"),  # no issuer before any issuer
    ("国令第712号", "国务院令第713号"),  # no year: by issuer, then serial
])
def test_pairs_in_order(first, second):
    assert number_key(first) < number_key(second)


def test_a_blank_number_has_no_key_and_the_plain_string_key_is_unchanged():
    assert number_key("") == () and number_key("  ") == ()
    assert sortable_number("国发〔2019〕3号") == "国发\x002019\x00000000000000003\x00"
    assert sortable_number("通知") == "通知" and sortable_number("") == ""
