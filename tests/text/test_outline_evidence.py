"""Document-level evidence for and against marker-led lines: cited articles, reading lists, clause chains, chatty
lines, and families numbered by a word ('疑问1、', '其一、').

Each table row is a made-up minimal document of one failure class seen in real material (tw04/tw07 article
references, cdt09 quoted articles, cdt07 reading list, cdt05 request items, cdt08 references section).
"""

from __future__ import annotations

import pytest

from reader.text.evidence import chained_clauses, is_citation, paired_clauses
from reader.text.markers import match_heading
from reader.text.explain import explain_outline
from support import outline, paragraphs

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
BODY2 = "各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题，重要情况及时报告。"
BODY_TW = "區分所有權人會議，由全體區分所有權人組成，每年至少應召開定期會議一次。"


def _tw_law(*extra: tuple[int, str]) -> list[str]:
    """Articles 第 1 條 … 第 6 條, each with its text; `extra` puts a line after the text of article n."""
    lines = ["第 一 章 總則"]
    for n in range(1, 7):
        lines += [f"第 {n} 條", BODY_TW]
        lines += [text for after, text in extra if after == n]
    return lines


TW_ARTICLES = [(1, "第 一 章", "總則")] + [(2, f"第 {n} 條", f"第 {n} 條") for n in range(1, 7)]

