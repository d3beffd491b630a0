"""Round 59R: code inside a hard-wrapped document keeps its lines. A line of code that closes a block or ends a
statement ('{ test: /\\.css$/, loader: …},', 'return {liked: false};', '}') ended where its writer ended it, however
full, so the next line is never its tail (`wrapcode.code_ended`); a line without Chinese set deeper than the Chinese
line above ('package.json' under '2.npm 基于网络的包分享发布工具（…）') is a name under it, never the words a wrap
cut: a wrap begins the rest of a cut line at the margin (`wrapcode.set_deeper`)."""

from __future__ import annotations

import pytest

from reader.text.lineshape import width
from reader.text.wrapcode import code_ended, set_deeper
from support import parse_document

PROSE = ("本文总结了在公司内部搭建前端开发环境的过程，包括运行环境、包管理工具、模块打包工具以及界面框架的选择和配置，"
         "供新加入项目组的同事参考。所有的配置都已经在团队的多个项目中使用过，遇到的问题也一并记录在后面的总结部分。")


def _wrap(line: str, chars: int) -> list[str]:
    """A hard wrap every `chars` characters, as a fixed-width extract cuts a line."""
    return [line[i:i + chars] for i in range(0, len(line), chars)]


def _pad(code: str, columns: int = 47) -> str:
    """A line of code as full as the wrapped prose around it (spaces inside, where code allows them)."""
    return code.replace("  ", " " * (2 + columns - width(code)), 1)


def _read(lines: list[str], indent: str = "") -> tuple[list[str], list[str]]:
    prose = [indent + line for line in _wrap(PROSE, 24)]
    text = "\n".join(["前端开发环境总结", ""] + prose + [""] + lines + [""] + prose) + "\n"
    doc = parse_document(text.encode("utf-8"), name="notes.txt")
    return [p.text.strip() for p in doc.paragraphs], [h.title for h in doc.headings]


LOADERS = [_pad("{ test: /\\.css$/,  loader: 'style-loader!css' },"), _pad("{ test: /\\.js$/,  loader: 'jsx-loader' },"),
           _pad("{ test: /\\.scss$/,  loader: 'style!css!sass'},")]
STATEMENTS = [_pad('"scripts":  {'), _pad('{ "name": "elink-web",  "version": "1.0.0" },'),
              _pad('[ "react", "react-dom",  "webpack" ],'), _pad('<p onClick={this.handleClick}  />'), "}"]


# A block of code as full as the wrapped prose: each line stays a paragraph of its own.
@pytest.mark.parametrize("block", [LOADERS, STATEMENTS])
def test_code_lines_as_full_as_the_wrap_keep_their_lines(block):
    assert all(width(line) >= 46 for line in block[:-1])
    paragraphs, _ = _read(["加载器的配置如下："] + block)
    assert all(line.strip() in paragraphs for line in block)


# A numbered title filling the width over a file's name set in under it (the notes indent their text): both whole.
def test_a_name_set_in_under_a_full_title_stays_apart():
    title = "2.npm 基于网络的包分享发布工具（网上的模块包）"
    assert width(title) >= 46
    paragraphs, _ = _read(["1.nodejs v8", title, "    package.json", "        1.工程名、版本",
                           "        2.包依赖配置、开发时的包依赖配置", "3.webpack 模块加载器兼打包工具"], "    ")
    assert title in paragraphs and "package.json" in paragraphs


# Guards: the prose around the code re-joins; a line of code the wrap cut mid-token and a Chinese item's words set in
# under it run on.
def test_wrapped_prose_still_rejoins():
    paragraphs, _ = _read(["加载器的配置如下："] + LOADERS)
    assert PROSE in paragraphs


@pytest.mark.parametrize("text,ended", [
    ("{ test: /\\.css$/, loader: 'style-loader' },", True), ("return {liked: false};", True), ("}", True),
    ("});", True), ("<meta http-equiv=\"Content-Language\" />", True),
    ("<meta http-equiv=\"Content-Language\" content=\"zh-", False), ("negotiation}", False),
    ("The service keeps its state in memory; the client", False), ("as the Chubby lock service does (see [3]) and", False),
    ("var text = this.state.liked ? '喜欢' : '不喜欢';", True), ("配置文件中的 {DATE} 会被替换为当天的日期；", False),
])
def test_code_ended(text, ended):
    assert code_ended(text) is ended


@pytest.mark.parametrize("prev,nxt,deeper", [
    ("2.npm 基于网络的包分享发布工具", "package.json", True),
    ("1. 安装依赖时需要先配置好镜像地址，否则", "下载会非常慢。", False),  # Chinese words hang under their item
    ("- install the packages listed in the", "requirements file first", False),  # English hangs under its item
])
def test_set_deeper(prev, nxt, deeper):
    assert set_deeper(prev, nxt, 0, 3) is deeper
