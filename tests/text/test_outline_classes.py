"""The numbering families readers meet in official and semi-official texts, one table per class of failure."""

from __future__ import annotations

import pytest

from reader.text.markers import match_heading
from reader.text.numerals import int_to_cn
from support import outline

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
BODY2 = "各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题，重要情况及时报告。"
LONG = "人民法院审理此类案件，应当依法保护当事人的合法权益，对于事实清楚、证据充分的，依法及时作出裁判，不得拖延。"


def _cn_digits(n: int) -> str:
    """（一二○）: paragraph numbers written digit by digit past 99."""
    return "".join("○一二三四五六七八九"[int(d)] for d in str(n)) if n >= 100 else int_to_cn(n)


def _numbered_paragraphs() -> tuple[list[str], list[tuple[int, str, str]]]:
    lines, expected = [], []
    n = 0
    for title in ("总体情况", "存在的问题", "下一步打算"):
        lines.append(title)
        expected.append((1, "", title))
        for _ in range(41):
            n += 1
            lines.append(f"（{_cn_digits(n)}）{LONG}")
    return lines, expected


PARAGRAPH_LINES, PARAGRAPH_EXPECTED = _numbered_paragraphs()
# Two in three numbered paragraphs open with a short sentence that reads like a run-in title; the family still numbers
# paragraphs, and the count runs past 一百二十.
MIXED_LINES = [
    line if n % 3 == 0 else line.replace(LONG, "坚持依法办案。" + LONG) for n, line in enumerate(PARAGRAPH_LINES)
]

