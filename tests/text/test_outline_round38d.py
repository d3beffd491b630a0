"""Round 38d: notes and reports flattened from Markdown to text. A part named in Latin letters ('GCC', 'OpenJDK')
sits right over its list with no blank line between; a list item that runs over several lines ends with its status
('已经合并'), which is no title."""

from __future__ import annotations

import pytest

from reader.text.lineshape import leads_in
from support import heading_texts, parse_document

_INTRO = "本期我们继续推进各工具链在新架构上的适配工作，下面分别介绍各个组件的进展情况，欢迎大家参与讨论。"


def _report(*parts: str) -> bytes:
    return ("工具链双周进展\n\n" + "\n\n".join(parts) + "\n").encode("utf-8")


_TOOLCHAIN = _report(
    "编译工具链", _INTRO,
    "GCC\n- 升级到新的主线版本，同步修复了回归测试中发现的三个问题。\n- 补充了向量扩展的内建函数支持，仍在完善中。",
    "OpenJDK\n本期提交并合入的补丁：\n- 修复模板解释器在新平台上的栈回溯问题（已合入主线）",
    "Go\n本期合并的主线变更：\n- 为汇编器增加新的位操作指令，并补充了相应的测试用例",
    "模拟器\n\n开发分支已经建立，后续的开发工作都会在该分支上进行，稳定后再合入主线。",
    "make\n- 编译全部模块，生成的文件放在输出目录中，便于后续打包。",
    "致谢", _INTRO.replace("本期", "感谢社区的帮助，本期"),
)


@pytest.mark.parametrize("name", ["GCC", "OpenJDK", "Go"])
def test_a_latin_name_right_over_its_list_is_a_title(name):
    """d18_04: 'GCC' over '- 更新GCC版本…', 'V8' over '本期提交并合入的patch：', each after a blank line: a Markdown
    '###' whose marks and blank line the conversion lost; the name was left out as it had no blank line under it."""
    headings = heading_texts(parse_document(_TOOLCHAIN, "report.txt"))
    assert name in headings
    assert "编译工具链" in headings and "模拟器" in headings
    assert "make" not in headings  # a command over its notes ('make' / '- 编译…'), no part named in English


@pytest.mark.parametrize("text, leads", [
    ("本期提交的主线补丁：", True),
    ("- 升级到新的主线版本，同步修复了回归测试中发现的问题。", True),
    ("* 修复模板解释器的栈回溯问题", True),
    ("- [RISCV] Add support for Ziccid 1.0", False),  # no Chinese: a list of Latin items, as code may be
    ("pip install ujson", False),
    ("我们在本期完成了以下工作", False),  # a sentence, no list opened
])
def test_what_opens_a_parts_list(text, leads):
    assert leads_in(text) is leads


_PATCHES = _report(
    "上游贡献", _INTRO,
    "LLVM",
    "- [RISCV] Add support for the new cache extension\nhttps://example.org/llvm/pull/1001\n为新的缓存扩展添加支持\n已经合并",
    "- [RISCV][MC] Update the vtype layout to match the spec\nhttps://example.org/llvm/pull/1002\n更新向量类型布局以匹配最新规范\n已经合并",
    "- [RISCV] Rename the matrix instruction file\nhttps://example.org/llvm/pull/1003\n重命名矩阵指令文件以匹配最新的规范\n正在 review",
    "- 详见附录中的测试报告\n下一步计划", _INTRO.replace("本期", "下期"),
    "总结", _INTRO.replace("本期", "总的来说，本期"),
)


def test_a_list_items_status_on_its_last_line_is_no_title():
    """d18_04: '已经合并' under '- [RISCV] …' / its link / its note, a blank line after: the item's status, once
    taken for a title between the items as often as it recurs. A title right under a one-line item ('- 详见附录…' /
    '下一步计划' / blank / its text) is no item's last line."""
    headings = heading_texts(parse_document(_PATCHES, "report.txt"))
    assert "已经合并" not in headings
    assert "上游贡献" in headings and "下一步计划" in headings and "总结" in headings
