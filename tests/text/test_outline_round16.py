"""Outline rules of the fourteenth session, each on real lines of a dev document (tests/data/corpus).

A history of the BSD fast filesystem (d38_06, a FreeBSD Journal article in Chinese) titles its parts with years
('1979：早期文件系统工作' … '2013：优化的元数据布局') between paragraphs: a chronicle's parts, not time stamps, and not
a label with its value. A timeline whose dated lines follow one another is a list, and a stamp stays a stamp.

An app's user agreement (d39_02) numbers its clauses 1.1, 1.2 under 一、 and 2.1–2.7 under 二、, each one sentence:
the long run reads as a list of clauses, and so does the short one beside it, numbered the same way.
"""

from __future__ import annotations

import pytest

from support import parse_document

_PARTS = [
    ("1979：早期文件系统工作", "加州大学伯克利分校最早对 UNIX 文件系统开展的工作，试图同时改进文件系统的可靠性与吞吐量。"),
    ("1982：快速文件系统诞生", "当前 BSD 文件系统的第一个版本写于 1982 年，并随 4.2 BSD 广泛发布，此后一直在演进。"),
    ("1986：放弃磁盘几何结构计算", "BSD 文件系统组织将磁盘分区划分为一个或多个区域，每个区域称为一个柱面组。"),
    ("1987：文件系统堆叠", "早期的 vnode 接口只是底层文件系统的面向对象接口，到 1987 年才有了新的文件系统层。"),
]


def _history(parts: list[tuple[str, str]]) -> str:
    return "BSD 快速文件系统简史\n\n" + "\n\n".join(f"{head}\n\n{body}" for head, body in parts) + "\n"


def test_a_historys_year_titles_between_its_paragraphs_are_its_parts():
    doc = parse_document(_history(_PARTS).encode(), "history.txt")
    assert [h.title for h in doc.headings] == [head for head, _ in _PARTS]


@pytest.mark.parametrize("parts", [
    _PARTS[:2],  # two years are one remark and another, not a chronicle
    [_PARTS[1], _PARTS[0], _PARTS[3]],  # years out of order: no history told part by part
], ids=["two", "out-of-order"])
def test_year_lines_that_tell_no_chronicle_are_not_its_parts(parts):
    assert parse_document(_history(parts).encode(), "history.txt").headings == ()


def test_a_timelines_dated_lines_one_after_another_are_a_list():
    text = ("公司大事记\n\n本公司自成立以来，始终坚持自主创新，在多个领域取得了长足的发展，以下是主要的发展历程。\n\n"
            "1998：公司在深圳成立\n2003：推出第一款自主研发的产品\n2010：在深圳证券交易所上市\n2018：海外业务收入过半\n\n"
            "回顾过去二十年，公司的每一步发展都离不开客户的信任和员工的努力，我们将继续砥砺前行。\n")
    assert parse_document(text.encode(), "timeline.txt").headings == ()


_AGREEMENT = """乾坤岛软件许可及服务协议

为保证信息的真实、准确及保密性，文明交友，保障各方权益不受侵犯，自愿达成此协议。每位注册会员，请认真仔细阅读。
一、总则
1.1 管理平台的所有权和运营权归乾坤道科技(广州)有限公司所有。
1.2 本协议由管理平台随时更新，用户应当及时关注并同意，平台不承担通知义务。
二、会员须知
2.1 会员须遵守法律法规，诚实守信，做一个有涵养及高素质的人。
2.2 会员须严肃和负责交友，提供的一切资料须准确、真实完整，不得弄虚作假。
2.3 会员在交友过程中须礼貌待人，用语文明。
2.4 会员不得骚扰其他会员及泄露他人的个人信息。
2.5 会员必须保证自己是单身，并有合法追求配偶的完全婚恋权，如有隐瞒由此产生的一切后果将自行承担。
"""


def test_a_short_run_of_clauses_reads_as_the_lists_of_its_family_do():
    doc = parse_document(_AGREEMENT.encode(), "agreement.txt")
    assert [h.marker + h.title for h in doc.headings] == ["一、总则", "二、会员须知"]


def test_run_in_headings_beside_a_family_of_clauses_stay_headings():
    text = _AGREEMENT.replace("1.1 管理平台的所有权和运营权归乾坤道科技(广州)有限公司所有。",
                              "1.1 平台权属。管理平台的所有权和运营权归乾坤道科技(广州)有限公司所有。")
    text = text.replace("1.2 本协议由管理平台随时更新，用户应当及时关注并同意，平台不承担通知义务。",
                        "1.2 协议更新。本协议由管理平台随时更新，用户应当及时关注并同意，平台不承担通知义务。")
    titles = [h.marker + h.title for h in parse_document(text.encode(), "agreement.txt").headings]
    assert "1.1平台权属" in titles and "1.2协议更新" in titles
