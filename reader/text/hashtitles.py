"""Markdown headings left in a text file: a page copied as text keeps its '# 所有权' over the prose it heads, while a
shell or Python note's '# 查看所有作业' comments the command under it. One walk over the lines."""

from __future__ import annotations

from collections.abc import Callable

from reader.text.codeblocks import code_edge, code_like
from reader.text.lazyre import lazy

_MIN_HEADINGS = 3
_SHAPED_SHARE = 0.8  # of the '#' lines, the share shaped as titles: short, no clause, no code
_PROSE_SHARE = 0.5  # of the '#' lines over a line of their own text, the share over Chinese prose
_TITLE_MAX = 30
_SPAN_SHARE = 1 / 3  # of the text's lines, the share from the first '#' heading to the last: they head the text
_CLAUSE = lazy(r"[，。；,;=()（）\[\]{}'\"<>/|`]|[：:!！?？]$")  # '# 如果持久化出错，主进程是否停止写入', '# f(x)'
_CJK = lazy("[\u3400-\u9fff]")
_BRACKET_NUMBER = lazy(r"[（(][一二三四五六七八九十\d]{1,3}[）)]")  # '## （一）基础设施': its number, no clause


def _prose(line: str) -> bool:
    """'Rust 中的每一个值都有一个…', '- 真正的公平 - …': text a heading heads, not 'docker rmi $(…)' nor indented code."""
    text = "".join(line.split())
    return (bool(text) and line[:1] not in " \t" and 10 * len(_CJK.findall(text)) >= 3 * len(text)
            and not code_edge(line) and not code_like(line))


def hash_headings(lines: list[str], atx: Callable[[str], tuple[int, str] | None]) -> dict[int, tuple[int, str]]:
    """The 0-based lines of a text file that are Markdown headings as written ('# 栈（Stack）与堆（Heap）' over its
    prose), with level and title: three or more, most shaped as titles and most over Chinese prose; none when the
    '#' lines comment code ('# 启动和停止' over 'docker start …'), stand in a bare run (a mind map's source) or
    fill one part of the text only (an issue template it shows)."""
    heads: dict[int, tuple[int, str]] = {}
    shaped = over_text = over_prose = 0
    last = -1  # the last '#' line whose next non-blank line is not yet seen
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        found = atx(line) if line.lstrip(" ")[:1] == "#" else None
        if last >= 0 and found is None:
            over_text += 1
            over_prose += _prose(line)
        last = -1
        if found is None or not found[1]:
            continue
        heads[n] = found
        last = n
        numbered = _BRACKET_NUMBER.match(found[1])
        shaped += len(found[1]) <= _TITLE_MAX and _CLAUSE.search(found[1][numbered.end() if numbered else 0:]) is None
    if (len(heads) < _MIN_HEADINGS or shaped < _SHAPED_SHARE * len(heads)
            or not over_text or over_prose < _PROSE_SHARE * over_text
            or max(heads) - min(heads) < _SPAN_SHARE * len(lines)):  # a template's '## 测试步骤' shown in one part
        return {}
    return heads
