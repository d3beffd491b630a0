"""Round 45d: annexes inside annexes. A bare '附件' (a notice's one attachment, which GB/T 9704 leaves unnumbered) or a
bare '附录' (a report's appendices) over '附件1' / '附录 A：…' holds them; an attachment '附件1：…' holds its own
'附录1 …'. Numbered attachments with nothing over them, a table's '附表 1' and a list of attachments stay as they were.
A ruling's appended laws ('附相关法律条文：', '附：本裁定适用的法律条文') hold each law's name set over its articles."""

from __future__ import annotations

import pytest

from support import outline

_BODY = "各单位要结合本地区实际，认真组织实施，确保各项任务按期完成，工作中遇到的问题请及时向牵头部门反映。"
_TEXT = "本部分所列事项为编制和执行本方案的依据，相关单位应当对照执行，并在每季度末报送执行情况，逐项说明完成进度。"


def _notice(tail: list[str]) -> list[str]:
    """A notice issuing one plan, then the plan and what it appends."""
    return ["各区人民政府，市政府各部门：", "现将《城市更新行动方案》印发给你们，请认真贯彻执行。", "",
            "市人民政府办公室", "2024年3月8日", "", "附件", "城市更新行动方案", "",
            "一、总体要求", _BODY, "", "二、重点任务", _BODY, "", "三、保障措施", _BODY, "", *tail]


def _report(tail: list[str]) -> list[str]:
    """A design report's last chapter, its references, then what it appends."""
    return ["1 系统概述", _TEXT, "", "2 总体设计", _TEXT, "", "参考文献", "[1] 王明. 软件工程导论[M]. 北京: 清华大学出版社, 2019.",
            "", *tail]


def _depths(found: list[tuple[int, str, str]]) -> dict[str, int]:
    return {f"{marker}{title}".replace(" ", ""): depth for depth, marker, title in found}


@pytest.mark.parametrize("lines, outer, inner", [
    (_notice(["附件1", "重点项目清单", _TEXT, _TEXT, "", "附件2", "任务分工表", _TEXT, _TEXT]),
     "附件", ["附件1", "附件2"]),
    (_report(["附录", "附录 A：数据库表结构", _TEXT, _TEXT, "", "附录 B：接口说明", _TEXT, _TEXT]),
     "附录", ["附录A：数据库表结构", "附录B：接口说明"]),
])
def test_a_bare_annex_holds_the_numbered_ones_under_it(lines, outer, inner):
    depth = _depths(outline(lines))
    assert depth[outer] == 1
    assert [depth.get(k) for k in inner] == [2] * len(inner)


def test_an_attachment_holds_its_own_appendices():
    lines = _notice(["附件1：资格审查条件", "附录1 资格审查条件（资质要求）", _TEXT, _TEXT, "",
                     "附录2 资格审查条件（业绩要求）", _TEXT, _TEXT, "", "附件2：评分办法", _TEXT, _TEXT])
    depth = _depths(outline(lines))
    assert depth["附件"] == 1 and depth["附件1：资格审查条件"] == 2 and depth["附件2：评分办法"] == 2
    assert depth.get("附录1资格审查条件（资质要求）") == 3 and depth.get("附录2资格审查条件（业绩要求）") == 3


