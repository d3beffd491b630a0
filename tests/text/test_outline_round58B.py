"""Round 58B: a law's contents list with no name ('第一章 总则' / '第二章 …' one after another, with page numbers or
none, the same chapters below with their articles) is a contents list, not empty chapters the outline lists twice; a
code's opening '第一编' / '第一分编' / '第一章', a chapter over its title line and a list of chapters the text never
repeats are left alone. A rule's last numbered attachment ('附件2' over a short form or table) is a part of its own
like '附件1', though its lines are short; a bare '附件' over the files at a page's end still heads nothing."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = ["第一章　总则", "第一条　为了预防火灾，减少火灾危害，制定本条例。", "第二条　本条例适用于本市行政区域。",
         "第二章　火灾预防", "第三条　机关、团体、企业应当落实消防安全责任制。",
         "第三章　灭火救援", "第四条　任何人发现火灾都应当立即报警。",
         "第四章　附则", "第五条　本条例自2021年1月1日起施行。"]
_CHAPTERS = [("第一章", "总则"), ("第二章", "火灾预防"), ("第三章", "灭火救援"), ("第四章", "附则")]


def _outline(lines: list[str]) -> list[tuple[int, str, str]]:
    doc = parse_document("\n\n".join(["某某市消防条例"] + lines).encode("utf-8"))
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def _chapters(lines: list[str]) -> list[tuple[str, str]]:
    return [(marker, title) for depth, marker, title in _outline(lines) if depth == 1]


@pytest.mark.parametrize("listing", [
    ["第一章　总则", "第二章　火灾预防", "第三章　灭火救援", "第四章　附则"],
    ["第一章 总则……………………1", "第二章 火灾预防……………………3", "第三章 灭火救援……………………7", "第四章 附则……………………9"],
    ["第一章 总则 ........ 1", "第二章 火灾预防 ........ 3", "第三章 灭火救援 ........ 7", "第四章 附则 ........ 9"],
    ["第一章  总则  1", "第二章  火灾预防  3", "第三章  灭火救援  7", "第四章  附则  9"],
])
def test_an_unnamed_list_of_the_chapters_is_contents(listing):
    text = "\n".join(listing)  # the list's lines one after another, a blank line before the text
    assert _chapters([text] + _BODY) == _CHAPTERS


def test_the_list_may_hold_sections_and_a_closing_part_without_a_number():
    listing = "\n".join(["第一章　总则", "第二章　安全保障", "　第一节　一般规定", "　第二节　安全管理", "第三章　法律责任",
                         "附　　则"])
    body = ["第一章　总则", "第一条　为了加强安全生产工作，制定本条例。", "第二章　安全保障", "第一节　一般规定",
            "第二条　生产经营单位应当具备安全生产条件。", "第二节　安全管理", "第三条　生产经营单位应当建立责任制。",
            "第三章　法律责任", "第四条　违反本条例规定的，依法处罚。", "附　　则", "第五条　本条例自2020年1月1日起施行。"]
    got = _outline([listing] + body)
    assert [(d, m, t) for d, m, t in got if d <= 2 and not m.endswith("条")] == [
        (1, "第一章", "总则"), (1, "第二章", "安全保障"), (2, "第一节", "一般规定"), (2, "第二节", "安全管理"),
        (1, "第三章", "法律责任"), (1, "", "附则")]


def test_a_preface_the_list_names_first_is_listed_once():
    listing = "\n".join(["序　　言", "第一章　总　　纲", "第二章　公民的基本权利和义务", "第三章　国家机构"])
    body = ["序　　言", "中国是世界上历史最悠久的国家之一。中国各族人民共同创造了光辉灿烂的文化。",
            "第一章　总　　纲", "第一条　中华人民共和国是工人阶级领导的社会主义国家。",
            "第二章　公民的基本权利和义务", "第二条　中华人民共和国公民在法律面前一律平等。",
            "第三章　国家机构", "第三条　全国人民代表大会是最高国家权力机关。"]
    assert [m or t for d, m, t in _outline([listing] + body) if d == 1] == ["序言", "第一章", "第二章", "第三章"]


def test_a_codes_list_of_parts_and_chapters_is_contents():
    listing = "\n".join(["第一编　总则", "第一章　基本规定", "第二章　自然人", "第二编　物权", "第一章　一般规定"])
    body = ["第一编　总则", "第一章　基本规定", "第一条　为了保护民事主体的合法权益，制定本法。", "第二章　自然人",
            "第二条　自然人从出生时起到死亡时止，具有民事权利能力。", "第二编　物权", "第一章　一般规定",
            "第三条　本编调整因物的归属和利用产生的民事关系。"]
    assert [(d, m) for d, m, t in _outline([listing] + body) if not m.endswith("条")] == [
        (1, "第一编"), (2, "第一章"), (2, "第二章"), (1, "第二编"), (2, "第一章")]


@pytest.mark.parametrize("lines, want", [
    # a code opens its text with a part over its first sub-part over its first chapter: each once, all headings
    (["第一编　总则", "第一分编　通则", "第一章　一般规定", "第一条　为了保护民事主体的合法权益，制定本法。",
      "第二分编　合同", "第二章　一般规定", "第二条　本编调整因合同产生的民事关系。"],
     ["第一编", "第一分编", "第一章", "第一条", "第二分编", "第二章", "第二条"]),
    # a syllabus's chapters, which nothing below repeats, stay its outline
    (["第一章　绪论", "第二章　线性表", "第三章　栈和队列", "第四章　树"], ["第一章", "第二章", "第三章", "第四章"]),
    # a chapter over its title on the next line
    (["第一章", "总则", "第一条　为了规范学生管理，制定本规定。", "第二章", "学籍管理", "第二条　学生入学应当按时报到。",
      "第三章", "附则", "第三条　本规定自发布之日起施行。"],
     ["第一章", "第一条", "第二章", "第二条", "第三章", "第三条"]),
])
def test_chapters_that_hold_their_text_stay(lines, want):
    assert [m for d, m, t in _outline(lines) if m] == want


_RULE = ["第一条　为加强农村饮水工程管理，制定本办法。", "第二条　本办法自印发之日起施行。",
         "附件1", "某某县农村饮水工程管护责任书", "一、管护范围", "工程的取水、输水、净水设施，由村委会负责日常管护和维修。",
         "二、管护责任", "村委会应当确保供水安全，按时收取水费，及时报告工程损坏情况。"]


@pytest.mark.parametrize("annex", [
    ["附件2", "某某县农村饮水工程水价核定表", "单位：元/吨", "居民生活用水 2.5", "非居民用水 3.2"],
    ["附件2", "农村饮水工程管护人员登记表", "姓名：", "联系电话：", "管护范围："],
    ["附件2：", "水价核定办法", "一、核定原则", "按成本核定水价。", "二、核定程序", "由县发改局核定。"],
])
def test_the_last_numbered_attachment_is_a_part_though_its_lines_are_short(annex):
    got = _outline(_RULE + annex)
    assert [m or t for d, m, t in got if d == 1][-2:] == ["附件1", "附件2"]


@pytest.mark.parametrize("files", [
    ["附件：", "1.农村饮水工程管护责任书.doc", "2.水价核定表.xls"],
    ["附件", "农村饮水工程管护人员名单", "2018-11-20来自水利局"],
])
def test_a_bare_label_over_the_files_at_the_end_heads_nothing(files):
    got = _outline(_RULE[:2] + files)
    assert [m for d, m, t in got] == ["第一条", "第二条"]