CASES = {
    # an article's text that starts by citing earlier articles, after the article it belongs to
    "cited articles going back": (_tw_law((4, "第二條、第三條規定，於管理負責人準用之。")), TW_ARTICLES),
    # a citation of a later article ('規定' in traditional script), between 2 and 3
    "cited article ahead": (_tw_law((2, "第五條規定之事項，由主管機關定之。")), TW_ARTICLES),
    # mainland: 第X条 quoted inside an essay, two articles, not in sequence, not the first
    "articles quoted in an essay": (
        ["一、申请的经过", BODY, "条例规定：", "第十四条依法确定为国家秘密的政府信息，不予公开。",
         "第十六条行政机关的内部事务信息，可以不予公开。", "二、我们的疑问", BODY],
        [(1, "一、", "申请的经过"), (1, "二、", "我们的疑问")]),
    # an excerpt of a law that starts at its fifth article keeps its articles
    "an excerpt's articles": (
        ["第五条　" + BODY, "第六条　" + BODY, "第七条　" + BODY],
        [(1, "第五条", "第五条"), (1, "第六条", "第六条"), (1, "第七条", "第七条")]),
    # a second rule appended after the first starts again at 第一条
    "an annexed rule restarts": (
        ["第一条　" + BODY, "第二条　" + BODY, "第三条　" + BODY, "第一条　" + BODY, "第二条　" + BODY],
        [(1, "第一条", "第一条"), (1, "第二条", "第二条"), (1, "第三条", "第三条"), (1, "第一条", "第一条"),
         (1, "第二条", "第二条")]),
    # a reading list: author-year entries and web addresses are not section titles
    "reading list": (
        ["讲座整理", BODY, "延伸材料", BODY,
         "1. Anderson, B. (2006). Imagined communities: Reflections on nationalism. Verso.", "",
         "2. 爱国何以道德？https://example.org/a/1.htm", "",
         "3. Berlin, I. (2017). Two concepts of liberty. In Liberty Reader (pp. 33-57).", "",
         "4. 知识分子：殷海光、胡适", "", "5. 情感教育： Perry, E. J. (2013). Cultural governance.", BODY],
        [(1, "", "讲座整理"), (1, "", "延伸材料")]),
    # the requests of an appeal: clauses chained by '；' up to the last, under an unnumbered section title
    "request clauses": (
        ["上诉请求", "一、依法撤销一审民事判决；", "二、依法改判支持上诉人全部诉讼请求，或将本案发回重审。",
         "事实和理由", "一、一审判决认定事实错误。", BODY, "二、一审判决适用法律错误。", BODY],
        [(1, "", "上诉请求"), (1, "", "事实和理由"), (2, "一、", "一审判决认定事实错误"),
         (2, "二、", "一审判决适用法律错误")]),
    # sections titled like headings still are, even when one ends in '；' midway through a long run
    "headings with one semicolon": (
        ["一、总体要求", BODY, "二、重点任务；", BODY, "三、保障措施", BODY, "四、组织实施", BODY],
        [(1, "一、", "总体要求"), (1, "二、", "重点任务"), (1, "三、", "保障措施"), (1, "四、", "组织实施")]),
    # a chatty line ending in '～' is a sentence, not an unnumbered heading
    "tilde-ended lines": (
        ["首先是老师们的著作～", BODY, "一些延伸的概念～", BODY, "谢谢大家～", BODY], []),
    # 参考文献： with its colon is the references section by name
    "references by name": (
        ["一、研究背景", BODY, "二、主要发现", BODY, "参考文献：", "卢锋：我国就业形势再探讨"],
        [(1, "一、", "研究背景"), (1, "二、", "主要发现"), (1, "", "参考文献")]),
    # numbered entries under 参考文献 are a list, whatever their shape ('1. 作者：题目' reads like a run-in title)
    "numbered references": (
        ["一、研究背景", BODY, "二、主要发现", BODY, "参考文献", "1. 卢锋：我国就业形势再探讨", "2. 熊鸿军：就业与失业统计指标",
         "3. 国家统计局：中国统计年鉴"],
        [(1, "一、", "研究背景"), (1, "二、", "主要发现"), (1, "", "参考文献")]),
    # a word and a number numbering sections: 疑问1、… under 三、, each with its body
    "labelled questions": (
        ["一、申请的经过", BODY, "二、我们的疑问", BODY, "疑问1、公开批准文件为何会危及稳定？", BODY, "疑问2、不公开是否违背知情原则？",
         BODY, "疑问3、紧急使用的期限是多久？", BODY],
        [(1, "一、", "申请的经过"), (1, "二、", "我们的疑问"), (2, "疑问1、", "公开批准文件为何会危及稳定？"),
         (2, "疑问2、", "不公开是否违背知情原则？"), (2, "疑问3、", "紧急使用的期限是多久？")]),
    # 其一 / 其二 as section numbers
    "qi-yi sections": (
        ["其一、制度的由来", BODY, BODY2, "其二、制度的问题", BODY, BODY2],
        [(1, "其一、", "制度的由来"), (1, "其二、", "制度的问题")]),
    # the same shape over short notice lines is a list; a lone '问题1：' and captions '图1：' are not families; the
    # weekdays over their paragraphs title them as plain lines (no family 周一/周二), as a text with blank lines has it
    "labelled list and captions": (
        ["你还有两个方法", "方法一：会议转播", "799516931", "方法二：听回放", "房间号：8955702", BODY,
         "问题1：为什么要改革？", BODY, "图1：历年招生人数", BODY, "图2：历年就业人数", BODY,
         "周一：全体会议", BODY, "周二：分组讨论", BODY], [(1, "", "周一：全体会议"), (1, "", "周二：分组讨论")]),
    # the space after the label lost (many extracts): articles whose text starts with 为/本/上/在 run on in sequence
    "articles whose text runs on from the label": (
        ["第一章总则", "第一条为规范管理，制定本办法。", "第二条本办法适用于本市。", "第三条上级机关应当加强指导。",
         "第二章附则", "第四条在本办法施行前已经批准的，继续有效。"],
        [(1, "第一章", "总则"), (2, "第一条", "第一条"), (2, "第二条", "第二条"), (2, "第三条", "第三条"),
         (1, "第二章", "附则"), (2, "第四条", "第四条")]),
    # ... but a line that starts by citing the next article, before that article, is its predecessor's text
    "a run-on citation of the next article": (
        ["第一条 为规范管理，制定本办法。", "第二条 本办法适用于本市，但", "第三条中规定的情形除外。",
         "第三条 上级机关应当加强指导。"],
        [(1, "第一条", "第一条"), (1, "第二条", "第二条"), (1, "第三条", "第三条")]),
    # ... and one off the sequence, or reading '的'/'规定' after the label, cites
    "run-on labels off the sequence or citing": (
        ["第一条 为规范管理，制定本办法。", "第五条为本办法所称的单位，", "第二条的规定同样适用。",
         "第二条 本办法适用于本市。"],
        [(1, "第一条", "第一条"), (1, "第二条", "第二条")]),
    # a code's clauses 2.1.1 … right under its chapters and sections are its articles, even the short ones; a list
    # inside one is not
    "decimal clauses of a code": (
        ["第一章 总则", "1.1 为了规范股票上市行为，保护投资者合法权益，制定本规则。", "1.2 股票在本所上市，适用本规则。",
         "第二章 股票上市", "第一节 首次公开发行股票的上市", "2.1.1 发行人申请上市，应当符合下列条件：",
         "（一）符合中国证监会规定的发行条件；", "（二）本所规定的其他条件。", "2.1.2 发行人应当于上市前披露上市公告书。",
         "第二节 上市公司股票发行", "2.2.1 上市公司发行股票的，可以申请上市。"],
        [(1, "第一章", "总则"), (2, "1.1", "1.1"), (2, "1.2", "1.2"), (1, "第二章", "股票上市"),
         (2, "第一节", "首次公开发行股票的上市"), (3, "2.1.1", "2.1.1"), (3, "2.1.2", "2.1.2"),
         (2, "第二节", "上市公司股票发行"), (3, "2.2.1", "2.2.1")]),
}


