"""Session 66N: a 文号 sorts as a reader of official documents orders them, by issuer, then year, then serial by
value (国发〔2019〕3号 before 国发〔2019〕12号, where sorting character by character put '1' before '3')."""

from __future__ import annotations

import pytest

from reader.text.metavalues import sortable_number

ORDERED = [  # (earlier, later): each pair as a reader expects them in an ascending list
    ("国发〔2019〕3号", "国发〔2019〕12号"),  # 〔〕: serial by value
    ("国办发[2019]9号", "国办发[2019]10号"),  # []
    ("国发（2019）7号", "国发（2019）21号"),  # （）
    ("国发(2019)2号", "国发(2019)100号"),  # ASCII parentheses
    ("国发【2019】8号", "国发【2019】11号"),  # 【】
    ("国发〔２０１９〕５号", "国发〔２０１９〕１５号"),  # full-width digits
    ("国发〔2019〕30号", "国发〔2020〕3号"),  # the year before the serial
    ("国发〔2009〕99号", "国发〔2019〕1号"),
    ("国务院令第99号", "国务院令第712号"),  # 第N号 with no year
    ("国家税务总局公告2019年第9号", "国家税务总局公告2019年第12号"),  # 2019年第N号
    ("国家税务总局公告2018年第50号", "国家税务总局公告2019年第1号"),
    ("院臺法字第950012345號", "院臺法字第1120012345號"),  # Taiwan 字第N號: its year in the serial, by value
    ("台財稅字第11200456號", "台財稅字第11204567890號"),
    ("（99）台財稅字第991234567號", "（100）台財稅字第1001234567號"),  # a Republic year before the issuer
    ("国发〔2019〕3号", "国发〔2019〕3号之一"),
    ("国办发〔2020〕1号", "国发〔2019〕1号"),  # issuers apart stay apart, as before
]


@pytest.mark.parametrize("earlier,later", ORDERED)
def test_numbers_sort_by_issuer_year_and_serial_value(earlier, later):
    assert sortable_number(earlier) < sortable_number(later)


SAME_ISSUER = [  # a number whose brackets differ sorts with its issuer's others (the year and serial decide)
    ("国发〔2019〕3号", "国发[2019]3号"),
    ("国发（2019）3号", "国发〔2019〕3号"),
    ("国务院令第712号", "国务院令 第712号"),
    ("（86）台財稅字第861893589號", "(86)台財稅字861893589號"),
]


@pytest.mark.parametrize("one,other", SAME_ISSUER)
def test_brackets_and_spacing_do_not_part_an_issuer(one, other):
    assert sortable_number(one) == sortable_number(other)


@pytest.mark.parametrize("value", ["", "  ", "\u3000"])
def test_no_number_has_no_key(value):
    assert sortable_number(value) == ""  # blank: the list puts it last either way


def test_a_number_with_no_digits_sorts_by_its_words():
    assert sortable_number("国发明电") == "国发明电"


def test_a_long_value_is_read_no_further_than_a_number_goes():
    key = sortable_number("国发〔2019〕3号" + "字" * 100000)
    assert key.startswith("国发\x002019\x00") and len(key) < 200
