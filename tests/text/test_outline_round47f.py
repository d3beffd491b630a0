"""Round 47f (1): a short line pointing on to what follows ('以下', '如下', '下列') right over a list, code or fields leads
into them, the colon left out ('面试的时间和地点如下' over '东区：…'): no section title, though it stands alone as one
does; so does a sentence stopping on its verb ('…算法有', '…局限是：'). Over running text ('我的思考，如下'), as
'below' ('十八岁以下') or numbered as a law's article it stays (rule: `leadins.drop_list_leads`).

Round 47f (2): in a text kept from a PDF's layout, a short line set far in (centred) right after the blank lines where a
figure was dropped is the figure's caption, not an unnumbered sub-title of the section; flush at the margin after such
a gap, or centred after the usual gap, it stays (rule: `captions.drop_centered_captions`)."""

from __future__ import annotations

import pytest

from reader.text.leadins import leads_into_list
from support import parse_document

B1 = "今年的招新工作从九月开始，面向全校所有年级的同学，不限专业，欢迎对网络技术感兴趣的同学报名参加。"
B2 = "笔试题目覆盖网络基础、编程能力和逻辑思维三个方面，题量不大，大家可以根据自己的时间安排完成。"
B3 = "面试由协会的技术部和宣传部共同负责，每位同学的面试时间大约十五分钟，请提前到达等候室。"


