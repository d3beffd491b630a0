"""Forms met in a Legislative Council submission (d16_05), each built here from its shape: section titles after
hard-wrapped paragraphs, a letter's addressee over its salutation, and a paper sent with a covering letter."""

from __future__ import annotations

import pytest

from reader.text.letters import paper_number, salutation_index
from support import DATA, outline, paragraphs, parse_document

WRAPPED = ["政府建議首階段將網約車車輛許可證數目上限訂為一萬個，未能反映", "出行需求所需的實際供應規模，亦預期會影響香港乘客及國際旅客的",
           "出行體驗。"]
ONE = "我們期望繼續與各持分者保持溝通，支持網約車司機及整個行業的發展。"
TITLES = ["車輛配額及對公眾需求的影響", "有效的許可證數目檢討機制", "具優次的分配機制"]


def test_a_title_after_a_hard_wrapped_paragraph_is_no_image_caption():
    """The gap before a title counts from the line the paragraph above ends on, not the line it starts on."""
    blocks = ["網約車服務的規管細節", ""]
    for t in TITLES:
        blocks += [ONE, "", ONE, "", *WRAPPED, "", t, ""]
    doc = parse_document("\n".join(blocks + [ONE, ""]).encode(), "paper.txt")
    assert [h.title for h in doc.headings] == TITLES


def test_a_short_line_after_a_wide_gap_is_still_a_caption():
    """Two blank lines where an image was dropped: the line under it is the image's caption, even after wrapping."""
    blocks = ["網約車服務的規管細節", ""]
    for t in TITLES:
        blocks += [ONE, "", *WRAPPED, "", "", "", t, "", ONE, ""]
    doc = parse_document("\n".join(blocks).encode(), "paper.txt")
    assert doc.headings == ()


@pytest.mark.parametrize("line, found", [
    ("各位委員：", True),
    ("尊敬的李主席：", True),
    ("敬啟者：", True),
    ("陳先生：", True),
    ("同志们：", True),
    ("各位委員會成員的意見：政府應該…", False),  # a sentence with a colon in it
    ("主要內容：", False),  # a label, no one addressed
])
def test_a_salutation_is_known_on_its_own_line(line, found):
    assert (salutation_index(paragraphs(["意見書", line, ONE])) == 1) is found


def test_the_addressee_over_the_salutation_heads_nothing():
    committee = "與規管網約車服務有關的四項附屬法例小組委員會，請轉交各位委員參閱，謝謝"  # a long second line
    lines = ["意見書", "香港特別行政區立法會", committee, "各位委員：", ONE, *[x for t in TITLES for x in (t, ONE)]]
    assert [t for _, _, t in outline(lines, "意見書")] == TITLES


@pytest.mark.parametrize("line, number", [
    ("立法會CB(3)634/2026(01)號文件", True),
    ("立法會 CB(4)1234/24-25(02)號文件", True),
    ("LC Paper No. CB(2)567/25-26(03)", True),
    ("見立法會CB(3)634/2026(01)號文件第5段", False),  # quoted in a sentence
])
def test_a_council_paper_number_is_known_alone_on_its_line(line, number):
    assert paper_number(line) is number


@pytest.mark.parametrize("spaced", [True, False])
def test_a_paper_sent_with_a_letter_holds_its_sections(spaced):
    """d16_05: the letter ('各位委員：' … 'Uber 香港團隊', its date) heads nothing; the paper it sends, under its council
    number, holds the sections; so too when the text comes without its blank lines."""
    source = (DATA / "corpus" / "docs" / "d16_05_lifahui_yijianshu_uber_wangyueche.txt").read_text(encoding="utf-8")
    text = source if spaced else "\n".join(line for line in source.split("\n") if line.strip())
    found = [(h.depth, h.title) for h in parse_document(text.encode("utf-8")).headings]
    assert found[:4] == [(1, "網約車服務的規管細節"), *[(2, t) for t in TITLES]]


