"""Round 71E: a list whose items each run to several lines of a hard wrap keeps its items apart when a wrapped line
fills the width right above the next item's mark ('- …' under '- …', '2. …' under '1. …'); the item's own lines
still join. Real dev excerpts (tests/data/corpus), wrapped as the corpus's extracts are."""

from __future__ import annotations

import sys

import pytest

from support import DATA, parse_document

sys.path.insert(0, str(DATA / "corpus"))
from make_pdf_extracts import hard_wrap  # noqa: E402  (the wrap the corpus's extracts were made with)

_LEAD = ("本节汇总了这一年里社区和企业在开源安全方面的主要进展和做法，供读者参考。各项内容按照发布的时间先后排列，"
         "具体的数据以各机构公开发布的报告为准，读者可以根据需要查阅原文。")

# d18_07_baogao_kaiyuan_dashiji: a report's bulleted findings, each item two to four lines at these widths
_MALWARE = [
    "- Linux 恶意软件数量激增：根据 Atlas VPN 的数据分析，2022 年 Linux 恶意软件威胁数量增长了 50%，达到 190 万个，"
    "是近年来的最高水平。",
    "- Linux 恶意软件的类型和目的：Linux 恶意软件主要包括木马、僵尸网络、勒索软件、挖矿软件等，它们的目的是窃取数据、"
    "控制设备、敲诈勒索或利用计算资源。",
    "- Linux 恶意软件的传播方式：Linux 恶意软件通常通过网络服务、电子邮件、网页、移动设备等途径传播，利用系统漏洞、"
    "弱口令、社会工程等手段感染目标。",
    "- Linux 恶意软件的防范措施：建议 Linux 用户和管理员采取一些防范措施，如定期更新系统和软件、使用强密码和双因素认证、"
    "安装可靠的防病毒软件、避免打开可疑的链接和附件等。",
]
# d38_08_kaiyuan_niandu_baogao: a survey's findings, items ending on '；'
_SURVEY = [
    "- 参与开源的形式由 2019 年以代码和测试为主转变为以代码和文档为主，社区和项目正在意识到文档的重要性，"
    "更多开源贡献者投入到了文档撰写中；",
    "- 开源活动的参与频率相较往年有所上升，这与国内愈发繁荣的开源氛围和逐渐丰富的开源活动也有关系。81% 的开发者认为"
    "开源活动对促进和推动开源社区至关重要。而对于更倾向于线上还是线下的会议，结果竟惊人地持平；",
    "- 在 2020 年 COVID-19 这个大背景下，各行各业都不可避免受到了冲击和影响；82% 的人认为疫情对于参加开源社区的活动"
    "产生了影响，但也具有推动作用，11% 的人认为毫无影响，7% 的人认为疫情的负面影响大于正面影响；",
    "- 在在线文档协作工具的使用上，石墨文档以黑马的形式由第三名一跃成为第一名，压倒了 wiki 和 Google Doc，"
    "国内正在涌现出一批优秀的协作工具，并越来越为大家认可；",
]
# d60_10_kecheng_sheji_zongjie: a course report's list of work done, no item ending on a full stop's width
_WORK = [
    "- 需求分析：研读题目要求，明确“乱序插入排序 + 滑动窗口回收 + 权重限流降级”三大核心，以及“带水平索引的双向循环链表 "
    "vs 标准单链表”对照实验。",
    "- 数据结构设计：手工实现对象池、节点工厂、三级水平索引、带水平索引的双向循环链表、标准单链表，全程未调用内置集合库。",
    "- 算法实现：滑动窗口切除回收、基于视频时间戳的原地插入排序、槽密度上限触发的权重降级（顶替/丢弃）、最小权重缓存。",
]
# h16_04_notes_java_bingfa: numbered notes, an item's last line open (no full stop) over the next number
_FORK_JOIN = [
    "1. Fork/Join框架时java提供的一个用于并行执行任务的框架，是一个把大任务分割成若干个小任务，"
    "最终汇总每个小任务的结果得到大任务结果的框架",
    "2. 工作窃取法算法，当前队列任务处理完毕，可以窃取其他队列任务处理，窃取任务线程一般从尾部拿任务执行",
    "3. 工作窃取法优点：充分利用线程进行并行计算，减少了线程间的竞争",
]


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in parse_document(text.encode("utf-8"), "extract.txt").paragraphs]


def _norm(text: str) -> str:
    """A paragraph compared without the spaces a re-join may put or drop where the wrap cut between Latin words."""
    return "".join(text.split())


@pytest.mark.parametrize("chars", [24, 30, 35, 50])
@pytest.mark.parametrize("title, items", [
    ("Linux 恶意软件", _MALWARE),
    ("开源社区调查的主要发现", _SURVEY),
    ("2.1.所做的工作", _WORK),
    ("Fork/Join框架", _FORK_JOIN),
], ids=["malware", "survey", "work", "fork-join"])
def test_each_wrapped_item_is_its_own_paragraph(title, items, chars):
    text, _ = hard_wrap("\n".join(["年度报告摘编", _LEAD, _LEAD, title, *items, _LEAD]), chars)
    paragraphs = [_norm(p) for p in _paragraphs(text)]
    for item in items:
        assert _norm(item) in paragraphs  # the item whole (its lines joined), and not run into the next one
    assert _norm(title) in paragraphs  # the list's heading stays its own line
    assert paragraphs.count(_norm(_LEAD)) == 3  # the prose around it still re-joins


# d50_04_baipishu_alis: a white paper's numbered points, open lines, the first filling a narrow column
_TOKEN = [
    "1. 由于我们的代币只有一种，平台使用规则也更简单",
    "2. 积极面对虚拟货币的不安定属性，相比STEEM对货币膨胀率进行更严格的控制，保证平台的长期稳定运营",
    "3. 目前平台的最终的目标是通过“信赖度信息可视化”，与国家政策相呼应，逐步推进是我们的我们的使命",
]
# d18_02_xuexi_biji_mayuan_wuzhi: study notes, one point a line, none ending its sentence
_PRACTICE = [
    "1. 从实际出发是正确发挥人的主观能动性的前提",
    "2. 实践是正确发挥人的主观能动性的根本途径",
    "3. 依赖于一定的物质条件和物质手段",
]


@pytest.mark.parametrize("chars", [24, 30, 35, 50])
@pytest.mark.parametrize("title, items", [
    ("平台的优势", _TOKEN),
    ("正确发挥人的主观能动性", _PRACTICE),
], ids=["token", "practice"])
def test_the_next_number_of_a_list_opens_a_paragraph_however_full_the_line_above(title, items, chars):
    text, _ = hard_wrap("\n".join(["年度报告摘编", _LEAD, _LEAD, title, *items, "", _LEAD]), chars)  # (a blank line
    # after the list, as in the documents: an open last item over prose is another matter)
    paragraphs = [_norm(p) for p in _paragraphs(text)]
    for item in items:
        assert _norm(item) in paragraphs
    assert paragraphs.count(_norm(_LEAD)) == 3
