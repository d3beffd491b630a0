"""Round 52f: a run of annexes ('附录1 …', '附录2 …'; '附录 A', '附录 B') is one family of parts: each later part sits
where the first one sits, never under a section of the part before it."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.annexruns import _label

BODY = "投标人应按本文件的规定提交证明材料，材料须真实有效，否则其投标将被否决并承担由此产生的相应责任。"


def _found(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.title) for h in doc.headings]


def _tender(labels: list[str]) -> str:
    """A tender notice whose first attachment holds lettered or numbered parts, each with a short row title in it."""
    parts = "".join(f"{label} 资格审查条件（第{n}项要求）\n第{n}项条件\n{BODY}\n" for n, label in enumerate(labels, 1))
    return (f"养护工程招标公告\n1.招标条件\n{BODY}\n2.项目概况\n{BODY}\n3.联系方式\n{BODY}\n"
            f"附件1：资格审查条件要求\n{parts}附件2：评标办法\n{BODY}\n")


@pytest.mark.parametrize("labels", [
    ["附录1", "附录2", "附录3"],
    ["附录A", "附录B", "附录C"],
    ["附录一", "附录二", "附录三"],
])
def test_later_parts_of_a_run_sit_where_the_first_sits(labels: list[str]) -> None:
    """'附录2' and '附录3' go under '附件1' as '附录1' does, not up beside the attachment."""
    found = dict((title, depth) for depth, title in _found(_tender(labels)))
    depths = [found[f"{label} 资格审查条件（第{n}项要求）"] for n, label in enumerate(labels, 1)]
    assert depths == [depths[0]] * len(labels)
    assert depths[0] == found["附件1：资格审查条件要求"] + 1
    assert found["附件2：评标办法"] == found["附件1：资格审查条件要求"]


@pytest.mark.parametrize("text, want", [
    ("附录 A - FreeBSD 序列化原语", ("附录", 1)),
    ("附录B Will-It-Scale 结果", ("附录", 2)),
    ("附件2：评标办法", ("附件", 2)),
    ("附录三：主程序流程图", ("附录", 3)),
    ("附表 12 数据通路表", ("附表", 12)),
    ("　　附件1", ("附件", 1)),
    # not an annex label: a year, a word run on, no number at all, the word inside a sentence
    ("附录2022年度数据", None),
    ("附录Android 版本说明", None),
    ("附件：", None),
    ("附录", None),
    ("详见附录A中的完整程序", None),
])
def test_annex_label(text: str, want: tuple[str, int] | None) -> None:
    assert _label(text) == want


GUARDS = {
    "a second '附件1' starts a run of its own: not pulled to where the first run sits": (
        f"科研项目申报指南\n一、申报要求\n{BODY}\n附件1 申报书模板\n{BODY}\n附件2 预算表模板\n{BODY}\n二、评审安排\n"
        f"{BODY}\n（一）评审流程\n{BODY}\n附件1 评审表\n{BODY}\n",
        [(1, "申报要求"), (2, "附件1 申报书模板"), (2, "附件2 预算表模板"), (1, "评审安排"), (2, "评审流程"),
         (1, "附件1 评审表")]),
    "letters that skip ('附录A', then '附录C') are no run": (
        f"科研项目申报指南\n\n一、申报要求\n\n{BODY}\n\n附录A 申报书模板\n\n{BODY}\n\n二、评审安排\n\n{BODY}\n\n"
        f"附录C 评审表\n\n{BODY}\n",
        [(1, "申报要求"), (2, "附录A 申报书模板"), (1, "评审安排"), (1, "附录C 评审表")]),
}


@pytest.mark.parametrize("name", list(GUARDS))
def test_guards(name: str) -> None:
    text, want = GUARDS[name]
    assert _found(text) == want


def _posting(facts: list[str]) -> str:
    """A posting of one job: its name, its facts, then two labels each over a list from 1."""
    lines = (["加入我们", "项目助理"] + facts + ["工作描述：", "1. 项目运营", "a) 工作坊的事前准备、现场执行与事后整理",
             "b) 整理参加者的反馈，撰写活动报告", "2. 内部销售", "a) 客户信息库的整理和更新", "b) 客户的电话记录、沟通和回访",
             "工作要求：", "1. 理解并认同机构的使命", "2. 细心耐心、认真负责", "3. 良好的团队沟通合作和组织协调能力"])
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("facts, want", [
    # a fact's value may list with a comma ('北京，深圳'): still the job's facts under its name
    (["工作地点：北京，深圳", "时间要求：全日制，周一至周五"], [(1, "项目助理"), (2, "工作描述"), (2, "工作要求")]),
    (["工作地点：北京", "时间要求：全日制"], [(1, "项目助理"), (2, "工作描述"), (2, "工作要求")]),
    # guard: a sentence ('。') between the name and the labels is no fact: no name is taken
    (["工作地点：北京，深圳", "说明：本岗位长期有效。欢迎投递"], [(1, "工作描述"), (1, "工作要求")]),
])
def test_a_jobs_facts_may_list_with_commas(facts: list[str], want: list[tuple[int, str]]) -> None:
    found = [(depth, title) for depth, title in _found(_posting(facts)) if title in ("项目助理", "工作描述", "工作要求")]
    assert found == want


def _ruling(labels: list[str], end: str = "：") -> str:
    """A ruling's evidence under its charge: labels numbered 1、2、…, each over its items '（1）…'."""
    items = "".join(f"{n}、{label}{end}\n（1）公安机关出具的第{n}份材料，证实案发经过。\n（2）相关人员的签名确认，证实其内容属实。\n"
                    for n, label in enumerate(labels, 1))
    return ("刑事裁定书\n上述事实，有经原审庭审出示、质证的以下证据证实，足以认定：\n一、有关抢劫罪的证据\n" + items
            + "二、有关盗窃罪的证据\n被告人的供述与辩解，与上述证据相互印证，足以认定。\n本院认为，原判认定事实清楚，证据确实、充分。\n")


