"""A header line of labelled fields that ends on a date with no label of its own (round 71N, found by hand in
round 71L): '来源：云南日报　　作者：李明　　2023年9月12日' gave source and author and lost the date, shown nowhere."""

from __future__ import annotations

import pytest

from reader.text.meta import parse_meta_line
from support import parse_document

# (line as a page sets it, the date expected): full-width and ASCII spaces, the date's written forms, with a time
_ENDS_ON_A_DATE = [
    ("来源：云南日报　　作者：李明　　2023年9月12日", "2023年9月12日"),
    ("来源：云南日报　作者：李明　2023年9月12日", "2023年9月12日"),
    ("来源: 云南日报  作者: 李明  2023-09-12", "2023-09-12"),
    ("来源：云南日报  作者：李明  2023-09-12 10:30", "2023-09-12 10:30"),
    ("来源：云南日报　　作者：李明　　2023.9.12 10:30:05", "2023.9.12 10:30:05"),
    ("作者：李明 | 2023/09/12", "2023/09/12"),
    ("来源：云南日报　　2023年9月12日 星期二", "2023年9月12日"),  # a paper's dateline, its weekday left off
    ("来源：云南日报　　作者：李明　　20230912", "2023-09-12"),
    ("作者：李明　　2023年9月12日　　参与互动(0)", "2023年9月12日"),  # a page's widget after it, chrome
]
# lines whose fields must not change: the date has its label, or stands first, or is a sentence's, not a stamp
_UNCHANGED = [
    ("时间：2023-01-01　　作者：李明　　2023年9月12日", {"date": "2023-01-01", "author": "李明"}),  # the labelled one
    ("作者：李明　　2023年9月12日　　时间：2023-01-01", {"date": "2023-01-01", "author": "李明"}),
    ("2023年1月5日　来源：云南日报　　作者：李明", {"date": "2023年1月5日", "source": "云南日报", "author": "李明"}),
    ("来源：云南日报　　作者：李明　　参与互动(0)", {"date": None, "author": "李明"}),
]


@pytest.mark.parametrize(("line", "date"), _ENDS_ON_A_DATE)
def test_a_date_ending_a_line_of_labels_is_the_date(line: str, date: str) -> None:
    got = parse_meta_line(line)
    assert got is not None and got.get("date") == date and got.get("author", "李明") == "李明"


@pytest.mark.parametrize(("line", "fields"), _UNCHANGED)
def test_a_labelled_or_leading_date_or_a_sentence_is_read_as_before(line: str, fields: dict) -> None:
    got = parse_meta_line(line)
    assert got is not None and {k: got.get(k) for k in fields} == fields


def test_a_date_inside_a_sentence_is_no_header_line() -> None:
    assert parse_meta_line("2023年9月12日，记者李明在昆明采访了当地农民。") is None


def test_the_document_shows_the_date_and_keeps_its_text() -> None:
    text = "标题测试\n来源：云南日报　　作者：李明　　2023年9月12日\n\n正文内容在这里，今年粮食丰收。\n"
    document = parse_document(text.encode("utf-8"), name="page.txt")
    assert (document.source, document.author, document.date) == ("云南日报", "李明", "2023年9月12日")
    assert "正文内容在这里" in document.text


def test_a_date_the_document_has_already_is_kept() -> None:
    text = "标题测试\n2023年1月5日\n来源：云南日报　　作者：李明　　2023年9月12日\n\n正文内容在这里，今年粮食丰收。\n"
    assert parse_document(text.encode("utf-8"), name="page.txt").date == "2023年1月5日"


# a piece after a field that no field shows and that is the reader's text: the line stays in the text, whole
_TEXT_AFTER_FIELDS = [
    "来源：云南日报　　作者：李明　　2023年9月12日召开会议",  # a date inside a sentence, not a stamp
    "来源：云南日报　　关键词：粮食　　全省粮食再获丰收。",  # after a field no sentence is checked in
    "作者：李明  2023-09-12发布的通知",
]


@pytest.mark.parametrize("line", _TEXT_AFTER_FIELDS)
def test_a_line_with_text_no_field_shows_is_no_header_line(line: str) -> None:
    assert parse_meta_line(line) is None


def test_the_text_after_the_fields_is_not_lost() -> None:
    text = "标题测试\n来源：云南日报　　作者：李明　　2023年9月12日召开会议\n\n正文内容在这里，今年粮食丰收。\n"
    assert "2023年9月12日召开会议" in parse_document(text.encode("utf-8"), name="page.txt").text