CLASSES = {
    # 1. headings ending in a colon
    "1 standalone headings that end in a colon": (
        ["一、目的：", BODY, "二、適用範圍：", BODY2, "三、權責：", BODY],
        [(1, "一、", "目的"), (1, "二、", "適用範圍"), (1, "三、", "權責")],
    ),
    "1 colon headings with items inside": (
        ["一、职责：", "（一）制定规划；", "（二）组织实施。", BODY, "二、程序：", BODY2],
        [(1, "一、", "职责"), (1, "二、", "程序")],
    ),
    # 2. paragraph numbering
    "2 paragraphs numbered straight through are body; unnumbered titles between them are the outline": (
        PARAGRAPH_LINES, PARAGRAPH_EXPECTED,
    ),
    "2 paragraph numbering where two in three paragraphs open with a short sentence": (MIXED_LINES, PARAGRAPH_EXPECTED),
    # 3. decimal headings
    "3 decimal titles that begin with Latin words or digits, or read like a date": (
        ["1 概述", BODY, "1.1 背景", BODY2, "2 网络基础", BODY, "3 TCP 的拥塞控制", BODY2, "3.1 慢启动", BODY,
         "4 5G 网络切片", BODY2, "4.1 切片管理", BODY, "5 安全", BODY, "6 部署", BODY2, "7 日常运维", BODY,
         "7.1 监控", BODY2],
        [(1, "1", "概述"), (2, "1.1", "背景"), (1, "2", "网络基础"), (1, "3", "TCP 的拥塞控制"), (2, "3.1", "慢启动"),
         (1, "4", "5G 网络切片"), (2, "4.1", "切片管理"), (1, "5", "安全"), (1, "6", "部署"), (1, "7", "日常运维"),
         (2, "7.1", "监控")],
    ),
    "3 decimal titles in two languages, or with a Latin word run into Chinese": (
        ["3.1 HTTP/2 Version Identification / HTTP/2 版本标识", BODY, "3.2 Starting HTTP/2 for \"http\" URIs / 为 \"http\" URI 启用 HTTP/2 协议",
         BODY2, "3.2.1 Stream标识符", BODY, "3.3 HTTP/2扩展", BODY2],
        [(1, "3.1", "HTTP/2 Version Identification / HTTP/2 版本标识"),
         (1, "3.2", "Starting HTTP/2 for \"http\" URIs / 为 \"http\" URI 启用 HTTP/2 协议"), (2, "3.2.1", "Stream标识符"),
         (1, "3.3", "HTTP/2扩展")],
    ),
    "3 a lone chapter number over its sections drops only itself": (
        ["3. 开始 HTTP/2", BODY, "3.1 版本标识", BODY2, "3.2 启用协议", BODY],
        [(1, "3.1", "版本标识"), (1, "3.2", "启用协议")],
    ),
    "3 quantities stay body": (
        ["1 概述", BODY, "1.1 背景", BODY2, "2 实施", BODY, "3 万人参加了培训", BODY2],
        [(1, "1", "概述"), (2, "1.1", "背景"), (1, "2", "实施")],
    ),
    # 4. 第X<classifier> families
    "4 lectures 第X讲 with sections inside": (
        ["第一讲 导论", BODY, "一、研究对象", BODY2, "二、研究方法", BODY, "第二讲 基本概念", BODY2, "一、定义", BODY],
        [(1, "第一讲", "导论"), (2, "一、", "研究对象"), (2, "二、", "研究方法"), (1, "第二讲", "基本概念"),
         (2, "一、", "定义")],
    ),
    "4 第X件 / 第X篇 / 第X课 families": (
        ["第一篇 总论", BODY, "第二篇 分论", BODY2, "第三篇 附论", BODY],
        [(1, "第一篇", "总论"), (1, "第二篇", "分论"), (1, "第三篇", "附论")],
    ),
    "4 a 第X件 marker alone takes its title from the next line": (
        ["第一件", "坚持党的全面领导", BODY, "第二件", "推进高质量发展", BODY2],
        [(1, "第一件", "坚持党的全面领导"), (1, "第二件", "推进高质量发展")],
    ),
    "4 a chapter marker alone takes its title from the next line, even a named one": (
        ["第一章", "总则", "第一条 " + BODY, "第二条 " + BODY2, "第二章", "监督管理", "第三条 " + BODY],
        [(1, "第一章", "总则"), (2, "第一条", "第一条"), (2, "第二条", "第二条"), (1, "第二章", "监督管理"), (2, "第三条", "第三条")],
    ),
    "4 lectures enclose their 节": (
        ["第一讲 导论", BODY, "第一节 研究对象", BODY2, "第二节 研究方法", BODY, "第二讲 基本概念", "第一节 定义", BODY2],
        [(1, "第一讲", "导论"), (2, "第一节", "研究对象"), (2, "第二节", "研究方法"), (1, "第二讲", "基本概念"),
         (2, "第一节", "定义")],
    ),
    "3 a paper: named parts, decimal sections, captions that are not headings": (
        ["摘要", BODY, "1 引言", BODY, "图1 系统总体架构", BODY2, "1.1 研究背景", BODY, "表2 实验结果对比", BODY2,
         "2 方法", BODY, "2.1 数据集", BODY2, "结论", BODY, "参考文献", "[1] 张三. 论文题目[J]. 期刊, 2020, 1(2): 3-4."],
        [(1, "", "摘要"), (1, "1", "引言"), (2, "1.1", "研究背景"), (1, "2", "方法"), (2, "2.1", "数据集"), (1, "", "结论"),
         (1, "", "参考文献")],
    ),
    "4 第X课 with decimal-free lessons": (
        ["第1课 认识汉字", BODY, "第2课 学写笔画", BODY2],
        [(1, "第1课", "认识汉字"), (1, "第2课", "学写笔画")],
    ),
    "4 a reference to 第一次 in a sentence is not a heading": (
        ["一、会议情况", "第一次全体会议审议通过了工作报告。" + BODY, "二、下一步", BODY2],
        [(1, "一、", "会议情况"), (1, "二、", "下一步")],
    ),
    "4 unnumbered sections over numbered items (a newsletter), numbers that start a title": (
        ["本周值得分享的科技内容。" + BODY, "科技动态", "1、死鸟无人机", BODY, "2、5G网速那么快，基站辐射会很大？", BODY2, "文章", "1、2019 年的 PHP（英文）",
         BODY, "2、亚洲最高的树（英文）", BODY2, "言论", "1、", BODY, "-- 《保守的前端开发者》", "回顾", "去年的本周：《每周分享第 8 期》"],
        [(1, "", "科技动态"), (2, "1、", "死鸟无人机"), (2, "2、", "5G网速那么快，基站辐射会很大？"), (1, "", "文章"),
         (2, "1、", "2019 年的 PHP（英文）"), (2, "2、", "亚洲最高的树（英文）"), (1, "", "言论"), (1, "", "回顾")],
    ),
    "4 a news feature: a '——记…' subtitle is not one of its 小标题": (
        ["——记某某村乡村振兴之路", BODY, "产业兴起来", BODY, BODY2, "村子美起来", BODY, "日子好起来", BODY2],
        [(1, "", "产业兴起来"), (1, "", "村子美起来"), (1, "", "日子好起来")],
    ),
    # 5. list items after a colon
    "5 items after a colon that look like run-in headings are a list": (
        ["一、申请材料", "申请人应当提交下列材料：", "1.申请书。载明申请事项。", "2.身份证明。提供复印件。",
         "3.资质证明。加盖公章。", BODY, "二、办理程序", BODY2],
        [(1, "一、", "申请材料"), (1, "二、", "办理程序")],
    ),
    "5 sections after '如下：', each a title sentence over its paragraph, are sections (no blank lines between)": (
        ["现就有关事项通知如下：", "一、提高思想认识。各地各部门要充分认识做好防汛工作的极端重要性，克服麻痹思想和侥幸心理。",
         "二、压实防汛责任。严格落实以行政首长负责制为核心的防汛责任制，明确各级各部门的具体责任人。",
         "三、强化监测预警。加强与气象部门的会商研判，及时发布预警信息，提前转移危险区域群众。", BODY],
        [(1, "一、", "提高思想认识"), (1, "二、", "压实防汛责任"), (1, "三、", "强化监测预警")],
    ),
    # 6. inserted articles and chapters
    "6 inserted articles and chapters": (
        ["第一章 總則", "第 1 條", BODY, "第 1-1 條", BODY2, "第 2 條", BODY, "第 20-1 條", BODY2],
        [(1, "第一章", "總則"), (2, "第 1 條", "第 1 條"), (2, "第 1-1 條", "第 1-1 條"), (2, "第 2 條", "第 2 條"),
         (2, "第 20-1 條", "第 20-1 條")],
    ),
    "6 第一条之一 and 第三章之一": (
        ["第三章 监督", "第十条 " + BODY, "第十条之一 " + BODY2, "第三章之一 特别规定", "第十一条 " + BODY],
        [(1, "第三章", "监督"), (2, "第十条", "第十条"), (2, "第十条之一", "第十条之一"), (1, "第三章之一", "特别规定"),
         (2, "第十一条", "第十一条")],
    ),
    "6 第2條之1: a Taiwan law's inserted article counted in Arabic digits": (
        ["第一章 總則", "第1條 " + BODY, "第2條 " + BODY2, "第2條之1 " + BODY, "第3條 " + BODY2],
        [(1, "第一章", "總則"), (2, "第1條", "第1條"), (2, "第2條", "第2條"), (2, "第2條之1", "第2條之1"),
         (2, "第3條", "第3條")],
    ),
    "6 a line citing an inserted article is no article": (
        ["第1條 " + BODY, "第2條 " + BODY2, "第2條之1規定之情形，不適用之。", "第3條 " + BODY],
        [(1, "第1條", "第1條"), (1, "第2條", "第2條"), (1, "第3條", "第3條")],
    ),
    # 7. numbering that continues across parents
    "7 run-in headings numbered on across parents": (
        ["（一）加强组织领导", BODY] + [f"{n}.完善第{n}项机制。" + BODY for n in range(1, 6)]
        + ["（二）强化工作保障", BODY2] + [f"{n}.落实第{n}项措施。" + BODY2 for n in range(6, 10)],
        [(1, "（一）", "加强组织领导")] + [(2, f"{n}.", f"完善第{n}项机制") for n in range(1, 6)]
        + [(1, "（二）", "强化工作保障")] + [(2, f"{n}.", f"落实第{n}项措施") for n in range(6, 10)],
    ),
    "7 Hong Kong sections numbered on through parts and divisions": (
        ["第1部", "導言", "1.\t簡稱及生效日期", "(1) 本條例可引稱為《某某條例》。", "(2) 本條例自公布日起實施。", "2.\t釋義", BODY,
         "第2部", "規管", "第1分部", "一般條文", "3.\t禁止", BODY2, "4.\t豁免", BODY],
        [(1, "第1部", "導言"), (2, "1.", "簡稱及生效日期"), (2, "2.", "釋義"), (1, "第2部", "規管"), (2, "第1分部", "一般條文"),
         (3, "3.", "禁止"), (3, "4.", "豁免")],
    ),
    # 8. articles numbered 1. 2. in judicial interpretations
    "8 articles numbered 1. under sections, with (1) items inside": (
        ["一、关于案件受理", f"1.{LONG}", f"2.{LONG}有下列情形之一的，不予受理：", "（1）起诉人不适格的；",
         "（2）不属于本院管辖的。", "二、关于案件审理", f"3.{LONG}", "（1）事实清楚的，及时裁判。",
         "（2）事实不清的，发回重审。", f"4.{LONG}", "三、其他", f"5.{LONG}"],
        [(1, "一、", "关于案件受理"), (2, "1.", "1."), (2, "2.", "2."), (1, "二、", "关于案件审理"), (2, "3.", "3."),
         (2, "4.", "4."), (1, "三、", "其他"), (2, "5.", "5.")],
    ),
    # 9. annexes that restart the numbering
    "9 附件1 / 附件2 with their own numbering": (
        ["一、总体要求", BODY, "二、主要任务", BODY2, "附件1", "一、申报条件", BODY, "二、申报程序", BODY2, "附件2",
         "一、评审标准", BODY],
        [(1, "一、", "总体要求"), (1, "二、", "主要任务"), (1, "", "附件1"), (2, "一、", "申报条件"),
         (2, "二、", "申报程序"), (1, "", "附件2"), (2, "一、", "评审标准")],
    ),
    "9 附件： and 附件1：title": (
        ["一、总体要求", BODY, "二、主要任务", BODY2, "附件：", "一、申报条件", BODY, "二、申报程序", BODY2],
        [(1, "一、", "总体要求"), (1, "二、", "主要任务"), (1, "", "附件"), (2, "一、", "申报条件"),
         (2, "二、", "申报程序")],
    ),
}


