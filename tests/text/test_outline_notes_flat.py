"""Study notes whose Markdown '#' marks are gone and that number nothing: their titles in Latin letters ('stash',
'panic') stand on short lines over Chinese text that names them again.

Lines are taken from the dev documents h11_04 (Go notes, ameamezhou/golang-web-frame) and h13_01 (Git notes,
InterviewMap/CS-Interview-Knowledge-Map); each test fails without `notes.note_titles` or the part of it the test names.
"""

from __future__ import annotations

import pytest

from support import outline

GO_NOTE = ["错误处理机制", "目标： 实现错误处理机制", "panic",
           "Go 语言中，比较常见的错误处理方法是返回 error，由调用者决定后续如何处理。但是如果是无法恢复的错误，可以手动触发 "
           "panic，当然如果在程序运行过程中出现了类似于数组越界的错误，panic 也会被触发。panic 会中止当前执行的程序，退出。",
           "主动触发的例子：", "func main() {", '\tfmt.Println("before panic")', '\tpanic("crash")',
           '\tfmt.Println("after panic")', "}", "defer",
           "panic 会导致程序被中止，但是在退出前，会先处理完当前协程上已经defer 的任务，执行完成后再退出。效果类似于 Python "
           "语言的 try...Exception。",
           "func main() {", "\tdefer func() {", '\t\tfmt.Println("defer func")', "\t}()", "}", "recover",
           "Go 语言还提供了 recover 函数，可以避免因为 panic 发生而导致整个程序终止，recover 函数只在 defer 中生效。",
           "func test_recover() {", "\tdefer func() {", '\t\tfmt.Println("defer func")', "\t}()", "}",
           "在这里，defer 的任务执行完成之后，panic 还会继续被抛出。"]

GIT_NOTE = ["Git", "本文不会介绍 Git 的基本操作，会对一些高级操作进行说明。", "Rebase 合并",
            "该命令可以让和 merge 命令得到的结果基本是一致的。",
            "使用 rebase 应该在需要被 rebase 的分支上操作，并且该分支是本地分支。如果 develop 分支需要 rebase 到 master "
            "上去，那么应该如下操作",
            "## branch develop", "git rebase master", "git checkout master",
            "## 用于将 `master` 上的 HEAD 移动到最新的 commit", "git merge develop", "stash",
            "stash 用于临时保存工作目录的改动。开发中可能会遇到代码写一半需要切分支打包的问题，如果这时候你不想 commit "
            "的话，就可以使用该命令。",
            "git stash", "使用该命令可以暂存你的工作目录，后面想恢复工作目录，只需要使用", "git stash pop",
            "这样你之前临时保存的代码又回来了", "reflog",
            "reflog 可以看到 HEAD 的移动记录，假如之前误删了一个分支，可以通过 git reflog 看到移动 HEAD 的哈希值",
            "git checkout 37d9aca", "git checkout -b new", "PS：reflog 记录是时效的，只会保存一段时间内的记录。",
            "Reset", "如果你想删除刚写的 commit，就可以通过以下命令实现", "git reset --hard HEAD^",
            "但是 reset 的本质并不是删除了 commit，而是重新设置了 HEAD 和它指向的 branch。"]


@pytest.mark.parametrize("lines, titles", [
    (GO_NOTE, ["panic", "defer", "recover"]),
    (GIT_NOTE, ["Rebase 合并", "stash", "reflog", "Reset"]),  # the Chinese title joins the Latin ones; 'reset' is
    # named by the command after the lead-in line under it
], ids=["go-panic", "git"])
def test_latin_titles_named_again_below_are_the_notes_outline(lines, titles):
    assert outline(lines[1:], lines[0]) == [(1, "", t) for t in titles]


def test_a_command_naming_the_prose_below_is_code_not_a_title():
    lines = GIT_NOTE + ["git checkout master", "master 分支上的改动这样就回来了。"]
    assert (1, "", "git checkout master") not in outline(lines[1:], "Git")


