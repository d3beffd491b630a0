"""Round 48j: a list counted again from 1 inside a section's decimal part ('3、具体总结' holds '3.3 比赛和活动', which
holds its own '1、技术分享', '2、…') stands inside that part when the section's count goes on after it ('4、…' after
'3、', or '3.4' after '3.3'): the decimal carries the section's number on, so the restarted list cannot be the
section's sibling (rule: `sublists.bracketed`, in `numbering._nest`). A restart that nothing brackets, or one under a
decimal that does not carry the open item's number, keeps its level."""

from __future__ import annotations

import pytest

from support import blocks_outline

B1 = "这一年里我们围绕既定目标推进了多项工作，整体进展顺利，也在实践中发现了一些需要改进的地方，下面分别说明。"
B2 = "团队成员分工明确，每周召开一次例会同步进度，遇到问题及时沟通解决，保证了各项任务能够按时完成并交付。"
B3 = "在具体实施过程中，我们先梳理了现有流程，再逐项制定改进方案，最后通过小范围试点验证效果后全面推广。"


def _outline(blocks: list[str]) -> list[tuple[str, int]]:
    return [(h.marker + h.title, h.depth) for h in blocks_outline(blocks)]


CASES = {
    "'1、' again under '3.2', then '3.3' goes on": (
        ["年度工作总结", "1、工作回顾", B1, "2、团队建设", B2, "3、具体成果", B1, "3.1 文章写作", B2, "3.2 比赛和活动", B3,
         "1、技术分享会", B1, "2、黑客马拉松", B2, "3、年度作者评选", B3, "3.3 对外交流", B1, "4、下一步计划", B2],
        [("1、工作回顾", 1), ("2、团队建设", 1), ("3、具体成果", 1), ("3.1文章写作", 2), ("3.2比赛和活动", 2),
         ("1、技术分享会", 3), ("2、黑客马拉松", 3), ("3、年度作者评选", 3), ("3.3对外交流", 2), ("4、下一步计划", 1)]),
    "'1、' again under '2.2' inside 一、, then '2.3' goes on": (
        ["项目总结报告", "一、项目概况", B1, "二、工作内容", B2, "1、需求分析", B3, "2、系统实现", B1, "2.1 前端开发", B2,
         "2.2 后端开发", B3, "1、接口设计", B1, "2、数据存储", B2, "2.3 测试部署", B3, "3、上线运行", B1, "三、经验体会", B2],
        [("一、项目概况", 1), ("二、工作内容", 1), ("1、需求分析", 2), ("2、系统实现", 2), ("2.1前端开发", 3),
         ("2.2后端开发", 3), ("1、接口设计", 4), ("2、数据存储", 4), ("2.3测试部署", 3), ("3、上线运行", 2),
         ("三、经验体会", 1)]),
}

GUARDS = {
    "a list under '3.2' that the next section's '4、' follows: its count may run on to 4, so it stays": (
        ["年度工作总结", "1、工作回顾", B1, "2、团队建设", B2, "3、具体成果", B1, "3.1 文章写作", B2, "3.2 比赛和活动", B3,
         "1、技术分享会", B1, "2、黑客马拉松", B2, "3、年度作者评选", B3, "4、下一步计划", B1],
        [("1、工作回顾", 1), ("2、团队建设", 1), ("3、具体成果", 1), ("3.1文章写作", 2), ("3.2比赛和活动", 2),
         ("1、技术分享会", 1), ("2、黑客马拉松", 1), ("3、年度作者评选", 1), ("4、下一步计划", 1)]),
    "a new count from '1.' with its own decimals after it: a new part's sections": (
        ["招标文件", "1. 总则", B1, "2. 评审办法", B2, "2.1 初步评审", B3, "2.2 详细评审", B1, "1. 评标方法", B2,
         "2. 评审标准", B3, "2.1 评审因素", B1, "2.2 评分细则", B2],
        [("1.总则", 1), ("2.评审办法", 1), ("2.1初步评审", 2), ("2.2详细评审", 2), ("1.评标方法", 1),
         ("2.评审标准", 1), ("2.1评审因素", 2), ("2.2评分细则", 2)]),
}


@pytest.mark.parametrize("blocks,expected", list(CASES.values()), ids=list(CASES))
def test_restarted_list_inside_a_decimal_part(blocks: list[str], expected: list[tuple[str, int]]) -> None:
    assert _outline(blocks) == expected


@pytest.mark.parametrize("blocks,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_unbracketed_restart_keeps_its_level(blocks: list[str], expected: list[tuple[str, int]]) -> None:
    assert _outline(blocks) == expected
