"""Study notes that number their sections: subsections numbered from a '1、' section with the same mark ('1.1、').

Lines are taken from the dev document f10_03 (Python namespaces, Mi-Peng/NoteBook); each test fails without the
rule it names.
"""

from __future__ import annotations

from support import outline

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
    lines[lines.index("1.1、内建命名空间")] = "2.1、内建命名空间"  # numbered from no open section
    assert not [h for h in outline(lines, "命名空间 作用域 闭包 装饰器") if h[1].startswith(("1.", "2."))]
