"""Forms met in a law-exam study note (f16_06) and a provincial notice (h18_02), each built here from its shape: a
chapter's own notes opening with '第四章 …', label lines inside a numbered section, and numbered terms defined one
per line."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import parse_document

DOCS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"
BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
TERMS = ["公共建筑工程：除砖混结构以外的建筑面积10000㎡以上或10层以上单体工程、建筑群体工程，以及同等规模的改建工程。",
         "住宅工程：除砖混结构以外的建筑面积10000㎡以上单体住宅工程、住宅小区或住宅组团工程，须整体竣工验收合格。",
         "工业建筑工程：建筑面积10000㎡以上或单跨24米以上单体工程，或工程造价5000万元以上的工业建筑群体工程。",
         "市政工程：工程造价2000万以上的城市道路整体工程；单跨跨度40米以上的城市桥梁工程；日处理能力的污水工程。"]


def _headings(lines: list[str], sep: str = "\n\n") -> list[tuple[int, str, str]]:
    doc = parse_document(sep.join(lines).encode(), "note.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


@pytest.mark.parametrize("mark", ["{n}、", "{n}. ", "（{n}）"])
def test_numbered_terms_defined_line_after_line_are_a_list(mark):
    """'1、公共建筑工程：…' to '4、市政工程：…', each a term and its definition with no paragraph of its own: a glossary."""
    items = [mark.format(n=n) + t for n, t in enumerate(TERMS, 1)]
    lines = ["关于申报2011年度优质工程的通知", "一、申报工程范围", BODY, "二、申报规模标准", *items, BODY, "三、联系方式", BODY]
    assert _headings(lines) == [(1, "一、", "申报工程范围"), (1, "二、", "申报规模标准"), (1, "三、", "联系方式")]


def test_a_plans_run_in_sections_closed_by_a_colon_stay_sections():
    """'（一）指导思想：…' line after line is a plan's sections, run in, not a glossary."""
    items = [f"（{n}）{t}：{BODY}" for n, t in zip("一二三", ("指导思想", "基本原则", "工作目标"))]
    assert [h[1] for h in _headings(["某某工作方案", *items])] == ["（一）", "（二）", "（三）"]


def test_numbered_terms_each_over_a_paragraph_stay_sections():
    """The same terms with a paragraph under each are sections that open with their subject."""
    lines = ["关于申报2011年度优质工程的通知"]
    for n, t in enumerate(TERMS, 1):
        lines += [f"{n}、{t}", BODY]
    assert [h[1] for h in _headings(lines)] == ["1、", "2、", "3、", "4、"]


def test_a_chapters_own_notes_open_with_its_title():
    """'第四章 …' alone in its family, over the chapter's 第一节 and 第二节: the notes' title, not a level above."""
    lines = ["第四章 中国共产党领导的革命根据地时期的法制", "第一节 工农民主政权", "一、宪法大纲", BODY, "二、土地立法", BODY,
             "第二节 抗日民主政权", "一、施政纲领", BODY]
    doc = parse_document("\n\n".join(lines).encode(), "note.txt")
    assert doc.paragraphs[0].text == lines[0]  # kept in the text
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "第一节"), (2, "一、"), (2, "二、"), (1, "第二节"),
                                                           (2, "一、")]


def test_a_chapter_over_its_articles_or_sections_alone_stays_in_the_text():
    """'第四章 监护' over 第二十六条 …, or '第1章 绪论' over 1.1: an excerpt's first heading, kept in its text and its
    outline."""
    for lines in (["第四章 监护", "第二十六条 " + BODY, "第二十七条 " + BODY],
                  ["第1章 绪论", "1.1 研究背景", BODY, "1.2 研究意义", BODY]):
        doc = parse_document("\n\n".join(lines).encode(), "excerpt.txt")
        assert doc.paragraphs[0].text == lines[0] and doc.headings[0].line == 1


