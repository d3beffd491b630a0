"""Forms met in dev set 16 (a news-broadcast transcript, a Taiwan city's policy report as a PDF extract), each built
here from its shape: tagged headlines of a news digest, link labels between them, contents entries that wrap or carry
a colon before their leaders."""

from __future__ import annotations

import pytest

from reader.text.debris import is_widget_row
from support import outline, parse_document

STORY = "央视网消息（新闻联播）：6月23日，国家副主席在北京会见来访的客人，双方就深化合作交换了意见，表示将继续推进务实合作。"
HEADLINES = ["[视频]韩正会见南非副总统", "[视频]【树立和践行正确政绩观】以学促干 将学习教育成果转化为推动高质量发展的实际成效",
             "[视频]我国利用外资结构持续优化", "[视频]十四届全国人大常委会第二十三次会议在京举行 审议商标法修订草案等 赵乐际主持"]


def _digest(headlines: list[str], link: str = "查看视频 ↗") -> str:
    blocks = ["新闻联播完整文字稿"]
    for h in headlines:
        blocks += [h, link, STORY, "---"] if link else [h, STORY]
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("line, widget", [
    ("查看视频 ↗", True),  # a link's label and its arrow
    ("观看视频", True),
    ("查看视频的方法", False),  # words around it: a sentence
    ("↗", False),  # an arrow alone is no widget row (no word in it)
])
def test_a_link_label_with_its_arrow_is_a_widget_row(line, widget):
    assert is_widget_row(line) is widget


def test_a_news_digest_keeps_its_stories_and_drops_the_link_under_each_headline():
    doc = parse_document(_digest(HEADLINES).encode(), "digest.txt")
    assert "查看视频 ↗" not in [p.text for p in doc.paragraphs]
    assert [h.title for h in doc.headings] == HEADLINES  # long ones (40 characters and more) too


@pytest.mark.parametrize("headlines, found", [
    (HEADLINES[:3], True),  # three tagged headlines over their stories: the digest's items
    (HEADLINES[:2], False),  # two are too few to show the form
    (["[视频]" + "韩正会见南非副总统。"] * 3, False),  # sentences are no headlines
])
def test_tagged_headlines_are_items_when_the_digest_repeats_the_tag(headlines, found):
    long = [h for h in headlines if len(h) > 40]
    got = [t for _, _, t in outline(sum(([h, STORY] for h in headlines), ["新闻联播"]), "新闻联播")]
    assert (got == headlines) is found if not long else (set(long) <= set(got)) is found


def test_tagged_lines_one_after_another_are_links_not_items():
    """'相关视频' rows: the same tag line after line, no story between."""
    links = ["[视频]韩正会见南非副总统", "[视频]我国利用外资结构持续优化", "[视频]2026年黄河调水调沙启动",
             "[视频]我国将全链条扩大汽车消费"]
    assert outline(["新闻联播", STORY, "相关视频：", *links, STORY], "新闻联播") == []


REPORT_BODY = "本府將規劃捷運路網，以引領城鄉發展軸帶，塑造桃園門戶意象，並打造優質適居的低碳生態環境。"
CONTENTS = ["壹、前言........................ 1", "貳、施政規劃與執行................ 1", "一、捷運城市.................... 1",
            "(一) 發展無縫公共運輸............ 1", "1、提升警消人力與裝備............ 41",
            "(1)提升警消人力................. 41", "(2)籌編消防人員危險加給：........ 42", "(3)提升警消裝備：................ 42"]
BODY_PARTS = ["壹、前言", REPORT_BODY, "貳、施政規劃與執行", "一、捷運城市", "(一)發展無縫公共運輸", "1、推動捷運建設",
              REPORT_BODY, "(1)航空城捷運線(綠線)", REPORT_BODY, "(2)機場捷運線(藍線)", REPORT_BODY]
WANT = [(1, "壹、"), (1, "貳、"), (2, "一、"), (3, "(一)"), (4, "1、"), (5, "(1)"), (5, "(2)")]


