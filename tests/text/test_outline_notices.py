"""Official notices and the pages that carry them: points and steps a reader navigates by, and the numbered lines
inside them that are fields, values and items of a list.

The lines are real: a school department's procedure h18_05 (福建工程学院), the notices h18_01 (常州) and h18_02
(江苏省建筑行业协会), and the procurement notice h15_05 (辽宁机电职业技术学院) (tests/data/corpus).
"""

from __future__ import annotations

import pytest

from reader.text.fields import form_fields, is_field
from reader.text.markers import match_heading
from reader.text.digests import digest_headlines
from support import DATA, parse_document

# h18_05: a procedure's steps, some over when and where they happen.
STEPS = ["1.       复试信息发布及复试通知",
         "在土木工程学院网站http://civil.fjut.edu.cn上公布参加复试的考生名单、复试录取政策及工作流程等，用电话、短信及email等方式通知考生复试。",
         "2.       考生报到", "时间：2014年4月1日下午14:30－16:00", "地点：福建工程学院旗山校区土木工程学院思源楼4楼",
         "3.       考生参加体检", "时间：待定（报到时通知）", "地点：待定（报到时通知）",
         "4.       考生参加复试", "时间：2014年4月2日上午8:30－12:00", "地点：福建工程学院旗山校区土木工程学院思源楼4楼",
         "5.       复试小组成员现场评分",
         "6.       计算总成绩及专业排名", "复试完毕，计算考生的入学考试总成绩，按总成绩从高到低排名。",
         "7.       确定拟录取名单", "按照考生入学考试总成绩排名，按照从高分到低分顺序，确定拟录取名单。",
         "8. 公布拟录取名单", "时间：2014年4月2日15:00。",
         "9. 报送拟录取名单，录取工作结束。"]


@pytest.mark.parametrize("teasers", [True, False])
def test_a_time_over_a_place_is_when_and_where_a_step_happens_not_a_storys_byline(teasers):
    assert digest_headlines(STEPS, teasers=teasers) == []


def test_a_procedures_numbered_steps_are_its_outline():
    text = "2014年硕士研究生招生复试及录取工作流程\n\n" + "\n\n".join(STEPS) + "\n"
    doc = parse_document(text.encode("utf-8"), "page.txt")
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, f"{n}.") for n in range(1, 10)]


# h15_05: a procurement result notice's particulars, numbered 1、 to 6、.
PARTICULARS = ["1、采购项目名称：辽宁机电职业技术学院新生运动服采购", "2、采购项目编号： LNJC20190703002",
               "3、辽宁机电职业技术学院新生运动服采购竞争性磋商会议于2019年7月16日在丹东市振兴区五经街86号东方金艺美术教育5楼会议室结束，"
               "采购人依据《中华人民共和国政府采购法》等相关法律法规及本次采购磋商小组向采购人提交的评标报告确定成交供应商，现将成交结果公示，"
               "如有疑义，请在质疑期内以真实姓名和单位向监管部门反映。",
               "4、成交结果：", "5、竞争性磋商小组成员名单：",
               "6、保证金退还时间：未成交供应商应在成交通知书发出之日起5个工作日内，到采购代理机构办理退还保证金事宜。"]
# f9_05 (a Taiwan city's page): principles, each a name, a colon and what it means: run-in titles, not fields.
PRINCIPLES = ["1. 發聲原則（Voice）：參與式預算的宗旨是為弱者發聲，希望藉由制度設計讓過去沒有機會參與公共決策的人們發聲。",
              "2. 投票原則（Vote）：結合發聲原則，透過比傳統代議政治更寬鬆的投票資格，讓更多人參與決定預算的用途。",
              "3. 監督原則（Oversight）：相對於傳統的預算流程，參與式預算將公民納入預算執行的監督。",
              "4. 社會正義原則（Social Justice）：公共資源的分配應該以社會正義原則為基礎。"]


@pytest.mark.parametrize("line, field", [
    (PARTICULARS[0], True), (PARTICULARS[1], True),
    (PARTICULARS[3], False),  # a label over a table holds no value on its line
    (PARTICULARS[5], False),  # a sentence after the colon: run-in text
    (PRINCIPLES[0], False),
    ("二、报名方式及期限：", False),  # h18_03: a section's title ending in a colon
])
def test_a_field_is_a_label_with_a_short_value_that_is_no_sentence(line, field):
    assert is_field(match_heading(line)) is field


@pytest.mark.parametrize("lines, form", [(PARTICULARS, True), (PRINCIPLES, False)])
def test_a_run_of_labels_some_with_their_values_fills_in_a_form(lines, form):
    assert form_fields([match_heading(t) for t in lines]) is form


def test_a_notices_particulars_are_no_sections():
    doc = parse_document((DATA / "corpus" / "docs" / "h15_05_notice_lnjd_chengjiao.txt").read_bytes(), "notice.txt")
    assert list(doc.headings) == []


def test_principles_with_their_meaning_stay_titles():
    text = "參與式預算四大原則\n\n參與式預算作為一種參與式民主之所以能夠誘發改變社會的可能性，有四大原則。\n\n" + "\n\n".join(PRINCIPLES)
    doc = parse_document(text.encode("utf-8"), "page.txt")
    assert [h.marker for h in doc.headings if h.marker] == ["1.", "2.", "3.", "4."]


def test_items_numbered_on_across_list_paragraphs_are_no_articles():
    """h18_01: the conditions under 四、 are paragraphs （一）（二）（三）, each over '1．'… items; the second list's
    '1．1970年…' reads as no marker, so its '2．'–'4．' seem to number on from the first list's '1．' '2．'. Articles
    number on across sections that read as headings (a 司法解释's 一、 > 1.–100.); items under paragraphs that are
    themselves a list ('（一）凡…均可报名参加…考试：') are items, whatever their numbers."""
    path = DATA / "corpus" / "docs" / "h18_01_notice_changzhou_jianli_kaoshi.txt"
    doc = parse_document(path.read_bytes(), "notice.txt")
    assert [h.marker for h in doc.headings] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"]


