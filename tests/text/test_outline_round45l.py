"""Round 45l: a post's or a guide's log of its updates ('Changelog', 'CHANGELOG', '更新日志：', '更新历史') is a part
known by its name, as '后记' or '参考资料' are: a title alone on its line, over dated entries ('- 240311 初稿发布',
'2023-05-07 创建') that read as no body of their own. A sentence or a field that mentions the log stays text. So are a paper's '执行摘要', '附注' and
'作者简介'."""

from __future__ import annotations

import pytest

from support import outline

_BODY = "那天下午我们在图书馆的小会议室里聊了整整三个小时，从怎样挑选书目一直说到怎样把读书会办得长久一些。"
_MORE = "回来以后我把大家的意见整理成一份清单，按轻重缓急排好顺序，准备在下一次活动之前一条一条地落实下去。"


def _post(log: str, entries: list[str]) -> list[str]:
    lines = [_BODY, "先从选书说起", _BODY, _MORE, "再说怎样留住人", _BODY, _MORE]
    return lines + [log] + entries


@pytest.mark.parametrize("log, entries", [
    ("Changelog", ["- 240311 初稿发布", "- 240309 开始整理笔记"]),
    ("CHANGELOG", ["- 231120 增补第二部分", "- 231101 发布"]),
    ("ChangeLog", ["2023-05-07 创建", "2023-05-20 补充图片"]),
    ("更新日志：", ["- 2022.03.01 发布", "- 2022.03.15 修正错字"]),  # named with its colon, as '参考资料：' is
    ("更新記錄：", ["- 2021/10/02 首次發布"]),
])
def test_a_post_closes_with_the_log_of_its_updates(log, entries):
    found = outline(_post(log, entries))
    assert [t for _, _, t in found] == ["先从选书说起", "再说怎样留住人", log.rstrip("：")]
    assert {d for d, _, _ in found} == {1}


def test_a_guide_opens_with_its_update_log():
    lines = ["更新日志：", "2024-01-05 增加第三步", "2023-12-20 初版",
             "一、准备安装环境", _BODY, "二、下载安装包", _BODY, _MORE, "三、运行安装程序", _BODY]
    found = outline(lines)
    assert [(m, t) for _, m, t in found][0] == ("", "更新日志")
    assert [m for _, m, _ in found][1:] == ["一、", "二、", "三、"]


@pytest.mark.parametrize("line", [
    "更新日志里写了这一次改动的原因，有兴趣的朋友可以去看看。",  # a sentence that names the log
    "更新日志：修正了登录页面在手机上显示不全的问题",  # a field with its value on the line
])
def test_a_sentence_or_field_naming_the_log_stays_text(line):
    found = outline(_post(line, ["- 240311 初稿发布"]))
    assert [t for _, _, t in found] == ["先从选书说起", "再说怎样留住人"]


# A paper's or a report's parts known by their names as '摘要' and '注释' are: '执行摘要' (an executive summary) over
# the sections, '附注' (its notes) and '作者简介' (its word on the author) after them, on lines of their own.

_PAPER = "本文从城市交通数据出发，讨论如何用可视化的方法帮助管理者看清拥堵的成因，并据此提出几条可行的改进思路。"
_DATA = "我们选取了三个城区一年的出行记录，按时段和路段分别统计，再把结果画成热力图，与实地观察的情况相互印证。"
_SECTIONS = ["一、研究背景", _PAPER, _DATA, "二、数据与方法", _PAPER, _DATA]


@pytest.mark.parametrize("lines, named", [
    (_SECTIONS + ["附注", "[1] 文中数据来自市交通局公开的统计年报。", "[2] 热力图的配色参照了常见的色盲友好方案。"], "附注"),
    (_SECTIONS + ["附註", "[1] 文中數據來自市交通局公開的統計年報。"], "附註"),
    (_SECTIONS + ["作者简介", "王小明，某大学交通工程系讲师，主要研究城市交通数据分析与可视化。"], "作者简介"),
    (["執行摘要", _PAPER] + _SECTIONS, "執行摘要"),
    (["执行摘要：", _PAPER] + _SECTIONS, "执行摘要"),
])
def test_a_papers_named_parts_stand_beside_its_sections(lines, named):
    found = outline(lines)
    assert [m for _, m, _ in found if m] == ["一、", "二、"]
    assert [t.rstrip("：") for _, m, t in found if not m] == [named]
    assert {d for d, _, _ in found} == {1}


@pytest.mark.parametrize("line", [
    "作者简介：王小明，某大学交通工程系讲师。",  # a field with its value on the line
    "附注里列出了数据的来源和处理方法，读者可以自行核对。",  # a sentence that names the notes
])
def test_a_field_or_sentence_naming_the_part_stays_text(line):
    assert [m for _, m, _ in outline(_SECTIONS + [line])] == ["一、", "二、"]
