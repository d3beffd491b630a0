"""Round 61L: a page's empty attachment field ('附件：' as the text's last line, over only the editor's name the page
prints below it) heads nothing, as a reader sees no attachment there. A numbered label that ends the text ('附表8',
the last of a run of table labels) and a bare '附件' over the attachment it names stay annexes."""

from __future__ import annotations

import pytest

from support import parse_document

_Q1 = "问：为什么要制定这个《条例》？"
_A1 = "答：近年来，我国无人驾驶航空器产业快速发展，制定《条例》是贯彻落实党中央决策部署的重要举措。"
_Q2 = "问：《条例》制定的总体思路是什么？"
_A2 = "答：《条例》坚持统筹发展和安全，坚持问题导向，着力构建科学规范的管理制度体系。"
_Q3 = "问：为确保《条例》顺利实施，有关方面还将开展哪些工作？"
_A3 = "答：有关部门将抓紧制定配套规章和标准规范，做好宣传解读，确保《条例》落到实处。"
_QA = [_Q1, _A1, "", _Q2, _A2, "", _Q3, _A3, ""]

_RULE = ["某某管理办法", "", "第一条　为了规范某某管理，制定本办法。", "", "第二条　本办法适用于本市行政区域。", "",
         "第三条　本办法自印发之日起施行。", ""]


def _outline(lines: list[str]) -> list[str]:
    """The headings of the lines saved as a .txt file, one a line."""
    doc = parse_document(("\n".join(lines) + "\n").encode("utf-8"), name="page.txt")
    return ["".join((h.marker + h.title).split()) for h in doc.headings]


@pytest.mark.parametrize(
    "tail",
    [
        ["附件：", "责任编辑：朱剑"],
        ["附件:", "责任编辑: 朱剑"],
        ["附件：", "（责任编辑：王明）"],
        ["附 件："],
    ],
)
def test_empty_attachment_field_heads_nothing(tail):
    headings = _outline(["司法部负责人就《无人驾驶航空器飞行管理暂行条例》答记者问", ""] + _QA + tail)
    assert not [h for h in headings if h.startswith("附")]
    assert any(h.startswith("问：为什么") for h in headings)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (["附件", "", "某某申请表", "", "申请人应当如实填写本表，并对所填内容的真实性负责。"], "附件"),  # its attachment
        (["附件1", "", "附件2"], "附件2"),  # a numbered label names its annex
        (["附表7", "附表8"], "附表8"),
        (["附件：", "某某登记表", "", "某某申请人填写本表后报送主管部门审核，主管部门应当在十个工作日内办结。"], "附件"),
    ],
)
def test_labels_with_an_annex_stay(tail, kept):
    headings = _outline(_RULE + tail)
    assert kept in [h.rstrip("：:") for h in headings]
    assert "第一条第一条" in headings
