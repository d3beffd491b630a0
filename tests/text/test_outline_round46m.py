"""Round 46m: a tutorial's code block keeps its lines out of the outline once its Markdown fences are gone: a statement
with a Chinese comment after it ('pass # 校验参数'), a docstring ('\"\"\"写入缓存\"\"\"'), a line set in under the
statement that opens its block, a brace opening a line, and the word that closes a shell here-document ('EOF' under
'cat <<EOF > …'); nor is the last entry of a list of commands or terms glossed in Chinese ('docker exec 进入容器终端'
under 'docker ps 查看容器'); a note's own short titles over and between code blocks stay."""

from __future__ import annotations

import pytest

from reader.text.codeblocks import glossed_entry, heredoc_ends, set_in_code
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.notes import code_note_subheadings, note_titles
from support import parse_document


def _paragraphs(text: str) -> list[Paragraph]:
    """One paragraph a non-blank line, its indent kept, as a text file's code lines come out of cleaning."""
    out, start = [], 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            out.append(Paragraph(line.strip(), n, start, indent=len(line) - len(line.lstrip(" "))))
        start += len(line) + 1
    return out


_INTRO = "装饰器本质上是一个函数，它接收一个函数作为参数，并返回一个新的函数，下面的例子演示了几种常见的写法。"
_OUTRO = "装饰器可以叠加使用，执行顺序从下往上，理解这一点对阅读框架源码很有帮助。"

_DECORATORS = f"""{_INTRO}

计时装饰器

import time

def timer(func):
    def inner(*args):
        {{line}}
    return inner

日志装饰器

import logging

class Recorder:
    def save(self, record):
        {{doc}}
        return None

{_OUTRO}
"""


def _titles(text: str) -> list[str]:
    paragraphs = _paragraphs(text)
    return [paragraphs[i].text for i in sorted(note_titles(paragraphs, [None] * len(paragraphs)))]


@pytest.mark.parametrize("line, doc", [
    ("pass # 这里记录开始时间", '"""保存日志记录"""'),  # a comment after a statement, a docstring
    ("start = time.time()  # 记录开始时间", "'''把记录写进文件'''"),
    ("统计耗时并打印", "写入日志文件"),  # a body's line set in under 'def inner(*args):' reads as code, whatever it says
])
def test_a_line_of_a_code_block_is_no_title(line, doc):
    got = _titles(_DECORATORS.format(line=line, doc=doc))
    assert "计时装饰器" in got and "日志装饰器" in got, got
    assert line not in got and doc not in got, got


def test_a_title_over_a_block_set_in_stays():
    text = f"""{_INTRO}

计时装饰器

def timer(func):
    return func

执行顺序

@timer
def fib(n):
    return n
"""
    got = _titles(text)
    assert got == ["计时装饰器", "执行顺序"], got


_K8S = """一、环境准备

整个过程需要 root 权限，建议先更新系统软件包，再按下面的顺序逐步操作，每一步完成后检查输出。

关闭防火墙

# 停止防火墙
systemctl stop firewalld
SELINUX=disabled

添加软件源

cat <<{word} > /etc/yum.repos.d/kubernetes.repo
[kubernetes]
name=Kubernetes
enabled=1
gpgcheck=0
{word}
安装kubelet、kubeadm、kubectl，所有节点都需要安装，安装之后先不要启动。

二、初始化集群

只需要在主节点上执行初始化，其余节点等主节点完成之后再加入集群。
"""


@pytest.mark.parametrize("word", ["EOF", "END"])
def test_a_here_documents_closing_word_is_no_sub_heading(word):
    paragraphs = _paragraphs(_K8S.format(word=word))
    matches = [match_heading(p.text) for p in paragraphs]
    got = [paragraphs[i].text for i in sorted(code_note_subheadings(paragraphs, matches))]
    assert "关闭防火墙" in got and "添加软件源" in got, got
    assert word not in got, got


@pytest.mark.parametrize("lines, ends", [
    (["cat <<EOF > a.repo", "name=a", "EOF", "EOF"], {2}),  # the first 'EOF' closes it, the next is text again
    (["cat <<'END' | sudo tee k8s.conf", "net.ipv4.ip_forward = 1", "END"], {2}),
    (["cat <<-EOF", "x=1", "EOF"], {2}),
    (["EOF", "说明文字"], set()),  # no here-document opened: a word like any other
    (["echo $((1 << 2))", "EOF"], set()),  # a shift is no here-document
])
def test_heredoc_ends(lines, ends):
    assert heredoc_ends(lines) == ends


