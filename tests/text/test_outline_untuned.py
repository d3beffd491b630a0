"""Genres nobody tuned on (issue #9, third round): translated papers, tutorials with code, news pages, job postings.

Each table row is a made-up minimal case of a failure the fresh set showed; each fails without its rule.
"""

from __future__ import annotations

import pytest

from support import outline

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
BODY2 = "各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题，重要情况及时报告。"
ITEMS = [f"({n}) 集群中的机器通常是双处理器的普通服务器，运行普通的操作系统，内存为二到四个字节，网络带宽较低。"
         for n in range(1, 6)]

CASES = {
    "a decimal number names its section: 2.1 after a dropped (5) item still belongs to section 2": (
        ["MapReduce：简化的数据处理", "1 引言", BODY, "2 实现", BODY, *ITEMS, "2.1 执行概述", BODY, "2.2 容错", BODY2],
        [(1, "1", "引言"), (1, "2", "实现"), (2, "2.1", "执行概述"), (2, "2.2", "容错")],
    ),
    "a date framed by one ornament again and again heads a timeline (a date alone is never a heading otherwise)": (
        ["大火时序", BODY, "▼11月26日▼", "14:51 消防处接报", "14:56 消防员到场", "▼11月27日▼", "07:00 火势受控", BODY2],
        [(1, "", "▼11月26日▼"), (1, "", "▼11月27日▼")],
    ),
    "one framed line is an ornament, not the document's heading form": (
        ["大火时序", BODY, "▼11月26日▼", "14:51 消防处接报", BODY2],
        [],
    ),
    "labels that each open a list from 1 are the parts of a job posting": (
        ["后端开发工程师", "岗位职责：", "1、负责后端服务的开发与维护", "2、参与系统架构设计", "任职要求：", "1、本科及以上学历",
         "2、熟悉 Python 与数据库", "3、良好的沟通能力"],
        [(1, "", "岗位职责"), (1, "", "任职要求")],
    ),
    "a label without its colon counts where the title or a list ends before it": (
        ["全栈工程师", "岗位职责", "1） 根据开发进度和任务分配，完成互联网产品相关的研发，包括架构设计和代码编写",
         "2） 进行新技术难点攻关，提供合理的代码建议", "岗位要求", "1） 扎实的编程基础，熟悉常用的数据结构和算法",
         "2） 熟悉常用框架，有互联网开发经验者优先"],
        [(1, "", "岗位职责"), (1, "", "岗位要求")],
    ),
    "a label right after a page's chrome, before any running text, opens the first part": (
        ["财经早餐", "08-31 06:30 Wind", "收藏到书签", "热点聚焦", "1、央行发布二季度贷款投向统计报告。" + BODY,
         "2、公募基金中期报告密集披露。" + BODY2, "环球市场", "1、美国三大股指全线收涨。" + BODY,
         "2、欧洲主要股指收盘普涨。" + BODY2],
        [(1, "", "热点聚焦"), (1, "", "环球市场")],
    ),
    "one label over a list is a sentence's lead-in, not a section": (
        ["办事指南", "办理流程：", "1、提交申请", "2、审核材料", BODY, BODY2],
        [],
    ),
    "headlines with a colon in a repeated form are headings wherever they stand": (
        ["捐款渠道一览", BODY, "捐款机构1：特区政府援助基金", BODY, "👉详情按此：特区政府", "捐款机构2：乐善堂关怀基金",
         BODY2, "👉详情按此：乐善堂", "捐款机构3：红十字会", BODY],
        [(1, "", "捐款机构1：特区政府援助基金"), (1, "", "捐款机构2：乐善堂关怀基金"), (1, "", "捐款机构3：红十字会")],
    ),
    "a single headline with a colon counts among plain headings; a page card's '标题：' does not": (
        ["测试报道", "标题：棚网实测报道", "作者：记者", BODY, "宏福苑棚网燃烧", BODY, "清丽苑棚网燃烧", BODY2,
         "怡乐花园棚网燃烧", BODY, "消防顾问：实测并非科学方法", BODY2],
        [(1, "", "宏福苑棚网燃烧"), (1, "", "清丽苑棚网燃烧"), (1, "", "怡乐花园棚网燃烧"), (1, "", "消防顾问：实测并非科学方法")],
    ),
    "when most headings open with one symbol, a book title quoted alone is not one of them": (
        ["讲座整理", BODY, "➤中国说是分离主义", BODY, "➤用高科技围成的牢笼", BODY2, "➤再教育营内的待遇", BODY,
         "新疆再教育营：中国的高科技流放地", BODY2],
        [(1, "", "中国说是分离主义"), (1, "", "用高科技围成的牢笼"), (1, "", "再教育营内的待遇")],
    ),
    "a tutorial's code comments and assignments are not headings; a heading after code is one": (
        ["字符串的方法", BODY, "大小写相关操作", BODY2, "s1 = 'hello, world!'", "# 字符串首字母大写",
         "print(s1.capitalize())", "查找操作", BODY, "s2 = '~你好，世界~'", "print(s2.find('你'))", "格式化字符串", BODY2],
        [(1, "", "大小写相关操作"), (1, "", "查找操作"), (1, "", "格式化字符串")],
    ),
    "a heading may end in 来源 or open with 时间 as a word of its own ('出借股份来源', '时间起源')": (
        ["融券风波", BODY, "时间起源", BODY2, "出借股份来源", BODY, "监管回应", BODY2, "来源 新华社", BODY],
        [(1, "", "时间起源"), (1, "", "出借股份来源"), (1, "", "监管回应")],
    ),
    "a named heading in two languages ('Abstract（摘要）') is named like 摘要": (
        ["MapReduce：简化的数据处理", "Abstract（摘要）", BODY, "1 引言", BODY2, "2 实现", BODY, "2.1 执行概述", BODY2],
        [(1, "", "Abstract（摘要）"), (1, "1", "引言"), (1, "2", "实现"), (2, "2.1", "执行概述")],
    ),
    "a section's title right above its first subsection's title: both are headings, the one over the other": (
        ["融券风波", BODY, "公司简介", BODY2, "各方获益分析", "公司高管的收益", BODY, "融券做空者的收益", BODY2,
         "出借股东的收益", BODY],
        [(1, "", "公司简介"), (1, "", "各方获益分析"), (2, "", "公司高管的收益"), (2, "", "融券做空者的收益"),
         (2, "", "出借股东的收益")],
    ),
    "two short lines that are a letter's close, links in brackets or code are no such pair": (
        ["上诉状", BODY, "上诉理由", BODY2, "事实与证据", BODY, "此致", "北京市第一中级人民法院", BODY2,
         "【专题页面】", "【视频合集】", BODY, "print(b.decode('utf-8'))#骆昊", "print(c.decode('gbk'))#骆昊", BODY2],
        [(1, "", "上诉理由"), (1, "", "事实与证据")],
    ),
    "a job title right above each group of labels holds them": (
        ["招聘岗位", "后端开发工程师", "工作职责：", "1、参与公司网站产品的开发及维护，完成相应模块的编码和调试",
         "任职资格：", "1、三年以上开发经验，熟悉主流框架及应用", "2、熟悉数据库，对 SQL 优化有一定经验",
         "高级测试工程师", "工作职责：", "1、参与项目的全流程质量把控，设计和执行测试用例",
         "任职资格：", "1、计算机相关专业大专及以上学历", "2、精通软件测试理论与方法"],
        [(1, "", "后端开发工程师"), (2, "", "工作职责"), (2, "", "任职资格"), (1, "", "高级测试工程师"),
         (2, "", "工作职责"), (2, "", "任职资格")],
    ),
}

