"""Study notes with their '#' marks stripped: a number before a line of code, a title between code and its own list,
a part's title right over its first section's title, and the levels such pairs show.

Lines are taken from the dev documents h17_02 (Python concurrency notes, Tomtao626/python-note), h17_03 (Python
decorators, the same repository) and h17_04 (Go select notes, stong1994/golang-notes); each test fails without the
rule it names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.document import load_document
from reader.text.model import Paragraph
from reader.text.outline import parse_outline

DOCS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "docs"


def _spaced(blocks: list[str]) -> tuple[Paragraph, ...]:
    """Paragraphs as a text with blank lines gives them: '' stands for a blank line, counted but no paragraph."""
    out, start = [], 0
    for n, text in enumerate(blocks, 1):
        if text.strip():
            out.append(Paragraph(text, n, start))
        start += len(text) + 1
    return tuple(out)


def _outline(name: str, upto: int | None = None) -> dict[int, tuple[int, str]]:
    """line → (depth, title) of the outline of a corpus document's first `upto` lines."""
    lines = [line.rstrip() for line in (DOCS / f"{name}.txt").read_text(encoding="utf-8").split("\n")[:upto]]
    return {h.line: (h.depth, h.title) for h in parse_outline(_spaced(lines), lines[0])}


SELECT = "h17_04_notes_go_select"
DECORATOR = "h17_03_notes_python_zhuangshiqi"
THREADS = "h17_02_notes_python_bingfa"


@pytest.mark.parametrize("line", [4, 5, 8, 12, 15, 19])
def test_a_number_before_a_line_of_code_numbers_an_example_not_a_section(line):
    """'对几种select进行了汇编，结果如下：' over '1. select {} => runtime.block()', '2. select {' …: the cases of an
    example in a code block, never section titles (rule: notes.code_items)."""
    assert line not in _outline(SELECT)


@pytest.mark.parametrize("line, title", [
    (113, "带有自定义参数的装饰器"),  # under 'return wrapper', over '- 接受自定义的参数'
    (176, "类装饰器"),  # under a docstring's closing '"""', over '- 依赖于call方法，…'
])
def test_a_title_between_code_and_the_first_point_of_its_list(line, title):
    """A short Chinese title right under an example's last line and right over the first point of its own list
    (rule: the list clause of notes.note_titles; a line of three quotes is code)."""
    assert _outline(DECORATOR).get(line, (0, ""))[1] == title


@pytest.mark.parametrize("name, part, section", [
    (DECORATOR, (254, "用法实例"), (256, "身份认证")),  # over 'import functools'
    (THREADS, (389, "multiprocessing [多进程并发]"), (391, "线程池")),  # over 'import urllib2'
])
def test_a_part_title_right_over_a_section_title_over_code(name, part, section):
    """Two titles one right over the other, then code: a part's and its first section's (rule: the stacked clause
    of notes.note_titles takes code under the pair as it takes running text)."""
    found = _outline(name)
    assert found.get(part[0], (0, ""))[1] == part[1] and found.get(section[0], (0, ""))[1] == section[1]


def test_titles_after_a_stacked_pair_are_its_sections_until_the_next_pair():
    """'几种类型' right over '带有参数的装饰器', then '带有自定义参数的装饰器', '类装饰器', '装饰器的嵌套', then '用法实例'
    right over '身份认证', then '日志记录': two parts over their sections (rule: recurring.nest_stacked_titles)."""
    found = _outline(DECORATOR)
    depths = {line: found.get(line, (0, ""))[0] for line in (79, 81, 113, 176, 211, 254, 256, 279, 300)}
    assert depths == {79: 1, 81: 2, 113: 2, 176: 2, 211: 2, 254: 1, 256: 2, 279: 2, 300: 2}


def test_one_stacked_pair_alone_shows_no_levels():
    """The decorator note cut before its second pair ('几种类型' over '带有参数的装饰器'): one pair is no form of the
    note's, and every title stays at one level; with the second pair the note shows its two levels, as its gold has
    them (the second pair's '几种类型', a line over a title, is found by the title model)."""
    assert _outline(DECORATOR, 78) == {3: (1, "核心概念"), 5: (1, "函数-装饰器")}
    found = _outline(DECORATOR, 150)
    assert [found.get(line) for line in (3, 5, 79, 81)] == [(1, "核心概念"), (2, "函数-装饰器"), (1, "几种类型"),
                                                            (2, "带有参数的装饰器")]


def test_lines_set_against_their_neighbours_stack_no_parts():
    """h13_02 (Docker notes, dev): 'docker exec  可进入指定容器的终端' ends a block of command lines, and
    '修改docker镜像的源' has its config line right under it: neither stands apart as a Markdown title does, so the
    lines read as titles here make no pair, and the note stays at one level (rule: the blank-line test of
    recurring.nest_stacked_titles)."""
    doc = load_document(DOCS / "h13_02_notes_docker_rumen.txt")
    assert doc.headings and {h.depth for h in doc.headings} == {1}


def test_a_named_part_at_the_end_closes_the_last_stacked_part():
    """f8_07 (CompletableFuture notes, dev): 'CompletableFuture 常见操作' right over '创建 CompletableFuture', and
    'CompletableFuture 使用建议' right over '使用自定义线程池', then '后记', a named part: the pairs still show the
    note's two levels, and '后记' stands at the top (rule: recurring.nest_stacked_titles with named parts)."""
    doc = load_document(DOCS / "f8_07_notes_java_completablefuture.txt")
    depths = {h.line: h.depth for h in doc.headings}
    assert {line: depths.get(line) for line in (84, 86, 169, 310, 554, 556, 578, 621)} == {
        84: 1, 86: 2, 169: 2, 310: 2, 554: 1, 556: 2, 578: 2, 621: 1}
