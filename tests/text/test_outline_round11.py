"""Forms met in study notes that show code (h17_01, a Spring tutorial), each built here from its shape: an
annotation on its own line and an XML header's attributes over their addresses are code, never headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import parse_document

DOCS = Path(__file__).resolve().parents[1] / "data" / "corpus"

from reader.text.codeblocks import code_line

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
PROSE = "控制反转是一种设计思想，依赖注入是实现控制反转的一种方法，对象的创建交给容器来管理。"
SCHEMA = ['<beans xmlns="http://www.springframework.org/schema/beans"',
          '      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
          '      xsi:schemaLocation="http://www.springframework.org/schema/beans',
          "       http://www.springframework.org/schema/beans/spring-beans.xsd",
          "       http://www.springframework.org/schema/context",
          '       http://www.springframework.org/schema/context/spring-context.xsd">',
          "</beans>"]


def _titles(lines: list[str]) -> list[str]:
    doc = parse_document("\n\n".join(lines).encode(), "note.txt")
    return [h.title for h in doc.headings]


@pytest.mark.parametrize("line", ['@Value("秦疆")', "@Aspect", "@Override", "@Configuration//代表这是一个配置类",
                                  "@property", "@pytest.mark.slow"])
def test_an_annotation_is_code(line):
    assert code_line(line)


@pytest.mark.parametrize("line", ["@用户名 你好", "@Component三个衍生注解", "使用注解开发"])
def test_a_line_that_names_an_annotation_in_words_is_not_code(line):
    assert not code_line(line)


def test_annotations_between_paragraphs_are_no_headings():
    """'@Value("秦疆")' over a field, between paragraphs of a note: the note's own titles stay, the annotations do not."""
    lines = ["Spring学习笔记", "注解开发", PROSE, '@Value("秦疆")', PROSE, "配置类", PROSE]
    assert _titles(lines) == ["注解开发", "配置类"]


def test_an_xml_headers_attributes_over_their_addresses_are_no_headlines():
    """Three XML files in a note, each opening with 'xsi:schemaLocation="…"' over addresses: no feed of stories."""
    block = "\n".join(SCHEMA)
    lines = ["Spring学习笔记", "IOC基础", PROSE, block, PROSE, "依赖注入", PROSE, block, PROSE, "自动装配", PROSE, block]
    titles = _titles(lines)
    assert not any("xsi" in t or "http" in t for t in titles), titles


SPEECH = "今天，我们在这里隆重集会，热烈庆祝建校一百周年。首先，请允许我代表学校，向各位来宾表示衷心的感谢！"


@pytest.mark.parametrize("first, title", [
    ("南开大学->爱国奋斗百年辉煌  公能日新再踏征程 ——曹雪涛校长在南开大学建校100周年纪念大会上的讲话 | nankai.info",
     "爱国奋斗百年辉煌  公能日新再踏征程 ——曹雪涛校长在南开大学建校100周年纪念大会上的讲话"),
    ("关于举办2024年度自治区艺术、图书资料、文物博物、群众文化系列（专业）专业技术人员继续教育培训班的通知 - 乌鲁木齐市人民政府",
     "关于举办2024年度自治区艺术、图书资料、文物博物、群众文化系列（专业）专业技术人员继续教育培训班的通知"),
    ("四川省卫生健康委员会关于四川省第十四届人民代表大会第四次会议第14040218号建议的复函- 四川省人民政府网站",
     "四川省卫生健康委员会关于四川省第十四届人民代表大会第四次会议第14040218号建议的复函"),
])
def test_a_saved_pages_title_line_is_the_title_without_the_site(first, title):
    """A long <title> line atop a saved page ('学校->标题 | 网站'): the library shows the article's title, not the file's name."""
    doc = parse_document("\n\n".join([first, "（2019年10月17日）", SPEECH, SPEECH]).encode(), "page.txt")
    assert doc.title == title
    assert all(p.text != first for p in doc.paragraphs)


