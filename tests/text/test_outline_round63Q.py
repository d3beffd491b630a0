"""Round 63Q: official metadata (issue 9): a Taiwan date counted in the years of the Republic under a date label
('發布日期：114/3/11', '民國 110 年 12 月 17 日') reads as the date it means (2025-03-11), in the page's date and in
the notice's 发布日期; a bare 時間/日期 label giving the hours an event takes ('114/3/11 19:00~21:00地點：…') is the
event's time, not the document's date."""

from __future__ import annotations

import pytest

from reader.text.meta import parse_meta_line
from reader.text.metavalues import date_value
from reader.text.official import extract


def _doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


DATES = [  # a labelled date line → the date shown
    ("發布日期：114/3/11", "2025-03-11"),
    ("發布時間：114/03/11 10:30", "2025-03-11 10:30"),
    ("日期：94/2/15", "2005-02-15"),
    ("公布日期：民國 110 年 12 月 17 日", "2021-12-17"),
    ("發文日期：中華民國113年5月6日", "2024-05-06"),
    ("日期：114年3月11日", "2025-03-11"),
    # left alone: Gregorian dates, a short year that is no Republic year, a two-digit year with 年
    ("发布时间：2024-03-15 18:30:00", "2024-03-15 18:30:00"),
    ("日期：2025 年 12 月 28 日", "2025年12月28日"),
    ("日期：12/3/4", "12/3/4"),
    ("日期：24年3月11日", "24年3月11日"),
    ("发布时间：2020-05-06 21:15～2020-05-06 22:10", "2020-05-06"),  # a labelled publication keeps its day
]


@pytest.mark.parametrize("line,date", DATES)
def test_a_republic_date_reads_as_the_date_it_means(line, date):
    assert (parse_meta_line(line) or {}).get("date") == date


@pytest.mark.parametrize("line", [
    "時間：114/3/11 19:00~21:00地點: 社區活動中心",
    "时间：2020年5月8日19:00-22:00",
    "日期：114/3/11 14:00～16:00",
])
def test_an_event_span_is_no_document_date(line):
    assert "date" not in (parse_meta_line(line) or {})


@pytest.mark.parametrize("value,date", [("114/3/11", "2025-03-11"), ("民國 112 年 5 月 6 日", "2023-05-06"),
                                        ("2024-03-15", "2024-03-15")])  # (the last left alone)
def test_date_value_of_a_republic_date(value, date):
    assert date_value(value) == date


NOTICE = _doc("臺北市政府　公告", "發布日期：114/3/11", "主旨：公告本市114年度社區活動。",
              "說明：", "一、活動時間：114/4/2 19:00~21:00地點：市府大樓。")


def test_a_notice_dated_in_republic_years_gets_its_publication_date():
    got = extract(NOTICE)
    assert (got.authority, got.published, got.kind) == ("臺北市政府", "2025-03-11", "公告")


def test_an_event_in_the_body_gives_the_notice_no_date():  # left alone: passes without the change too
    text = _doc("臺北市政府　公告", "主旨：公告本市114年度社區活動。", "說明：", "一、活動時間：114/4/2 19:00~21:00地點：市府大樓。")
    assert extract(text).published == ""