@pytest.mark.parametrize("lines, line", [
    # a speech quoting Latin words shows no code: its lines stay text
    (["演讲", "iPhone", "iPhone 改变了一切，这是我们今天要讲的第一件事。", "Think different",
      "Think different 是我们的口号，它提醒我们与众不同。", "谢谢大家。"], "Think different"),
    # what a colon introduces is its example or output, not a title
    (GO_NOTE[:10] + ["输出结果：", "Hello World", "Hello World 之后程序退出，after panic 没有打印。"] + GO_NOTE[10:],
     "Hello World"),
], ids=["speech-without-code", "output-after-colon"])
def test_latin_lines_that_are_not_titles(lines, line):
    assert (1, "", line) not in outline(lines[1:], lines[0])


# Lines from the dev document h13_03 (Redis persistence notes, Draymonders/Code-Life): `###` titles over config files.
REDIS_NOTE = ["rdb&aof", "Redis 持久化",
              "因为Redis是内存数据库，它将自己的数据库状态储存在内存里面，所以如果不想办法将储存在内存中的数据库状态保存到"
              "磁盘里面，那么一旦服务器进程退出，服务器中的数据库状态也会消失不见",
              "流程图", "RDB流程", "AOF流程", "redis Restart",
              "RDB 配置", "# 时间策略", "save 900 1", "save 300 10", "save 60 10000", "# 文件名称", "dbfilename dump.rdb",
              "rdbchecksum yes",
              "AOF 配置", "# 是否开启aof", "appendonly yes", "# 文件名称", 'appendfilename "appendonly.aof"',
              "# 同步方式", "appendfsync everysec"]


def test_short_chinese_titles_over_code_blocks_are_the_notes_outline():
    found = outline(REDIS_NOTE[1:], REDIS_NOTE[0])
    assert (1, "", "RDB 配置") in found and (1, "", "AOF 配置") in found and (1, "", "Redis 持久化") in found


def test_a_long_chinese_line_between_code_lines_is_a_comment_not_a_title():
    lines = REDIS_NOTE[:14] + ["这里每隔一分钟检查一次写入的键数量并决定是否保存"] + REDIS_NOTE[14:]
    assert (1, "", "这里每隔一分钟检查一次写入的键数量并决定是否保存") not in outline(lines[1:], lines[0])


@pytest.mark.parametrize("line", ["else // 1 则创建高位", "    结果"], ids=["code-comment", "indented"])
def test_a_short_line_of_a_code_block_is_no_title(line):
    # h13_04 (Jezzlouis/jezz-middle): a statement with its comment, and a Markdown line indented four spaces, are code
    lines = REDIS_NOTE[:10] + [line] + REDIS_NOTE[10:]
    assert (1, "", line.strip()) not in outline(lines[1:], lines[0])


# f9_10 (leetcode-master's 所有可达路径): a solution in one language after another, each name over its code
_VERSIONS = ["所有可达路径", "至于广搜理论基础，我们在下一篇在好好讲解，敬请期待！", "其他语言版本", "Java",
             "import java.util.ArrayList;", "import java.util.List;", "public class Main {",
             "    static List<List<Integer>> result = new ArrayList<>(); // 收集符合条件的路径", "}",
             "Python", "def dfs(graph, x, n, path, result):", "    if x == n:", "        result.append(path.copy())",
             "        return", "Go", "func dfs(graph [][]int, x, n int) {", "    if x == n {", "    }", "}"]


def test_a_solutions_language_names_over_their_code_are_its_sections():
    titles = [t for _, _, t in outline(_VERSIONS, "所有可达路径")]
    assert {"Java", "Python", "Go"} <= set(titles)


def test_one_language_name_alone_is_no_section():
    lines = _VERSIONS[:9]  # 'Java' once, over its code
    assert "Java" not in [t for _, _, t in outline(lines, "所有可达路径")]