def test_a_sentence_with_a_site_after_it_is_no_title():
    """'…表示衷心的感谢！ - 人民网' is the body's first paragraph, cut from a page: no title however short the rest."""
    doc = parse_document("\n\n".join([SPEECH + " - 人民网", SPEECH]).encode(), "page.txt")
    assert doc.title != SPEECH


@pytest.mark.parametrize("first", ["The Design of a Practical System for Fault-Tolerant Virtual Machines",
                                   "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks"])
def test_an_english_title_of_a_dozen_words_is_a_title(first):
    """A translated paper opens with its English title: seventy letters are as wide as thirty-five Chinese characters."""
    body = "本文介绍了一种实用的容错虚拟机系统的设计，它通过在另一台服务器上的备份虚拟机复制主虚拟机的执行。"
    doc = parse_document("\n\n".join([first, "Daniel J. Scales, Mike Nelson, and Ganesh Venkitachalam", "摘要", body]).encode(),
                         "paper.txt")
    assert doc.title == first


def test_a_long_english_sentence_is_still_body():
    line = ("In this paper we describe the design and implementation of a commercial enterprise-grade system for providing "
            "fault-tolerant virtual machines, based on the approach of replicating the execution of a primary virtual "
            "machine via a backup virtual machine on another server.")
    doc = parse_document("\n\n".join([line, line]).encode(), "paper.txt")
    assert doc.title != line


REPLY = ["四川省卫生健康委员会关于第14040218号建议的复函", "2025年06月03日 13时44分", "来源: 四川省卫生健康委员会网站",
         "川卫函〔2025〕46号", "唐家文代表：", "首先非常感谢您对全省医药健康产业发展的关心、支持。现将有关情况答复如下。",
         "为加快构建我省现代化产业体系，推动全省重点产业建圈强链，省委、省政府部署实施了产业建圈强链行动。",
         "四川省卫生健康委员会", "2025年4月24日"]


def test_a_page_that_shows_its_document_twice_is_one_document():
    """The same reply, 文号 and all, again under the page's print view: its source line is no document's title."""
    doc = parse_document("\n".join(["复函", *REPLY, "打印本页", *REPLY]).encode(), "page.txt")
    assert not any(h.title.startswith("来源") for h in doc.headings), doc.headings


def test_a_page_that_prints_its_document_twice_is_no_feed():
    """Title over its time stamp, signature over its date, twice: the same two lines over dates are no feed's stories."""
    stamped = [REPLY[0], REPLY[1], *REPLY[4:7], REPLY[7], REPLY[8]]
    doc = parse_document("\n".join([REPLY[0] + "- 四川省人民政府网站", *stamped, "打印本页", *stamped]).encode(), "page.txt")
    assert doc.headings == ()


def test_two_documents_each_under_its_stamp_are_held_by_their_titles():
    """Two replies on one page, each with its date and source between its title and its 文号: the titles hold them."""
    second = [line.replace("46号", "47号").replace("14040218", "14040219") for line in REPLY]
    doc = parse_document("\n".join(["复函汇编", *REPLY, *second]).encode(), "page.txt")
    assert [h.title for h in doc.headings] == [REPLY[0], second[0]]


@pytest.mark.parametrize("line", ["2025年06月03日 13时44分", "2025年06月03日 13:44", "2025-06-03 13:44:05"])
def test_a_stamp_with_its_time_is_a_date_line(line):
    from reader.text.meta import date_line
    assert date_line(line) == line


SERVICE = ["动车组列车服务质量规范",
           "第五章 服务备品",
           "5.1服务备品、材料等符合国家环保规定，质量符合要求，色调与车内环境协调，定位摆放，干净整洁。",
           "5.2服务备品齐全，干净整洁，定位摆放。布制、易耗备品备用充足，根据车型按以下标准配备：",
           "5.2.1软卧车（含高级软卧车）",
           "——包房内有被套、被芯、枕套、枕芯、床单、垫毯、卧铺套、靠背套。",
           "——备有托盘、热水瓶和一次性硬质塑料水杯。",
           "5.2.2软卧代座车",
           "——包房内有卧铺套、靠背套、不锈钢果皮盘。",
           "5.2.3商务座车",
           "——座椅套、头枕片干净整洁，备有毛毯、拖鞋和一次性耳机。",
           "5.3服务备品有专门的存放处所，配备使用符合规定。",
           "第六章 整备",
           "6.1车厢内外各部位整洁，窗明几净，四壁无尘，物见本色。",
           "6.1.1外车皮、站台补偿器内外、窗门框及玻璃、扶手干净、无污渍。",
           "6.2车内温度、湿度、照度符合规定，空调、照明设备作用良好。"]


