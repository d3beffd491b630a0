"""A compilation (法规汇编, 章程范本): each member restarts its chapters, and the line over each start holds it."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from support import DATA

LAWS = DATA / "corpus" / "docs"


def _outline(text: str) -> list[tuple[int, str]]:
    doc = build_document(decode_bytes(text.encode("utf-8"), "汇编.txt"))
    return [(h.depth, doc.text[h.offset:h.end].split("\n")[0].strip()) for h in doc.headings]


def _law(name: str) -> str:
    return (LAWS / name).read_text(encoding="utf-8")


def test_two_real_laws_in_one_file_are_two_parts_each_with_its_own_outline():
    first, second = _law("law01_xingzheng_chufa_fa.txt"), _law("law03_lifa_fa.txt")
    whole = _outline("行政法规汇编\n\n" + first + "\n\n" + second)
    alone = [_outline(first), _outline(second)]
    names = [(1, "中华人民共和国行政处罚法"), (1, "中华人民共和国立法法")]
    assert [h for h in whole if h[0] == 1] == names
    cut = whole.index(names[1])
    # each law's own outline, one level down (its chapters were the top level when it stood alone)
    assert whole[1:cut] == [(d + 1, t) for d, t in alone[0]]
    assert whole[cut + 1:] == [(d + 1, t) for d, t in alone[1]]


def test_numbered_models_hold_their_chapters():
    article = "第{}条 公司依照本章程的规定经营，股东以其认缴的出资额为限对公司承担责任。"
    text = "章程范本\n"
    for name in ("一、有限责任公司章程（范本）", "二、股份有限公司章程（范本）"):
        text += f"{name}\n第一章 总则\n{article.format('一')}\n{article.format('二')}\n第二章 股东\n{article.format('三')}\n"
    outline = _outline(text)
    assert [d for d, _ in outline] == [1, 2, 3, 3, 2, 3] * 2
    assert [t for d, t in outline if d == 1] == ["一、有限责任公司章程（范本）", "二、股份有限公司章程（范本）"]
    doc = build_document(decode_bytes(text.encode("utf-8"), "章程.txt"))
    assert [(h.marker, h.title) for h in doc.headings if h.depth == 1] == [
        ("一、", "有限责任公司章程（范本）"), ("二、", "股份有限公司章程（范本）")]  # numbered as written


@pytest.mark.parametrize("between", [
    "第一章 总则\n第二章 附则\n",  # the chapters quoted, not restarted under a name (a contents list)
    "本法的第一章规定如下。\n",  # a sentence over the second start: no member's name
])
def test_no_compilation_without_a_name_over_every_restart(between):
    law = "第一章 总则\n第一条 为了规范管理，制定本法。\n第二章 附则\n第二条 本法自公布之日起施行。\n"
    text = "某某法\n" + law + between + law
    assert all(d == 1 for d, t in _outline(text) if t.startswith("第") and "章" in t[:4])


def test_a_member_with_its_own_contents_list_is_still_held_by_its_name():
    """The file opens with the first law, so the document's title names it (its chapters stay the top level); the
    second law's name stands over its adoption note and its contents list, and holds its chapters."""
    first, second = _law("law02_huanjing_baohushui_fa.txt"), _law("f7_01_law_zaosheng_wuran_fangzhi_fa.txt")
    assert "目录" in second  # its chapters are listed once before they start
    whole = _outline(first + "\n\n" + second)
    cut = whole.index((1, "中华人民共和国噪声污染防治法"))
    assert whole[:cut] == _outline(first)
    assert whole[cut + 1:] == [(d + 1, t) for d, t in _outline(second)]


def test_each_document_of_a_gazette_holds_its_own_sections():
    """Two issued documents in one file, each title over its 文号: the second's 一、 starts again under its title."""
    second = "国务院办公厅关于印发《加快构建废弃物循环利用体系的意见》的通知"
    text = ("国务院关于促进服务消费高质量发展的意见\n国发〔2024〕18号\n各省、自治区、直辖市人民政府：\n"
            "为推动服务消费提质惠民，现提出如下意见。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。\n"
            "二、重点任务\n（一）挖掘基础型消费潜力。\n（二）激发改善型消费活力。\n国务院\n2024年7月29日\n"
            f"{second}\n国办发〔2024〕7号\n各省、自治区、直辖市人民政府：\n《意见》已经国务院同意，现印发给你们，请认真贯彻执行。\n"
            "一、总体要求\n坚持系统观念，推进废弃物精细管理和有效回收。\n二、推进废弃物精细管理和有效回收\n"
            "（一）加强工业废弃物精细管理。\n（二）完善农业废弃物收集体系。\n国务院办公厅\n2024年2月6日\n")
    assert _outline(text) == [(1, "一、总体要求"), (1, "二、重点任务"), (2, "（一）挖掘基础型消费潜力"),
                              (2, "（二）激发改善型消费活力"), (1, second), (2, "一、总体要求"),
                              (2, "二、推进废弃物精细管理和有效回收"), (3, "（一）加强工业废弃物精细管理"),
                              (3, "（二）完善农业废弃物收集体系")]


@pytest.mark.parametrize("labels", [("【基本案情】", "【检察履职情况】", "【典型意义】"), ("基本案情", "处理结果", "典型意义")])
def test_typical_cases_each_hold_their_parts(labels):
    """典型案例: '案例一　…案' lines numbered in sequence; the parts below each, bracketed or not, are its own."""
    cases = ["案例一　黄某某等人电信网络诈骗案", "案例二　陈某帮助信息网络犯罪活动案", "案例三　某科技公司非法利用信息网络案"]
    text = "最高人民检察院发布典型案例\n\n目　录\n" + "\n".join(cases) + "\n\n"
    for n, case in enumerate(cases):
        text += case + "\n\n" + "".join(
            f"{label}\n\n检察机关在第{n + 1}起案件中提前介入侦查，引导公安机关收集{label}方面的证据，依法从严惩处犯罪分子。\n\n"
            for label in labels)
    outline = _outline(text)
    want = []
    for case in cases:
        want += [(1, case)] + [(2, label) for label in labels]
    assert outline[-len(want):] == want


def test_a_job_pages_numbered_posts_hold_their_labels_and_the_page_keeps_its_own_parts():
    posts = ["岗位一：Java开发工程师（5名）", "岗位二：产品经理（2名）"]
    text = "某某科技有限公司招聘启事\n\n公司简介\n某某科技有限公司成立于2012年，是一家专注于工业互联网平台研发的国家高新技术企业。\n\n"
    for post in posts:
        text += f"{post}\n岗位职责：\n1.负责产品需求调研和分析；\n2.撰写需求文档。\n任职要求：\n1.本科及以上学历；\n2.两年以上工作经验。\n\n"
    text += "薪酬福利\n1.具有竞争力的薪资；\n2.五险一金。\n"
    assert _outline(text) == [(1, "公司简介"), (1, posts[0]), (2, "岗位职责"), (2, "任职要求"), (1, posts[1]),
                              (2, "岗位职责"), (2, "任职要求"), (1, "薪酬福利")]
