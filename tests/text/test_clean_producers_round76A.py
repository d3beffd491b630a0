"""Cleaning extracts from producers the cleaner had not seen (round 76A: a company report made with WPS, a regulation
made with Word, journals' first pages, dev): a full line mixing Chinese with numbers and Latin words runs on though it
measures past the width; an article's first line runs on though its label's gap and lost indent make it look short; a
contents entry's 第N节 set apart rejoins its entry; a journal's masthead, DOI and received lines are page furniture;
a section label set letter-spaced, one letter a line, is one word again."""

from __future__ import annotations

import pytest

from support import parse_document
from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.mastheads import mark_mastheads
from reader.text.model import Block
from reader.text.runwidth import estimate_width
from reader.text.spacedlabels import spaced_labels

_PROSE = ("公司是一家以科技创新与内容创新驱动的卓越全域数字营销公司，以依托内容、聚合数据、赋能消费为经营理念，构建了从内容"
          "创意设计、传播策略、媒介分发到数据咨询、电商运营的商业模式，形成品效销数协同的全域全链路生态营销服务体系，以助力"
          "品牌经营实现确定性增长。公司主要业务为品牌营销、社交营销、电商营销与运营服务、数据咨询服务，目前主要依托以下媒体")


def _lines(text: str, chars: int) -> list[str]:
    return [text[k:k + chars] for k in range(0, len(text), chars)]


def _report(middle: list[str]) -> list[str]:
    """Paragraphs wrapped at 42 characters round `middle` (a paragraph of the given lines)."""
    body = _lines(_PROSE * 3 + _PROSE[:42] + "。", 42)
    return body + [""] + _lines(_PROSE, 42)[:2] + middle + [""] + body


def _paragraphs(lines: list[str], name: str = "report.txt") -> list[str]:
    document = build_document(decode_bytes(("\n".join(lines) + "\n").encode("utf-8"), name=name))
    return ["".join(p.text.split()) for p in document.paragraphs]


def _bare(text: str) -> str:
    return "".join(text.split())


# Full lines (42 characters) that mix in numbers, Latin words and ASCII brackets: the spaces the extract writes
# between Chinese and Latin, and brackets counted as two columns, measure them 7–9 columns past the width.
_MIXED = [
    ("据显示，2025 年 6 月，AI 搜索及 AI 综合助手赛道的用户规模分别已达到 6.9 亿和 6.1 亿。互联",
     "网广告的库存正加速往 AI 应用倾斜。"),
    ("年 04 月发布的可灵 2.0 模型，在发布后一举登顶全球知名 AI 基准测试机构 Artificial Analysis 的",
     "图生视频评分榜单。"),
    ("动传播(社交场)、优质素材混剪复投(流量场)、节目艺人出席品牌直播间(生意场)等形式深度且有",
     "效赋能品牌开拓越南市场，验证了中国营销模式的国际化适配能力。"),
]


@pytest.mark.parametrize("full, rest", [
    *_MIXED,
    # a table's row far past the width (no prose: numbers) stays a line of its own, as before
    ("营业收入 4,542,325,610.74 2,952,618,931.16 53.84 利润总额 18,119,156.75 30,221,399.60 -40.05 归属",
     "于上市公司股东的净利润"),
])
def test_a_full_line_mixing_in_numbers_and_latin_runs_on(full, rest):
    got = _paragraphs(_report([full, rest]))
    if full[0] == "营":
        assert _bare(full) not in got[-1] and any(_bare(full) in p and _bare(rest) not in p for p in got)
    else:
        assert _bare(_PROSE[:84] + full + rest) in got  # (before: 'wider than a wrapped line gets', it ended there)


