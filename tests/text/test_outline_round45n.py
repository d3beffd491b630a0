"""Round 45n: a numbered section whose short name ends in a colon ('二、 比赛办法：', as rules and contest codes write
them) after the articles of the section before it ('一、 报名办法：' over 第一条, 第二条) is the next section, not an item of
the last article, as '二、比赛办法' with no colon already was; a colon after a clause ('二、参赛队员有下列情形之一的，
取消比赛资格：') still opens a list inside the article, and so does an article's own '一、申请人：' (rule:
`colonnames.named_with_colon`). A document in parts counts its top level again: a second article's '三、可扩展性',
'四、安全性', '五、应用案例' after the first one's '四、' is a count of its own, its first parts untitled, while a single
'二、' going back stays a stray and quoted clauses a list (rule: `restarts.restarted_counts`)."""

from __future__ import annotations

import pytest

from support import parse_document

SIGN_UP = "参赛队伍须在规定时间内向组委会提交报名表，逾期不予受理，报名表须经所在单位盖章确认后方为有效。"
PLAY = "比赛采用单循环赛制，每场比赛分四节进行，每节十分钟，中场休息十五分钟。"
SCORE = "胜一场得2分，负一场得1分，弃权得0分，积分相同时以相互间胜负关系决定名次。"
PRIZE = "联赛设冠军、亚军、季军各一名，由组委会颁发奖杯和证书，并在校园网上公布获奖名单。"


def _titles(lines: list[str]) -> list[tuple[int, str, str]]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "guicheng.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


NEXT_SECTION = {  # '二、 比赛办法：' after the articles of '一、': the next section, its articles under it
    "a contest code's sections named with a colon, articles under each": (
        ["校园篮球联赛竞赛规程", "", "一、 报名办法：", "第一条：" + SIGN_UP, "第二条：每队报名人数不超过十二人，其中领队一人、教练一人。",
         "二、 比赛办法：", "第一条：" + PLAY, "第二条：" + SCORE, "三、 奖励办法：", "第一条：" + PRIZE],
        [(1, "一、", "报名办法"), (2, "第一条", "第一条"), (2, "第二条", "第二条"),
         (1, "二、", "比赛办法"), (2, "第一条", "第一条"), (2, "第二条", "第二条"),
         (1, "三、", "奖励办法"), (2, "第一条", "第一条")],
    ),
    "the colon written half-width": (
        ["社团活动管理办法", "", "一、活动申请:", "第一条 " + SIGN_UP, "第二条 " + PLAY, "二、经费使用:", "第三条 " + PRIZE],
        [(1, "一、", "活动申请"), (2, "第一条", "第一条"), (2, "第二条", "第二条"),
         (1, "二、", "经费使用"), (2, "第三条", "第三条")],
    ),
}

INSIDE = {  # a colon that opens a list stays inside its article
    "a clause before the colon": (
        ["校园篮球联赛竞赛规程", "", "一、 报名办法：", "第一条：" + SIGN_UP, "第二条：" + PLAY,
         "二、参赛队员有下列情形之一的，取消比赛资格：", "（一）冒名顶替参赛的；", "（二）殴打裁判员的。"],
        [(1, "一、", "报名办法"), (2, "第一条", "第一条"), (2, "第二条", "第二条")],
    ),
    "an article's own items, no section above": (
        ["仲裁申请书格式规定", "", "第一条 仲裁申请书应当载明下列事项：", "一、申请人：", "二、被申请人：",
         "第二条 " + SIGN_UP],
        [(1, "第一条", "第一条"), (1, "第二条", "第二条")],
    ),
}


@pytest.mark.parametrize("lines, want", NEXT_SECTION.values(), ids=list(NEXT_SECTION))
def test_named_section_closes_articles(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _titles(lines) == want


@pytest.mark.parametrize("lines, want", INSIDE.values(), ids=list(INSIDE))
def test_colon_list_stays_inside_article(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _titles(lines) == want


INTRO = "本文介绍这款备份工具的基本用法，读者可以按照文中的步骤在自己的集群上完成一次完整的备份和恢复。"
PARTS = "工具由命令行客户端和运行在集群中的服务端组成，二者通过自定义资源对象交换备份任务的状态信息。"
SETUP = "部署前需要准备好对象存储，并在集群中预先创建用于保存备份数据的存储桶，同时配置好访问凭证。"
FIRST_PART = ["备份工具调研报告", "", "一、简介", INTRO, "", "二、架构", PARTS, "", "三、部署", SETUP, "", "四、备份", INTRO, ""]
FIRST_FOUND = [(1, "一、", "简介"), (1, "二、", "架构"), (1, "三、", "部署"), (1, "四、", "备份")]

RESTARTED = {  # a second part's count from 三、: three in order show it
    "a report's second article counting from 三、": (
        FIRST_PART + ["三、可扩展性", PARTS, "", "四、安全性", SETUP, "", "五、应用案例", INTRO],
        FIRST_FOUND + [(1, "三、", "可扩展性"), (1, "四、", "安全性"), (1, "五、", "应用案例")],
    ),
    "an excerpt's second chapter counting from 二、": (
        FIRST_PART + ["二、恢复流程", PARTS, "", "三、常见故障", SETUP, "", "四、注意事项", INTRO],
        FIRST_FOUND + [(1, "二、", "恢复流程"), (1, "三、", "常见故障"), (1, "四、", "注意事项")],
    ),
}

STRAYS = {  # going back with no count of three after it: strays
    "a lone '二、' between 四、 and 五、": (
        FIRST_PART + ["二、恢复流程", PARTS, "", "五、总结", SETUP],
        FIRST_FOUND + [(1, "五、", "总结")],
    ),
    "clauses quoted from a rule, going back from 二、": (
        FIRST_PART[:-1] + ["使用时须遵守运维规定：", "二、不得在业务高峰期执行全量备份；", "三、不得手工修改备份存储桶中的数据；",
                           "四、不得关闭备份服务的访问日志。", "", "五、总结", SETUP],
        FIRST_FOUND + [(1, "五、", "总结")],
    ),
}


@pytest.mark.parametrize("lines, want", RESTARTED.values(), ids=list(RESTARTED))
def test_second_part_counts_again(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _titles(lines) == want


@pytest.mark.parametrize("lines, want", STRAYS.values(), ids=list(STRAYS))
def test_lone_numbers_going_back_stay_strays(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _titles(lines) == want