def test_a_first_chapter_line_over_the_next_chapter_is_a_heading():
    """'第一章 总则' then '第二章 …': a text without a title line starts with its first chapter."""
    lines = ["第一章 总则", "第一条 " + BODY, "第二章 分则", "第二条 " + BODY]
    doc = parse_document("\n\n".join(lines).encode(), "law.txt")
    assert [h.marker for h in doc.headings][:1] == ["第一章"]


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["spaced", "line-after-line"])
def test_label_lines_inside_a_numbered_section_do_not_break_its_sequence(sep):
    """'主要内容' over '1.…' between '二、' and '三、': a label inside 二、, not a part holding what follows."""
    lines = ["某某学习笔记", "第一节 工农民主政权", "一、土地立法", "（一）井冈山土地法", BODY, "二、婚姻立法", "主要内容",
             "1. 男女婚姻自由，废除包办强迫", "2. 实行一夫一妻，禁止纳妾", "3. 保护军婚", "三、劳动立法", "内容",
             "1. 八小时工作制", "2. 保护女工童工", "四、刑事立法", BODY]
    got = _headings(lines, sep)
    assert [h[1] for h in got if h[0] == 2] == ["一、", "二、", "三、", "四、"]
    assert all(h[2] not in ("主要内容", "内容") or h[0] > 2 for h in got)


def _report_with_a_table() -> list[str]:
    """A report numbered 一. > 2.1 > 2.1.1 whose last section holds a table set one cell a line (d18_10's shape)."""
    lines = ["商业化篇", "一. 概述", BODY, "主要内容包括：", "开源生态助力发展", "开源安全挑战", "开源项目资本市场情况"]
    for n, name in ((2, "开源生态助力发展"), (3, "开源安全挑战"), (4, "开源项目资本市场情况")):
        lines += [f"{'一二三四'[n - 1]}. {name}", f"{n}.1 现状与趋势", f"{n}.1.1 市场规模", BODY, f"{n}.1.2 主要参与方", BODY,
                  f"{n}.2 案例分析", f"{n}.2.1 国内案例", BODY, f"{n}.2.2 国外案例", BODY]
    for name, round_, day in (("百川智能", "A 轮", "2023-10-17"), ("智谱 AI", "B 轮", "2023-09-19"),
                              ("元语智能", "天使轮", "2022-11-24"), ("面壁智能", "天使轮", "2023-04-14"),
                              ("澜舟科技", "Pre-A 轮", "2023-03-14")):
        lines += [name, round_, f"{day} 00:00:00", "3 亿美元", "在知识问答、文本创作领域表现突出"]
    return lines + [BODY]


def test_a_tables_rows_deep_in_a_numbered_report_are_no_feed():
    """'A 轮' over its date, row after row, in the last section: a table's cells, not a feed's headlines over bylines;
    the report keeps its numbered outline and the contents list at its top stays a list."""
    got = _headings(_report_with_a_table(), "\n")
    assert [h[1] for h in got] == ["一.", "二.", "2.1", "2.1.1", "2.1.2", "2.2", "2.2.1", "2.2.2", "三.", "3.1", "3.1.1",
                                   "3.1.2", "3.2", "3.2.1", "3.2.2", "四.", "4.1", "4.1.1", "4.1.2", "4.2", "4.2.1",
                                   "4.2.2"]


ANSWER = "我们没有教育学院，但学校里一直有研究学习科学的人，他们与各院系的教师合作，把研究成果用在课堂上，效果很好。"
QUESTIONS = ["为什么要做这个开源项目？", "这些研究成果是如何运用的？", "为什么选择这种方式进入市场？", "此外，这还涉及到数据共享的问题",
             "开源模式有什么特别吸引人的地方？"]


def _transcript(asker: str, answerer: str, questions: list[str]) -> list[str]:
    lines = ["对开放学习计划负责人的采访", "今年3月，卡内基梅隆大学宣布了一项前所未有的计划，向公众开放数十种学习工具。"]
    for q in questions:
        lines += [f"{asker}: {q}", f"{answerer}: {ANSWER}", ANSWER]
    return lines


@pytest.mark.parametrize("asker, answerer", [("Henry Kronk", "Norman Bier"), ("主持人", "王教授")])
def test_an_interviewers_turns_head_the_answers(asker, answerer):
    """'Henry Kronk: …？' over 'Norman Bier: …': the side that asks heads the parts, a prompt without '？' too."""
    got = _headings(_transcript(asker, answerer, QUESTIONS))
    assert [(h[0], h[2]) for h in got] == [(1, f"{asker}: {q}") for q in QUESTIONS]


