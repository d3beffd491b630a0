"""Round 62Q: official metadata on real documents (issue 9): a 文号 run on after its title (on one line with the
salutation, after a title wrapped over two lines, before the page repeating the title) is found and the kind read
from the title without it; a labelled date shows the date only (not an event's span, a place run on, a month
2021); a time of day ('晚上') is no source; a Hong Kong officer signing by office and name gives the issuer."""

from __future__ import annotations

import pytest

from reader.text.meta import date_line, parse_meta_line, stamped_source
from reader.text.official import extract, kind_of_title

_TO = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
_BODY = "现将《规划》印发给你们，请认真贯彻执行。"
_TITLE = "国务院关于印发国家环境保护“十一五”规划的通知"


def _doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


NUMBERS = [  # (text, title, number, authority, kind)
    (_doc(_TITLE + "国发〔2007〕37号" + _TO, _BODY, "国务院", "二〇〇七年十一月二十二日"), "", "国发〔2007〕37号", "国务院", "通知"),
    (_doc("国务院办公厅关于加强城市内涝治理的", "实施意见国办发〔2021〕11号" + _TO, _BODY, "国务院办公厅", "2021年4月8日"),
     "国务院办公厅关于加强城市内涝治理的", "国办发〔2021〕11号", "国务院办公厅", "意见"),
    (_doc(_TITLE, "国发〔2007〕37号" + _TITLE, _TO, _BODY), "国发〔2007〕37号" + _TITLE, "国发〔2007〕37号", "国务院", "通知"),
    (_doc(_TITLE + "国发〔2007〕37号", _TO, _BODY), _TITLE + "国发〔2007〕37号", "国发〔2007〕37号", "国务院", "通知"),
    (_doc(_TITLE + " 国发〔2007〕37号", _TO, _BODY), _TITLE + " 国发〔2007〕37号", "国发〔2007〕37号", "国务院", "通知"),
    # left alone: a number quoted in a sentence, the prefix's own kind, a plain number line
    (_doc(_TITLE, "根据国发〔2007〕37号文件精神，结合本市实际，制定本方案。"), _TITLE, "", "国务院", "通知"),
    (_doc("环境保护部办公厅关于某事项的函", "环办法规函〔2017〕12号", _BODY), "环境保护部办公厅关于某事项的函",
     "环办法规函〔2017〕12号", "环境保护部办公厅", "函"),
    (_doc("国办发〔2015〕94号", "国务院办公厅关于优化学术环境的指导意见", _TO, _BODY), "国务院办公厅关于优化学术环境的指导意见",
     "国办发〔2015〕94号", "国务院办公厅", "意见"),
]


@pytest.mark.parametrize("text,title,number,authority,kind", NUMBERS)
def test_number_run_on_with_its_title(text, title, number, authority, kind):
    got = extract(text, title)
    assert (got.number, got.authority, got.kind) == (number, authority, kind)


@pytest.mark.parametrize("title,kind", [
    (_TITLE + "国发〔2007〕37号", "通知"), (_TITLE + "　国发〔2007〕37号", "通知"),
    ("国务院办公厅关于部分地方优化营商环境典型做法的通报国办函〔2018〕46号", "通报"),
    ("关于开展主题宣传活动的通知__上海市卫生健康委员会", "通知"), ("国务院关于某事项的意见 - 中国政府网", "意见"),
    (_TITLE, "通知"), ("关于转发〔2007〕号文件有关问题的通知", "通知"), ("x_y_z", ""),  # left alone
])
def test_kind_of_a_title_carrying_its_number(title, kind):
    assert kind_of_title(title) == kind


DATES = [  # a labelled date line → the date shown
    ("時間：114/3/11 19:00~21:00地點: 社區活動中心", "2025-03-11"),  # a Republic date read (63Q)
    ("时间：2020年5月8日19:00-22:00", "2020年5月8日"),
    ("时间：2020-05-06 21:15～2020-05-06 22:10", "2020-05-06"),
    ("日期：2025 年 12 月 28 日", "2025年12月28日"),
    ("发布日期：2026-08-13（广东省人民政府网发布日", "2026-08-13"),
    ("时间：9月7日（周六", "9月7日"),
    # left alone: a stamp with its time, a compact date, a Republic date
    ("发布时间：2024-03-15 18:30:00", "2024-03-15 18:30:00"),
    ("日期：19470101", "1947-01-01"),
    ("公布日期：民國 110 年 12 月 17 日", "2021-12-17"),  # read as the year it means (63Q)
]


@pytest.mark.parametrize("line,date", DATES)
def test_labelled_date_shows_the_date(line, date):
    assert (parse_meta_line(line) or {}).get("date") == date


@pytest.mark.parametrize("line,date", [("2025年　   12月　  28日", "2025年12月28日"), ("20240315", "2024-03-15"),
                                       ("【2024-03-15 10:30】", "2024-03-15 10:30")])  # (the last two left alone)
def test_a_date_line_reads_as_one_date(line, date):
    assert date_line(line) == date


@pytest.mark.parametrize("value", ["2021月2日", "2024-13-01", "12.3.4 上午"])
def test_a_value_that_is_no_date_shows_nothing(value):
    assert "date" not in (parse_meta_line("日期：" + value) or {})


@pytest.mark.parametrize("line,source", [
    ("2024年3月5日 晚上", ("2024年3月5日", "")), ("2021年12月31日 星期五", ("2021年12月31日", "")),
    ("TNW中文站 2016年10月14日07:17", ("2016年10月14日07:17", "TNW中文站")),  # left alone: an outlet
])
def test_time_of_day_is_no_source(line, source):
    assert stamped_source(line) == source


def test_labels_set_apart_by_semicolons():
    line = "來源：Hong Kong Free Press《香港自由報》；作者：KELLY HO；發佈時間：2020年9月25日"
    assert parse_meta_line(line) == {"source": "Hong Kong Free Press《香港自由報》", "author": "KELLY HO",
                                     "date": "2020年9月25日"}
    assert parse_meta_line("来源：新华社") == {"source": "新华社"}  # left alone


@pytest.mark.parametrize("line,fields", [
    ("来源：安保科 撰稿人：窦晓玲", {"source": "安保科", "author": "窦晓玲"}),
    ("来源：腾讯 关键字 :文化馆广州", {"source": "腾讯"}),
    ("文章转载自:ThoughtWorks洞见 作者:汪志成", {"source": "ThoughtWorks洞见", "author": "汪志成"}),
    ("原文出自:https://www.example.com", {"source": "https://www.example.com"}),
])
def test_a_label_after_the_source_ends_it(line, fields):
    assert parse_meta_line(line) == fields


def test_labelled_time_of_day_is_no_source():
    assert "source" not in (parse_meta_line("来源：晚上") or {})
    assert extract(_doc("来源：晚上", _BODY)).source == ""
    assert parse_meta_line("来源：新华社")["source"] == "新华社"


@pytest.mark.parametrize("signer,authority", [
    ("勞工處處長 陳小明", "勞工處處長"), ("运输署署长　李大文", "运输署署长"),
    ("总理 李强", ""),  # left alone: a title with no department names no office
])
def test_officer_signing_by_office(signer, authority):
    text = _doc("第 1234 號公告", "僱員補償條例", "本人現公布下列事項。", signer, "2023年7月7日")
    assert extract(text).authority == authority
