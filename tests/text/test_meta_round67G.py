"""Round 67G: a 文号 whose year is set in Chinese numerals ('国发〔二〇二四〕3号', with 〇 or its look-alike ○) reads as
the year 2024, as one with ASCII or full-width digits does: the document's metadata finds it (its header line, a
title it ran on after), its spelling is one ('国发〔2024〕3号') and the library sorts it among the others; a number
whose year stands before 年 ('公告2019年第3号') sorts by that year, not as one of the Republic (3930)."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.headers import issue_number
from reader.text.metavalues import sortable_number
from reader.text.official import find_number, normalize_number, of_document

SPELLINGS = {
    "Chinese numerals with 〇": "国发〔二〇二四〕3号",
    "Chinese numerals with ○": "国发〔二○二四〕3号",
    "Chinese numerals with 零": "国发〔二零二四〕3号",
    "full-width digits": "国发〔２０２４〕３号",
    "square brackets": "国发[二〇二四]3号",
}


@pytest.mark.parametrize("number", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_one_spelling_whatever_the_years_digits(number: str) -> None:
    assert find_number(number) == normalize_number(number) == "国发〔2024〕3号"
    assert issue_number(number)
    assert sortable_number(number) == sortable_number("国发〔2024〕3号")


def test_a_chinese_numeral_year_sorts_among_the_others() -> None:
    numbers = ["国发〔2025〕1号", "国发〔二〇二四〕12号", "国发〔2024〕3号", "国发〔一九九八〕5号", "国发〔二○二三〕40号"]
    assert sorted(numbers, key=sortable_number) == ["国发〔一九九八〕5号", "国发〔二○二三〕40号", "国发〔2024〕3号",
                                                    "国发〔二〇二四〕12号", "国发〔2025〕1号"]


@pytest.mark.parametrize("number,year", [("公告2019年第3号", "2019"), ("公告二〇二四年第3号", "2024"),
                                         ("（86）台財稅字第861893589號", "1997")])
def test_the_year_before_nian_is_that_year(number: str, year: str) -> None:
    assert sortable_number(number).split("\x00")[1] == year


BODY = ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n为贯彻落实党中央决策部署，全面推进数字政府建设，现提出以下意见。\n\n"
        "一、总体要求\n\n坚持以人民为中心，统筹发展和安全。\n\n二、主要任务\n\n加强数据共享，提升服务效能。\n")
DOCUMENTS = {
    "its own line under the title": ("国务院关于加强数字政府建设的指导意见\n\n国发〔二〇二四〕3号\n\n" + BODY,
                                      "国务院关于加强数字政府建设的指导意见", "国发〔2024〕3号"),
    "its own line, ○ for 〇": ("国务院关于加强数字政府建设的指导意见\n\n国发〔二○二四〕3号\n\n" + BODY,
                              "国务院关于加强数字政府建设的指导意见", "国发〔2024〕3号"),
    "run on after the title": ("国务院办公厅关于加强城市内涝治理的实施意见国办发〔二〇二四〕11号" + BODY,
                               "国务院办公厅关于加强城市内涝治理的实施意见", "国办发〔2024〕11号"),
}


@pytest.mark.parametrize("text,title,number", list(DOCUMENTS.values()), ids=list(DOCUMENTS))
def test_the_documents_number_and_title(text: str, title: str, number: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"), "notice.txt")
    doc = build_document(decoded)
    assert (doc.title, of_document(decoded, doc).number) == (title, number)