_ARTICLES = [
    "第二十七条 答辩应包括论文陈述和答辩提问两个环节，学院（系）可根据专业",
    "特点提出具体的答辩要求。经答辩委员会同意后，涉外专业学生在答辩过程中可以使",
    "用外语陈述及回答问题。",
    "第二十八条 答辩小组根据学生答辩时论文陈述和回答问题的综合表现进行评",
    "分和答辩投票，并报院答辩委员会，经院答辩委员会审议通过后，汇总报教务部。答",
    "辩小组将《答辩评分表》和《答辩表决票》报学院（系）存档。",
    "第十章",
    "毕业论文的成绩评定",
    "第二十九条 毕业论文成绩的评定应遵循以下原则：",
    "（一）单项成绩评定和总成绩评定一律按照百分制记载。",
    "（二）总成绩评定时，一般应包含指导教师评分、评阅教师评分和答辩评分三个",
    "部分，各部分所占比例由各学院根据实际情况确定，但其中答辩评分占总成绩比例不",
    "应低于 30%，各部分成绩单项评分一般不得超过 95 分。若指导教师评分与评阅人评",
    "分差值超过 15 分，则应经答辩委员会讨论评分。",
]


@pytest.mark.parametrize("want", [
    "".join(_ARTICLES[3:6]),  # '…进行评' / '分和…': the article's first line, short by its label's gap, ran on
    "".join(_ARTICLES[0:3]),  # (these three as before)
    "第十章毕业论文的成绩评定",
    _ARTICLES[8],  # an article that ends its sentence on a short line stays whole
])
def test_an_articles_first_line_runs_on_though_its_label_makes_it_look_short(want):
    assert _bare(want) in _paragraphs(_ARTICLES)


def test_a_yes_or_no_questions_answer_under_its_full_line_stays_apart():
    questions = ["七、 是否存在被控股股东及其他关联方非经营性占用资金情况", "否",
                 "九、 是否存在半数以上董事无法保证公司所披露半年度报告的真实性、准确性和完整性", "否",
                 "十、 重大风险提示", "公司已在本报告中详细描述可能存在的相关风险，敬请查阅第三节管理层讨论与分析中",
                 "可能面对的风险部分的内容。"]
    got = _paragraphs(_lines(_PROSE * 2, 39) + [""] + questions + [""] + _lines(_PROSE * 2, 39))
    assert _bare(questions[2]) in got and got.count("否") == 2  # (before: '…完整性否', the full line's wrap)


def test_a_contents_entrys_section_label_set_apart_rejoins_it():
    lines = ["目录", "第一节", "", "释义 ....................................................... 4", "", "第二节", "",
             "公司简介和主要财务指标 ......................................... 5", "", "第三节", "",
             "管理层讨论与分析 ................................................ 9", ""]
    got = _paragraphs(lines)
    assert _bare("第一节 释义 ....................................................... 4") in got
    assert _bare("第三节 管理层讨论与分析 ................................................ 9") in got
    assert "第二节" not in got


@pytest.mark.parametrize("line, furniture", [
    ("第 34 卷 第 5 期", True),
    ("应用概率统计 第 xx 卷", True),
    ("第 x 期 20xx 年 xx 月", True),
    ("xx, 20xx, Vol. xx, No. x, pp. xxx-xxx", True),
    ("doi: 10.3969/j.issn.1001-4268.20xx.0x.0xx", True),
    ("10.16383/j.aas.cxxxxxx", True),
    ("收稿日期 XXXX-XX-XX 录用日期 XXXX-XX-XX", True),
    ("本文 2006 年 1 月 9 日收到. 2007 年 9 月 24 日收到修改稿.", True),
    ("第二卷 第三章 总论", False),  # a book's volume and chapter: a heading
    ("本刊第 5 期刊登了该文，引起了广泛讨论。", False),  # prose that names an issue
    ("2011 年 9 月", False),  # a date with no volume line beside it
])
def test_a_journals_volume_doi_and_received_lines_are_furniture(line, furniture):
    reasons = [""]
    mark_mastheads([line], reasons)
    assert (reasons[0] == "chrome") is furniture