def test_a_plans_numbered_parts_whose_titles_start_with_a_counting_character():
    """'（1）项目概况', '（2）人员配置', '（3）年度目标': '项', '人', '年' also count things ('（1）万元'), but these open
    title words, and the parts are what a reader of an implementation plan navigates by."""
    body = "本项目由市财政局牵头组织实施，各区县按照职责分工抓好落实，确保各项任务按期完成，资金使用规范有效。"
    text = "\n\n".join(["某市数字政府建设实施方案", "一、项目基本情况", "（一）建设内容", "（1）项目概况", body,
                       "（2）人员配置", body, "（3）年度目标", body, "（二）保障措施", body, "二、组织实施", body]) + "\n"
    doc = parse_document(text.encode("utf-8"), "plan.txt")
    assert [(h.depth, h.marker, h.title) for h in doc.headings] == [
        (1, "一、", "项目基本情况"), (2, "（一）", "建设内容"), (3, "（1）", "项目概况"), (3, "（2）", "人员配置"),
        (3, "（3）", "年度目标"), (2, "（二）", "保障措施"), (1, "二、", "组织实施")]


def test_a_tender_notices_sections_stand_though_its_annex_tables_cite_clause_numbers():
    """f14_06: the notice's 1.–8., then 附件1 whose tables cite '2.1.3' (the 须知's clauses) and 附件2, the 评标办法,
    numbered again from '1. 评标方法': neither shows the notice's 3.–8. to be rows of its section 2."""
    body = "本招标项目已由有关部门批准建设，项目业主为某市交通建设投资有限公司，建设资金来自自筹，项目已具备招标条件。"
    lines = ["某高速公路养护工程施工招标公告", "1. 招标条件", body, "2. 项目概况与招标范围", body, "2.1 建设地点", body,
             "3. 投标人资格要求", body, "3.1 资质要求", body, "4. 招标文件的获取", body, "4.1 获取方式", body, "5. 投标文件的递交",
             body, "附件1：资格审查条件要求",
             "附录1 资格审查条件（资质最低要求）", "条款号", "2.1.3 形式评审与响应性评审标准", "（1）投标文件按照规定的格式填写；",
             "2.2.1 分值构成", "（1）商务和技术文件评分；", "附件2：评标办法", "1. 评标方法", body,
             "2. 评审标准", body, "2.1 初步评审标准", body]
    doc = parse_document(("\n\n".join(lines) + "\n").encode("utf-8"), "tender.txt")
    markers = [h.marker for h in doc.headings]
    assert markers[:8] == ["1.", "2.", "2.1", "3.", "3.1", "4.", "4.1", "5."]


def test_a_reported_cases_stages_are_its_parts():
    """d14_01 (最高人民法院公报): '【裁判摘要】', then each court's finding or reasoning on a line of its own; a judgment
    whose '本院认为，…' opens a paragraph has no such parts."""
    body = "2006年4月20日，原告以自己真实姓名以及身份信息购买了被告生产的安全器材，使用中发生事故，造成原告受伤。"
    lines = ["朱兆龙诉东台市许河安全器材厂侵权责任纠纷案", "【裁判摘要】", body, "原告：朱兆龙，男，40岁。", body,
             "东台市人民法院一审查明：", body, "东台市人民法院一审认为：", body, "盐城市中级人民法院二审认为：", body,
             "驳回上诉，维持原判。"]
    doc = parse_document(("\n\n".join(lines) + "\n").encode("utf-8"), "case.txt")
    assert [h.title for h in doc.headings] == ["【裁判摘要】", "东台市人民法院一审查明", "东台市人民法院一审认为",
                                               "盐城市中级人民法院二审认为"]
    judgment = ["某某诉某某合同纠纷一案民事判决书", "原告某某诉称，" + body, "本院认为，" + body, "判决如下：", "驳回原告的诉讼请求。"]
    doc = parse_document(("\n\n".join(judgment) + "\n").encode("utf-8"), "judgment.txt")
    assert doc.headings == () or list(doc.headings) == []


def test_a_line_of_a_table_inside_the_notices_numbered_sections_is_no_part_of_it():
    """f14_06: the notice's sections 1.–5. run on past a table cell ('施工企业资质等级要求' between two paragraphs of
    section 3, another in section 4) while its annex's tables have labels over lists ('标准：' over '1.…'): the cell is no heading that
    would close section 3's run, and 4. and 5. stay in sequence."""
    body = "本招标项目已由有关部门批准建设，项目业主为某市交通建设投资有限公司，建设资金来自自筹，项目已具备招标条件。"
    lines = ["某高速公路养护工程施工招标公告", "1. 招标条件", body, "2. 项目概况", body, "3. 投标人资格要求", body,
             "施工企业资质等级要求", body, "4. 招标文件的获取", body, "项目经理资格要求", body, "5. 投标文件的递交", body,
             "附件1：资格审查条件要求", "标准：", "1.满足资格审查条件，得基本分4.8分；", "2.每增加一项，加0.2分；",
             "业绩：", "1.近五年完成过同类项目；", "2.项目质量合格；"]
    doc = parse_document(("\n\n".join(lines) + "\n").encode("utf-8"), "tender.txt")
    assert [h.title for h in doc.headings if h.depth == 1][:5] == ["招标条件", "项目概况", "投标人资格要求", "招标文件的获取",
                                                                 "投标文件的递交"]
    assert not {"施工企业资质等级要求", "项目经理资格要求"} & {h.title for h in doc.headings}
