"""Labels ending in a colon as a record's only structure ('关于困难和收获：') and where they stay text; plain titles
under headlines with a colon; section numbers set against their titles ('1引言'); a title word after a two-part number;
a record's numbered sessions; lines cut before what they name."""

from __future__ import annotations

from reader.text.markers import match_heading
from support import parse_document

_SAID = "王震：跟小程序是有一点类似的，各种控件都要重新学习，但是相对来说也更难一些，需要多花时间。"


def _record(*blocks: str) -> bytes:
    return ("第十一周 Scrum 会议记录\n\n" + "\n\n".join(blocks) + "\n").encode("utf-8")


def test_colon_labels_title_a_record_that_has_nothing_else():
    """d44_08: a scrum record whose parts are labels with a colon, two of them right over the next label because a
    picture was dropped; before, its outline was empty."""
    doc = parse_document(_record("本周任务内容：", _SAID, "开会照片：", "关于困难和收获：", _SAID, _SAID,
                                 "关于值得高兴的地方：", _SAID, "代码或文档迁入：", "燃尽图：", _SAID))
    assert [h.title.rstrip("：") for h in doc.headings] == [
        "本周任务内容", "开会照片", "关于困难和收获", "关于值得高兴的地方", "代码或文档迁入", "燃尽图"]
    assert {h.depth for h in doc.headings} == {1}


def test_history_periods_with_a_colon_are_its_parts():
    """d21_03: a county's history by periods, each period a label with a colon over its paragraphs."""
    body = "这一时期县境屡有变更，人口渐增，农业和手工业都有较大发展，文教事业也随之兴起，史书多有记载。"
    doc = parse_document(_record("东汉至隋：", body, "唐至宋：", body, body, "元至清:", body))
    assert [h.title.rstrip("：:") for h in doc.headings] == ["东汉至隋", "唐至宋", "元至清"]


def test_a_forms_fields_stay_text():
    """Guard: '交底人签字：' over '日 期：' over '接受人签字：', three fields one under another, name no parts."""
    doc = parse_document(_record(_SAID, "交底人签字：", "日期：", "接受人签字：", "注：本交底一式三份，班组、交底人各一份。"))
    assert doc.headings == ()


def test_a_salutation_is_no_label():
    """Guard: '亲爱的同学们：' addresses the hearers; without it, two labels are too few to be an outline."""
    doc = parse_document(_record("亲爱的同学们：", _SAID, "我的三点希望：", _SAID, "我祝愿：", _SAID))
    assert doc.headings == ()


def test_colon_labels_inside_an_outline_stay_text():
    """Guard: where numbered sections are found, labels inside them ('存在问题：') are no parts of their own."""
    doc = parse_document(_record("一、本周进展", "存在问题：", _SAID, "二、下周计划", "需要协调：", _SAID,
                                 "三、其他事项", "备注：", _SAID))
    assert [h.title for h in doc.headings] == ["本周进展", "下周计划", "其他事项"]


def test_colon_labels_join_the_one_named_part_found():
    """d76_09: '结论：' was found as a named part and, being found, kept the record's other labels out."""
    doc = parse_document(_record("会议事项：", "1. 是否更换主题", "2. 确定短期分工", "更换主题：", _SAID,
                                 "宿舍楼访客管理系统：", _SAID, "物品收发管理系统：", _SAID, "结论：", _SAID,
                                 "短期人员分工：", _SAID))
    assert [h.title.rstrip("：") for h in doc.headings][-5:] == [
        "更换主题", "宿舍楼访客管理系统", "物品收发管理系统", "结论", "短期人员分工"]


def test_two_labels_beside_a_found_part_stay_text():
    """Guard (cdt07): '分享书籍：' and '报名方式：' beside the found '附录：' are too few to outline the text."""
    doc = parse_document(_record(_SAID, "分享书籍：", "《百年追求：台湾民主运动的故事》", "报名方式：", _SAID,
                                 "附录：", _SAID))
    assert [h.title.rstrip("：") for h in doc.headings] in ([], ["附录"])


_PARA = "这一年里，项目在功能、易用性和安全性上都有明显进步，社区也逐渐壮大，吸引了许多新的贡献者参与进来。"


def _titled(*titles: str) -> bytes:
    return ("开源第一年：扬帆起航的一年\n\n" + "".join(f"{t}\n\n{_PARA}\n\n" for t in titles)).encode("utf-8")


def test_plain_titles_nest_under_headlines_with_a_colon():
    """d41_03: a year's review whose '##' headlines read '产品：明确目标，茁壮成长' and whose '###' titles read
    '功能方面': with the marks gone, the plain titles were set beside the headlines."""
    doc = parse_document(_titled("产品：明确目标，茁壮成长", "功能方面", "易用性方面", "生态：不断深入，互帮互助",
                                 "监控面板", "持续集成"))
    assert [(h.depth, h.title) for h in doc.headings] == [
        (1, "产品：明确目标，茁壮成长"), (2, "功能方面"), (2, "易用性方面"), (1, "生态：不断深入，互帮互助"),
        (2, "监控面板"), (2, "持续集成")]


