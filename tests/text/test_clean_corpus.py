"""Cleaning the development corpus (real documents nobody here wrote), judged as a careful reader would."""

from __future__ import annotations

import re

import pytest
from support import corpus_path

from support import parse_document


def _doc(name: str):
    path = corpus_path(name)
    return parse_document(path.read_bytes(), name=path.name), path.read_text(encoding="utf-8").split("\n")


def test_web01_scraped_page():
    doc, lines = _doc("web01_yunnan_gov_work_report_scraped.txt")
    assert (doc.title, doc.source, doc.date, doc.author) == ("2026年政府工作报告", "云南日报", "2026-02-03 09:02:33",
                                                             "省长 王予波")
    removed = {r.line: r.reason for r in doc.removed}
    assert all(removed.get(n) == "chrome" for n in (1, 2, 3, 4, 5))  # breadcrumbs and the channel label
    assert all(removed.get(n) == "chrome" for n in range(9, 14))  # 【字体：/大/中/小/】 one token per line
    assert all(removed.get(n) == "chrome" for n in range(120, 127))  # share row and 相关文档 tail
    assert removed[7] == removed[8] == removed[15] == "meta"
    for chrome in ("您的位置", "分享到", "【字体", "点击图片", "相关文档"):
        assert chrome not in doc.text
    assert doc.paragraphs[0].text.startswith("——2026年1月28日在云南省")
    assert doc.paragraphs[-1].text.startswith("各位代表！实干兴滇")
    broken = [p for p in doc.paragraphs if p.text == "（三）改革开放持续深化、互促共进。"]
    assert [p.line for p in broken] == [38]  # the heading split after '（' is one paragraph again


def test_off01_chrome_at_top_and_related_tail():
    doc, lines = _doc("off01_beijing_gov_work_report.txt")
    assert (doc.title, doc.source, doc.date, doc.author) == ("2026年北京市政府工作报告", "北京日报", "2026-02-02",
                                                             "北京市市长 殷勇")
    removed = {r.line: r.reason for r in doc.removed}
    assert [removed[n] for n in range(1, 10)] == ["chrome"] * 9
    assert removed[15] == "caption" and removed[len(lines) - (lines[-1] == "")] == "chrome"
    assert "promo" not in removed.values()  # '加强扫码检查' is policy, not an ad
    assert "相关报道" not in doc.text and "加大" not in doc.text.split("\n")
    assert doc.paragraphs[0].text.startswith("——2026年1月25日")
    assert len(doc.paragraphs) == len([ln for ln in lines if ln.strip()]) - 15


LAW_UNIT = re.compile(r"^\s*第\s*[一二三四五六七八九十百零〇\d]+\s*[编編章节節条條]")


@pytest.mark.parametrize("name", ["law01_prc_constitution.txt", "trad01_roc_constitution.txt"])
def test_law_structure_lines_stay_separate_paragraphs(name):
    doc, lines = _doc(name)
    starts = {p.line: p.text for p in doc.paragraphs}
    units = [(n, ln.strip()) for n, ln in enumerate(lines, 1) if LAW_UNIT.match(ln)]
    assert len(units) > 100
    for n, text in units:
        assert starts.get(n, "").startswith(text), n


def test_law01_nothing_joined_or_removed():
    doc, lines = _doc("law01_prc_constitution.txt")
    assert doc.title == "中华人民共和国宪法"
    assert doc.removed == () and doc.garbled == ()
    assert len(doc.paragraphs) == len([ln for ln in lines if ln.strip()]) - 1


def test_trad01_header_and_wrapped_preamble():
    doc, lines = _doc("trad01_roc_constitution.txt")
    assert (doc.title, doc.date) == ("中華民國憲法", "1947-01-01")
    assert doc.source.startswith("https://law.moj.gov.tw/")
    assert [r.line for r in doc.removed] == [1, 2, 3, 4]
    preamble = doc.paragraphs[0]
    assert preamble.line == 6
    assert preamble.text == "".join(ln.strip() for ln in lines[5:8])
    assert preamble.text.endswith("制定本憲法，頒行全國，永矢咸遵。")
    assert doc.paragraphs[1].text == "第 一 章 總綱"
    # article bodies of several lines stay one paragraph per line (each is a 項)
    art8 = next(i for i, p in enumerate(doc.paragraphs) if p.text == "第 8 條")
    assert [p.line for p in doc.paragraphs[art8 + 1: art8 + 5]] == [36, 37, 38, 39]


def test_off06_title_over_two_lines():
    doc, lines = _doc("off06_state_council_1997_11.txt")
    assert doc.title == "国务院办公厅转发民政部关于清理整顿社会团体意见的通知"
    assert doc.paragraphs[0].text == "国办发〔1997〕11号"
    assert doc.removed == ()
    assert len(doc.paragraphs) == len([ln for ln in lines if ln.strip()]) - 2