@pytest.mark.parametrize("labels", [
    ["物证", "证人证言", "勘验、检查、辨认、侦查实验等笔录", "视听资料、电子数据"],
    ["书证、物证", "被害人陈述", "勘验、检查、辨认、侦查实验等笔录", "鉴定意见"],
])
def test_a_rulings_kinds_of_evidence_head_their_items(labels: list[str]) -> None:
    """'1、书证、物证：' … each labels the kind of evidence the items under it are: the charge's sections."""
    found = _found(_ruling(labels))
    assert [t for _, t in found if t in labels] == labels
    assert {d for d, t in found if t in labels} == {1 + next(d for d, t in found if t == "有关抢劫罪的证据")}


@pytest.mark.parametrize("labels, end", [
    (["书证", "物证", "视听资料", "电子数据"], "；"),  # a law's clause listing the kinds, '；' after each
])
def test_kinds_of_evidence_guards(labels: list[str], end: str) -> None:
    assert not [t for _, t in _found(_ruling(labels, end)) if t in labels]


@pytest.mark.parametrize("line, want", [
    ("1、书证、物证：", True),
    ("6、勘验、检查、辨认、侦查实验等笔录：", True),
    ("3、被告人供述和辩解：", True),
    ("2、被害人陈述：被害人贾某的陈述，证实其被抢经过。", True),  # run in after its colon
    ("（一）书证；", False),
    ("2、证人林某的证言及辨认笔录，证实案发当日上午", False),
    ("1、物证照片：", False),
])
def test_evidence_label(line: str, want: bool) -> None:
    from reader.text.markers import match_heading
    from reader.text.model import Paragraph
    from reader.text.proofkinds import evidence_label
    assert evidence_label(match_heading(line), Paragraph(line, 0, 0)) is want
