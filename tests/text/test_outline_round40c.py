"""Round 40c: government documents and notices. A cover sets the document's title again under its issuer (the page
title names both: '〈学院〉〈方案〉（框架）'): that is the title, not a part over the sections. An event notice titles
its particulars with labels alone on their line ('活动时间：' over '7月6日（周六）'): where the labels over a list
are its headings, the labels over a single line are too. An essay's question set right over its one-line answer
heads it, as the questions over lists head theirs."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document

_EDITOR = "欢迎使用 wangEditor 富文本编辑器\n欢迎使用wangEditor 富文本编辑器，请输入内容...\n"  # a page editor's
# sample text left above the copy: a line shaped like a title, then its sentence
_PLAN = """{title}
{editor}{issuer}
{cover}
一、专业名称：
计算机应用技术
二、招生对象：普通高中毕业生
三、培养目标与规格
（一）培养目标
本专业培养德智体美劳全面发展，掌握计算机应用基本知识和技能的高素质技术技能人才。
（二）培养规格
毕业生应具有良好的职业道德和职业素养，具备从事本专业工作所需的专业知识与技能。
四、课程体系
（一）公共基础课程
思想道德与法治、大学英语、高等数学、体育与健康等课程，共计四十二学分。
（二）专业核心课程
程序设计基础、数据库应用、网页设计与制作、网络技术基础等课程，共计三十六学分。
"""


@pytest.mark.parametrize("title, issuer, cover", [
    ("东山职业技术学院××××专业人才培养方案（框架）（2021版）", "×××××学院", "××××专业人才培养方案"),
    ("江宁区科学技术局科技创新券管理办法（试行）", "江宁区科学技术局", "科技创新券管理办法"),
    ("华东师范大学本科生转专业工作实施细则（2022年修订）", "华东师范大学教务处", "本科生转专业工作实施细则"),
])
def test_a_cover_title_under_its_issuer_is_the_documents_title(title, issuer, cover):
    """'××××专业人才培养方案' under '×××××学院', the page title '东山职业技术学院××××专业人才培养方案（框架）…': the
    title again as a cover sets it, not a part holding 一、 to 四、."""
    text = _PLAN.format(title=title, editor=_EDITOR, issuer=issuer, cover=cover)
    doc = parse_document(text.encode("utf-8"), "plan.txt")
    texts = heading_texts(doc)
    assert cover.replace(" ", "") not in texts
    assert "三、培养目标与规格" in texts and "四、课程体系" in texts
    assert {h.depth for h in doc.headings if h.marker.endswith("、")} == {1}


_SALON = """数据科学沙龙（上海站）第8期活动预告

沙龙主题：开源数据库的演进
沙龙嘉宾：李明远

李明远，某科技公司数据库内核负责人，长期从事分布式存储与查询优化方面的研发工作，著有多篇技术文章。

{time}

7月6日（周六） 14:00-17:00

{place}

华东师范大学中北校区（具体地点短信或邮件通知）

沙龙流程：

1. 签到交流（30分钟）：每位来宾用一两分钟介绍自己的工作和兴趣
2. 嘉宾分享（60分钟）：嘉宾围绕沙龙主题分享开源数据库的演进历程
3. 自由讨论（不限时）：参与者就感兴趣的问题深入交流

{fee}

免费

沙龙报名：

1. 请点击本页上方“沙龙报名”，填写并提交报名表
2. 报名截止时间：7月5日 24:00；
3. 我们会根据报名者的职业和行业相关经验确定参加名单，并以短信通知

{ask}

salon@example.org
"""


@pytest.mark.parametrize("labels", [
    ("沙龙时间：", "沙龙地点：", "沙龙费用：", "问题咨询："),
    ("活动时间:", "活动地点:", "参加费用:", "联系方式:"),
])
def test_labels_over_one_line_are_headings_beside_labels_over_lists(labels):
    """'沙龙流程：' and '沙龙报名：' open lists from 1 and read as headings; '沙龙时间：' over '7月6日（周六）' is the
    same label in the same place, a heading too."""
    time, place, fee, ask = labels
    doc = parse_document(_SALON.format(time=time, place=place, fee=fee, ask=ask).encode("utf-8"), "salon.txt")
    texts = heading_texts(doc)
    for label in (time, place, "沙龙流程：", fee, "沙龙报名：", ask):
        assert any(t.rstrip("：:") == label.rstrip("：:") for t in texts), (label, texts)


_STAGES = """从学生到专家：技术人的几个阶段

入行做技术，职业生涯初期必定是从开发干起，从初级到中级再到高级，每个阶段要求的素质各不相同。

{question}
{answer}

开发阶段要具备什么素质？
* 基本的编程思想，知道什么是编程
* 熟悉所使用的编程语言和常用的数据结构
* 能够理解业务，并编程实现业务需求

架构阶段要具备什么素质？
* 单体架构和分布式架构
* 服务间通信与分布式数据一致性
* 架构的扩展性和可维护性
"""


@pytest.mark.parametrize("question, answer", [
    ("学生阶段要学好哪些课？", "数据结构和算法的基本功"),
    ("入门阶段需要准备什么？", "一台能上网的电脑和一颗坚持的心"),
])
def test_a_question_over_its_one_line_answer_heads_it(question, answer):
    """'学生阶段要学好哪些课？' set right over its one-line answer, a blank line after both: the question heads the
    part as its siblings head their lists, and the answer is no title."""
    doc = parse_document(_STAGES.format(question=question, answer=answer).encode("utf-8"), "stages.txt")
    texts = heading_texts(doc)
    assert question in texts and answer.replace(" ", "") not in texts
    assert texts.index(question) < texts.index("开发阶段要具备什么素质？")
