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