def test_a_dialogue_where_both_sides_ask_has_no_interviewer():
    """Two speakers who both ask (a play, a debate), one in every turn, the other in every other: nobody heads."""
    lines = ["一段对话"]
    for n, q in enumerate(QUESTIONS[:4]):
        lines += [f"甲: {q}", ANSWER, f"乙: {'那你怎么看？' if n % 2 else ANSWER}", ANSWER]
    assert _headings(lines) == []


def test_questions_from_the_floor_stay_unheaded():
    """'问：…' over '答：…' is asked above (an official Q&A) or left (questions from the floor), never as named turns."""
    lines = ["座谈会记录", ANSWER]
    for q in QUESTIONS:
        lines += [f"问：{q}我还想请问，{q}", f"答：{ANSWER}"]
    assert _headings(lines) == []


@pytest.mark.parametrize("name", ["相關鏈結", "相关稿件", "相關稿件："])
def test_a_pages_named_part_over_its_links_is_a_heading(name):
    """'相关稿件' over the page's list of related stories, where the cleaner keeps it: a part the reader jumps to, as
    '延伸阅读' is ('相关报道：' closing a page is chrome, and the cleaner takes it away with its links)."""
    lines = ["王勇在河北检查指导防汛减灾工作_中国政府网", BODY, BODY, name, "王勇：加强统筹协调 狠抓措施落实",
             "王勇指挥部署河南防汛抢险救灾工作", "国务院召开防汛工作电视电话会议"]
    assert _headings(lines) == [(1, "", name.rstrip("：:"))]


FACTS = "2014年6月5日上午9时许，被告人马某驾驶其向潘某借来的摩托车，窜至某镇某村被害人林某家中，持刀威胁并抢走银元。"


def _ruling() -> list[str]:
    """A criminal ruling as a court's database gives it, one paragraph a line (d19_01's shape)."""
    return ["（2015）漳刑终字第42号刑事裁定书", "福建省漳州市中级人民法院", "刑事裁定书", "（2015）漳刑终字第42号",
            "原公诉机关福建省漳浦县人民检察院。", "上诉人（原审被告人）马某，男，1977年6月23日出生。", "原审判决认定：",
            "（一）抢劫", FACTS, FACTS, "（二）盗窃", FACTS, "经审理查明：", "（一）抢劫", FACTS, "（二）盗窃", FACTS,
            "本院认为，上诉人马某以非法占有为目的，其行为已构成抢劫罪、盗窃罪。", "驳回上诉，维持原判。", "审判长朱某",
            "二〇一五年三月三十日", "附相关法律条文：", "《中华人民共和国刑法》", "第二百六十三条以暴力、胁迫或者其他方法抢劫公私"
            "财物的，处三年以上十年以下有期徒刑，并处罚金。", "《中华人民共和国刑事诉讼法》", "第二百二十五条第二审人民法院对"
            "不服第一审判决的上诉、抗诉案件，经过审理后，应当按照下列情形分别处理。"]


def test_a_rulings_stages_head_its_findings():
    """'原审判决认定：' and '经审理查明：' are the ruling's parts, each over its （一）抢劫 and （二）盗窃; the case
    number under the court's name is its header."""
    got = _headings(_ruling(), "\n")
    assert got[:6] == [(1, "", "原审判决认定"), (2, "（一）", "抢劫"), (2, "（二）", "盗窃"), (1, "", "经审理查明"),
                       (2, "（一）", "抢劫"), (2, "（二）", "盗窃")]
    assert all("漳刑终字" not in h[2] for h in got)


def test_one_item_after_a_label_over_closing_text_stays_an_item():
    """'重要经济日程' over '1、9:30，中国8月官方制造业PMI…' and then the disclaimer: one item of a list, not a part."""
    lines = ["陆家嘴财经早餐", "热点聚焦", "1、国新办举行新闻发布会，介绍有关情况。", "2、央行官网上线公开市场国债买卖业务公告专栏。",
             "环球市场", "1、美国三大股指全线收涨，道指涨0.55%。", "2、欧洲三大股指收盘小幅下跌。", "重要经济日程",
             "1、9:30，中国8月官方制造业PMI、非制造业PMI、综合PMI。", "风险提示：市场有风险，投资需谨慎。" + FACTS]
    assert all(h[1] == "" for h in _headings(lines))