@pytest.mark.parametrize("lines, expected", CASES.values(), ids=CASES.keys())
def test_evidence_cases(lines, expected):
    assert outline(lines) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anderson, B. (2006). Imagined communities", True),
    ("国家统计局：《中国统计年鉴》（2022），中国统计出版社", True),
    ("爱国何以道德？https://cul.qq.com/a/1.htm", True),
    ("In Liberty Reader (pp. 33-57). Routledge.", True),
    ("青年（16-40岁）实际失业人口推算（注释一）", False),
    ("2020年工作回顾", False),
    ("TCP 的拥塞控制", False),
])
def test_citation(text, expected):
    assert is_citation(text) is expected


@pytest.mark.parametrize("lines, expected", [
    (["一、撤销判决；", "二、改判。"], True),
    (["一、撤销判决；", "二、改判；", "三、由被上诉人负担诉讼费用。"], True),
    (["一、总体要求", "二、重点任务"], False),
    (["一、撤销判决；"], False),
])
def test_chained_clauses(lines, expected):
    assert chained_clauses([match_heading(line) for line in lines]) is expected


def test_explain_names_cited_articles():
    lines = _tw_law((4, "第二條、第三條規定，於管理負責人準用之。"))
    text = "\n".join(explain_outline(paragraphs(lines)))
    assert "off the sequence" in text and "第2 after 第4" in text


def test_stray_article_rule_is_linear():
    """A long law full of cited articles is decided in one pass (no pairwise look-back)."""
    import time

    def run(n: int) -> float:
        lines = []
        for k in range(1, n + 1):
            lines += [f"第 {k} 條", BODY_TW, f"第{k % 7 + 1}條規定，準用之。"]
        start = time.thread_time()
        outline(lines)
        return time.thread_time() - start

    small, large = run(500), run(4000)
    assert large < 8 * 3 * small + 0.5


def _hk_section(number: str, title: str, subsections: int) -> list[str]:
    lines = [f"{number}.\t{title}"]
    return lines + ([f"({k})\t{BODY_TW}" for k in range(1, subsections + 1)] if subsections else [BODY_TW])


def test_hong_kong_ordinance_parts_divisions_and_inserted_sections():
    """部 and 分部 (title on the next line or after '——'), sections 1.–12. numbered through them with 6A./11B.
    inserted, subsections (1)(2) inside a section, and a schedule (附表1) that starts its own numbering."""
    lines = ["第1部", "導言", *_hk_section("1", "簡稱", 2), *_hk_section("2", "釋義", 0),
             "第2部", "對營辦安老院的限制", *_hk_section("3", "安老院須領有牌照", 2),
             *_hk_section("3A", "若干院舍不受第3條規限", 0), *_hk_section("4", "豁免", 0),
             "第3部", "牌照", "第1分部——牌照申請", *_hk_section("5", "牌照的申請及發出", 2),
             *_hk_section("5A", "關於申請人是否適當人選的規定", 0), "第2分部——負責人",
             *_hk_section("6", "牌照申請人須提名負責人", 2), *_hk_section("6A", "如何提名負責人", 0),
             "第4部", "上訴", *_hk_section("7", "對署長的決定提出上訴", 2), *_hk_section("8", "規例", 0),
             "附表1", "關於牌照申請人是否適當人選的規定", BODY_TW]
    assert outline(lines) == [
        (1, "第1部", "導言"), (2, "1.", "簡稱"), (2, "2.", "釋義"),
        (1, "第2部", "對營辦安老院的限制"), (2, "3.", "安老院須領有牌照"), (2, "3A.", "若干院舍不受第3條規限"),
        (2, "4.", "豁免"),
        (1, "第3部", "牌照"), (2, "第1分部", "牌照申請"), (3, "5.", "牌照的申請及發出"),
        (3, "5A.", "關於申請人是否適當人選的規定"), (2, "第2分部", "負責人"), (3, "6.", "牌照申請人須提名負責人"),
        (3, "6A.", "如何提名負責人"),
        (1, "第4部", "上訴"), (2, "7.", "對署長的決定提出上訴"), (2, "8.", "規例"), (1, "", "附表1")]


