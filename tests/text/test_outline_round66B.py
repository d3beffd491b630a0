"""A Markdown list pasted into a text file: '1. 标题' with its content right under it, set in to where the item's words
start, is a list's item, not a section; sections whose body starts flush stay sections."""

from __future__ import annotations

import pytest

from support import parse_document

INTRO = "本文介绍这套工具的组合用法，先说明背景，再按步骤列出一次完整的自动化代码审查与部署过程。"
APIS = ("首页接口", "登录接口", "博客管理接口", "标签管理接口", "分类管理接口", "评论管理接口", "注销接口", "归档页接口",
        "标签页接口", "分类专栏页", "博客详情页接口")
BODY = "这一部分说明整体的设计思路，以及各个模块之间如何协作完成一次完整的业务流程。"

NESTED = {
    "steps with one line each under them": (
        ["部署流程", "", INTRO, "", "组合使用的威力", "",
         "1. Slash Command 触发", "   用户输入: /deploy-with-review staging", "",
         "2. Hook 验证", "   user-prompt-submit hook 检查权限", "",
         "3. Skill 加载", "   加载 code-review skill (+2k tokens)", "", "总结", "", BODY],
        ["1.", "2.", "3."],
    ),
    "items carrying bullets set in under them": (
        ["实验报告", "", INTRO, "", "思考题", "", "答：",
         "1. LLM的角色：", "   在 ReAct 架构中，LLM 充当决策与编排中心，它不直接执行底层代码。",
         "   - 理解高层目标", "",
         "2. 缓解搜索空间困难的方式：", "   - 语义剪枝：LLM 能识别死循环陷阱，主动将其加入避开的地址。",
         "   - 启发式导向：依据常识推测密码满足的约束。", "", "结论", "", BODY],
        ["1.", "2."],
    ),
    "eleven interfaces, '10.' and '11.' carrying their bullets at the fourth column": (
        ["接口说明", "", INTRO, "", "接口列表", ""]
        + [x for n, name in enumerate(APIS, 1) for x in (f"{n}. {name}", " " * (len(str(n)) + 2) + "- 根据编号查询记录并分页返回", "")]
        + ["附录", "", BODY],
        [f"{n}." for n in range(1, 12)],
    ),
}

MIXED = {
    "flush sections kept, the list set in under the last one dropped": (
        ["设计说明", "", INTRO, "", "1. 总体设计", BODY, "", "2. 接口约定", BODY, "", "3. 模块划分", BODY, "",
         "1. 用户模块", "   负责注册、登录与个人信息管理", "", "2. 活动模块", "   负责活动的发布、报名与签到"],
        ["1.", "2.", "3."],
    ),
    "a run with one item set in and the next flush is left to the rules": (
        ["设计说明", "", INTRO, "", "1. 总体设计", "   " + BODY, "", "2. 模块划分", BODY, "", "3. 接口约定", BODY,
         "", "4. 部署步骤", BODY, "", "1. 安装依赖", "   执行安装命令", "", "2. 启动服务", "   执行启动命令"],
        ["1.", "2.", "3.", "4."],
    ),
}


def _markers(lines: list[str]) -> list[str]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "notes.txt")
    return [h.marker for h in doc.headings if h.marker]


@pytest.mark.parametrize("lines, items", NESTED.values(), ids=NESTED.keys())
def test_items_carrying_their_content_set_in_are_no_sections(lines: list[str], items: list[str]) -> None:
    assert not set(items) & set(_markers(lines))


@pytest.mark.parametrize("lines, sections", MIXED.values(), ids=MIXED.keys())
def test_only_the_list_set_in_goes(lines: list[str], sections: list[str]) -> None:
    assert _markers(lines) == sections
