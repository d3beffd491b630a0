"""A document's outline does not depend on its script: a traditional text is read in simplified characters by the
outline's rules (every rule's words then serve both scripts), and its headings are shown as written."""

from __future__ import annotations

import dataclasses

import pytest

from reader.text import punctuation
from reader.text.convert import get_converter
from reader.text.decode import read_file
from reader.text.document import build_document
from reader.text.explain import explain_outline
from reader.text.model import Paragraph
from reader.text.punctuation import read_as_rules
from support import DATA, outline, paragraphs

DOCS = DATA / "corpus" / "docs"


def _in_traditional(name: str):
    decoded = read_file(DOCS / name)
    converted = dataclasses.replace(decoded, text=get_converter("s2t").convert(decoded.text))
    return build_document(decoded), build_document(converted)


@pytest.mark.parametrize("name", [
    "d56_01_tongzhi_baotou_shuzi_zhengfu_kaoping.txt",  # '（…牽頭考核單位：市審批服務局）': tasks, not 90 articles
    "d37_01_gongshi_zhejiang_wenlv_zhicheng_pingshen.txt",  # a notice's page: '發布機構' is its header
    "h12_04_speech_biye_yanjiang_ji.txt",
    "d79_06_dushu_zhongshen_chengzhang.txt",
    "d19_01_caiding_zhangzhou_qiangjie_daoqie.txt",  # a court's ruling
    "d50_06_shuomingshu_iv18_shizhong.txt",  # a kit's manual
])
def test_a_document_in_traditional_characters_has_the_outline_it_has_in_simplified(name):
    """Six real documents whose traditional text lost or gained headings where a rule knew only simplified words."""
    simple, traditional = _in_traditional(name)
    assert simple.headings
    assert [(h.line, h.depth) for h in traditional.headings] == [(h.line, h.depth) for h in simple.headings]
    convert = get_converter("s2t").convert
    assert [h.title for h in traditional.headings] == [convert(h.title) for h in simple.headings]  # as written


RECORD = ["會議紀錄", "壹、主席報告", "主席說明本月工作進度與經費情形。", "貳、議題討論", "社區大門修繕案，經討論後決議通過。",
          "參、臨時動議", "住戶反映中庭照明不足，請總幹事處理。", "肆、散會", "參考文獻", "陳明德：《社區治理》，臺北，2020。"]


def test_the_capital_numeral_three_stays_a_numeral_while_its_words_read_simplified():
    """'參、臨時動議' is part 3 of a record (参 is never a numeral); '參考文獻' names the references as '参考文献' does
    (read as 参, the record lost its parts 參、 and 肆、)."""
    got = outline(RECORD, "會議紀錄")
    assert [(d, m) for d, m, _ in got][:4] == [(1, "壹、"), (1, "貳、"), (1, "參、"), (1, "肆、")]
    assert got[-1] == (1, "", "參考文獻")  # spelled as written


def test_the_rules_reading_keeps_every_place_and_shows_the_numeral():
    seen, title = read_as_rules(paragraphs(["參、臨時動議", "參考文獻：見附錄", "說明（一）"]), "會議紀錄")
    assert [p.text for p in seen] == ["參、临时动议", "参考文献：见附录", "说明（一）"] and title == "会议纪录"


def test_a_simplified_text_is_read_as_it_is():
    given = paragraphs(["第一章 总则", "第一条 为了规范管理，制定本办法。"])
    seen, _ = read_as_rules(given)
    assert all(a is b for a, b in zip(seen, given))


def test_a_long_traditional_text_is_read_as_written(monkeypatch):
    """Past the limit the rules read the characters as written (both scripts' words, as before): bounded time."""
    given = paragraphs(["第一條 為了規範管理，制定本辦法。"] * 4)
    assert read_as_rules(given)[0][0].text == "第一条 为了规范管理，制定本办法。"
    monkeypatch.setattr(punctuation, "SCRIPT_READ_MAX", 40)
    assert read_as_rules(given)[0][0].text == given[0].text


def test_a_read_paragraph_keeps_every_field_but_its_text():
    p = Paragraph("說明", line=3, start=9, heading_level=2, last_line=4, listed=True, cell=True, ruled=True)
    assert punctuation._reading(p, "说明") == dataclasses.replace(p, text="说明")


def test_explain_names_a_labelled_family_as_written():
    """A Taiwan community's record numbers its items '議題1.' …: --explain names the family so, not '议题'."""
    doc = build_document(read_file(DOCS / "d21_02_huiyi_jilu_taiwan_shequ_guanweihui.txt"))
    explained = explain_outline(doc.paragraphs, doc.title, doc.kind)
    assert "label-議題: 12 kept, 0 dropped" in explained and not any("议题" in line for line in explained)


def test_a_pages_widgets_in_taiwans_words_are_chrome_as_in_the_mainlands():
    """'【列印本頁】' '【關閉視窗】' (OpenCC s2twp of '【打印本页】' '【关闭窗口】') under a news page are its toolbar, no
    headings: the page has none in either form."""
    decoded = read_file(DOCS / "d37_05_xinwen_wangye_xiji_tudou.txt")
    taiwan = build_document(dataclasses.replace(decoded, text=get_converter("s2twp").convert(decoded.text)))
    assert not build_document(decoded).headings and not taiwan.headings
    assert not any(p.text.strip() in ("【列印本頁】", "【關閉視窗】") for p in taiwan.paragraphs)
