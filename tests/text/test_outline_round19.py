"""Round 43's dev documents (students' 调研报告 and 结题报告 kept as text): a document's own contents list."""

from __future__ import annotations

import json

import pytest

from reader.text.document import load_document
from support import DATA, parse_document

CORPUS = DATA / "corpus"


@pytest.mark.parametrize("name", [
    "d43_02_diaoyan_baogao_disgrafs_tu_wenjian_xitong",  # '目录' over '- 调研报告' / '  - 小组成员' / '    - 文件系统' …
    "d43_04_diaoyan_baogao_dontpanic_fenbushi_wenjian",  # the same list with no name, right under the title
    "d43_03_diaoyan_baogao_qvq_qianrushi_geli",  # '-', '*' and '+' by level, entries linking to their anchors
    "d30_06_xuexi_biji_git",  # study notes whose '#' marks are gone
])
def test_the_documents_indented_contents_list_nests_the_headings_it_names(name):
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    want = {g["line"]: g["depth"] for g in gold["headings"]}
    got = {h.line: h.depth for h in load_document(CORPUS / "docs" / gold["file"]).headings if h.line in want}
    assert len(got) >= 0.6 * len(want)  # the headings found, at the gold's line
    assert all(got[line] == want[line] for line in got)


def test_the_contents_lists_name_is_no_heading_of_the_text():
    doc = load_document(CORPUS / "docs" / "d43_02_diaoyan_baogao_disgrafs_tu_wenjian_xitong.txt")
    assert "目录" not in [h.title for h in doc.headings]


def test_a_list_no_heading_repeats_leaves_the_outline_as_it_was():
    body = "这是一段正文，说明本节的内容和要求，供读者参考使用。"
    text = (f"水果调查\n\n- 苹果\n  - 红富士\n  - 国光\n- 香蕉\n  - 香芽蕉\n\n一、调查背景\n\n{body}\n\n（一）调查对象\n\n{body}\n\n"
            f"二、调查结果\n\n{body}\n\n（一）主要发现\n\n{body}\n")
    assert [(h.depth, h.marker) for h in parse_document(text.encode("utf-8"), "survey.txt").headings] == [
        (1, "一、"), (2, "（一）"), (1, "二、"), (2, "（一）")]


def test_a_contents_name_over_its_entries_is_no_label_of_a_list():
    # '目 录' over '1. 问题描述……' is the name of the contents, not a posting's label whose list the body's
    # '1. 问题描述' would continue: the report's sections stand at the top level
    doc = load_document(CORPUS / "docs" / "d43_05_jieti_baogao_zhongwen_mingming_shiti_shibie.txt")
    top = [h.marker + h.title for h in doc.headings if h.depth == 1]
    assert top[:3] == ["1.问题描述", "2.方案描述", "3.项目设计"]
    assert "目录" not in ["".join(h.title.split()) for h in doc.headings]