PROVISION = "二、本細則以計分之方式進行評量，基本分數為七十分。評量項目如下："


def test_a_rules_history_lines_are_no_headings():
    """'94年2月15日校務會議通過' under a Taiwan rule's title: its adoption dates (years of the Republic), not parts."""
    lines = ["中華科技大學教師研究評鑑施行細則", "94年2月15日校務會議通過", "96年2月5日校務會議通過", "一、" + FACTS,
             "（一）研究計畫", FACTS, "（二）論文發表", FACTS, "三、本細則經校務會議通過後實施，修正時亦同。"]
    assert all("通過" not in h[2] for h in _headings(lines, "\n"))


def test_titled_parts_under_an_untitled_provision_stay():
    """'（一）研究計畫' over its text (or its own list '1.…') under the provision '二、本細則以計分之方式…': the rule's
    parts a reader looks up, though the provisions around them are numbered text."""
    lines = ["中華科技大學教師研究評鑑施行細則", "一、" + FACTS, PROVISION, "（一）研究計畫", FACTS, "（二）論文發表",
             "1.發表於國內外期刊者，每篇加10分。", "2.發表於研討會者，每篇加5分。", "（三）研究獲獎", FACTS,
             "三、本細則經校務會議通過後實施，修正時亦同。"]
    assert [h[1:] for h in _headings(lines, "\n")] == [("（一）", "研究計畫"), ("（二）", "論文發表"), ("（三）", "研究獲獎")]


def test_an_essays_roman_parts_titled_with_a_colon_and_quotes():
    """'I. 告别“已知”：一位政法记者的未竟之问' right under the byline: the essay's first part (no reporter's byline,
    no glossary entry), and parts far apart with their text between are no form's fields."""
    lines = ["升维：从“政法记录者”到“算法明辨者”", "—— 在全面依法治国浪潮中，一名政法记者的转型", "WANG LUYAO | Nanjing University",
             "I. 告别“已知”：一位政法记者的未竟之问", FACTS, FACTS, "***", "II. 闯入“未知”：在文理十字路口的思维重塑", FACTS,
             FACTS, "III. 年度结语：在确定的变革中，拥抱不确定的远征", "2025年，是我人生中一次主动的暂停与刷新。", FACTS]
    assert [h[1] for h in _headings(lines, "\n")] == ["I.", "II.", "III."]


def test_numbered_particulars_line_after_line_are_a_form():
    """'1、采购项目名称：…' then '2、采购项目编号：LNJC…' line after line: a notice's particulars, not sections."""
    lines = ["某某项目成交结果公告", FACTS, "1、采购项目名称：辽宁机电设备采购", "2、采购项目编号：LNJC20190703002",
             "3、采购方式：竞争性磋商", "4、成交供应商：某某科技有限公司", FACTS]
    assert _headings(lines, "\n") == []


def test_a_short_answer_in_a_qa_session_still_answers_a_question():
    """'问：台湾GDP预计超过5%？' over a short '答：…' among questions answered at length: one more question of the
    session; a single short '问'/'答' pair quoted in a brief stays text."""
    lines = ["财经节目第二百期", FACTS]
    for q in ("不发币经济没法成长？", "英特尔还能进货吗？", "特斯拉机器人可能会出来吗？"):
        lines += [f"问：{q}", "答：" + FACTS]
    lines += ["问：台湾GDP预计超过5%？", "答：有可能。", "问：ETF最推荐？", "答：看个人。"]
    got = [h[2] for h in _headings(lines)]
    assert got[-2:] == ["问：台湾GDP预计超过5%？", "问：ETF最推荐？"]
    assert len(got) == 5
    brief = ["案情摘要", FACTS, "问：你当天穿的什么衣服？", "答：浅色长裙子。", FACTS]
    assert _headings(brief) == []


def _show(parts: list[str], questions: list[str]) -> list[str]:
    lines = ["财经节目第二百期"]
    for part in parts:
        lines += [part, FACTS, FACTS]
    lines += ["问答环节", "今天就讲这么多，大家有什么要问的吗？"]
    for q in questions:
        lines += [f"问：{q}", "答：" + FACTS]
    return lines


