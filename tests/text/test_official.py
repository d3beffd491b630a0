"""Official-document metadata on real documents: 文号, 发文机关, 成文日期, 发布日期 and kind."""

from __future__ import annotations

import json

import pytest

from reader.text.official import extract, iso_date, kind_of_title, normalize_number
from support import DATA, corpus_path

GOV_CN = json.loads((DATA / "official" / "gov_cn.json").read_text(encoding="utf-8"))["examples"]
FIELDS = ("authority", "number", "written", "published", "kind")


def test_the_table_holds_at_least_forty_real_documents():
    assert len(GOV_CN) >= 40 and all(e["source"] and e["url"].startswith("http://www.gov.cn/") for e in GOV_CN)


@pytest.mark.parametrize("field,least", [("number", 1.0), ("authority", 1.0), ("kind", 1.0), ("published", 1.0),
                                         ("written", 0.9)])
def test_fields_of_real_state_council_documents(field, least):
    """Each field against the page's own metadata; 成文日期 may be taken from a forwarded document's signature."""
    wrong = []
    for e in GOV_CN:
        got = getattr(extract(e["text"], e["title"]), field)
        if got != e[field]:
            wrong.append((e["title"][:30], got, e[field]))
    assert 1 - len(wrong) / len(GOV_CN) >= least, wrong


@pytest.mark.parametrize("written,expected", [
    ("国发〔2019〕3号", "国发〔2019〕3号"),
    ("国办发[2018]123号", "国办发〔2018〕123号"),
    ("京政发（2024）12号", "京政发〔2024〕12号"),
    ("京政发(2024)12号", "京政发〔2024〕12号"),
    ("国办发［2018］123号", "国办发〔2018〕123号"),
    ("国办发【2018】123号", "国办发〔2018〕123号"),
    ("国发 〔2019〕 第 3 号", "国发〔2019〕3号"),
    ("国办发〔2018〕０１２3號".replace("０１２", "012"), "国办发〔2018〕123號"),
    ("国发〔２０１９〕３号", "国发〔2019〕3号"),  # full-width digits, as a word processor's numbering leaves them
    ("法〔２０２１〕２１号", "法〔2021〕21号"),
    ("臺財稅字第０９８０４５６７８０號", "臺財稅字第0980456780號"),
])
def test_document_numbers_with_variant_brackets_are_one_spelling(written, expected):
    assert normalize_number(written) == expected


@pytest.mark.parametrize("text,expected", [
    ("二〇二四年五月六日", "2024-05-06"),
    ("二○一九年一月二十四日", "2019-01-24"),  # U+25CB, as many pages type the zero
    ("一九九六年十一月五日", "1996-11-05"),
    ("二〇〇四年十二月十七日", "2004-12-17"),
    ("二〇二三年十月三十一日", "2023-10-31"),
    ("2018年12月5日", "2018-12-05"),
    ("2024-5-6", "2024-05-06"),
    ("2024/05/06", "2024-05-06"),
    ("２０２１年３月１日", "2021-03-01"),
    ("２０２１．３．１", "2021-03-01"),
    ("2021－03－01", "2021-03-01"),
    ("二〇二四年十三月六日", ""),
    ("第十三届", ""),
])
def test_dates_in_arabic_and_chinese_numerals(text, expected):
    assert iso_date(text) == expected


@pytest.mark.parametrize("title,kind", [
    ("国务院关于印发《国务院工作规则》的通知", "通知"),
    ("中华人民共和国个人所得税法实施条例", "条例"),
    ("2026年北京市政府工作报告", "报告"),
    ("在市人大常委会“四个机关”建设动员会上的讲话", "讲话"),
    ("國務院關於加強監督的意見", "意见"),
    ("中华人民共和国宪法（2018年修正）", "法律"),
    ("学习贯彻省委全会精神", ""),
    ("某市2025年法治政府建设工作要点", "要点"), ("市教育局2024年工作总结", "总结"),
    ("财政部有关负责人就《政府采购需求管理办法》答记者问", "答记者问"),
])
def test_kind_from_the_title_in_either_script(title, kind):
    assert kind_of_title(title) == kind


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("field", ["number", "authority", "written", "published"])
def test_the_same_real_documents_typed_with_full_width_digits(field):
    """Word-processed notices often carry ２０２１年３月１日 and 〔２０２１〕２１号: the same fields, in ASCII digits."""
    wide = [getattr(extract(e["text"].translate(_FULL_WIDTH), e["title"]), field) for e in GOV_CN]
    assert wide == [getattr(extract(e["text"], e["title"]), field) for e in GOV_CN]