def test_a_standards_clause_holds_its_titled_sub_clauses():
    """'5.2.1软卧车（含高级软卧车）' under the clause '5.2服务备品齐全，…：' names a part the clause lists; '6.1.1外车皮…。'
    is an item of its clause."""
    doc = parse_document("\n".join(SERVICE).encode(), "rule.txt")
    titled = {h.marker: h for h in doc.headings if h.marker.count(".") == 2}
    assert sorted(titled) == ["5.2.1", "5.2.2", "5.2.3"]
    parent = {h.marker: h.depth for h in doc.headings}
    assert all(titled[k].depth == parent["5.2"] + 1 for k in titled)


def test_a_breadcrumbs_steps_are_no_headings():
    """'首页 / ' and '学生守则 / ' one per line atop a school's page: the trail to the page, never its parts."""
    rules = ["整洁、朴素、大方、得体、合身和适时，符合中学生的身份，不追求时髦和奇装异服。",
             "学生因故未克到校上课，或未克出席各种课业活动，须由家长或监护人以书面向班主任请假。"]
    lines = ["宽柔中学古来分校 | 学生守则 | 重要条例和校规", "重要条例和校规", "首页 / ", "学生守则 / ", "重要条例和校规",
             "仪容规范", rules[0], "学生请假须知", rules[1]]
    assert [h.title for h in parse_document("\n".join(lines).encode(), "page.txt").headings] == ["仪容规范", "学生请假须知"]


PLAN = ["起重机械安全事故应急救援预案",
        "第一章 应急保障条件",
        "1、抢险队伍",
        "项目部由项目管理人员组成应急救援小组，由项目经理任总指挥，负责事故现场的抢险救援工作。",
        "2、应急救援装备",
        "项目部应急救援装备包括值班电话、报警电话、灭火器材、急救药箱、担架和应急照明灯等。",
        "3、应急救援药品",
        "外用药品通常有双氧水、红药水、碘酒和消毒纱布，由项目部安全员负责保管和定期检查补充。",
        "第二章 起重机械安全事故预防措施",
        "1、建筑起重机械必须按建筑起重机械备案登记办法执行，并按规定办理使用登记手续。",
        "2、项目部必须制订起重机械操作规程和设备管理制度，并严格执行交接班制度。",
        "3、每班作业前，应检查钢丝绳、螺栓紧固、安全装置等，确认无误后方可作业。",
        "4、作业后应切断电源，锁紧电源控制箱，防止无关人员随意操作起重机械。"]


def test_a_chapters_numbered_sentences_are_a_list_where_another_chapter_titles_its_parts():
    """'1、抢险队伍' over its paragraph in one chapter, '1、建筑起重机械必须…。' line after line in the next: the document
    titles its parts so, and numbers the sentences of a list the same way; those are no articles."""
    doc = parse_document("\n".join(PLAN).encode(), "plan.txt")
    assert [(h.depth, h.title) for h in doc.headings] == [
        (1, "应急保障条件"), (2, "抢险队伍"), (2, "应急救援装备"), (2, "应急救援药品"), (1, "起重机械安全事故预防措施")]


def test_a_rules_untitled_clauses_under_its_chapters_stay_articles():
    """Every chapter numbers sentences '1、…。': a rule's clauses, each one an article as its 第X条 would be."""
    lines = [PLAN[0], "第一章 预防措施", *PLAN[9:12], "第二章 日常管理", *PLAN[9:13]]
    doc = parse_document("\n".join(lines).encode(), "plan.txt")
    assert [h.marker for h in doc.headings if h.depth == 2] == ["1、", "2、", "3、", "1、", "2、", "3、", "4、"]


