"""Lines of code: a comment, an assignment, a call, a block's edge, and the lines of a code block that read like a
title once a note's Markdown is gone (a statement with a comment after it, a docstring, a statement set in under the
line that opens its block, a here-document's closing word)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.lineshape import commented_code, diagram_line, markdown_row
from reader.text.model import Paragraph

_HEREDOC = lazy(r"<<-?[ \t]*['\"]?([A-Za-z_][A-Za-z0-9_]*)")  # 'cat <<EOF > k8s.repo', "cat <<-'END'"
_CJK = lazy("[\u3400-\u9fff]")
_OPENS_BLOCK = (":", "{", "(", "[", "\\")  # 'def wrapper(*args, **kwargs):', 'if (ok) {', a shell line going on
_ASSIGNMENT = lazy(r"[A-Za-z_][\w.]*(?:\[[^\]\n]{0,40}\])?\s*[-+*/%]?=(?!=)")
_CALL = lazy(r"(?<!\w)[A-Za-z_]\w*\(")  # from a word's start only: linear on a run of letters
_CALL_ARGS = 80  # characters a named call's arguments are looked through
_ANNOTATION = lazy(r"@[A-Za-z_][A-Za-z0-9_.]*(?:\(.*|[ \t]*(?://.*)?)")  # '@Value("秦疆")', '@Aspect'


def code_line(text: str) -> bool:
    """'# 字符串变大写', 's2 = …', '@Override', 'flowchart LR': a comment, assignment, annotation, diagram: code."""
    text = text.strip()
    return (text.startswith(("#", "//", "/*")) or _ASSIGNMENT.match(text) is not None
            or _ANNOTATION.fullmatch(text) is not None or diagram_line(text))


def code_like(text: str) -> bool:
    """'print(s1 in s2)', 'x = 1': a line that opens with Latin and calls or assigns ends a code block; Chinese
    before its '=' or '(' makes it text ('CDS收藏：<a href=')."""
    text = text.strip()
    if not (text and text[0].isascii() and (text[0].isalpha() or text[0] == "_") and not text.endswith(".")):
        return False
    call = _CALL.search(text)
    ends = [k for k in (text.find("="), call.end() - 1 if call else -1) if k >= 0]
    return bool(ends) and _CJK.search(text, 0, min(ends)) is None and not (
        call is not None and min(ends) == call.end() - 1 and named_call(text, call.end()))


def named_call(text: str, opened: int) -> bool:
    """'async_fib(5, 1, 4) 的任务树分析', 'iwlwifi(4) 和 …': a call closed and Chinese words after it is a title or a
    sentence that names the code; code puts Chinese only in a comment or a string, never bare after a call."""
    depth = 1
    for k in range(opened, min(len(text), opened + _CALL_ARGS)):
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                rest = text[k + 1:].lstrip()
                return _CJK.match(rest) is not None
        elif c in "\"'=;{":
            return False  # a string (may hold anything) or a statement inside: read as code
    return False


_BRACKETS = frozenset("{}[]();,")
_LONE_TAG = lazy(r"</?[A-Za-z][\w-]*(?: [^<>]*)?/?>")


def block_edge(text: str) -> bool:
    """A code block's edge or a table's row: never an item of a run of short lines, however short."""
    return code_edge(text) or markdown_row(text)


def code_edge(text: str) -> bool:
    """'{', '}', 'x = 1': a line that opens or closes a block of code stands apart from the titles around it."""
    text = text.strip()
    return bool(text) and (set(text) <= _BRACKETS or code_line(text) or code_like(text) or text.startswith(">>> ")
                           or _LONE_TAG.fullmatch(text) is not None)  # '</form>', a prompt's '>>> hex(10000)'


def heredoc_ends(texts: Sequence[str]) -> set[int]:
    """'EOF' under 'cat <<EOF > /etc/yum.repos.d/kubernetes.repo' and its lines: the word a shell here-document
    opens with closes it on a line of its own, a line of the command, no title (each line looked at once)."""
    ends: set[int] = set()
    word = ""
    for i, text in enumerate(texts):
        if word and text.strip() == word:
            ends.add(i)
            word = ""
        elif "<<" in text and (m := _HEREDOC.search(text)) is not None:
            word = m.group(1)
    return ends


def set_in_code(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """'pass # 检查输入是否合法', '\"\"\"遍历key\"\"\"', '{from functools import …': code with Chinese in its comment, or
    a line set in deeper right under a statement that opens a block ('def wrapper(*args):'), is the block's body."""
    text = paragraphs[i].text.strip()
    if text[:1] in "{}" or commented_code(text) and _CJK.search(text, 0, max(0, text.find("#"))) is None:
        return True  # ('Pipe管道 # 单项通信' names its section before the comment)
    if i == 0:
        return False
    above = paragraphs[i - 1]
    code = above.text.strip()
    return (paragraphs[i].indent > above.indent and paragraphs[i].line == (above.last_line or above.line) + 1
            and code[:1].isascii() and code.endswith(_OPENS_BLOCK) and _CJK.search(code) is None)


_GLOSSED = lazy(r"[a-z_][A-Za-z0-9_.\-]+(?: [\x21-\x7e]+)*[ \t\u3000]+[\u3400-\u9fff]")  # 'docker ps 查看容器
# 列表': a name (no list item's 'a)'), its arguments, then Chinese


def glossed_entry(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """'docker exec  可进入指定容器的终端' right under 'docker ps 查看容器列表', 'simplifier 用字轉換' under
    'single_char_filter 單字過濾器，…': a command or a term in lower-case Latin, then what it does in Chinese, line
    after line, is an entry of a list of commands or terms, however short; a title stands apart from such a list."""
    if i == 0 or _GLOSSED.match(paragraphs[i].text.strip()) is None:
        return False
    above = paragraphs[i - 1]
    return (paragraphs[i].line == (above.last_line or above.line) + 1
            and _GLOSSED.match(above.text.strip()) is not None)


_PROMPTS = (">>>", "...", "In [")  # an interactive interpreter's prompts: Python's, its continuation, IPython's


def shown_output(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """'True' right under '>>> 10 < 20 < 30': what an interactive session prints under the line typed at its
    prompt is the interpreter's answer, however short, never a title."""
    if i == 0:
        return False
    above = paragraphs[i - 1]
    return (paragraphs[i].line == (above.last_line or above.line) + 1
            and above.text.lstrip().startswith(_PROMPTS) and len(above.text.strip()) > 3)