@pytest.mark.parametrize("lines, expected", CLASSES.values(), ids=CLASSES.keys())
def test_numbering_classes(lines, expected):
    assert outline(lines) == expected


@pytest.mark.parametrize("line, marker", [
    ("1.6 本所依据法律法规、本规则对上市公司实施监管。", "1.6"),  # '本' counts books, but '本所' is 'this exchange'
    ("2.4.2 公司股东持有的首发前股份，自上市之日起12个月内不得转让。", "2.4.2"),  # '公' measures 公里, not 公司
    ("1.6 本所依據法律法規、本規則對上市公司實施監管。", "1.6"),  # the same clause in Traditional characters
    ("1.3 本規則所稱證券，是指股票及其衍生品種。", "1.3"),
    ("1.5 万人参加了培训。", None),
    ("2.5 公里长的路段已经完工。", None),
])
def test_a_clause_may_open_with_a_word_whose_first_character_also_counts(line, marker):
    m = match_heading(line)
    assert (m.marker if m is not None else None) == marker


@pytest.mark.parametrize("lines, expected", [
    (["1 引言", BODY, "2 背景", BODY2, "3 FastSpeech", BODY, "3.1 前馈网络", BODY2, "4 实验", BODY],
     [(1, "1", "引言"), (1, "2", "背景"), (1, "3", "FastSpeech"), (2, "3.1", "前馈网络"), (1, "4", "实验")]),
    (["1 引言", BODY, "2 背景", BODY2, "3 GB", BODY, "4 实验", BODY, "4.1 数据", BODY2],  # no 3.1 under it: a size
     [(1, "1", "引言"), (1, "2", "背景"), (1, "4", "实验"), (2, "4.1", "数据")]),
])
def test_a_section_named_in_latin_alone_counts_when_its_subsection_follows(lines, expected):
    assert outline(lines) == expected


