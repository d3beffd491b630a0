"""A table's rows are data, not sections: a Markdown note's table of keywords and an assessment page's numbered
criteria ('1. 建立台帐，得2分') in cells are no headings, while a law a site sets out as a table keeps its articles."""

from __future__ import annotations

import json

from reader.text.document import load_document
from support import DATA

CORPUS = DATA / "corpus"


def _gold(name: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def test_a_markdown_tables_rows_are_no_headings_of_the_note():
    """d44_01: '|关键字|说明|' and '|static|修饰类变量、类方法、内部类|' under '##### 1.1 类的基本概念' were sub-headings."""
    doc = load_document(CORPUS / "markdown" / "d44_01_xuexi_biji_java_mianxiang_duixiang.md")
    assert not [h.title for h in doc.headings if 12 <= h.line <= 20]  # the table's header row and its seven rows
    assert [h.line for h in doc.headings[:3]] == [1, 4, 39]  # '1. 类的基础' › '1.1 类的基本概念', '1.2 类的特性'


def test_numbered_criteria_in_a_pages_table_are_rows_not_sections():
    """d24_09: an assessment page's table ('1. 推进APP巡河信息平台建设…，得2分') gave 39 headings; its gold has none."""
    name = "d24_09_xize_shicheng_hezhangzhi_kaohe"
    assert not _gold(name)["headings"]
    assert not load_document(CORPUS / "html" / f"{name}.html").headings


def test_a_law_set_out_as_a_table_keeps_its_articles():
    """d17_01: a society's rules in a two-column table ('第十七條' | its text): the articles are still its sections (a
    guard: taking no number from any cell dropped its F1 from 0.96 to 0.64)."""
    name = "d17_01_zhangcheng_taiwan_yuwen_xuehui"
    want = {h["marker"] for h in _gold(name)["headings"] if h["marker"].startswith("第") and h["marker"].endswith("條")}
    got = {h.marker for h in load_document(CORPUS / "html" / f"{name}.html").headings}  # (gold lines: the text copy)
    assert len(want) >= 20 and len(got & want) >= 0.9 * len(want)


def test_a_contracts_parties_are_no_headings_whatever_the_mark_up():
    """f27_02: a contract page sets '甲方：上海淘汽云修网络科技有限公司' and '乙方：' as <h3>: its parties, so its
    articles (第一条：合作内容 …) are the top level."""
    doc = load_document(CORPUS / "html" / "f27_02_xieyi_taoqi_yunxiu_gongzhonghao.html")
    assert not [h.title for h in doc.headings if h.title.startswith(("甲方", "乙方"))]
    assert [h.marker.strip() for h in doc.headings if h.depth == 1][:3] == ["第一条", "第二条", "第三条"]


def test_a_part_named_for_questions_holds_them_even_as_the_only_part():
    """f23_05: an admissions page's '热点问答' over its '问：…？'s (one of which lost its '问：') is the only titled
    part the page has; its name says it holds the questions, which sat beside it at the top level."""
    for path in (CORPUS / "html" / "f23_05_wenda_zhaosheng_wuhan_keji.html",
                 CORPUS / "docs" / "f23_05_wenda_zhaosheng_wuhan_keji.txt"):
        doc = load_document(path)
        asked = [h for h in doc.headings if h.title.endswith("？")]
        assert len(asked) >= 7 and all(h.depth == 2 for h in asked)
        assert [h.title for h in doc.headings if h.depth == 1] == ["热点问答"]


def test_labels_heading_their_own_text_are_sections_though_one_holds_its_value():
    """d37_03: an admissions notice's '一、培养目标：' over its paragraph … '十、其它：' over 1、2、: one label holds its
    value on the line ('七、学习年限：三年'), which once made all ten a form's fields and kept only three."""
    for path in (CORPUS / "html" / "d37_03_zhaosheng_jianzhang_yishu_yanjiuyuan_boshi.html",
                 CORPUS / "docs" / "d37_03_zhaosheng_jianzhang_yishu_yanjiuyuan_boshi.txt"):
        markers = [h.marker.strip() for h in load_document(path).headings]
        assert markers[:10] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"]


def test_minutes_fields_holding_their_text_stay_fields():
    """A guard: d21_08's '說明: 上月結餘 …' and '決議: 請總幹事找專業廠商訪價' under each motion hold their text on
    the line, a meeting's fields, and stay out of the outline (counting them as sections took its F1 to 0.63)."""
    doc = load_document(CORPUS / "docs" / "d21_08_huiyi_jilu_taiwan_shequ_guanweihui_2.txt")
    fields = [h.line for h in doc.headings if h.title.startswith(("說明", "決議"))]
    assert len(fields) <= 1  # (a bare '說明:' over a table, line 177, aside)
