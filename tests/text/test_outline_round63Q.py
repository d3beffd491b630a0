"""Round 63Q: official metadata (issue 9): a Taiwan date counted in the years of the Republic under a date label
('發布日期：114/3/11', '民國 110 年 12 月 17 日') reads as the date it means (2025-03-11), in the page's date and in
the notice's 发布日期, and a city's press release ('發稿日期：112年9月15日', '發稿單位：文化局') gives its date and
source; a reposted notice's issuer is read without the quotes round its title; a news item's first paragraph opening
with a bracketed byline ('【記者莊惠惠報導】', '（记者 张三）') names its author, the paragraph kept as written."""

from __future__ import annotations

import pytest

from reader.text.meta import parse_meta_line
from reader.text.metavalues import date_value
from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.official import authority_of_title, extract


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
    ("发布时间：2020-05-06 21:15～2020-05-06 22:10", "2020-05-06"),
    ("發稿日期：112年9月15日", "2023-09-15"),
    ("發稿時間：115年2月9日", "2026-02-09"),
]


@pytest.mark.parametrize("line,date", DATES)
def test_a_republic_date_reads_as_the_date_it_means(line, date):
    assert (parse_meta_line(line) or {}).get("date") == date


@pytest.mark.parametrize("line,date", [  # a meeting's or lecture's own hours head its record: the day is its date
    ("時間：114/3/11 19:00~21:00地點: 社區活動中心", "2025-03-11"),
    ("日期：114/3/11 14:00～16:00", "2025-03-11"),
    ("时间：2020年5月8日19:00-22:00", "2020年5月8日"),  # left alone
])
def test_an_event_span_gives_its_day(line, date):
    assert (parse_meta_line(line) or {}).get("date") == date


@pytest.mark.parametrize("value,date", [("114/3/11", "2025-03-11"), ("民國 112 年 5 月 6 日", "2023-05-06"),
                                        ("2024-03-15", "2024-03-15")])  # (the last left alone)
def test_date_value_of_a_republic_date(value, date):
    assert date_value(value) == date


NOTICE = _doc("臺北市政府　公告", "發布日期：114/3/11", "主旨：公告本市114年度社區活動。",
              "說明：", "一、活動時間：114/4/2 19:00~21:00地點：市府大樓。")


def test_a_notice_dated_in_republic_years_gets_its_publication_date():
    got = extract(NOTICE)
    assert (got.authority, got.published, got.kind) == ("臺北市政府", "2025-03-11", "公告")


def test_an_event_in_the_body_gives_the_notice_no_date():  # left alone: a body line is no label
    text = _doc("臺北市政府　公告", "主旨：公告本市114年度社區活動。", "說明：", "一、活動時間：114/4/2 19:00~21:00地點：市府大樓。")
    assert extract(text).published == ""


def test_a_press_release_gives_its_date_and_source():
    text = _doc("藝術進區 豫劇團齊聚鹽水武廟", "發稿單位：文化局", "發稿日期：112年9月15日", "豫劇屬梆子劇種，深具北方特色。")
    got = extract(text, "藝術進區 豫劇團齊聚鹽水武廟")
    assert (got.published, (parse_meta_line("發稿單位：文化局") or {}).get("source")) == ("2023-09-15", "文化局")


@pytest.mark.parametrize("title,authority", [
    ("鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》", "山东省人民政府"),
    ("山东省人民政府关于深化预算管理制度改革的实施意见", "山东省人民政府"),  # left alone
])
def test_a_reposted_title_in_quotes_names_its_issuer(title, authority):
    assert authority_of_title(title) == authority


BYLINES = [  # a news item's first paragraph → its author
    ("【記者莊惠惠報導】台南市政府今天宣布，明年起將擴大補助。", "莊惠惠"),
    ("（记者 张三）本市今天召开会议，部署相关工作。", "张三"),
    ("【記者于郁金/金門報導】為有效維護轄區校園安全，召開座談會。", "于郁金"),
    ("【记者王小明、李大华/北京报道】昨日，会议在京召开。", "王小明、李大华"),
    ("本报讯（记者 张三 通讯员 李四）昨天，会议召开。", "张三 通讯员 李四"),
    ("本报讯 (见习记者丘佳溢)昨日，预备会在梅召开。", "丘佳溢"),
    # left alone: a press conference, a reporters' station, a byline inside a sentence
    ("【記者會】市長今天說明防疫措施，並回答提問。", ""),
    ("（记者站）本站今天开放参观，欢迎市民前来。", ""),
    ("市长今天对记者说，明年将扩大补助范围。", ""),
]


@pytest.mark.parametrize("text,author", BYLINES)
def test_a_bracketed_byline_names_the_author(text, author):
    doc = build_document(decode_bytes((_doc("台南市擴大補助", text, "第二段內容照常。")).encode("utf-8"), name="n.txt"))
    assert doc.author == author and text in doc.text  # the paragraph keeps its byline


@pytest.mark.parametrize("last,author", [
    ("会议审议通过了议程。（记者 李东华）", "记者 李东华"),
    ("會議還研究確定聯席會議于5月14日召開。 (時報記者 鄭育俊)", "時報記者 鄭育俊"),
    ("（新华社记者张三）", "新华社记者张三"),
    # left alone: an official's signature as before, a press conference, a hotline
    ("（孝南区人大常委会主任 姚惠萍）", "孝南区人大常委会主任 姚惠萍"),
    ("他在会上说明了情况。（记者会现场）", ""),
    ("欢迎来电咨询。（市长热线）", ""),
])
def test_a_reporter_signing_the_last_paragraph_is_the_author(last, author):
    doc = build_document(decode_bytes(_doc("市政协主席会议召开", "会议在市政务中心召开，主席主持会议。", last).encode("utf-8"),
                                      name="n.txt"))
    assert doc.author == author and last.strip() in doc.text
