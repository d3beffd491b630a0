"""A public document's title and official metadata in shapes seen on government portals and news pages, each as a
made-up minimal document: a title carrying its bracketed 文号, an issuer's line over such a title, a '发布于' stamp,
an info table's labels over their values; and the shapes those rules must leave alone."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.official import of_document

SALUTATION = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
NOTICE_BODY = ["为进一步做好有关工作，现就有关事项通知如下。", "一、总体要求", "坚持稳中求进工作总基调，统筹发展和安全。",
               "二、主要任务", "加快推进各项改革，抓好政策落实。"]
SIGNED = ["国务院办公厅", "2023年5月4日"]
OFFICIAL_FIELDS = ("number", "kind", "authority", "written", "published")


def _read(lines: list[str], blank: bool = True):
    """The engine's reading of a plain text made of `lines` (a blank line between them unless not `blank`)."""
    decoded = decode_bytes(("\n\n" if blank else "\n").join(lines).encode("utf-8") + b"\n", name="t.txt")
    document = build_document(decoded)
    return document, of_document(decoded, document)


def _got(lines: list[str], expected: dict[str, str], blank: bool = True) -> dict[str, str]:
    document, official = _read(lines, blank)
    return {k: getattr(official, k) if k in OFFICIAL_FIELDS else getattr(document, k) for k in expected}


INFO_TABLE = ["索引号：", "000014349/2024-00012", "主题分类：", "综合政务", "发文机关：", "国务院", "成文日期：",
              "2024年03月05日", "发文字号：", "国发〔2024〕5号", "发布日期：", "2024年03月08日",
              "国务院关于印发《2024年重点工作》的通知", SALUTATION] + NOTICE_BODY

CASES = {
    "a title line ending on its bracketed 文号": (
        ["关于加强基层治理的通知（国办发〔2023〕12号）", SALUTATION] + NOTICE_BODY + SIGNED,
        {"title": "关于加强基层治理的通知", "number": "国办发〔2023〕12号", "kind": "通知"}),
    "… in ASCII brackets": (
        ["关于加强基层治理的通知(国办发〔2023〕12号)", SALUTATION] + NOTICE_BODY + SIGNED,
        {"title": "关于加强基层治理的通知", "number": "国办发〔2023〕12号"}),
    "the issuer's name alone over such a title": (
        ["国务院办公厅", "关于加强基层治理的通知（国办发〔2023〕12号）", SALUTATION] + NOTICE_BODY + SIGNED,
        {"title": "国务院办公厅关于加强基层治理的通知", "number": "国办发〔2023〕12号"}),
    "a '发布于 2024年3月5日' stamp under the title": (
        ["关于开展春季安全检查的通知", "发布于 2024年3月5日", "各区县："] + NOTICE_BODY,
        {"title": "关于开展春季安全检查的通知", "source": "", "date": "2024年3月5日", "published": "2024-03-05"}),
    "'發表於 2024年3月5日' under a headline": (
        ["關於開展春季安全檢查的通知", "發表於 2024年3月5日", "各區縣："] + NOTICE_BODY,
        {"title": "關於開展春季安全檢查的通知", "source": "", "date": "2024年3月5日"}),
    "a '发布于：2024-03-05' label over the title": (
        ["发布于：2024-03-05", "关于开展春季安全检查的通知", "各区县："] + NOTICE_BODY,
        {"title": "关于开展春季安全检查的通知", "date": "2024-03-05", "published": "2024-03-05"}),
    "a portal's info table, each label over its value": (
        INFO_TABLE, {"title": "国务院关于印发《2024年重点工作》的通知", "number": "国发〔2024〕5号",
                     "written": "2024-03-05", "published": "2024-03-08"}),
    "a site's headline putting the 文号 before the title in 《》": (
        ["鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》", "时间:2016-01-17 23:45:19",
         "山东省人民政府关于深化预算管理制度改革的实施意见", "鲁政发〔2014〕20号", SALUTATION] + NOTICE_BODY,
        {"title": "山东省人民政府关于深化预算管理制度改革的实施意见", "number": "鲁政发〔2014〕20号"}),
    "… in traditional script": (
        ["成府發〔2014〕7號《成都市人民政府關於印發〈專項資金管理暫行辦法〉的通知》", "各區(市)縣政府,市政府各部門:"]
        + NOTICE_BODY, {"title": "成都市人民政府關於印發〈專項資金管理暫行辦法〉的通知"}),
    "a portal's index number alone over the title": (
        ["11330700MB10327095/2024-00144", "关于印发《重污染天气应急预案》的通知", "主动公开", SALUTATION]
        + NOTICE_BODY, {"title": "关于印发《重污染天气应急预案》的通知"}),
    "a site's name and its slogan over the title": (
        ["法搜网--中国法律信息搜索网", "青海省人民政府办公厅关于做好政府信息公开工作的通知", SALUTATION] + NOTICE_BODY,
        {"title": "青海省人民政府办公厅关于做好政府信息公开工作的通知"}),
    "a site's name and its home link over a speech": (
        ["德育素材网 首页", "区长在全区城市建设管理工作会上的讲话", "同志们：", "今天我们在这里召开专题会。",
         "一、传达会议精神", "市委、市政府召开全市工作会议。"],
        {"title": "区长在全区城市建设管理工作会上的讲话"}),
    "an issuer over 印发《…》, no 关于 in its title": (
        ["上海市人民政府印发《本市加强政务诚信建设的实施意见》的通知", "各区人民政府，市政府各委、办、局："] + NOTICE_BODY,
        {"authority": "上海市人民政府"}),
    "an issuer before '關于' (traditional script, 于 left as it was)": (
        ["懷化市人民政府辦公室關于印發《實施方案》的通知", "各縣市區人民政府,市直機關各單位:"] + NOTICE_BODY,
        {"authority": "懷化市人民政府辦公室"}),
}