def test_headlines_that_hold_nothing_keep_one_level():
    """Guard: two headlines one after another, each a section of its own, and plain titles after them: no form of
    parts over sections shows, so every title stays at one level."""
    doc = parse_document(_titled("产品：明确目标，茁壮成长", "生态：不断深入，互帮互助", "功能方面", "易用性方面"))
    assert {h.depth for h in doc.headings} == {1}


_SECTION = "本报告说明系统开发的可行性，分析现有条件和限制，提出可选方案并比较其优劣，供决策参考。"


def test_section_numbers_set_against_their_titles_head_their_subsections():
    """d79_01: a feasibility report written '1引言' over '1.1编写目的', no space after the number: alone '1引言'
    reads like a count, over its own 1.1 it is section 1, and '3结论' after section 2 goes on with the count."""
    text = "可行性研究报告\n" + "".join(f"{line}\n{_SECTION}\n" for line in (
        "1引言", "1.1编写目的", "1.2背景", "2可行性研究的前提", "2.1要求", "2.2目标", "3结论"))
    doc = parse_document(text.encode("utf-8"))
    assert [(h.depth, h.marker, h.title) for h in doc.headings] == [
        (1, "1", "引言"), (2, "1.1", "编写目的"), (2, "1.2", "背景"), (1, "2", "可行性研究的前提"), (2, "2.1", "要求"),
        (2, "2.2", "目标"), (1, "3", "结论")]


def test_a_count_over_no_subsection_stays_text():
    """Guard: '3人一组' in a report numbered 1.1, 2.1 has no 3.1 under it: a count, not section 3."""
    text = "可行性研究报告\n" + "".join(f"{line}\n{_SECTION}\n" for line in (
        "1引言", "1.1编写目的", "2可行性研究的前提", "2.1要求", "3人一组"))
    doc = parse_document(text.encode("utf-8"))
    assert "人一组" not in [h.title for h in doc.headings]


def test_a_subsection_whose_title_opens_with_a_measure_word_is_a_heading():
    """d79_07: '2.3条件、假定和限制' read as '2.3条' (a count of clauses) and the section was lost; a title word
    ('条件', '分析') after a number of two parts opens a title, as it already did after a space."""
    found = match_heading("2.3条件、假定和限制")
    assert found is not None and (found.marker, found.title) == ("2.3", "条件、假定和限制")
    assert match_heading("3.5分析方法") is not None


def test_a_decimal_count_stays_text():
    """Guard: '3.2条规定' and '1.5万人参加' count clauses and people: no heading."""
    assert match_heading("3.2条规定的情形") is None
    assert match_heading("1.5万人参加") is None


def test_a_sentence_cut_before_its_object_is_no_title():
    """d79_06: '在书中对固定型思维的定义就是' over the quoted definition leads into it; it was listed beside the
    note's titles."""
    quote = "“相信自己的才能是一成不变的，你的智力、人格和道德品质都是固定的，只能不断证明自己。”"
    doc = parse_document(("《终身成长》读书笔记\n\n固定型思维\n\n" + _PARA + "\n\n在书中对固定型思维的定义就是\n\n"
                          + quote + "\n\n成长型思维\n\n" + _PARA + "\n\n实事求是\n\n" + _PARA + "\n").encode("utf-8"))
    assert [h.title for h in doc.headings] == ["固定型思维", "成长型思维", "实事求是"]


def _sessions(*titles: str) -> bytes:
    return ("会议纪要\n课程资料自主学习系统\n" + "".join(
        f"{t}\n会议名称\n项目阶段\n时间\n2021年6月{15 + 5 * k}日\n地点\n逸夫楼605\n会议记录\n{_SAID}\n"
        for k, t in enumerate(titles))).encode("utf-8")


def test_numbered_sessions_of_a_record_are_its_parts():
    """d73_03: a project's minutes, '第一次会议：' over its particulars, then '第二次会议：' and '第三次会议：';
    before, the particulars' dates ('2021年6月15日', '…20日', '…25日') were taken for the sessions."""
    doc = parse_document(_sessions("第一次会议：", "第二次会议：", "第三次会议："))
    sessions = [h for h in doc.headings if h.title.startswith("第")]
    assert [(h.depth, h.title.rstrip("：")) for h in sessions] == [(1, "第一次会议"), (1, "第二次会议"), (1, "第三次会议")]
    assert not any(h.title.startswith("2021年") for h in doc.headings)  # a session's date is its particular


def test_sessions_out_of_count_stay_text():
    """Guard: '第一次会议' then '第三次会议' count no sessions on from one another (a report citing two meetings)."""
    doc = parse_document(_sessions("第一次会议：", "第三次会议："))
    assert not any(h.title.startswith("第") for h in doc.headings)