def test_the_civil_codes_sub_books_sit_between_its_books_and_chapters():
    """民法典: 第二编 物权 > 第一分编 通则 > 第一章 > 第一节 > 第二百零五条; a 分编 is a level of its own."""
    article = "第{}条　" + BODY
    lines = ["第二编　物　　权", "第一分编　通　　则", "第一章　一般规定", article.format("二百零五"),
             article.format("二百零六"), "第二章　物权的设立、变更、转让和消灭", "第一节　不动产登记",
             article.format("二百零七"), "第二分编　所　有　权", "第三章　一般规定", article.format("二百零八")]
    assert [(d, m) for d, m, _ in outline(lines)] == [
        (1, "第二编"), (2, "第一分编"), (3, "第一章"), (4, "第二百零五条"), (4, "第二百零六条"), (3, "第二章"),
        (4, "第一节"), (5, "第二百零七条"), (2, "第二分编"), (3, "第三章"), (4, "第二百零八条")]


def test_a_plans_parts_hold_its_chapters_and_sections():
    """十四五规划纲要: 第一篇 > 第一章 > 第一节, chapters numbered on across the parts. A 篇 right over its 第一章 is a
    part with a deeper level after it, not an item of a list (the whole outline was once dropped with it)."""
    lines = ["第一篇　开启全面建设社会主义现代化国家新征程", "第一章　发展环境", BODY, "第一节　决胜全面建成小康社会取得决定性成就",
             BODY2, "第二节　我国发展环境面临深刻复杂变化", BODY, "第二章　指导方针", "第一节　指导思想", BODY2,
             "第二篇　坚持创新驱动发展　全面塑造发展新优势", "第三章　强化国家战略科技力量", BODY, "第一节　整合优化科技资源配置", BODY2]
    assert [(d, m) for d, m, _ in outline(lines)] == [
        (1, "第一篇"), (2, "第一章"), (3, "第一节"), (3, "第二节"), (2, "第二章"), (3, "第一节"),
        (1, "第二篇"), (2, "第三章"), (3, "第一节")]