def test_agenda_items_numbered_by_a_word_with_spaces_head_their_points():
    """'议程 1 ：社区近期项目开源规划介绍 @GuangmingLuo' over its numbered points, '议程 2 ：…' and so on: the agenda items
    of minutes, numbered by a word (spaces around the number as typed), each over its points rather than a paragraph."""
    points = ["1. 介绍新的开源项目 Frugal，欢迎感兴趣的同学熟悉并参与此项目。", "2. 完成进度：7/14"]
    lines = ["CloudWeGo 社区会议 5.19", "会议主题：CloudWeGo 社区会议 5.19",
             "议程 1 ：社区近期项目开源规划介绍 @GuangmingLuo", *points,
             "议程 2 ：Kitex 单测任务进展梳理 @GuangmingLuo", *points,
             "议程 3：Kitex mall demo 介绍 @bodhisatan", *points]
    doc = parse_document("\n\n".join(lines).encode(), "minutes.txt")
    assert [h.title for h in doc.headings if h.depth == 1] == [
        "社区近期项目开源规划介绍 @GuangmingLuo", "Kitex 单测任务进展梳理 @GuangmingLuo", "Kitex mall demo 介绍 @bodhisatan"]


def test_a_contents_list_numbered_as_a_list_is_no_outline():
    """f23_10, a year-end summary: '目录' over '1. 版本发布' … '8. 个人反思', the sections below written '一、版本发布':
    the list names them, and the sections stand at the top."""
    from reader.text.document import load_document
    doc = load_document(next((DOCS / "docs").glob("f23_10_*.txt")))
    top = [(h.marker, h.title) for h in doc.headings if h.depth == 1 and h.marker]
    assert top[:3] == [("一、", "版本发布"), ("二、", "工具开发"), ("三、", "知识产权")]
    assert not any(h.marker == "1." for h in doc.headings)


DECREE = ["防治海洋工程建设项目污染损害海洋环境管理条例",
          "中华人民共和国国务院令第　475　号　　《防治海洋工程建设项目污染损害海洋环境管理条例》已经2006年9月13日国务院第148次"
          "常务会议通过，现予公布，自2006年11月1日起施行。",
          "总　理 　温家宝", "二○○六年九月十九日",
          "第一条　为了防治和减轻海洋工程建设项目污染损害海洋环境，维护海洋生态平衡，保护海洋资源，制定本条例。",
          "第二条　在中华人民共和国管辖海域内从事海洋工程污染损害海洋环境防治活动，适用本条例。",
          "第三条　本条例所称海洋工程，是指以开发、利用、保护、恢复海洋资源为目的的新建、改建、扩建工程。"]


@pytest.mark.parametrize("signer", ["总　理 　温家宝", "主席 习近平", "国务院总理　李强"])
def test_a_decrees_signer_over_its_date_is_no_heading(signer):
    """'总　理 　温家宝' over '二○○六年九月十九日': the signature of the decree that issues the regulation."""
    lines = [*DECREE[:2], signer, *DECREE[3:]]
    doc = parse_document("\n\n".join(lines).encode(), "decree.txt")
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "第一条"), (1, "第二条"), (1, "第三条")]


TERMS_DEFINED = ["可信数据空间。可信数据空间是基于共识规则，联接多方主体，实现数据资源共享共用的数据流通利用基础设施。",
                 "可信管控能力。可信数据空间核心能力之一，包括对空间内主体身份、数据资源和使用行为的管控。",
                 "资源交互能力。可信数据空间核心能力之一，支持不同来源数据资源在空间内的互通和交换。",
                 "数据提供方。在可信数据空间中提供数据资源的主体，有权决定其数据资源的使用条件。"]


