"""Round 46a: rules and charters (章程, 管理办法, 岗位职责).

A numbered line that ends '…如下：' or '…下列…：' leads into the list under it ('3、理事会的主要职责如下：' over
'（1）…；（2）…'), as '具体要求如下：' does unnumbered: it names no section, and does not make the items beside it
(sentences that run on) a run of sub-titles. Short numbered names with a colon ('一、目的：') and a numbered name over
its own deeper items stay titles.

Inside a 第X条 article, a short first item ('（一）递交入会申请') whose item 2 reads on as a clause ('（二）经理事会
讨论通过；') is the first of the article's items, no part of it; a lone titled '一、…' with no 二、 and an article's
parts each named in a few words ('1、合作范围', '2、合作方式') stay.

A meet's or a race's particulars are a form's fields, not sections: numbered labels whose values list short names
('1、男子组：100米、200米、跳高、跳远、铅球。'), or one label said again line after line ('（一）所有组别：…',
'（二）所有组别：…'). The same label over text of its own each time (a record's '一、时间：…' over each meeting) stays."""

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


_ARTICLES = ("某某摄影协会章程", "第一章 总则", "第一条 本会名称为某某摄影协会。", "第二条 本会是摄影爱好者自愿结成的社会团体。",
             "第二章 会员")


@pytest.mark.parametrize("first, second", [
    ("（一）递交入会申请", "（二）经理事会讨论通过；"),
    ("一、个人会员", "二、团体会员：依法成立的摄影机构，经理事会审查通过后可以加入本会。"),
])
def test_a_short_first_item_of_an_article_is_no_part(first, second):
    found = _doc(*_ARTICLES, "第三条 申请加入本会的程序是：", first, "1、申请人填写入会申请表；", "2、两名会员介绍。",
                 second, "（三）由秘书处发给会员证。" if first.startswith("（") else "三、名誉会员：由理事会聘请。",
                 "第四条 会员享有选举权和被选举权。", "第三章 附则", "第五条 本章程自会员大会通过之日起生效。")
    assert found == ["第一章总则", "第一条第一条", "第二条第二条", "第二章会员", "第三条第三条", "第四条第四条", "第三章附则",
                     "第五条第五条"]


def test_a_lone_titled_item_and_an_articles_named_parts_stay():
    lone = _doc(*_ARTICLES, "第三条 会费标准", "一、会费收取办法", "个人会员每年缴纳会费一百元，团体会员每年缴纳会费一千元。", "第四条 会员享有选举权和被选举权。")
    assert "一、会费收取办法" in lone
    parts = _doc("某某合作协议", "第一条 合作内容", "1、合作范围", "双方在摄影培训和作品展览方面开展合作。",
                 "2、合作方式", "甲方提供场地，乙方提供师资。", "第二条 费用", "各项费用由双方协商确定。")
    assert parts == ["第一条合作内容", "1、合作范围", "2、合作方式", "第二条费用"]


_RACE = "本次比赛由市体育局主办，各项赛事严格执行中国田径协会审定的最新田径竞赛规则。"


def test_labels_that_list_names_are_fields():
    found = _doc("某某中学秋季田径运动会竞赛规程", "一、比赛时间", _RACE, "二、比赛项目：",
                 "1、男子组（共16项）：100米、200米、400米、800米、1500米、5000米、110米栏、400米栏、跳高、跳远、"
                 "三级跳远、铅球、铁饼、标枪、4x100米接力、4x400米接力。",
                 "2、女子组（共15项）：100米、200米、400米、800米、1500米、3000米、100米栏、400米栏、跳高、跳远、"
                 "三级跳远、铅球、铁饼、4x100米接力、4x400米接力。",
                 "三、参赛办法", _RACE, "四、录取名次", _RACE)
    assert found == ["一、比赛时间", "二、比赛项目", "三、参赛办法", "四、录取名次"]


def test_one_label_said_again_line_after_line_is_a_field():
    found = _doc("某某城市半程马拉松竞赛规程", "一、奖励办法", "（一）所有组别：男、女前八名选手（按净计时成绩），分别获得奖金和奖杯。",
                 "（二）所有组别：在关门时间内完赛的选手，均可获得完赛奖牌和成绩证书。", "二、参赛保险", _RACE, "三、其他", _RACE)
    assert found == ["一、奖励办法", "二、参赛保险", "三、其他"]


def test_one_label_over_text_each_time_stays():
    body = "大家讨论了项目的进度安排，确定了下一阶段的分工，并约定下次会议前完成初稿。"
    found = _doc("项目小组会议记录", "一、时间：3月9日晚上七点半，地点：图书馆研讨室", body,
                 "二、时间：3月16日晚上八点，地点：图书馆研讨室", body, "三、时间：3月23日晚上八点，地点：二号教学楼", body)
    assert [t[:2] for t in found] == ["一、", "二、", "三、"]