def test_a_sessions_questions_sit_under_its_title():
    """'问答环节' after the show's other parts, then '问：…？' one after another: the session's questions."""
    got = _headings(_show(["全球市场概览", "港股与科技巨头分析"], ["不发币经济没法成长？", "英特尔还能进货吗？"]))
    assert [(h[0], h[2]) for h in got if h[2].startswith(("问：", "问答"))] == [
        (1, "问答环节"), (2, "问：不发币经济没法成长？"), (2, "问：英特尔还能进货吗？")]
    session = [h for h in got if h[2] not in ("全球市场概览", "港股与科技巨头分析")]
    assert session[0][2] == "问答环节" and all(h[0] == 2 for h in session[1:])  # the host's '…要问的吗？' too


def test_questions_under_a_lone_first_line_stay_at_the_top():
    """A lone line over an interview's questions (its title's second half) holds none of them."""
    lines = ["司法部负责人", "问：为什么要制定这个《条例》？", "答：" + FACTS, "问：《条例》如何统筹发展和安全？", "答：" + FACTS,
             "问：有关方面还将开展哪些工作？", "答：" + FACTS]
    assert {h[0] for h in _headings(["答记者问"] + lines)} == {1}


def test_a_papers_abstract_under_a_drawn_rule_stays():
    """'摘要' right under a '---' rule (a thesis converted from Markdown) opens the abstract: kept, and a part."""
    lines = ["基于AI驱动的三维智能商城导购系统设计与实现", "---", "摘要", FACTS, FACTS, "---", "Abstract",
             "With the rapid development of e-commerce, this thesis designs a shopping guide.", "---", "第 1 章 绪论",
             "1.1 研究背景", FACTS, "1.2 研究意义", FACTS]
    doc = parse_document("\n\n".join(lines).encode(), "thesis.txt")
    assert "摘要" in [p.text for p in doc.paragraphs]
    assert [h.title for h in doc.headings][:2] == ["摘要", "Abstract"]


def test_an_annex_with_its_title_heads_its_text():
    """'附录 A：系统核心代码清单' over its text: an annex part; '附件1：…' right over '附件2：…' lists attachments."""
    body = ["一、研究背景", FACTS, "二、系统设计", FACTS]
    got = _headings(["某系统设计与实现"] + body + ["附录 A：系统核心代码清单", FACTS, "附录 B：工具定义示例", FACTS])
    assert [h[2] for h in got][-2:] == ["附录 A：系统核心代码清单", "附录 B：工具定义示例"]
    listed = _headings(["关于开展评审工作的通知"] + body + ["附件1：资格审查条件要求", "附件2：评标办法", FACTS])
    assert [h[1] for h in listed] == ["一、", "二、"]


def test_an_articles_title_after_a_point_is_its_title():
    """'第一条. 宗旨和目标' (a charter numbers its articles with a point): the article's title is '宗旨和目标'."""
    lines = ["镜海盟宪章", "第一章. 宗旨和原则", "第一条. 宗旨和目标", FACTS, "第二条．核心原则", FACTS]
    assert _headings(lines) == [(1, "第一章", "宗旨和原则"), (2, "第一条", "宗旨和目标"), (2, "第二条", "核心原则")]


def test_a_reporters_questions_over_a_named_official():
    """'记者：…有总体要求吗？' over '潘宏：…': the reporter asks, the official answers by name; the questions head."""
    lines = ["共同抵抗疫情 成都校区防控出新规", FACTS]
    for q in ("对返温人员的管理，有总体要求吗？", "请问出台了哪些对应管理办法？", "健康证还有什么特别意义？"):
        lines += [f"记者：{q}", f"潘宏：{FACTS}"]
    assert [h[2] for h in _headings(lines)] == [l for l in lines if l.startswith("记者：")]


def test_a_question_asked_in_two_in_a_session():
    """'问：…达到了您希望的目标？未来还要往哪个方向去发展？' among the session's questions: one question, in two."""
    lines = ["对话某院长", FACTS, "问：您觉得这种模式培养的学生有什么不同？", "答：" + FACTS,
             "问：目前的培养达到了您希望的目标吗？未来还要往哪个方向去发展？", "答：" + FACTS,
             "问：学院保有了哪些育人特色？", "答：" + FACTS]
    assert len(_headings(lines)) == 3


