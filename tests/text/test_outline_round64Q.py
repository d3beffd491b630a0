"""A document's title and header metadata in shapes seen on public pages, each as a made-up minimal document: a
notice's title with its 文号 on the same line, a paper's dateline with its weekday, a county paper's boxed byline, a
speech's venue line and its occasion line; and the shapes those rules must leave alone."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.official import of_document

SALUTATION = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
NOTICE_BODY = ["为进一步做好有关工作，现就有关事项通知如下。", "一、总体要求", "坚持稳中求进工作总基调，统筹发展和安全。",
               "二、主要任务", "加快推进各项改革，抓好政策落实。"]
NEWS_BODY = ["11月26日，我市召开安全生产工作会议，部署下一阶段工作。会议强调，要压实各方责任。",
             "会议要求各地各部门高度重视，切实抓好各项措施落实。"]
SPEECH_BODY = ["同志们：", "这次会议的主要任务是总结今年工作，部署明年任务。", "一、今年工作的基本情况",
               "今年以来，全市经济稳中向好。", "二、明年工作的总体要求", "明年要坚持稳中求进。"]


def _read(lines: list[str]):
    """The engine's reading of a plain text made of `lines`, one blank line between them."""
    decoded = decode_bytes("\n\n".join(lines).encode("utf-8") + b"\n", name="t.txt")
    document = build_document(decoded)
    return document, of_document(decoded, document)


CASES = {
    "a notice's title and its 文号 after a space": (
        ["关于进一步优化营商环境的通知 国发〔2024〕5号", SALUTATION] + NOTICE_BODY,
        {"title": "关于进一步优化营商环境的通知", "number": "国发〔2024〕5号"}),
    "… after an ideographic space": (
        ["国务院关于加强基层应急能力建设的意见\u3000国发〔2023〕17号", SALUTATION] + NOTICE_BODY,
        {"title": "国务院关于加强基层应急能力建设的意见", "number": "国发〔2023〕17号"}),
    "a notice's title, its bracketed 文号 and its salutation run into one line": (
        ["国务院办公厅关于加强数字政府建设的通知（国办发〔2023〕12号）" + SALUTATION] + NOTICE_BODY,
        {"title": "国务院办公厅关于加强数字政府建设的通知", "kind": "通知"}),
    "a paper's dateline with its weekday over the headline": (
        ["2018年11月27日 星期二", "我市召开安全生产工作会议"] + NEWS_BODY,
        {"title": "我市召开安全生产工作会议", "date": "2018年11月27日"}),
    "a dateline with its weekday in brackets": (
        ["2015年8月10日（星期一）", "两岸青年共话创业就业"] + NEWS_BODY,
        {"title": "两岸青年共话创业就业", "date": "2015年8月10日"}),
    "a dateline with its weekday before the source label": (
        ["我市召开安全生产工作会议", "2018年11月27日\u3000星期二\u3000来源：本报"] + NEWS_BODY,
        {"title": "我市召开安全生产工作会议", "date": "2018年11月27日", "source": "本报"}),
    "a county paper's boxed byline": (
        ["全县秋粮收购工作顺利推进", "□融媒记者 张三"] + NEWS_BODY,
        {"title": "全县秋粮收购工作顺利推进", "author": "融媒记者 张三"}),
    "a speech's venue line under its dateline is no title": (
        ["（2024年3月5日）", "在全国人民代表大会上", "各位代表："] + SPEECH_BODY[1:],
        {"title": "", "date": "2024年3月5日"}),
    "a speech's title over its occasion line set without a dash": (
        ["坚定不移推进高质量发展", "在全市经济工作会议上的讲话", "李四", "（2023年12月20日）"] + SPEECH_BODY,
        {"title": "坚定不移推进高质量发展", "date": "2023年12月20日"}),
}

LEFT_ALONE = {
    "a title naming its occasion is the whole title": (
        ["在庆祝建党一百周年大会上的讲话", "（2021年7月1日）", "习近平"] + SPEECH_BODY,
        {"title": "在庆祝建党一百周年大会上的讲话", "kind": "讲话"}),
    "a title over its dashed occasion subtitle": (
        ["坚定不移推进高质量发展", "——在全市经济工作会议上的讲话", "（2023年12月20日）"] + SPEECH_BODY,
        {"title": "坚定不移推进高质量发展"}),
    "a song's title that opens with 在 and ends with 上": (
        ["在希望的田野上", "作词：陈晓光"] + NEWS_BODY,
        {"title": "在希望的田野上"}),
    "a title wrapped on a connective over its genre": (
        ["国务院关于印发促进创业投资高质量发展的", "若干政策措施的通知", "国发〔2024〕31号", SALUTATION] + NOTICE_BODY,
        {"title": "国务院关于印发促进创业投资高质量发展的若干政策措施的通知", "number": "国发〔2024〕31号"}),
    "a headline over a plain byline": (
        ["全县秋粮收购工作顺利推进", "本报记者 张三"] + NEWS_BODY,
        {"title": "全县秋粮收购工作顺利推进", "author": "本报记者 张三"}),
    "a dated headline with its weekday in it stays the title": (
        ["财经早餐2024年8月31日星期六"] + NEWS_BODY,
        {"title": "财经早餐2024年8月31日星期六"}),
    "a notice's issue number after a space is no 文号": (
        ["关于做好台风防御工作的紧急通知 2024年第5号", SALUTATION] + NOTICE_BODY,
        {"title": "关于做好台风防御工作的紧急通知 2024年第5号"}),
}


@pytest.mark.parametrize("lines,expected", CASES.values(), ids=list(CASES))
def test_header_shapes_read(lines, expected):
    document, official = _read(lines)
    got = {k: getattr(official, k) if k in ("number", "kind") else getattr(document, k) for k in expected}
    assert got == expected


@pytest.mark.parametrize("lines,expected", LEFT_ALONE.values(), ids=list(LEFT_ALONE))
def test_shapes_left_alone(lines, expected):
    document, official = _read(lines)
    got = {k: getattr(official, k) if k in ("number", "kind") else getattr(document, k) for k in expected}
    assert got == expected