def test_a_party_constitutions_general_programme_is_named_like_a_preamble():
    """党章: '总纲' before 第一章 is a part by its name, as '序言' is in a constitution."""
    lines = ["总纲", BODY, "第一章　党　　员", "第一条　" + BODY2, "第二条　" + BODY2, "第二章　党的组织制度", "第三条　" + BODY]
    assert [(d, m or t) for d, m, t in outline(lines)] == [
        (1, "总纲"), (1, "第一章"), (2, "第一条"), (2, "第二条"), (1, "第二章"), (2, "第三条")]


@pytest.mark.parametrize("lines, want", [
    (["一、关于民法总则适用的法律衔接", "1.【民法总则的时间效力】根据“法不溯及既往”的原则，民法总则原则上没有溯及力。",
      "2.【民法总则与合同法的关系】民法总则施行后，与合同法规定不一致的，适用民法总则的规定。", "二、关于公司纠纷案件的审理",
      "3.【与目标公司“对赌”】投资方与目标公司订立的“对赌协议”不存在法定无效事由的，人民法院不予支持其无效主张。"],
     [("一、", "关于民法总则适用的法律衔接"), ("1.", "民法总则的时间效力"), ("2.", "民法总则与合同法的关系"),
      ("二、", "关于公司纠纷案件的审理"), ("3.", "与目标公司“对赌”")]),
    (["第一章　总则", "第一条　【立法目的】为了惩罚犯罪，保护人民，根据宪法，制定本法。", "第二条　国家依法保护公民的权利。"],
     [("第一章", "总则"), ("第一条", "立法目的"), ("第二条", "第二条")]),
])
def test_an_articles_bracketed_title_names_it(lines, want):
    """九民纪要's '1.【…】' and an annotated law's '第一条【立法目的】': the reader navigates by those names."""
    assert [(m, t) for _, m, t in outline(lines)] == want


def test_a_standards_appendix_at_its_end_holds_its_examples():
    """GB/T: '附录A' / '（资料性）' / '示例' closing the text over short example lines is a part, not a list of
    attached files as a notice's closing '附件' is."""
    lines = ["1　范围", "本文件规定了中文文档版面分析的总体要求和技术要求。", "2　技术要求", "系统应能正确识别多栏版面的阅读顺序。",
             "附录A", "（资料性）", "示例", "A.1　单栏版面示例", "略。", "A.2　多栏版面示例", "略。"]
    assert (1, "附录A") in [(d, m or t) for d, m, t in outline(lines)]


def test_a_numbered_question_is_named_by_its_question():
    """A policy explainer's '1.问：哪些企业可以申请首贷贴息？': '问' alone names nothing; the question does."""
    lines = ["三、政策问答", "1.问：哪些企业可以申请首贷贴息？", "答：在本市注册、首次获得银行贷款的民营中小微企业均可申请。",
             "2.问：贴息比例是多少？", "答：按照贷款市场报价利率的50%给予贴息，单户企业年度贴息最高50万元。", "四、解读机关"]
    assert [t for _, m, t in outline(lines) if m in ("1.", "2.")] == ["哪些企业可以申请首贷贴息？", "贴息比例是多少？"]


@pytest.mark.parametrize("text, title", [
    ("房屋基本情况", "房屋基本情况"),  # a contract's article, named over its text
    ("租赁期限", "租赁期限"),
    ("下列劳动合同无效：", "第一条"),  # a clause before its list: the article's text, not its name
    ("独立董事应当持续加强证券法律法规及规则的", "第一条"),  # a line cut mid-phrase
    ("删除", "第一条"),
])
def test_an_article_alone_over_its_text_is_named_by_its_short_title(text, title):
    lines = ["第一章　总则", f"第一条　{text}", "甲方房屋坐落于北京市朝阳区某某路1号院2号楼301室，建筑面积85平方米，用途为住宅。",
             "第二条　本合同自双方签字之日起生效，一式两份，甲乙双方各执一份，具有同等法律效力。"]
    assert [t for _, m, t in outline(lines) if m == "第一条"] == [title]