def test_local_number_names_its_government_when_the_text_does_not():
    o = extract("京政发〔2024〕12号\n各区人民政府，市政府各委、办、局：\n现将有关事项通知如下。", "关于做好某项工作的通知")
    assert (o.number, o.authority, o.kind) == ("京政发〔2024〕12号", "北京市人民政府", "通知")


def test_a_number_quoted_inside_a_sentence_is_not_the_documents_own():
    o = extract("各省、自治区、直辖市人民政府：\n根据国发〔2019〕3号文件精神，现通知如下。", "关于某事的通知")
    assert o.number == ""


def test_corpus_state_council_document():
    text = corpus_path("off06_state_council_1997_11.txt").read_text(encoding="utf-8")
    o = extract(text, "国务院办公厅转发民政部关于清理整顿社会团体意见的通知")
    assert (o.number, o.authority, o.kind) == ("国办发〔1997〕11号", "国务院办公厅", "通知")


def test_linear_time_on_long_hostile_lines():
    import time

    def cost(n):
        text = ("国" * n + "〔2019〕" + "1" * n + "\n") * 3 + "二〇" * n + "\n" + ("第" * n + "令\n")
        start = time.thread_time()
        extract(text, "关于" * n)
        return time.thread_time() - start

    small, large = cost(2000), cost(16000)
    assert large < small * 8 * 3 + 0.05


def test_a_notice_signed_before_the_rules_it_attaches_is_dated_by_its_signature():
    """'某市人民政府办公厅 / 2024年3月1日 / 附件 / 某市…办法 / 第一章 …': the signature closes the notice; the
    attached rules run on for pages after it."""
    articles = "\n".join(f"第{n}条　行政机关应当及时、准确地公开政府信息，不得泄露国家秘密。" for n in "一二三四五六七八九十" * 2)
    text = ("关于印发《某市政府信息公开管理办法》的通知\n各区人民政府：\n现将办法印发给你们，请认真贯彻执行。\n"
            "附件：某市政府信息公开管理办法\n某市人民政府办公厅\n2024年3月1日\n附件\n某市政府信息公开管理办法\n"
            f"第一章　总则\n{articles}\n")
    official = extract(text, "关于印发《某市政府信息公开管理办法》的通知")
    assert (official.authority, official.written) == ("某市人民政府办公厅", "2024-03-01")


def test_a_hong_kong_press_release_is_dated_by_its_closing_line_with_the_weekday():
    text = ("立法會十四題：加強長者照顧服務\n以下是今日在立法會會議上議員的提問和局長的書面答覆：\n問題：\n"
            "政府可否告知本會安老院舍的輪候人數？\n答覆：\n主席：\n過去三年，安老院舍的輪候人數約為二萬人。\n完\n"
            "2024年11月20日（星期三）\n香港時間12時30分\n")
    assert extract(text, "立法會十四題：加強長者照顧服務").written == "2024-11-20"


JUDGMENT = """北京市朝阳区人民法院
民事判决书
（2023）京0105民初12345号
原告：张某，男，1980年1月1日出生，住北京市朝阳区。
被告：北京某科技有限公司，住所地北京市海淀区。
原告张某与被告北京某科技有限公司劳动争议一案，本院于2023年3月1日立案后，依法适用简易程序，公开开庭进行了审理。
本院认为，劳动者的合法权益受法律保护。被告拖欠原告工资的事实清楚，证据充分，本院予以确认。
审判员　赵某
二〇二三年五月十日
书记员　钱某
"""


def test_a_judgment_is_known_by_its_court_its_paper_and_its_case_number():
    from support import parse_document

    doc = parse_document(JUDGMENT.encode("utf-8"), "judgment.txt")
    assert doc.title == "北京市朝阳区人民法院民事判决书"
    official = extract(JUDGMENT, doc.title)
    assert (official.authority, official.number, official.kind, official.written) == (
        "北京市朝阳区人民法院", "（2023）京0105民初12345号", "判决书", "2023-05-10")
    cited = "本院依照（2022）京01民终345号判决认定的事实作出裁判。\n" + JUDGMENT  # a case number inside a sentence
    assert extract(cited.replace("（2023）京0105民初12345号\n", ""), doc.title).number == ""