POSTING = CASES["a job title right above each group of labels holds them"][0]


def test_explain_names_the_unnumbered_forms():
    from reader.text.explain import explain_outline
    from support import paragraphs

    lines = explain_outline(paragraphs(POSTING), POSTING[0])
    assert "unnumbered, labels that each open a list from 1: lines 3, 5, 9, 11" in lines
    assert "unnumbered, titles over groups of labels: lines 2, 8" in lines


@pytest.mark.parametrize("lines, expected", CASES.values(), ids=list(CASES))
def test_untuned_genres(lines, expected):
    assert outline(lines, lines[0]) == expected  # the first line is the document's title



def test_a_heading_after_a_code_block_is_no_image_caption():
    """The cleaner may run a code block's lines into one paragraph; the gap after it counts those lines."""
    from reader.text.model import Paragraph
    from reader.text.outline import parse_outline

    code = "s1 = 'hello'print(s1.upper())        # HELLOprint(s1.lower())        # hello"
    texts = [("字符串的方法", 1), (BODY, 3), ("大小写相关操作", 5), (BODY2, 7), (code, 9), ("查找操作", 14), (BODY, 16),
             ("格式化字符串", 18), (BODY2, 20)]
    paragraphs, start = [], 0
    for text, line in texts:
        paragraphs.append(Paragraph(text, line, start))
        start += len(text) + 2
    assert [h.title for h in parse_outline(paragraphs, "字符串的方法")] == ["大小写相关操作", "查找操作", "格式化字符串"]
