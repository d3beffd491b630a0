"""Round 46a: rules and charters (章程, 管理办法, 岗位职责).

A numbered line that ends '…如下：' or '…下列…：' leads into the list under it ('3、理事会的主要职责如下：' over
'（1）…；（2）…'), as '具体要求如下：' does unnumbered: it names no section, and does not make the items beside it
(sentences that run on) a run of sub-titles. Short numbered names with a colon ('一、目的：') and a numbered name over
its own deeper items stay titles."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document


def _doc(*lines: str) -> list[str]:
    text = "\n\n".join(lines) + "\n"
    return heading_texts(parse_document(text.encode("utf-8")))


def _charter(lead: str) -> list[str]:
    return _doc("某某读书会章程", "一、组织机构", "本会设理事会和秘书处，分别负责决策和日常工作。",
                "（一）理事会", "理事会由会员大会选举产生，每届任期三年。",
                "（二）秘书处",
                "1、秘书处是理事会的办事机构，负责本会的日常工作。秘书处设秘书长一名。",
                lead, "（1）组织开展读书活动；", "（2）管理会员档案。",
                "二、会员", "（一）会员条件", "热爱阅读，认同本会章程。", "（二）会员权利", "会员享有选举权和被选举权。")


@pytest.mark.parametrize("lead", ["2、秘书处的主要职责如下：", "2、秘书长应当履行下列职责：", "2、秘书处的工作如下:"])
def test_a_numbered_line_leading_into_its_list_is_no_title(lead):
    assert _charter(lead) == ["一、组织机构", "（一）理事会", "（二）秘书处", "二、会员", "（一）会员条件", "（二）会员权利"]


def test_numbered_names_with_a_colon_stay_titles():
    found = _doc("某某公司车辆管理办法", "一、目的：", "为加强车辆管理，节约费用开支，特制定本办法。",
                 "二、适用范围：", "本办法适用于公司全体员工及所有公务车辆。",
                 "三、职责：", "办公室负责车辆的统一调度，财务部负责费用的审核。")
    assert found == ["一、目的", "二、适用范围", "三、职责"]


def test_a_numbered_name_over_its_own_items_stays_a_title():
    found = _doc("某某协会内部机构设置办法", "一、工作机构", "本会设立下列工作机构，在理事会领导下开展工作。",
                 "1、宣传部", "（1）负责本会的对外宣传；", "（2）负责会刊的编辑出版。",
                 "2、联络部", "（1）负责会员的联络服务；", "（2）负责组织会员活动。",
                 "二、附则", "本办法自理事会通过之日起施行。")
    assert found == ["一、工作机构", "1、宣传部", "2、联络部", "二、附则"]