def _titles(*blocks: str) -> list[tuple[int, str, str]]:
    doc = parse_document("\n\n".join(blocks).encode("utf-8"), "note.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


LEADS = {
    "'…如下' over a line per place, each a field": (
        ("网络协会招新公告", "报名须知", B1, "笔试相关", B2, "面试相关", B3, "面试的时间和地点如下",
         "东区：周三晚上七点，一教二二九等候室", "西区：周四晚上七点，二教一零三等候室", "常见问题", B1),
        ["报名须知", "笔试相关", "面试相关", "常见问题"],
    ),
    "'…下列…' over a bulleted list": (
        ("课程设计总结", "设计目的", B1, "通过课程设计更清楚地理解下列基本概念", "- 计算机的硬件基本组成",
         "- 指令系统与寻址方式", "设计过程", B2, "心得体会", B3),
        ["设计目的", "设计过程", "心得体会"],
    ),
    "'…以下…' over numbered items": (
        ("实习招聘", "岗位职责", B1, "任职要求", B2, "具备以下条件者优先", "1. 有推荐系统相关的项目经验",
         "2. 熟悉常用的机器学习框架", "工作地点", B3),
        ["岗位职责", "任职要求", "工作地点"],
    ),
    "'…如下' over the lines of a configuration file": (
        ("部署笔记", "环境准备", B1, "安装依赖", B2, "配置文件的内容如下", "server.port=8080", "server.host=0.0.0.0",
         "启动服务", B3),
        ["环境准备", "安装依赖", "启动服务"],
    ),
    "a sentence stopping on its verb ('…有') over the list that is its object": (
        ("刷题经验", "写在前面", B1, "怎么刷", B2, "你需要了解的数据结构和算法有", "- 数组与链表", "- 栈与队列", "- 二叉树",
         "一些建议", B3),
        ["写在前面", "怎么刷", "一些建议"],
    ),
}

KEPT = {
    "'…，如下' over running text titles its part": (
        ("雨天观察", "门口的人群", B1, "打伞的人", B2, "我的思考，如下", B1 + B2, "结尾", B3),
        ["门口的人群", "打伞的人", "我的思考，如下", "结尾"],
    ),
    "'以下' after a number is 'below', no pointer on": (
        ("网络协会招新公告", "报名须知", B1, "十八岁以下", "- 需监护人签字同意", "- 需提供学生证明", "面试相关", B3,
         "常见问题", B1),
        ["报名须知", "十八岁以下", "面试相关", "常见问题"],
    ),
}


@pytest.mark.parametrize("blocks, expected", LEADS.values(), ids=list(LEADS))
def test_a_line_leading_into_a_list_is_no_title(blocks, expected):
    assert [t for _, _, t in _titles(*blocks)] == expected


@pytest.mark.parametrize("blocks, expected", KEPT.values(), ids=list(KEPT))
def test_titles_that_only_look_like_lead_ins_stay(blocks, expected):
    assert [t for _, _, t in _titles(*blocks)] == expected


def test_a_numbered_article_that_announces_its_items_stays():
    lines = ["资讯管理学会章程", "第一章 总则", "第一条 本会定名为资讯管理学会。", "第二条 本会之任务如下",
             "一、从事资讯管理学术及实务之整合研究；", "二、举办学术研讨会及专题演讲；",
             "第三条 本会以全国行政区域为组织区域。", "第二章 会员", "第四条 本会会员如下", "一、个人会员", "二、团体会员",
             "第五条 会员有遵守本会章程之义务。"]
    found = _titles(*lines)
    assert (2, "第二条", "本会之任务如下") in found and (2, "第四条", "本会会员如下") in found


LINES = {  # (line, the line under it) -> whether it leads into what is under it
    ("目前认为影响最大的三个局限是：", "- 接口不支持泛型方法；"): True,
    ("数集中常用的性质还有", "- 有界集：所有元素的绝对值都小于 M"): True,
    ("配置文件的内容如下", "server.port=8080"): True,
    ("我们要找的就是", "- 对网络感兴趣的同学"): False,  # '就是' ends the thought
    ("这一届一个都没有", "- 去年三人获奖"): False,
    ("十八岁以下", "- 需监护人签字同意"): False,  # 'below'
    ("有哪些方向可以选，如下？", "- 网络组"): False,  # a question
    ("我的思考，如下", B1): False,  # running text under it
}


@pytest.mark.parametrize("line, below, leads", [(a, b, v) for (a, b), v in LINES.items()], ids=[a for a, _ in LINES])
def test_what_leads_into_a_list(line, below, leads):
    assert leads_into_list(line, below) is leads


LAYOUT = ["  该加速器架构使用状态机进行设计。为了方便构造加速器，使用模块化的设计，主要分为指令缓存",
          "模块、总线接口模块和电机控制模块。指令缓存模块用于暂存电机转子定向到开环加速全过程的延时。",
          "  模数转换器每隔一毫秒采集一次母线电压和相电流，采集完成后通过中断通知处理器读取数据，",
          "处理器根据采集结果调整占空比，使电机在负载变化时保持转速稳定，并在过流时及时关断输出。",
          "  温度传感器能以五百毫秒的间隔采集定子的温度，将其回传到专用的接口电路中处理，最终以有",
          "符号数的形式回传到处理器。为了减轻处理器的负担，使用硬件电路实现传感器的读取。"]


def _report(caption: str, gap: int) -> list[str]:
    p = LAYOUT
    lines = ["7 系统设计", "", "7.1 加速器", "", p[0], p[1], "", "加速器结构", "", p[2], p[3], "", *[""] * gap, caption,
             "", p[4], p[5], "", "7.2 模数转换", "", p[2], p[3], "", "采样时序", "", p[4], p[5], "", "7.3 温度传感器", "",
             p[0], p[1], "", "8 总结", "", p[2], p[3]]
    doc = parse_document("\n".join(lines).encode("utf-8"), "report.txt")
    return [h.title for h in doc.headings]


def test_a_centred_line_after_a_figures_gap_is_its_caption():
    assert "加速器的原理图" not in _report(" " * 18 + "加速器的原理图", 4)
    assert "采样时序" in _report(" " * 18 + "加速器的原理图", 4)  # the section's own sub-title stays


@pytest.mark.parametrize("caption, gap", [("加速器的原理图", 4), (" " * 18 + "加速器的原理图", 0)],
                         ids=["flush after the gap", "centred after the usual gap"])
def test_a_sub_title_at_the_margin_or_after_the_usual_gap_stays(caption, gap):
    assert "加速器的原理图" in _report(caption, gap)