LEFT_ALONE = {
    "a spaced 文号 after the title (as before)": (
        ["关于进一步优化营商环境的通知 国发〔2024〕5号", SALUTATION] + NOTICE_BODY,
        {"title": "关于进一步优化营商环境的通知", "number": "国发〔2024〕5号"}),
    "a bracketed note that is no 文号": (
        ["关于加强基层治理的通知（征求意见稿）", SALUTATION] + NOTICE_BODY,
        {"title": "关于加强基层治理的通知（征求意见稿）"}),
    "a bracketed 文号 after a title that ends on no genre": (
        ["加强基层治理（国办发〔2023〕12号）", SALUTATION] + NOTICE_BODY,
        {"title": "加强基层治理（国办发〔2023〕12号）"}),
    "an outlet's name beside its stamp": (
        ["我市召开安全生产工作会议", "宁夏日报 2024年3月5日", "3月4日，我市召开安全生产工作会议，部署下一阶段工作。"],
        {"title": "我市召开安全生产工作会议", "source": "宁夏日报", "date": "2024年3月5日"}),
    "an empty label over the next label": (
        ["发文机关：", "成文日期：2024年03月05日", "关于印发《2024年重点工作》的通知", SALUTATION] + NOTICE_BODY,
        {"authority": "", "written": "2024-03-05"}),
    "a label word over a line of its own labels": (
        ["发文字号：", "来源：国务院办公厅", "国务院关于印发《2024年重点工作》的通知", SALUTATION] + NOTICE_BODY,
        {"number": ""}),
    "a line naming a network over a notice's title": (
        ["全省政务外网", "关于开展春季安全检查的通知", "各区县："] + NOTICE_BODY,
        {"title": "全省政务外网关于开展春季安全检查的通知"}),
    "a 文号 before a 《》 name that is no title": (
        ["国发〔2024〕5号《2024年重点工作》", SALUTATION] + NOTICE_BODY,
        {"title": "国发〔2024〕5号《2024年重点工作》"}),
    "印发《…》 with no issuer before it": (
        ["关于印发《2024年重点工作》的通知", SALUTATION] + NOTICE_BODY, {"authority": ""}),
    "a title naming a task before 印发《…》, no organisation": (
        ["认真学习印发《2024年重点工作》的通知", SALUTATION] + NOTICE_BODY, {"authority": ""}),
    "a page's font-size widget over its buttons": (
        ["下载", "打印", "【字号：", "加大", "还原", "减小", "】", "关于印发《2024年重点工作》的通知", SALUTATION] + NOTICE_BODY,
        {"number": ""}),
}


@pytest.mark.parametrize("lines,expected", CASES.values(), ids=list(CASES))
def test_header_shapes_read(lines, expected):
    assert _got(lines, expected) == expected


def test_info_table_set_line_under_line():
    """The same table saved with no blank lines between its rows."""
    expected = CASES["a portal's info table, each label over its value"][1]
    assert _got(INFO_TABLE, expected, blank=False) == expected


@pytest.mark.parametrize("lines,expected", LEFT_ALONE.values(), ids=list(LEFT_ALONE))
def test_shapes_left_alone(lines, expected):
    assert _got(lines, expected) == expected
