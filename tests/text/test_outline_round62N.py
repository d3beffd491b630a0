"""Round 62N: a contract's article named by the matters it lists ('第二条 合营公司的成立、名称和法定地址', '第十一条
节假日、每周休息日和年度休假') keeps its title, as '第三条 合营公司的经营范围' does: a 、 in the line used to make it a
clause, so the outline showed a bare '第二条' between its titled neighbours.

Left alone: a stub cut after one character ('第五条 国家、集'), a clause before a colon, a sentence (。 or ，), and the
articles of a law written as provisions."""

from __future__ import annotations

import pytest

from support import outline

_BODY = "１．合同各方同意按本合同的规定建立合营公司，合营公司为有限责任公司。"
_BODY2 = "合营公司的经营范围为制造和销售汽车及其零部件，并提供售后服务。"


def _contract(second: str) -> list[str]:
    return ["合营合同", "第一条 合同宗旨", _BODY2, second, _BODY, "第三条 合营公司的经营范围", _BODY2]


@pytest.mark.parametrize("line, title", [
    ("第二条 合营公司的成立、名称和法定地址", "合营公司的成立、名称和法定地址"),
    ("第二条 节假日、每周休息日和年度休假", "节假日、每周休息日和年度休假"),
    ("第二条　交通、通讯工具和差旅费", "交通、通讯工具和差旅费"),
    ("第二条 资本、投资比例和资金筹措", "资本、投资比例和资金筹措"),
    ("第二条 设计、施工图纸、施工、竣工", "设计、施工图纸、施工、竣工"),
])
def test_an_article_titled_by_the_matters_it_lists_keeps_its_title(line, title):
    assert [t for _, _, t in outline(_contract(line), "合营合同")] == ["合同宗旨", title, "合营公司的经营范围"]


@pytest.mark.parametrize("line", [
    "第二条 国家、集",  # a stub cut after one character
    "第二条 甲、乙",  # one-character stems: a clause's subject, not a title
    "第二条 合营公司的成立、名称如下：",  # a clause before a colon
    "第二条 合营公司的成立、名称和地址。",  # a sentence
    "第二条 合营公司的成立、名称，地址",
    "第二条 国家、集体和个人的",  # cut mid-phrase
])
def test_an_article_whose_text_is_no_title_keeps_its_label(line):
    assert [t for _, _, t in outline(_contract(line), "合营合同")][1] == "第二条"


# Two contracts in one file (a 合同范本 with its variant, a contract and its annexed agreement): each restarts its
# articles at 第一条 under its own name, its parties ('甲方：…', '乙方：…') between the name and its first article,
# and the first one's articles under the agreement formula ('现双方同意如下条文：') the document's title names.
_A1 = "甲方同意雇用乙方人员，乙方同意派遣人员为甲方工作。"
_A2 = "乙方派遣的人员应身体健康，具有相应的技术水平。"


def _two_contracts(preamble: list[str], parties: list[str]) -> list[str]:
    return (["中外劳务合同", *preamble, "第一条 总则", _A1, "第二条 人员", _A2,
             "中外劳务合同（２）", *parties, "第一条", _A1, "第二条", _A2])


_NESTED = [(1, "第一条", "总则"), (1, "第二条", "人员"), (1, "", "中外劳务合同（２）"),
           (2, "第一条", "第一条"), (2, "第二条", "第二条")]


@pytest.mark.parametrize("preamble, parties", [
    ([], ["甲方：＿＿＿＿国＿＿＿＿公司 法定地址：＿＿＿＿", "乙方：中国＿＿＿＿公司 法定地址：＿＿＿＿"]),
    ([], ["出租方（以下简称甲方）：某某公司", "承租方（以下简称乙方）：某某公司"]),
    (["鉴于雇主希望为其工程雇用中国人员，中国公司愿意提供人员。", "现双方同意如下条文："], []),
    (["经友好协商，双方达成协议如下："], ["甲方：某某公司", "乙方：某某公司"]),
])
def test_a_second_contract_named_over_its_parties_holds_its_articles(preamble, parties):
    assert outline(_two_contracts(preamble, parties), "中外劳务合同") == _NESTED


@pytest.mark.parametrize("lines", [
    # the second run of articles has no name over it: quoted, not a second contract
    ["中外劳务合同", "第一条 总则", _A1, "第二条 人员", _A2, "本合同一式两份。", "甲方：某某公司", "乙方：某某公司",
     "第一条", _A1, "第二条", _A2],
    # the preamble is prose, no agreement formula: the first run has no name, so no compilation
    ["中外劳务合同", "鉴于雇主希望为其工程雇用中国人员，中国公司愿意提供人员。", "第一条 总则", _A1, "第二条 人员", _A2,
     "中外劳务合同（２）", "甲方：某某公司", "第一条", _A1, "第二条", _A2],
])
def test_restarted_articles_without_a_named_contract_stay_flat(lines):
    assert all(depth == 1 for depth, _, _ in outline(lines, "中外劳务合同"))
