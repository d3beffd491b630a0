"""Round 47a: a short line that sends the reader on to what follows ('报名方式如下', '活动安排如下：', '系统结构如图 3.2',
'详细参数详见附表 2', '更多说明请参考') leads into a list, a figure or a table below it: a sentence, never a title,
which names its part's topic and points nowhere (rules: `lineshape.points_to` for figures, tables and links, applied to
the standalone titles; '…如下' by what stands under it, `leadins.drop_list_leads`, so '我的思考，如下' over prose stays)."""

from __future__ import annotations

import pytest

from support import blocks_outline

B1 = "社团成立于二〇一五年，是由学校团委指导、学生自发组织的技术类社团，现有成员八十余人，覆盖多个专业和年级。"
B2 = "社团每周组织一次技术分享，每学期举办一次项目展示，并定期与兄弟院校的社团开展交流活动，欢迎大家积极参加。"
B3 = "新成员入社后将由老成员一对一带领，从基础知识学起，逐步参与到社团的实际项目中，在实践中提升自己的能力。"
B4 = "报名截止后，我们会在三个工作日内通过邮件通知面试时间，请保持邮箱畅通，如有疑问可以在群里随时提问。"
B5 = "系统采用前后端分离的架构，前端负责页面展示和用户交互，后端负责业务逻辑处理和数据存储，两者通过接口通信。"
B6 = "数据库部分采用关系型数据库保存业务数据，并使用缓存保存热点数据，以减轻数据库的压力，提高系统的响应速度。"


def _titles(blocks: list[str]) -> list[str]:
    return [h.marker + h.title for h in blocks_outline(blocks)]


CASES = {
    "'…如下' over a list is its lead-in": (
        ["技术社团招新公告", "社团简介", B1, B2, "招新流程", B3, "报名方式如下", "- 填写线上报名表", "- 加入招新群",
         B4, "联系我们", B2],
        ["社团简介", "招新流程", "联系我们"]),
    "a figure's reference between paragraphs, twice": (
        ["课程设计报告", "总体设计", B5, "系统整体结构如图 2.1", B6, "模块划分", B5, "具体实现见图 3", B6, "测试结果",
         B1],
        ["总体设计", "模块划分", "测试结果"]),
    "a table's reference and a link's lead-in": (
        ["项目说明文档", "功能概述", B5, "详细参数详见附表 2", B6, "部署方式", B3, "更细致的流程请参考", B4, "常见问题",
         B2],
        ["功能概述", "部署方式", "常见问题"]),
}

GUARDS = {
    "titles that name a figure, references or a download stay": (
        ["项目说明文档", "功能概述", B5, "下载方式", B6, "参考资料", B3, "图表说明", B4],
        ["功能概述", "下载方式", "参考资料", "图表说明"]),
    "a title with 如 in it that points nowhere stays": (
        ["技术社团招新公告", "如何加入我们", B1, B2, "例如下一届的活动", B3, "社团简介", B4],
        ["如何加入我们", "例如下一届的活动", "社团简介"]),
}


@pytest.mark.parametrize("blocks,expected", list(CASES.values()), ids=list(CASES))
def test_lead_in_lines_are_no_titles(blocks: list[str], expected: list[str]) -> None:
    assert _titles(blocks) == expected


@pytest.mark.parametrize("blocks,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_titles_stay(blocks: list[str], expected: list[str]) -> None:
    assert _titles(blocks) == expected