@pytest.mark.parametrize("contents", [
    CONTENTS,  # entries with a colon before their leaders ('(2)籌編消防人員危險加給：........ 42')
    CONTENTS[:6] + ["(2)補貼每月 4,000 元青年房屋租金(含中低收入戶及", "弱勢家庭) ..................... 19",
                    "(3)補貼新婚夫妻購屋貸款利息...... 19"],  # an entry wrapped onto a second line
])
def test_contents_entries_are_no_headings_and_the_report_below_keeps_its_levels(contents):
    got = [(d, m.replace(" ", "")) for d, m, _ in outline(["市長施政報告", *contents, *BODY_PARTS], "市長施政報告")]
    assert got == WANT


CASE_LINES = ["某矿业公司诉称：某矿业公司是大西沟铁矿的采矿权人，铁路建设压", "覆了该铁矿，造成的损失巨大，请求判令被告赔偿损失并承担本案的",
              "诉讼费用。某铁路公司辩称：案涉铁路的建设依法取得了审批手续，", "不应承担侵权责任，请求驳回某矿业公司的诉讼请求。"]


@pytest.mark.parametrize("parts, found", [
    (["基本案情", "裁判理由", "裁判要旨"], True),  # a court's case library prints its parts so (a PDF extract here)
    (["基本案情", "裁判理由"], True),  # with 关键词, three different names
    (["基本案情", "基本案情", "基本案情"], False),  # one name again and again is no case's layout
])
def test_a_reported_cases_named_parts_are_its_outline(parts, found):
    lines = ["某矿业公司诉某铁路公司财产损害赔偿纠纷案", "关键词", "民事 财产损害赔偿 矿业权 合法压覆"]
    lines += sum(([p, *CASE_LINES] for p in parts), [])
    doc = parse_document(("\n".join(lines) + "\n").encode(), "case.txt")
    assert (set(parts) <= {h.title for h in doc.headings}) is found


QA_ANSWER = "浙江省示范文明城市是指经济建设、政治建设、文化建设、社会建设和生态文明建设协调发展，市民文明素质较高的城市。"


@pytest.mark.parametrize("questions, found", [
    (["什么是省示范文明城市？", "为什么要开展省示范文明城市工作？", "作为一名普通市民，在创建工作中可以做些什么？"], True),
    (["什么是省示范文明城市？", "作为一名普通市民，在创建工作中可以做些什么？"], False),  # one bare question is no Q&A
    (["作为一名普通市民，在创建工作中可以做些什么？", "那么，我们在创建工作中又能够做些什么呢？"], False),  # a speech asks so
])
def test_a_question_with_a_comma_heads_its_answer_beside_bare_questions(questions, found):
    lines = ["创建省示范文明城市"] + sum(([q, QA_ANSWER] for q in questions), [])
    got = [t for _, _, t in outline(lines, lines[0])]
    assert (questions[-1] in got) is found


def test_a_bullet_before_a_question_is_no_part_of_its_title():
    lines = ["创建省示范文明城市", "- 什么是省示范文明城市？", QA_ANSWER, "为什么要开展省示范文明城市工作？", QA_ANSWER]
    assert [t for _, _, t in outline(lines, lines[0])] == ["什么是省示范文明城市？", "为什么要开展省示范文明城市工作？"]


SIDEBAR = ["前言", "1. 1.背景", "1.1. 1.1身份的功能", "1.2. 1.2我国现代人口管理制度历史沿革", "2. 2.eID数字身份定义",
           "2.1. 2.1eID数字身份相关主体", "2.2. 2.2. eID数字身份基本概念", "2.2.1. 2.2.1.eID数字身份",
           "2.2.2. 2.2.2.认证因子（Authentication Factor）", "3. 3.eID数字身份服务原则", "3.1. 3.1.用户自愿原则",
           "Published with GitBook"]
DEFINITION = "eID数字身份签发机构是指公安部第三研究所承建的公民网络身份识别系统，负责签发与管理eID数字身份。"
PAGE = ["2.1.eID数字身份相关主体", "2.1.1.eID数字身份签发机构", DEFINITION, "2.1.2.eID数字身份凭证提供机构", DEFINITION,
        "2.1.3.eID数字身份注册登记机构(Register Agent,RA)", DEFINITION]


def test_a_web_books_contents_sidebar_is_no_outline_and_the_page_below_is():
    """A GitBook page: the whole book's contents, unnamed, then the page itself, its title again and its sections."""
    got = [(d, m) for d, m, _ in outline(["2.1eID数字身份相关主体 |", *SIDEBAR, *PAGE], "2.1eID数字身份相关主体 |")]
    assert got == [(1, "2.1.1."), (1, "2.1.2."), (1, "2.1.3.")]