@pytest.mark.parametrize("line, marker, number", [("6A.\t若干院舍", "6A.", 6), ("11B．某些營辦人", "11B．", 11)])
def test_inserted_section_marker(line, marker, number):
    m = match_heading(line)
    assert m is not None and (m.family, m.marker, m.number) == ("arabic", marker, number)


@pytest.mark.parametrize("line", ["5G网络切片的部署", "3D打印的应用", "4K、8K视频"])
def test_a_number_with_letters_is_not_an_inserted_section(line):
    m = match_heading(line)
    assert m is None or m.family != "arabic"


def test_work_report_run_in_titles_of_two_paired_clauses():
    """A government work report: 一、… sections, and under the tasks （一） points whose run-in title pairs two clauses."""
    task = "充分发挥创新主导作用，以科技创新推动产业创新，加快推进新型工业化，提高全要素生产率，不断塑造发展新动能新优势。"
    lines = ["各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。",
             "一、2023年工作回顾", BODY, BODY2, "二、2024年经济社会发展总体要求和政策取向", BODY, BODY2,
             "三、2024年政府工作任务", BODY,
             f"（一）大力推进现代化产业体系建设，加快发展新质生产力。{task}", BODY2,
             f"（二）深入实施科教兴国战略，强化高质量发展的基础支撑。{task}", BODY2,
             f"（三）着力扩大国内需求，推动经济实现良性循环。{task}", BODY2,
             "各位代表！", BODY]
    assert outline(lines) == [
        (1, "一、", "2023年工作回顾"), (1, "二、", "2024年经济社会发展总体要求和政策取向"), (1, "三、", "2024年政府工作任务"),
        (2, "（一）", "大力推进现代化产业体系建设，加快发展新质生产力"), (2, "（二）", "深入实施科教兴国战略，强化高质量发展的基础支撑"),
        (2, "（三）", "着力扩大国内需求，推动经济实现良性循环")]


@pytest.mark.parametrize("title, expected", [
    ("大力推进现代化产业体系建设，加快发展新质生产力", True), ("坚持稳中求进，经济运行回升向好", True),
    ("在里昂，我们的一位同志从牢房里被拉出来接受第三轮法庭审讯", False), ("一群被遣返的女人，包括我们的一位同志，途径瑞士", False),
])
def test_paired_clauses(title, expected):
    assert paired_clauses(title) is expected


def test_paper_with_a_table_inside_a_decimal_section():
    """Table rows '1 长度 行的字符数' inside section 3 restart the bare numbers; the later 3.2 shows they were rows."""
    lines = ["1 引言", BODY, "2 相关工作", "2.1 基于规则的方法", BODY, "3 方法", "3.1 特征提取", BODY, "表1 特征列表",
             "序号 特征 说明", "1 长度 行的字符数", "2 标点 行末标点", "3.2 模型训练", BODY, "3.2.1 损失函数", BODY,
             "4 实验与分析", BODY, "参考文献", "[1] 张三, 李四. 中文文档结构识别[J]. 计算机学报, 2020, 43(5): 1-10."]
    assert outline(lines) == [
        (1, "1", "引言"), (1, "2", "相关工作"), (2, "2.1", "基于规则的方法"), (1, "3", "方法"), (2, "3.1", "特征提取"),
        (2, "3.2", "模型训练"), (3, "3.2.1", "损失函数"), (1, "4", "实验与分析"), (1, "", "参考文献")]
    explained = "\n".join(explain_outline(paragraphs(lines)))
    assert "a top-level number inside section 3" in explained


def test_an_articles_heading_part_is_its_label():
    """The reading pane styles a heading's part: for a clause that runs on as a sentence, only its label, as 第X条."""
    from reader.text.outline import parse_outline

    lines = CASES["decimal clauses of a code"][0]
    paras = paragraphs(lines)
    heads = {h.marker: h for h in parse_outline(paras)}
    clause = heads["2.1.1"]
    para = next(p for p in paras if p.text.startswith("2.1.1"))
    assert (clause.offset, clause.end) == (para.start, para.start + len("2.1.1"))
    assert heads["第一节"].end - heads["第一节"].offset == len("第一节 首次公开发行股票的上市")