@pytest.mark.parametrize("name", ["名词解释", "术语和定义", "釋義"])
def test_terms_defined_under_a_glossarys_name_are_its_entries(name):
    """'名词解释' over '1.可信数据空间。可信数据空间是…' and the next terms: a glossary, not sections run in."""
    lines = ["可信数据空间发展行动计划", "一、总体要求", BODY, "二、重点任务", BODY, "附件1", name,
             *[f"{n}.{t}" for n, t in enumerate(TERMS_DEFINED, 1)]]
    doc = parse_document("\n\n".join(lines).encode(), "plan.txt")
    assert not any(h.marker[:1].isdigit() for h in doc.headings), doc.headings


def test_run_in_sections_under_a_section_title_stay_sections():
    lines = ["可信数据空间发展行动计划", "一、总体要求", *[f"{n}.{t}" for n, t in enumerate(TERMS_DEFINED, 1)]]
    doc = parse_document("\n\n".join(lines).encode(), "plan.txt")
    assert [h.marker for h in doc.headings if h.depth == 2] == ["1.", "2.", "3.", "4."]


def test_a_chapters_articles_run_into_one_paragraph_are_each_an_article():
    """Each chapter's articles printed as one paragraph ('第十条　…。第十一条　…。第十二条　…'): each article is given its
    paragraph again, so every one is in the outline under its chapter, at the line it was printed on."""
    run = lambda numbers: "".join(f"第{n}条　{BODY}" for n in numbers.split())  # noqa: E731
    lines = ["优化营商环境条例", "第一章　总　　则", run("一 二 三"), "第二章　市场主体保护", run("四 五 六 七")]
    doc = parse_document("\n\n".join(lines).encode(), "rule.txt")
    articles = [(h.marker, h.line) for h in doc.headings if h.depth == 2]
    assert articles == [("第一条", 5), ("第二条", 5), ("第三条", 5), ("第四条", 9), ("第五条", 9), ("第六条", 9),
                        ("第七条", 9)]
    assert [p.text for p in doc.paragraphs if p.line == 9][1] == f"第五条　{BODY}"


@pytest.mark.parametrize("text", [f"第四条　{BODY}第五条规定的情形除外。", f"第四条　{BODY}第七条　{BODY}",
                                  f"{BODY}第五条　{BODY}"])
def test_an_article_cited_or_out_of_sequence_stays_in_its_paragraph(text):
    """'。第五条规定的…' cites (no space after the label), '第七条' after 第四条 skips, and a paragraph that opens with no
    article runs none on: the paragraph stays whole."""
    doc = parse_document("\n\n".join(["某某条例", "第一章　总　　则", text]).encode(), "rule.txt")
    assert [p.text for p in doc.paragraphs][-1] == text


@pytest.mark.parametrize("text, shown", [
    ("外媒预测[[zh:李强]]届满退休[[zh:丁薛祥]]接班", "外媒预测李强届满退休丁薛祥接班"),
    ("[[zh-hant:銀行]]和房企", "銀行和房企"),
    ("参见[[中华人民共和国宪法|宪法]]第五条", "参见宪法第五条"),
    ("if [[ -d $dir_name ]]; then", "if [[ -d $dir_name ]]; then"),
    ("[[en:Foo]] bar", "[[en:Foo]] bar"),
])
def test_wiki_links_show_their_words(text, shown):
    from reader.text.markup import unwrap_links
    assert unwrap_links(text) == shown


def test_a_reposts_subheads_with_wiki_links_are_found():
    """A repost that kept its source's wiki mark-up: its subheads read as subheads once the links show their words."""
    lines = ["中南海权力布局生变", f"{BODY}", "外媒预测[[zh:李强]]届满退休[[zh:丁薛祥]]接班", f"[[zh:国家]]{BODY}",
             "传[[zh:习近平]]分权给[[zh:蔡奇]]", f"{BODY}{BODY}"]
    doc = parse_document("\n\n".join(lines).encode(), "news.txt")
    assert [h.title for h in doc.headings] == ["外媒预测李强届满退休丁薛祥接班", "传习近平分权给蔡奇"]
    assert "[[" not in doc.paragraphs[2].text