@pytest.mark.parametrize("page, listed", [
    (PAGE, True),
    (PAGE[1:], False),  # no entry of the block recurs below: short numbered lines, but no contents list
])
def test_an_unnamed_contents_list_needs_an_entry_the_document_repeats(page, listed):
    from reader.text.contents import unnamed_contents
    from reader.text.linemarkers import find_markers
    from support import paragraphs

    lines = paragraphs(["2.1eID数字身份相关主体 |", *SIDEBAR, *page])
    matches, _ = find_markers(lines, "2.1eID数字身份相关主体 |")
    assert (2 in unnamed_contents(lines, matches)) is listed  # '1. 1.背景'


def test_a_block_of_numbered_notes_with_clauses_is_no_contents_list():
    """A mind map's short nodes ('1. 组织工会：工人有…'): labels and clauses, not titles."""
    from reader.text.contents import unnamed_contents
    from reader.text.linemarkers import find_markers
    from support import paragraphs

    notes = [f"{n}. 第{n}项内容：工人有权组织工会" for n in range(1, 10)]
    lines = paragraphs(["劳动立法", *notes, "1. 第1项内容：工人有权组织工会", DEFINITION])
    matches, _ = find_markers(lines, "劳动立法")
    assert unnamed_contents(lines, matches) == {}


@pytest.mark.parametrize("line, marker", [
    ("2.1.1.eID数字身份签发机构", "2.1.1."),  # a closed number over a title that opens with a Latin word
    ("2.1.1.tar.gz", None),  # a file name: no Chinese in it
    ("2.1.1eID数字身份签发机构", "2.1.1"),  # unclosed and run on: measured, a section far more often (d40_01, f16_01)
    ("3.0.1rc1", None),  # a version string: no Chinese after it
])
def test_a_closed_decimal_number_may_open_a_latin_worded_title(line, marker):
    from reader.text.markers import match_heading

    m = match_heading(line)
    assert (m.marker if m is not None and m.family == "decimal" else None) == marker


def test_a_divider_of_two_ornaments_frames_nothing():
    body = "人工智能正在深刻改变社会治理方式，推动智能社会建设需要统筹发展和安全，完善相关制度规范。"
    lines = ["智能社会治理", body, "◆ ◆", body, "◆ ◆", body]
    assert outline(lines, lines[0]) == []


@pytest.mark.parametrize("before, kept", [
    ([], True),  # a city report's chapter printed alone, its 一、 and (一) under it
    (["壹、前言", "本府持續推動城市建設。"], False),  # after 壹、 the 肆、 skips two: a stray, as before
])
def test_a_report_excerpt_opens_with_its_chapter(before, kept):
    report = "本府持續推動城市文化建設，辦理臺北爵士音樂節及流行音樂季，總參與達十八萬人次，成效良好。"
    lines = ["臺北市政府施政報告", *before, "肆、文化", "一、103 年度下半年重要施政成果", "(一)文化臺北計畫", report,
             "(二)文化資產保存", report, "二、104 年度施政重點", report]
    got = [(d, m) for d, m, _ in outline(lines, lines[0])]
    assert ((1, "肆、") in got) is kept
    assert (2, "一、") in got and (3, "(一)") in got


@pytest.mark.parametrize("summary", [
    ["（一）支持四項附屬法例", "（二）肯定當局落實網約車規管"],
    ["（三）續證最低行程數以每月平均約 30 程為宜", "（四）補充許可證有效期內營運檢視機制的法律基礎"],  # an extract's
])
def test_a_section_numbered_like_one_is_never_inside_a_bracketed_one(summary):
    """A LegCo submission: its summary's （三）…（六） points, then '一、總體立場': 一、 opens a top section, as 一、 always
    stands over （一）, however the extract ordered them."""
    body = "新思維一直主張網約車合法化，過去多年市民有需求、平台在營運，卻欠缺保險及司機資格的規管。"
    lines = ["新思維就與規管網約車服務有關的四項附屬法例", "執行摘要", body, *summary, body, "一、總體立場", body,
             "二、許可證限額", body, "（一）起步數字", body]
    got = [(d, m) for d, m, _ in outline(lines, lines[0])]
    assert (1, "一、") in got and (1, "二、") in got and (2, "（一）") in got