@pytest.mark.parametrize("titles, found", [
    (TITLES, True),
    (["網約車服務"] * 3, False),  # one short line again and again between paragraphs is a label, no outline
])
def test_lines_that_all_say_the_same_are_no_outline(titles, found):
    got = outline(["意見書", ONE, *[x for t in titles for x in (t, ONE)]], "意見書")
    assert (got == [(1, "", t) for t in titles]) is found


# A Taiwan city's meeting record (dev set 17): header fields, a case, its fields, the decision's requests.
CASE_BODY = "本案依本局與實施者雙方簽訂都市更新實施契約規定辦理，業經召開審查會議修正後通過，提請審議。"
RECORD = ["壹、時間：112 年 11 月 28 日上午 10 時", "貳、地點：永華市政中心 10 樓會議室", "參、審議案件：",
          "第一案：擬定台南市仁德區二空段 800-2 地號等 13 筆土地都市更新事業計畫案", "說明：",
          "（一）辦理緣由：", CASE_BODY, "（二）辦理情形：", CASE_BODY, "決議：請依下列意見修正後通過：",
          "（一）本案為重劃後基地，無地上物。請加強補充本計畫對於地區發展之公共利益促進，以落實都市更新條例第一條之精神。",
          "（二）本案開發量體大。請補充說明對於周邊交通及環境之衝擊以及改善措施，並於計畫書中載明相關分析與數據資料。"]


def test_a_meeting_records_fields_nest_inside_its_case():
    got = [(d, m, t) for d, m, t in outline(["都市更新審議會會議紀錄", *RECORD], "都市更新審議會會議紀錄")]
    assert got == [(1, "參、", "審議案件"), (2, "第一案", "擬定台南市仁德區二空段 800-2 地號等 13 筆土地都市更新事業計畫案"),
                   (3, "", "說明"), (4, "（一）", "辦理緣由"), (4, "（二）", "辦理情形"), (3, "", "決議")]


def test_fields_without_a_decision_are_no_meetings():
    """'說明：' alone is a notice's note, not a meeting's field."""
    lines = ["某某通知", CASE_BODY, "說明：", "（一）辦理緣由：", CASE_BODY, "（二）辦理情形：", CASE_BODY]
    assert all(t != "說明" for _, _, t in outline(lines, "某某通知"))


@pytest.mark.parametrize("line, family", [
    ("第一案：擬定台南市仁德區二空段 800-2 地號等 13 筆土地都市更新事業計畫案", "di-案"),  # a case names its plan in full
    ("第二案", "di-案"),
    ("第一案例", None),  # a word, not a case
    ("第一案件的判决", None),
])
def test_a_meetings_case_is_a_numbered_family(line, family):
    from reader.text.markers import match_heading
    m = match_heading(line)
    assert (m.family if m is not None else None) == family


def test_compatibility_ideographs_read_as_their_characters():
    """A PDF's '陸' (U+F9D3) and '說' (U+F96F) number and name as '陸' and '說' do; the heading keeps them as written."""
    record = [line.replace("參", "\uf96b").replace("說明", "\uf96f明") for line in RECORD]
    got = outline(["都市更新審議會會議紀錄", *record], "都市更新審議會會議紀錄")
    assert [(d, m) for d, m, _ in got][:3] == [(1, "\uf96b、"), (2, "第一案"), (3, "")]
    assert got[2][2] == "\uf96f明"


def test_the_title_set_again_on_two_lines_in_compatibility_ideographs_is_no_heading():
    title = "110 年度臺南市都市更新及爭議處理審議會第二次會議紀錄"
    text = "\n".join([title, "", "110 年度臺南市都市更新及爭議處理審議會", "第二次會議紀\uf93f", *RECORD[:3],
                      *RECORD[3:]]) + "\n"
    doc = parse_document(text.encode(), "record.txt")
    assert "第二次會議紀\uf93f" not in [p.text for p in doc.paragraphs]
    assert doc.headings[0].marker == "參、"


