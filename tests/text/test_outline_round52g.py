"""Round 52G: in a Markdown-like note whose titles stand flush left, an unnumbered line set in by spaces ('    查看状态'
between a section's text and its code) is a code block's or a list's line, not a title; one shaped as the flush
titles are is their sibling and stays, and a note that sets all its titles in is read as before
(rule: `indentedtitles.drop_indented_titles`)."""

from __future__ import annotations

import pytest

from support import parse_document

B = ["版本控制系统记录文件内容的变化，以便将来查阅特定版本的修订情况。",
     "在 Linux 上可以用包管理器安装，安装后先设置用户名和邮箱。",
     "日常工作中最常用的是提交、查看状态和查看历史这几类命令。",
     "分支让我们可以在不影响主线的情况下开发新功能。",
     "远程仓库是托管在网络上的项目版本库。",
     "标签用来给某一次提交打上一个好记的名字。",
     "删除已经合并的分支可以让列表保持整洁。"]


def _note(blocks: list[str]) -> list[tuple[int, str, str]]:
    text = "\n\n".join(["Git学习笔记"] + blocks) + "\n"
    return [(h.depth, h.marker, h.title) for h in parse_document(text.encode("utf-8")).headings]


TITLES = ("基本概念", "安装配置", "常用命令", "分支管理", "远程仓库", "版本标签")

CASES = {
    "set-in lines among flush titles: a block's lines": (
        ["基本概念", B[0], "安装配置", B[1], "    初始设置", 'git config --global user.name "name"', "常用命令", B[2],
         "    查看状态", "git status", "分支管理", B[3], "远程仓库", B[4], "版本标签", B[5]],
        [(1, "", t) for t in TITLES],
    ),
    "a set-in line shaped as two flush titles: their sibling": (
        ["用户登录功能", B[0], "用户注册功能", B[1], "  用户注销功能", B[6], "用户管理功能", B[2], "订单查询", B[4],
         "支付流程", B[5]],
        [(1, "", t) for t in ("用户登录功能", "用户注册功能", "用户注销功能", "用户管理功能", "订单查询", "支付流程")],
    ),
    "a set-in line that shares a flush title's ending only: a block's line": (
        ["忽略文件", B[0], "暂存文件", B[1], "提交记录", B[2], "    测试文件", B[6], "分支管理", B[3], "远程仓库", B[4]],
        [(1, "", t) for t in ("忽略文件", "暂存文件", "提交记录", "分支管理", "远程仓库")],
    ),
    "every title set in: the note's own place for them": (
        ["  基本概念", B[0], "  安装配置", B[1], "  常用命令", B[2], "  分支管理", B[3]],
        [(1, "", t) for t in TITLES[:4]],
    ),
    "a numbered step under a set-in line goes back beside its run": (
        ["基本概念", B[0], "安装配置", B[1], "1. 下载安装包", B[2], "    补充说明", B[3], "2. 运行安装程序", B[4],
         "常用命令", B[5], "分支管理", B[6], "远程仓库", B[0]],
        [(1, "", "基本概念"), (1, "", "安装配置"), (2, "1.", "下载安装包"), (2, "2.", "运行安装程序"),
         (1, "", "常用命令"), (1, "", "分支管理"), (1, "", "远程仓库")],
    ),
}


@pytest.mark.parametrize("blocks, want", CASES.values(), ids=CASES.keys())
def test_set_in_lines_among_flush_titles(blocks, want):
    assert _note(blocks) == want
