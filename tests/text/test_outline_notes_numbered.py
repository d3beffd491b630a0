"""Study notes: subsections numbered from a '1、' section ('1.1、'), lists written line by line, sub-headings that
number nothing, and code between comment lines.

Lines are taken from the dev documents f10_03 (Python namespaces, Mi-Peng/NoteBook), h16_04 (Java concurrency notes,
wangleiMars/learn-repository), h16_02 (Vue notes, Zoopen/font-end-note) and h16_01 (Nginx notes, funkyHS/funky-blog);
each test fails without the rule it names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.outline import parse_outline
from support import outline, spaced_paragraphs

NAMESPACES = ["命名空间 作用域 闭包 装饰器", "1、命名空间&作用域",
              "概括：一个变量处在哪个命名空间则决定了它的作用域，而它的作用域则表示了它的作用范围。",
              "a = 1 # a:全局命名空间", "def func():", "    b = 2 # b:局部命名空间", "print(__name__)",
              "1.1、内建命名空间", "Python的内建命名都在__builtins__ 模块中，可以使用dir()函数返回__builtins__中的变量、方法等。",
              "print(dir(__builtins__))", "1.2、全局命名空间",
              "在模块最外层定义的变量、方法、类等会定义在全局命名空间中。可以使用globals()函数，返回全局命名空间中的命名。",
              "a = 1", "print(globals())", "1.3、局部命名空间",
              "在函数或类中定义的变量会定义在局部命名空间中，可以使用locals()函数返回局部命名空间中的命名。"]


def test_subsections_numbered_from_a_comma_section_nest_under_it():
    found = outline(NAMESPACES, "命名空间 作用域 闭包 装饰器")
    assert found == [(1, "1、", "命名空间&作用域"), (2, "1.1、", "内建命名空间"), (2, "1.2、", "全局命名空间"),
                     (2, "1.3、", "局部命名空间")]


def test_one_such_line_alone_or_out_of_its_section_is_not_a_subsection():
    lines = [t for t in NAMESPACES if t not in ("1.2、全局命名空间", "1.3、局部命名空间")]
    lines[lines.index("1.1、内建命名空间")] = "1.5、内建命名空间"  # a figure in a sentence's place, no first subsection
    # ('2.1、' there reads as '2.1 ' does: a decimal number names its section, whatever mark closes it)
    assert not [h for h in outline(lines, "命名空间 作用域 闭包 装饰器") if h[1].startswith(("1.", "2."))]


JAVA_NOTE = Path(__file__).resolve().parent.parent / "data" / "corpus" / "docs" / "h16_04_notes_java_bingfa.txt"


def test_items_of_a_list_written_line_by_line_are_no_headings_where_sections_stand_apart():
    """h16_04's first 150 lines: '1.1 上下文切换 …' with a blank line under it, then '1. 单核cpu也是支持多线程操作的' /
    '2. 时间片一般是十几毫秒' … set line by line (a Markdown list), and '   6. 锁的优缺点' ending such a list."""
    lines = [line.rstrip() for line in JAVA_NOTE.read_text(encoding="utf-8").split("\n")[:150]]
    found = [(h.line, h.marker, h.title) for h in parse_outline(spaced_paragraphs(lines), lines[0])]
    assert found == [(7, "1.1", "上下文切换 ConcurrencyTest DeadLockDemo"), (96, "1.2", "java并发机制的底层实现原理"),
                     (144, "1.3", "java内存模型")]


VUE_NOTE = JAVA_NOTE.with_name("h16_02_notes_vue_jichu.txt")


@pytest.mark.parametrize("title", ["绑定行内样式", "组件间传值及传值检验", "父子组件通过事件通信", "v-once"])
def test_sub_headings_read_in_a_note_are_no_numbered_level_above_its_unnumbered_titles(title):
    """h16_02 (Vue notes, Zoopen/font-end-note): unnumbered titles over HTML and JS code, and one numbered list
    ('1.开始阶段') near the end. The sub-headings read under that list's lines number nothing, so the note's
    unnumbered titles ('绑定行内样式' over 'Object语法' over its text) are still its top level."""
    lines = [line.rstrip() for line in VUE_NOTE.read_text(encoding="utf-8").split("\n")]
    assert title in [h.title for h in parse_outline(spaced_paragraphs(lines), lines[0])]


NGINX_NOTE = JAVA_NOTE.with_name("h16_01_notes_nginx_rumen.txt")


def test_a_config_line_between_comment_lines_is_code_not_a_sub_heading():
    """h16_01 (Nginx notes, funkyHS/funky-blog): under '11.3 需要设置多少个 worker', '#设置 worker 数量。' over
    'worker_processes 4' over '#work 绑定 cpu(4 work 绑定 4cpu)。': the comments end like sentences but are code."""
    lines = [line.rstrip() for line in NGINX_NOTE.read_text(encoding="utf-8").split("\n")]
    titles = [h.title for h in parse_outline(spaced_paragraphs(lines), "")]
    assert "需要设置多少个 worker" in titles
    assert not [t for t in titles if t.startswith(("worker_processes", "worker_cpu_affinity"))]


def test_three_titles_one_over_another_over_text_are_a_part_a_section_and_a_subsection():
    """h16_02: 'Class和样式绑定' / blank / '绑定html类名' right over 'Object语法' right over '你可以传递一个对象给…'
    (a Markdown ##, ### and #### with their '#' gone)."""
    lines = [line.rstrip() for line in VUE_NOTE.read_text(encoding="utf-8").split("\n")]
    found = {h.line: h.title for h in parse_outline(spaced_paragraphs(lines), lines[0])}
    assert (found.get(3), found.get(5), found.get(6)) == ("Class和样式绑定", "绑定html类名", "Object语法")
