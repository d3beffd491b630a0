"""Outline rules of the fourteenth session, each on real lines of a dev document (tests/data/corpus).

A history of the BSD fast filesystem (d38_06, a FreeBSD Journal article in Chinese) titles its parts with years
('1979：早期文件系统工作' … '2013：优化的元数据布局') between paragraphs: a chronicle's parts, not time stamps, and not
a label with its value. A timeline whose dated lines follow one another is a list, and a stamp stays a stamp.
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
