"""Round 64Z: a saved page's chrome is no longer its title. A county paper's byline set over the headline ('□本报记者
王五'), a search box's tab ('网页') or a paper's box label ('阅读提示') on the page's first line gives way to the
headline; a dateline with its weekday and hour ('2018年11月27日 星期二 10:20') is the date, a letter-spaced role
('记 者 | 张子鹤 赵 鑫') the author. A headline that names reporters, a marked heading '## 网页' and a plain first line
stay."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.model import Document

_HEAD = "全省新建农村公路三千公里"
_BODY = ("今年以来，我省加快推进农村公路建设，截至目前全省新建农村公路三千公里，惠及沿线群众一百余万人。\n\n"
         "省交通运输厅有关负责人介绍，新建公路全部达到四级以上标准，村村通客车的目标基本实现。\n")


def _doc(text: str, name: str = "p.txt") -> Document:
    return build_document(decode_bytes(text.encode("utf-8"), name=name))


@pytest.mark.parametrize("top, author", [
    ("□本报记者 王五", "本报记者 王五"),
    ("■融媒记者 李四 通讯员 赵六", "融媒记者 李四 通讯员 赵六"),
    ("本报记者 王五", "本报记者 王五"),
])
def test_byline_over_the_headline_is_the_author(top: str, author: str) -> None:
    doc = _doc(f"{top}\n{_HEAD}\n\n{_BODY}")
    assert (doc.title, doc.author) == (_HEAD, author)


@pytest.mark.parametrize("label", ["网页", "阅读提示", "閱讀提示"])
def test_chrome_label_on_the_first_line_is_no_title(label: str) -> None:
    assert _doc(f"{label}\n{_HEAD}\n\n{_BODY}").title == _HEAD


@pytest.mark.parametrize("label", ["网页", "阅读提示"])
def test_chrome_label_as_page_title_is_no_title(label: str) -> None:
    page = (f"<html><head><title>{label}</title></head><body><p>{label}</p><p>{_HEAD}</p>"
            + "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n")) + "</body></html>")
    assert _doc(page, "p.html").title == _HEAD


@pytest.mark.parametrize("line, date", [
    ("2018年11月27日 星期二 10:20", "2018年11月27日"),
    ("2018年11月27日 星期二 10:20:05", "2018年11月27日"),
])
def test_dateline_with_weekday_and_hour(line: str, date: str) -> None:
    doc = _doc(f"{_HEAD}\n{line}\n\n{_BODY}")
    assert (doc.title, doc.date[:len(date)]) == (_HEAD, date)


@pytest.mark.parametrize("line", ["记 者 | 张子鹤 赵 鑫", "作 者：张子鹤"])
def test_letter_spaced_role_names_the_author(line: str) -> None:
    doc = _doc(f"{_HEAD}\n{line}\n\n{_BODY}")
    assert doc.title == _HEAD and "张子鹤" in doc.author


@pytest.mark.parametrize("text, title", [
    ("记者探访农村公路建设一线\n\n" + _BODY, "记者探访农村公路建设一线"),  # a headline about reporters
    ("致敬新闻记者\n\n" + _BODY, "致敬新闻记者"),
    (_HEAD + "\n\n" + _BODY, _HEAD),
    ("网页设计入门教程\n\n" + _BODY, "网页设计入门教程"),
])
def test_plain_headlines_stay(text: str, title: str) -> None:
    assert _doc(text).title == title


def test_marked_heading_stays() -> None:
    doc = _doc("## 网页\n\n网页是构成网站的基本元素，是承载各种网站应用的平台。\n\n## 浏览器\n\n浏览器是用来检索和展示信息的程序。\n",
               "p.md")
    assert doc.title == "网页"


@pytest.mark.parametrize("label", ["第4版:特别报道", "01:一版要闻", "A03版：要闻", "论文部分内容阅读"])
def test_paper_page_label_is_no_title(label: str) -> None:
    assert _doc(f"{label}\n\n{_HEAD}\n\n{_BODY}").title == _HEAD


def test_short_headline_over_its_byline_under_a_channel_name() -> None:
    doc = _doc(f"高德娱乐新闻\n \n乡村之美丨“千万工程”二十年\n作者:admin    发布于:2023-11-11 13:53\n\n{_BODY}")
    assert doc.title == "乡村之美丨“千万工程”二十年"


@pytest.mark.parametrize("text, title", [
    ("1：总则说明\n\n" + _BODY, "1：总则说明"),  # a number without its page word or a leading zero
    ("2：30分钟读懂\n\n" + _BODY, "2：30分钟读懂"),
    ("新闻中心\n市长会见客人\n来源：办公室\n\n" + _BODY, "新闻中心"),  # a line too short for a headline
    ("通知公告\n关于开展安全检查的通知\n发布时间：2024-01-02\n\n" + _BODY, "关于开展安全检查的通知"),
])
def test_page_labels_and_headlines_left_alone(text: str, title: str) -> None:
    assert _doc(text).title == title


@pytest.mark.parametrize("number", ["(一)", "（二）", "三、"])
def test_bare_part_number_under_a_dateline_is_no_title(number: str) -> None:
    doc = _doc(f"2020-12-29 14:59:22 来源:重庆日报 作者:\n{number}\n{_BODY}")
    assert doc.title == ""


@pytest.mark.parametrize("head", ["十一黄金周旅游收入创新高", "三十而立"])
def test_headline_opening_with_a_numeral_stays(head: str) -> None:
    assert _doc(f"{head}\n\n{_BODY}").title == head
