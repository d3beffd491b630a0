"""Round 48k: a reStructuredText or Markdown page copied into a text file keeps its titles underlined ('术语定义' over
'--------'): two or more short lines, each with a blank line (or the file's start) above and a rule at least half
their width right under, are the text's headings, '=' ranking over '-' (rule: `setexttitles.setext_headings`, read
in cleaning for a text file). A banner between two rules, a worksheet's answer lines, a table's border, a merge's
conflict marker and a lone underlined line stay what they were. Likewise a documentation page scraped as text keeps
the permalink sign after each heading ('Constraint specification 约束说明¶'): past the first, the page's own title,
two or more such lines are its sections (`setexttitles.text_titles`)."""

from __future__ import annotations

import pytest

from reader.text.document import build_document
from reader.text.decode import decode_bytes

P1 = "本规范规定了接口报文的编码方式和传输要求，适用于平台与终端之间的数据交换，其他系统可以参照执行。"
P2 = "下列文件中的条款通过本规范的引用而成为本规范的条款，凡是注明日期的引用文件，其随后的修改单均不适用。"
P3 = "本节说明模块的安装步骤，安装前请确认运行环境已经准备好，并且已经取得了仓库的访问权限和相关账号。"
P4 = "配置文件采用键值对的格式保存，修改之后需要重新启动服务才能生效，建议在修改之前先备份原来的文件。"


def _titles(text: str) -> list[tuple[int, str]]:
    doc = build_document(decode_bytes(text.encode("utf-8"), "note.txt"))
    return [(h.depth, h.marker + h.title) for h in doc.headings]


def _lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


R1 = " * ITU-T Rec. X.680 (2002) | ISO/IEC 8824-1:2002, Information technology – Abstract Syntax Notation One"
R2 = " * ITU-T Rec. X.690 (2002) | ISO/IEC 8825-1:2002, Information technology – ASN.1 encoding rules"
R3 = " * ISO/IEC 646:1991, Information technology – ISO 7-bit coded character set for information interchange."
R4 = " * ISO 8601:2000, Data elements and interchange formats – Representation of dates and times."


CASES = {
    "a standard's parts underlined in dashes under its '=' title": (
        _lines("Referenced documents 引用文件", "==========================", "", P1, "",
               "Paired Recommendations | International Standards", "------------------------------------------------",
               R1, R2, "", "Other references", "----------------", R3, R4, ""),
        [(1, "Paired Recommendations | International Standards"), (1, "Other references")]),
    "parts each holding a list of entries, under a lead": (
        _lines("数据同步工具", "", P2, "", "Required packages", "-----------------", R1, R2, "",
               "Optional packages", "-----------------", R3, R4, ""),
        [(1, "Required packages"), (1, "Optional packages")]),
    "'=' parts over '-' sections": (
        _lines("设计文档", "", P2, "", "总体设计", "========", "", P1, "", "模块划分", "--------", "", P3, "",
               "接口设计", "========", "", P4, "", "报文格式", "--------", "", P2),
        [(1, "总体设计"), (2, "模块划分"), (1, "接口设计"), (2, "报文格式")]),
    "a documentation page's headings keep their permalink sign": (
        _lines("Terms 术语 — 接口规范 1.0 documentation", "Navigation", "index", "Terms 术语¶", "由于本规范的用途，下列定义被使用。",
               "Object specification 对象说明¶", "本规范使用了定义在ITU-T Rec. X.681 | ISO/IEC 8824-2中的术语。", "object class;(对象类)",
               "object set.(对象集合)", "Value notation 值表示法¶", "本规范中使用了定义在ITU-T Rec. X.683 | ISO/IEC 8824-4中的术语:",
               "value set;(值集合)", "value reference.(值引用)", "Additional terms 附加的术语¶", "附加的定义",
               "abstract value 抽象值", "character set 字符集"),
        [(1, "Object specification 对象说明"), (1, "Value notation 值表示法"), (1, "Additional terms 附加的术语")]),
}

GUARDS = {
    "one permalink sign: the page's own title": (
        _lines("Terms 术语 — 接口规范 1.0 documentation", "Terms 术语¶", P1, "", "安装说明", "", P3, "", "配置方法", "",
               P4),
        [(1, "安装说明"), (1, "配置方法")]),
    "a diagram's label over a table's border": (
        _lines("页表说明", "", P1, "", "swap_entry_t", "-------------------------", "| offset | reserved | 0 |",
               "-------------------------", "", P2, "", "pte_t", "-------------------------", "| frame | flags |",
               "-------------------------", "", P3),
        []),
    "a worksheet's answer lines under its prompts": (
        _lines("阅读任务单", "", P1, "", "作者基本介绍：", "------------------------------",
               "------------------------------", "", "主要著作：", "------------------------------",
               "------------------------------", "", P2),
        []),
    "one underlined line: the file's title": (
        _lines("开发环境总结", "------------------", "", P3, "", P4),
        []),
    "a rule too short for the line over it is a break": (
        _lines("项目说明", "", P1, "", "Sapere Aude and the rest of it", "---", "", P2, "",
               "Another long line of its own", "---", "", P3),
        []),
}


@pytest.mark.parametrize("text,expected", list(CASES.values()), ids=list(CASES))
def test_underlined_titles_are_headings(text: str, expected: list[tuple[int, str]]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize("text,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_rules_that_underline_no_title(text: str, expected: list[tuple[int, str]]) -> None:
    assert _titles(text) == expected