@pytest.mark.parametrize("lines, expected", [
    # numbered attachments with no bare one over them: each at the top
    (["第一条　为规范公共资源交易活动，制定本办法。", "第二条　本办法自发布之日起施行。", "",
      "附件1", "交易目录", _TEXT, _TEXT, "", "附件2", "交易流程", _TEXT, _TEXT],
     {"附件1": 1, "附件2": 1}),
    # two attachments named one over the other: a list of attachments, no annex
    (["各有关单位：", _BODY, "", "附件1：申报表", "附件2：汇总表", "", "市发展改革委", "2024年5月6日"], {}),
    # a table's caption under the appendices ('附表 1 指令格式') is no appendix, nor a section: over its table's rows it
    # names the table (round 54B, tablecaptions); the appendix stays at the top as before
    (_report(["附录", "附表 1 指令格式", "| 指令 | 格式 |", "|---|---|", "| add | R |", "",
              "附表 2 运算符功能", "| 运算符 | 功能 |", "|---|---|", "| + | 加 |"]),
     {"附录": 1}),
    # appendices numbered 附录一 under a bare 附录 were nested before this round: they stay so
    (_report(["附录", "附录一：主程序流程图", _TEXT, "", "附录二：中断程序流程图", _TEXT, "", "附录三：电路原理图", _TEXT]),
     {"附录": 1, "附录一：主程序流程图": 2, "附录二：中断程序流程图": 2, "附录三：电路原理图": 2}),
])
def test_annexes_that_stay_as_they_were(lines, expected):
    depth = _depths(outline(lines))
    assert {k: d for k, d in depth.items() if k.startswith("附")} == expected


def _ruling(tail: list[str]) -> list[str]:
    """A second-instance ruling, signed, then what it appends."""
    return ["某省某市中级人民法院", "刑事裁定书", "（2023）某刑终字第15号", "原公诉机关某县人民检察院。",
            "上诉人（原审被告人）张某，男，1985年出生。", "某县人民法院审理某县人民检察院指控原审被告人张某犯盗窃罪一案，作出刑事判决。",
            "原审判决认定：", "2022年5月，被告人张某在某小区内窃取电动车一辆，价值人民币三千元。",
            "经审理查明：", "原审判决认定的事实清楚，证据确实、充分。",
            "本院认为，上诉人张某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。", "驳回上诉，维持原判。",
            "本裁定为终审裁定。", "审判长李某", "审判员王某", "二〇二三年六月十二日", "书记员赵某", *tail]


@pytest.mark.parametrize("label", ["附相关法律条文：", "附：本裁定适用的法律条文", "附：相关法律条文"])
def test_a_rulings_appended_laws_hold_each_laws_name(label):
    found = outline(_ruling([label, "《中华人民共和国刑法》",
                             "第二百六十四条盗窃公私财物，数额较大的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金。",
                             "第六十七条第三款犯罪嫌疑人虽不具有前两款规定的自首情节，但是如实供述自己罪行的，可以从轻处罚。",
                             "《中华人民共和国刑事诉讼法》",
                             "第二百三十六条第二审人民法院对不服第一审判决的上诉、抗诉案件，经过审理后，应当按照下列情形分别处理：",
                             "（一）原判决认定事实和适用法律正确、量刑适当的，应当裁定驳回上诉或者抗诉，维持原判；"]))
    depth = _depths(found)
    assert depth.get(label.rstrip("：")) == 1
    assert depth.get("《中华人民共和国刑法》") == 2 and depth.get("《中华人民共和国刑事诉讼法》") == 2


def test_a_laws_name_over_no_article_is_no_part():
    found = outline(_ruling(["附相关法律条文：", "《中华人民共和国刑法》第二百六十四条、第六十七条第三款",
                             "《中华人民共和国刑事诉讼法》第二百三十六条第一款第（一）项"]))
    assert not any(title.startswith("《") for _, _, title in found)


_CLAUSE = "为了促进本市养老服务发展，满足老年人多层次养老服务需求，根据有关法律、行政法规，结合本市实际，制定本条例。"


@pytest.mark.parametrize("name, title", [("立法目的", "立法目的"), ("目的", "目的"), ("适用范围", "适用范围"),
                                         ("本条例的", "第一条")])  # '…本条例的' is a line cut mid-phrase: no title
def test_an_articles_own_title_may_end_in_de(name, title):
    found = outline(["第一条　" + name, _CLAUSE, "", "第二条　政府职责", _CLAUSE, "", "第三条　施行日期", _CLAUSE])
    assert found[0] == (1, "第一条", title)
