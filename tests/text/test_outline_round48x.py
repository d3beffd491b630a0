"""Round 48x: a thesis's appendices. Its '附录' holds annexes named on their own lines ('附录A 核心代码清单'), each
numbering its sections from its letter ('A.1 数据库连接模块'), one letter sometimes running over several lines
('附录A 核心代码清单（二）' goes on with A.3); and an annex that holds only a picture ('附录1 系统电路图' with the blank
lines of the dropped image under it) is its own part, no item of a list of attachments."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本章围绕系统的总体目标展开论述，说明各模块之间的关系以及实现过程中采用的主要方法和关键技术。"
CODE = "def connect(url):\n    return Engine(url).open()\n"
THESIS = (f"图书借阅管理系统的设计与实现\n\n1 绪论\n{BODY}\n1.1 研究背景\n{BODY}\n1.2 研究内容\n{BODY}\n"
          f"2 系统设计\n{BODY}\n2.1 总体结构\n{BODY}\n2.2 数据库设计\n{BODY}\n3 总结\n{BODY}\n参考文献\n"
          "[1] 王明. 数据库系统概论[M]. 北京: 高等教育出版社, 2019.\n")
TOP = [(1, "绪论"), (2, "研究背景"), (2, "研究内容"), (1, "系统设计"), (2, "总体结构"), (2, "数据库设计"),
       (1, "总结"), (1, "参考文献")]


def _found(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.title) for h in doc.headings]


def _tail(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return found[len(TOP):] if found[:len(TOP)] == TOP else found


CASES = {
    # rule: appendices takes '附录：' as the part's name and a titled '附录A …' as the letter its 'A.1 …' count from
    "附录： over 附录A with its title, A.1 A.2 under it": (
        THESIS + f"\n附录：\n\n附录A 核心代码清单\n\nA.1 数据库连接模块\n\n{CODE}\nA.2 借阅记录查询\n\n{CODE}",
        [(1, "附录"), (2, "附录A 核心代码清单"), (3, "数据库连接模块"), (3, "借阅记录查询")]),
    "one letter over two lines: A.3 goes on under 附录A …（二）": (
        THESIS + f"\n附录\n\n附录A 核心代码清单（一）\n\nA.1 数据库连接模块\n\n{CODE}\nA.2 借阅记录查询\n\n{CODE}"
        f"\n附录A 核心代码清单（二）\n\nA.3 图书信息维护\n\n{CODE}",
        [(1, "附录"), (2, "附录A 核心代码清单（一）"), (3, "数据库连接模块"), (3, "借阅记录查询"),
         (2, "附录A 核心代码清单（二）"), (3, "图书信息维护")]),
    "附录B after 附录A, B.1 under it": (
        THESIS + f"\n附录\n\n附录A 核心代码清单\n\nA.1 数据库连接模块\n\n{CODE}\n附录B 测试用例\n\nB.1 借书流程测试\n\n"
        f"{BODY}\n",
        [(1, "附录"), (2, "附录A 核心代码清单"), (3, "数据库连接模块"), (2, "附录B 测试用例"), (3, "借书流程测试")]),
    # rule: annexes reads two '附录N …' lines as a list only when they stand together, not across a picture's gap
    "附录1 … 附录2 … holding pictures, blank lines between": (
        THESIS + "致谢\n" + BODY + "\n附录\n附录1 系统电路图\n \n\n\n\n\n\n附录2 主程序流程图\n \n\n\n\n\n\n"
        f"附录3 单片机程序清单\n{CODE}",
        [(1, "致谢"), (1, "附录"), (2, "附录1 系统电路图"), (2, "附录2 主程序流程图"), (2, "附录3 单片机程序清单")]),
}

# What must stay as it was.
GUARDS = {
    "a standard's bare 附录 A over its name, A.1 under it": (
        THESIS + f"\n附录 A\n（规范性附录）\n数据格式说明\nA.1 字段定义\n{BODY}\nA.2 编码规则\n{BODY}\n",
        [(1, "数据格式说明"), (2, "字段定义"), (2, "编码规则")]),
    "a bare 附录B after a titled 附录A without A.1: no lettered sections made": (
        THESIS + f"\n附录\n\n附录A 证明过程\n\n{BODY}\n\n附录B\n\n{BODY}\n",
        [(1, "附录"), (2, "附录A 证明过程"), (2, "附录B")]),  # B beside A, a part of the same run (round 52f)
    "a list of attachments, lines together, stays a list": (
        "关于开展年度检查工作的通知\n\n各单位：\n" + BODY + "\n\n附录1 检查内容清单\n\n附录2 检查时间安排\n\n附录3 联系人名单\n",
        []),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_thesis_appendices(text, expected):
    assert _tail(_found(text)) == expected


@pytest.mark.parametrize("text, expected", GUARDS.values(), ids=GUARDS.keys())
def test_guards(text, expected):
    assert _tail(_found(text)) == expected