def test_points_standing_alone_as_yishi_ershi_are_headings():
    """'一是从严把控质量标准，建立健全制度规范。' alone over its paragraph, then '二是…', '三是…': the points of a report."""
    lines = ["研究生学籍管理办法解读", FACTS, "一是从严把控质量标准，建立健全制度规范。", FACTS, "二是优化规范工作流程。", FACTS,
             "三是关照学生发展实际，维护学生合法权益。", FACTS]
    assert [h[1] for h in _headings(lines)] == ["一是", "二是", "三是"]


def test_points_run_into_their_paragraphs_are_text():
    """'一是加强党的建设。各级党组织要…' opens a paragraph, as a work report writes its points: no heading."""
    lines = ["某县政府工作报告", "一、过去一年的工作", "一是加强党的建设。" + FACTS, "二是推动高质量发展。" + FACTS,
             "二、今年的主要任务", FACTS]
    assert [h[1] for h in _headings(lines)] == ["一、", "二、"]


SPEECH = ("习近平总书记指出，青春的力量是推动社会进步的不竭动力。对南开人来说，爱国从来不只停留在口头上、情怀中，"
          "更体现在行动上。同学们要把个人理想融入国家发展大局，在奋斗中书写无悔青春。")


def test_a_speechs_parallel_points_are_its_parts():
    """'当以爱国奉公之担当引领青春航向。' and two more written alike, each over its paragraphs: the speech's parts, named
    without their stop."""
    points = ["当以爱国奉公之担当引领青春航向。", "当以创新超越之作为点燃青春梦想。", "当以百折不挠之坚守彰显青春力量。"]
    lines = ["创新竞进 破浪前行", "亲爱的同学们：", SPEECH, "临别之际，有三点期待与你们共勉："]
    for point in points:
        lines += [point, SPEECH, SPEECH]
    assert [h[2] for h in _headings(lines)] == [p.rstrip("。") for p in points]


def test_sentences_that_only_start_alike_are_text():
    """Short paragraphs that open with the same word but are not written alike ('我们要…。') are the speech's text."""
    lines = ["在全市工作会议上的讲话", SPEECH, "我们要坚定信心。", SPEECH, "我们有条件办好。", SPEECH, "我们将迎难而上。", SPEECH]
    assert _headings(lines) == []


def test_events_listed_with_their_particulars_are_items_and_named_principles_are_parts():
    """'(1)2014 臺北爵士音樂節：103 年 7 月…' line after line (a report's events, each with what happened) are items;
    '1. 發聲原則（Voice）：…' (a principle with its gloss, then what it means) heads its explanation."""
    report = (DOCS / "d16_06_taibei_shizheng_baogao_wenhua_103.txt").read_text(encoding="utf-8").splitlines()
    part = report[:3] + report[55:80]  # '(二)老房子文化運動計畫' over '2、保存文化資產：截至 103 年止…' to '4、辦理…工程：…'
    got = [h[1] for h in _headings(part, "\n")]  # a PDF's text: each point hard-wrapped over lines
    assert got[:2] == ["肆、", "一、"] and not any(marker[0].isdigit() for marker in got)
    principles = [f"{n}. {name}：{FACTS}" for n, name in enumerate(("發聲原則（Voice）", "投票原則（Vote）",
                                                                    "社會正義原則（Social Justice）"), 1)]
    lines = ["何謂參與式預算", "參與式預算四大原則", FACTS, *principles]
    assert [h[1] for h in _headings(lines)][-3:] == ["1.", "2.", "3."]


def test_a_records_particulars_are_no_parts():
    """'地點: 社區管理中心辦公室' / '主席: 郭子仁' / '記錄: 周如石' / '出席住戶: …' under minutes' title (d21_08): its
    particulars, not parts over its 壹、 and 貳、."""
    minutes = (DOCS / "d21_08_huiyi_jilu_taiwan_shequ_guanweihui_2.txt").read_text(encoding="utf-8").splitlines()
    assert [h[1] for h in _headings(minutes, "\n")][:2] == ["壹、", "貳、"]