LAW = ["第一章　總則", "第一條　本會會名定為台灣語文學會。", "第二條　本會以從事臺灣語文的研究和教育為宗旨。",
       "第二章　任務", "第三條　本會之任務如下：推動臺灣語文之研究。"]
HISTORY = ["1991.08.17 會員大會修訂通過", "2002.01.27 第六屆第一次會員大會修訂通過", "2014.10.25 第十一屆第二次會員大會修訂通過",
           "2022.07.12 第十五屆第一次臨時會員大會修訂通過"]
MENU = ["首頁", "關於學會", "最新消息"]


@pytest.mark.parametrize("name, holds", [
    ("台灣語文學會組織章程", True),  # a law's name over its history and chapters, below a page's menu
    ("學會章程", False),  # a menu's label names the page, not the law
])
def test_one_law_on_a_page_is_held_by_its_name(name, holds):
    got = outline(["台灣語文學會", *MENU, name, *HISTORY, *LAW], "台灣語文學會")
    assert (got[0] == (1, "", name) and got[1][:2] == (2, "第一章")) is holds


def test_a_laws_history_in_traditional_script_is_no_digest():
    from reader.text.digests import digest_headlines
    assert digest_headlines(["台灣語文學會組織章程", *HISTORY, *LAW], teasers=True) == []


def test_sections_after_a_forms_last_field_are_no_part_of_it():
    """'肆、出列席單位：略（詳簽到簿）審議案：共 1 案' fills in the form; the case after it stands on its own."""
    header = ["壹、時間：112 年 11 月 28 日上午 10 時", "貳、地點：永華市政中心 10 樓會議室", "參、主持人：趙卿惠召集人",
              "肆、出列席單位：略（詳簽到簿）審議案：共 1 案"]
    got = outline(["都市更新審議會會議紀錄", *header, *RECORD[3:]], "都市更新審議會會議紀錄")
    assert [(d, m) for d, m, _ in got][:3] == [(1, "第一案"), (2, ""), (3, "（一）")]


PLAN_BODY = "以创新功能提升和产业创新集聚为目标，打造智能制造创新策源地和高端装备产业集聚区，形成分工明确的空间格局。"


@pytest.mark.parametrize("items, sections", [
    (["1、一核：南汇新城", PLAN_BODY, "2、三区：装备产业区", PLAN_BODY], True),  # a paragraph under each: sections
    (["1、采购项目名称：机电设备", "2、采购项目编号：LNJC2019", "3、成交金额：120万元", PLAN_BODY], False),  # a form
])
def test_labelled_items_over_paragraphs_are_sections_not_a_form(items, sections):
    got = outline(["行动方案", PLAN_BODY, "二、空间布局", PLAN_BODY, *items], "行动方案")
    assert any(m == "1、" for _, m, _ in got) is sections


WIRE = "新華社北京6月16日電，衛生部16日公布規範徵求意見稿，對開展手術的醫療機構和醫師提出了嚴格要求，並廣泛徵求意見。"
SUBHEADS = ["——醫院需有倫理委員會，設整形外科10年。", "——手術者至少有5年臨床經驗。", "——患者應無犯罪記錄且不在婚姻狀態。"]


@pytest.mark.parametrize("subheads, found", [
    (SUBHEADS, True),  # three between paragraphs: a wire story's subheads, named without their stop
    (SUBHEADS[:2], False),  # two are too few
])
def test_dash_led_lines_between_paragraphs_are_a_storys_subheads(subheads, found):
    got = outline(["衛生部印發規範", WIRE, *[x for s in subheads for x in (s, WIRE)]], "衛生部印發規範")
    assert (got == [(1, "", s.rstrip("。")) for s in subheads]) is found


def test_dash_led_lines_one_after_another_are_a_list():
    lines = ["講話", WIRE, *SUBHEADS, WIRE, *SUBHEADS, WIRE]
    assert outline(lines, "講話") == []