def test_a_journals_name_and_date_beside_its_volume_line_are_furniture_its_title_is_not():
    texts = ["应用数学学报", "第 34 卷 第 5 期", "2011 年 9 月", "Vol. 34 No. 5", "ACTA MATHEMATICAE APPLICATAE SINICA",
             "复发事件下一般半参数比率回归模型", "Sep., 2011", "刘焕彬"]
    reasons = [""] * len(texts)
    mark_mastheads(texts, reasons)
    assert [t for t, r in zip(texts, reasons) if not r] == ["复发事件下一般半参数比率回归模型", "刘焕彬"]


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(t, 2 * k + 1) for k, t in enumerate(texts)]  # a blank line between each (the default extract)


@pytest.mark.parametrize("texts, want", [
    (["参", "考", "文", "献", "[1] Wang Z Q"], ["参考文献", "[1] Wang Z Q"]),
    (["摘", "要: 摘要内容.", "关键词: 半参数"], ["摘要: 摘要内容.", "关键词: 半参数"]),
    (["§1.", "引", "言", "这是专门定制的模板."], ["§1. 引言", "这是专门定制的模板."]),
    (["§2.", "常用环境", "2.1 分类说明"], ["§2. 常用环境", "2.1 分类说明"]),
    (["§2.", "学术论文排版主要涉及公式, 为查"], ["§2.", "学术论文排版主要涉及公式, 为查"]),  # prose: no title
    (["十、 重大风险提示", "否", "十一、 其他"], ["十、 重大风险提示", "否", "十一、 其他"]),  # an answer, no label
    (["男", "女", "男"], ["男", "女", "男"]),  # a table's cells
])
def test_a_letter_spaced_label_one_letter_a_line_is_one_word(texts, want):
    assert [b.text for b in spaced_labels(_blocks(texts))] == want


def test_a_letter_spaced_heading_in_an_extract_comes_back_whole():
    lines = ["应用概率统计模板说明", "", "§1.", "", "引", "", "言", "", "这是专门为《应用概率统计》定制的 LATEX 模板.", "", "参", "", "考", "", "文", "",
             "献", "", "[1] Wang Z Q, Willem M. Singular Minimization Problems."]
    got = _paragraphs(lines, "paper.txt")
    assert "§1.引言" in got and "参考文献" in got and "引" not in got


@pytest.mark.parametrize("widths, want", [
    ([84] * 8 + [91], 84),  # one full mixed line past eight Chinese ones: they give the width
    ([84] * 8 + [91, 92], 84),
    ([46, 46, 46, 54], None),  # three lines are too few to outweigh the wider one (a meeting record's items)
])
def test_a_lone_line_past_the_wrapped_lines_does_not_hide_their_width(widths, want):
    texts = ["公司是一家以科技创新与内容创新驱动的卓越全域数字营销公司，以依托内容、" for _ in widths]
    assert estimate_width(widths, texts, [True] * len(widths)) == want


def test_a_markdown_note_citing_a_paper_keeps_its_volume_and_doi_lines():
    # a journal's masthead comes from a PDF extract; a note in Markdown that lists a paper's volume and DOI on
    # lines of their own is citing it, and keeps them (the lead's narrowing of the rule, session 76)
    note = ("# 论文笔记\n\n## 出处\n\n第 34 卷 第 5 期\n\ndoi: 10.3969/j.issn.1000-1234.2011.05.001\n\n"
            "## 要点\n\n本文讨论了一类奇异极小化问题的解的存在性。\n")
    texts = [p.text for p in parse_document(note.encode(), name="note.md").paragraphs]
    assert "第 34 卷 第 5 期" in texts and "doi: 10.3969/j.issn.1000-1234.2011.05.001" in texts
    plain = parse_document(note.replace("#", "").encode(), name="paper.txt")
    assert "第 34 卷 第 5 期" not in [p.text for p in plain.paragraphs]  # (the same lines in an extract are furniture)
