"""Round 51E: a report titled with its two parts ('…年工作总结及…年工作计划', '…年度总结与…新年规划') is written in
them: the line that names the second part again opens it and holds the sections after it, whose count may start again
at '一、'; a line naming the first part holds what comes before (rule: `titledhalves.add_titled_halves`)."""

from __future__ import annotations

import pytest

from reader.text.outline import parse_outline
from reader.text.titledhalves import title_halves
from support import parse_document, spaced_paragraphs

BODY = "本季度共处理各类工单三百余件，平均响应时间较去年同期缩短了两个小时，用户满意度保持在较高水平。"
BODY2 = "下一步将按照年初制定的计划，逐项落实各项任务，确保年底前全部完成并通过验收。"


def _outline(blocks: list[str], title: str) -> list[tuple[int, str, str]]:
    spaced = [x for block in blocks for x in (block, "")]
    return [(h.depth, h.marker, h.title) for h in parse_outline(spaced_paragraphs(spaced), title)]


SUMMARY = ["一、系统运维工作", BODY, "二、队伍建设情况", BODY2, "三、存在的不足", BODY]
PLAN = ["一、推进系统迁移", BODY2, "二、加强人员培训", BODY, "三、完善管理制度", BODY2]

CASES = {
    "the plan's line after the summary's sections: its own 一、 nests under it": (
        "信息中心2023年工作总结及2024年工作计划", [BODY] + SUMMARY + ["2024年工作计划"] + PLAN,
        [(1, "一、", "系统运维工作"), (1, "二、", "队伍建设情况"), (1, "三、", "存在的不足"), (1, "", "2024年工作计划"),
         (2, "一、", "推进系统迁移"), (2, "二、", "加强人员培训"), (2, "三、", "完善管理制度")],
    ),
    "both parts named again: the summary's over its count, the plan's over its list": (
        "2023 年度总结与 2024 新年规划",
        ["2023 年度总结", "1 系统运维工作", BODY, "2 队伍建设情况", BODY2, "3 存在的不足", BODY, "2024 新年规划",
         "* 推进系统迁移", "* 加强人员培训"],
        [(1, "", "2023 年度总结"), (2, "1", "系统运维工作"), (2, "2", "队伍建设情况"), (2, "3", "存在的不足"),
         (1, "", "2024 新年规划")],
    ),
}


@pytest.mark.parametrize("title, blocks, want", CASES.values(), ids=CASES.keys())
def test_titled_halves_hold_their_sections(title, blocks, want):
    assert _outline(blocks, title) == want


FLAT = {  # lines the rule must leave alone
    "a title of one part: the plan's line is no promised part": (
        "信息中心2024年工作计划", [BODY] + SUMMARY + ["2024年工作计划"] + PLAN),
    "a title joining two things that are no report's parts": (
        "关于加强网络安全与数据保护的通知", [BODY] + SUMMARY + ["数据保护"] + PLAN),
    "the part's name only inside a sentence, never on a line of its own": (
        "信息中心2023年工作总结及2024年工作计划", [BODY] + SUMMARY + ["以下是2024年工作计划的主要内容，请各部门认真落实。"] + PLAN),
}


@pytest.mark.parametrize("title, blocks", FLAT.values(), ids=FLAT.keys())
def test_no_titled_halves(title, blocks):
    got = _outline(blocks, title)
    assert all(depth == 1 for depth, marker, _ in got if marker)  # both counts stay at the top


@pytest.mark.parametrize("title, want", [
    ("应用支持部2016年工作总结及2017年工作计划", ("应用支持部2016年工作总结", "2017年工作计划")),
    ("2022 年度总结与 2023 新年规划", ("2022年度总结", "2023新年规划")),
    ("适兕2024年工作总结与2025年展望", ("适兕2024年工作总结", "2025年展望")),
    ("关于加强网络安全与数据保护的通知", None),
    ("总结与计划", None),  # too short to name what either part is of
    ("年度工作总结", None),
    ("工作总结和" * 40 + "工作计划", None),  # no report's title: a long line is not cut at each joiner
])
def test_title_halves(title, want):
    assert title_halves(title) == want



def test_markdown_levels_stand():
    """A Markdown text's '##' says its own level: the plan's '## 2025年 计划' holds no '## 参考资料' after it."""
    md = "\n\n".join(["# 适兕2024年工作总结及2025年展望", "## 项目篇", BODY, "### 讲座", BODY, "## 2025年 计划",
                      "### 寻求合作", BODY, "## 参考资料", BODY]) + "\n"
    doc = parse_document(md.encode(), name="summary.md")
    assert [(h.depth, h.title) for h in doc.headings] == [
        (1, "项目篇"), (2, "讲座"), (1, "2025年 计划"), (2, "寻求合作"), (1, "参考资料")]

# An official notice lists its attachments after its text and carries each under its own label (GB/T 9704): the
# list's '附件：' heads nothing, the label over the attachment holds it, its catalogue too (rules:
# `annexlists.listing_labels`, the annex label kept out of `contents.unnamed_contents`).
NOTICE = ["各旗县区人民政府：", BODY, "一、考评对象", BODY, "二、考评内容", BODY2, "三、考评结果应用", BODY]
CATALOGUE = ["1.耕整地机械", "1.1 耕地机械", "1.1.1 犁", "1.1.2 旋耕机", "1.2 整地机械", "1.2.1 耙", "2.种植施肥机械",
             "2.1 播种机械", "2.1.1 穴播机", "2.1.2 精量播种机", "3.收获机械", "3.1 谷物收获机械", "3.1.1 割晒机"]


def test_attachment_list_heads_nothing():
    blocks = NOTICE + ["附件：", "某市数字政府建设考评指标", "某市人民政府办公室", "2023年5月8日", "附件",
                       "某市数字政府建设考评指标", "一、政务服务（25分）", BODY, "二、数据共享（20分）", BODY2]
    assert _outline(blocks, "关于印发某市数字政府建设考评办法的通知") == [
        (1, "一、", "考评对象"), (1, "二、", "考评内容"), (1, "三、", "考评结果应用"), (1, "", "附件"),
        (2, "一、", "政务服务（25分）"), (2, "二、", "数据共享（20分）")]


@pytest.mark.parametrize("first, second", [
    ("附件：", "附件："),  # the later label lists too: no attachment carried under it
    ("附件", "附件"),  # a bare label twice over the same line ('附件' / '暂无' in each session's fields): no list
])
def test_attachment_labels_left_alone(first, second):
    from reader.text.annexlists import listing_labels
    lines = spaced_paragraphs([first, "某市数字政府建设考评指标", BODY, second, "某市数字政府建设考评指标", BODY])
    assert listing_labels(lines, [0, 3]) == set()


def test_attachment_label_over_its_catalogue_is_kept():
    blocks = NOTICE + ["附件：某省农机购置补贴机具种类范围", "某省农业农村厅", "2024年3月1日", "附件",
                       "某省农机购置补贴机具种类范围"] + CATALOGUE + [BODY, "1.耕整地机械", BODY2]
    spaced = [x for block in blocks[:8] for x in (block, "")] + blocks[8:]
    got = [(h.depth, h.marker, h.title) for h in parse_outline(spaced_paragraphs(spaced), "关于印发补贴实施方案的通知")]
    assert (1, "", "附件") in got
