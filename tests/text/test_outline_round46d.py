"""Round 46d: a table flattened to text keeps its header row, a short line of column names ('参数 值 说明',
'设计要点\t方案', '时间节点        数额', '角色 | 描述'), over rows cut into as many cells; that line and the rows
under it are the table, no titles among the document's own. A title over a paragraph, a label with its value and
a line whose neighbours split otherwise stay as they were."""

from __future__ import annotations

import pytest

from support import parse_document

_BACKGROUND = "市场上的价格变化往往和新闻有关，把每天的标题自动分成利好、利空和中性三类，可以帮投资者更快地了解行情。"
_TRAINING = "训练在一块普通显卡上完成，每轮大约十分钟，三轮之后验证集上的准确率就不再明显上升了，于是停在这里。"
_RESULTS = "整体效果比预想的好，但对反讽的标题仍然分不准，这部分留到以后再改进，也欢迎同学们提出意见和建议。"
_TITLES = ["项目背景", "训练过程", "结果分析", "后续计划"]


def _report(table: list[str]) -> bytes:
    lines = ["新闻标题情绪分类设计报告", "", "项目背景", "", _BACKGROUND, "", "训练过程", "", _TRAINING, "", *table, "",
             _TRAINING, "", "结果分析", "", _RESULTS, "", "后续计划", "", _RESULTS]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("table", [
    ["设计要点\t方案", "节点复用\t对象池，释放的节点放回池中", "有序插入\t带索引的双向链表"],  # tabs between cells
    ["改进思路\t做法", "节点复用\t对象池，释放的节点放回池中", "有序插入\t带索引的双向链表"],
])
def test_a_tables_header_row_and_rows_are_no_titles(table):
    assert [h.title for h in parse_document(_report(table)).headings] == _TITLES


@pytest.mark.parametrize("table, title", [
    (["数据来源", "", "新闻标题共约两万条，来自公开的财经网站。", _TRAINING], "数据来源"),  # a title over prose
    (["数据来源\t公开网站", "", "新闻标题共约两万条，来自公开的财经网站。", _TRAINING], "数据来源\t公开网站"),  # nothing
    # under it splits as it does
])
def test_a_title_over_prose_stays(table, title):
    titles = [h.title for h in parse_document(_report(table)).headings]
    assert title in titles and set(_TITLES) <= set(titles)


@pytest.mark.parametrize("line, below, table", [
    ("参数 值 说明", ["学习率 0.00002 微调常用的取值", "批大小 32 显存所限"], True),  # one space between short names
    ("格式 示例", ["输入 一条新闻标题", "输出 情绪类别和置信度"], True),
    ("设计要点\t方案", ["节点复用\t对象池"], True),
    ("时间节点        数额", ["初审结束后        500", "终审结束后        1300"], True),  # runs of spaces
    ("模块 | 说明", ["登录 | 校验账号和密码", "统计 | 汇总每天的分类结果"], True),  # pipes
    ("时间： 地点：", ["周一 教室", "周二 机房"], False),  # fields to fill in, not columns
    ("第二天 上午", ["参观航天博物馆，听讲解员介绍火箭的发展历史。"], False),  # prose under it
    ("Read Write Locks", ["Write Lock 写锁", "Read Lock 读锁"], False),  # one space apart, only Chinese names
    ("几何代数的应用", ["可视化 借鉴别人的成果"], False),  # one cell
])
def test_header_rows(line, below, table):
    from reader.text.headerrows import header_row

    assert header_row(line, below) is table