@pytest.mark.parametrize("above, line, code", [
    ("    def inner(*args):", "        pass # 记录开始时间", True),
    ("def travel(self):", '    """遍历key"""', True),
    ("if (ok) {", "    处理成功的情况", True),  # set in under a block's opener
    ("", "{from functools import reduce", True),
    ("def travel(self):", "遍历key", False),  # not set in: the block is over
    ("工作内容如下:", "    负责后端接口开发", False),  # Chinese over it: a list under a lead-in, no code
    ("", "Pipe管道 # 单项通信", False),  # a title with a comment after its name
])
def test_set_in_code(above, line, code):
    paragraphs = _paragraphs(f"{above}\n{line}" if above else line)
    assert set_in_code(paragraphs, len(paragraphs) - 1) is code


# A list of commands or terms, each a lower-case name and what it does in Chinese, line after line: its last entry
# is short enough to read as a title once the list ends, but it is the list's entry.

def _docker(commands: list[str]) -> bytes:
    lines = ["Docker 入门笔记", "", "Docker 是一种管理应用的现代手段，它把应用和运行环境一起打包，让部署变得可以预测而且高效。",
             "", "镜像与容器", "", "镜像是某个应用的只读模板，容器是镜像启动之后的进程，一个镜像可以启动任意多个容器。", "",
             "常用命令", "", *("  " + c for c in commands), "", "  build 构建镜像、run 创建容器", "",
             "这几个命令覆盖了日常使用的大部分场景，其余命令可以通过帮助文档查询，用法都大同小异。", "",
             "启动一个容器", "", "  docker run --name web -p 8080:80 -d nginx", "  docker stop web", "  docker rm web", "",
             "修改镜像源", "", "在配置文件里写上国内镜像地址之后重启服务，拉取镜像的速度会快很多，具体地址可以在控制台找到。"]
    return "\n".join(lines).encode("utf-8")


@pytest.mark.parametrize("commands, last", [
    (["docker pull [image] 拉取一个镜像, 默认拉取最新版本", "docker images 列出本地的镜像",
      "docker ps 查看正在运行的容器, 加上 -a 可以看到全部容器", "docker exec 进入容器终端"], "docker exec 进入容器终端"),
    (["docker pull [image] 拉取一个镜像, 默认拉取最新版本", "docker ps 查看正在运行的容器, 加上 -a 可以看到全部容器",
      "docker logs -f web 查看日志"], "docker logs -f web 查看日志"),
])
def test_the_last_entry_of_a_command_list_is_no_title(commands, last):
    got = [h.title for h in parse_document(_docker(commands), "docker.txt").headings]
    assert {"镜像与容器", "常用命令", "启动一个容器", "修改镜像源"} <= set(got), got
    assert last not in got, got


@pytest.mark.parametrize("above, line, entry", [
    ("docker ps 查看正在运行的容器", "docker exec 进入容器终端", True),
    ("single_char_filter 單字過濾器，屛敝詞典中的詞組", "simplifier 用字轉換", True),
    ("character repertoire 字符指令集", "character string types 字符串类型", True),
    ("这几个命令覆盖了日常使用的大部分场景。", "docker exec 进入容器终端", False),  # under prose: a title may stand so
    ("a) 项目运营，包括活动事前准备", "b) 整理活动反馈", False),  # a list's letters are no command
    ("TCP 提供面向连接的服务", "TCP 的主要特点", False),  # an upper-case name opens titles as often as entries
    ("docker ps 查看正在运行的容器", "", False),
])
def test_glossed_entry(above, line, entry):
    paragraphs = _paragraphs(f"{above}\n{line}" if line else above)
    assert glossed_entry(paragraphs, len(paragraphs) - 1) is entry


_ENGINE = """一、配置文件

每个输入方案都有一个配置文件，文件里的各项设置决定了方案如何切分、翻译和过滤用户的输入。

基本字段

schema_id = demo
name = 示例方案
version = 0.1
author = 某某
page_size = 9

二、过滤器

uniquifier 过滤重复的候选字，重复的候选字可能来自繁简转换，保留排在最前面的一个
charset_filter 字符集过滤，只在拼音方案里使用，配合扩展字符集开关一起生效
{entry}
reverse_lookup_filter 反查滤镜，用更灵活的方式反查编码，新版本里替代了反查翻译器

设置示例

filters = uniquifier
"""


@pytest.mark.parametrize("entry", ["simplifier 用字转换", "emoji_filter 表情过滤"])
def test_a_glossed_entry_is_no_sub_heading_of_a_numbered_note(entry):
    paragraphs = _paragraphs(_ENGINE.format(entry=entry))
    matches = [match_heading(p.text) for p in paragraphs]
    got = [paragraphs[i].text for i in sorted(code_note_subheadings(paragraphs, matches))]
    assert "基本字段" in got and "设置示例" in got and entry not in got, got
