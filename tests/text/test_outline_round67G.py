"""Round 67G: a text file's underlined title right under another's rule ('Part One' '========' then 'Chapter A'
'---------', a part with its first section and no paragraph between) is a heading, as Markdown reads it; before,
the rule over it read as a banner's and the section was lost (`setexttitles.setext_headings`). Markdown already read
these pairs; its rows guard that."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document

P1 = "本规范规定了接口报文的编码方式和传输要求，适用于平台与终端之间的数据交换，其他系统可以参照执行。"
P2 = "下列文件中的条款通过本规范的引用而成为本规范的条款，凡是注明日期的引用文件，其随后的修改单均不适用。"
P3 = "本节说明模块的安装步骤，安装前请确认运行环境已经准备好，并且已经取得了仓库的访问权限和相关账号。"


def _titles(text: str, name: str) -> list[tuple[int, str]]:
    doc = build_document(decode_bytes(text.encode("utf-8"), name))
    return [(h.depth, h.title) for h in doc.headings]


def _lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


BACK_TO_BACK = {
    "parts each with its first section right under": (
        _lines("设计文档", "", P1, "", "Part One", "========", "Chapter A", "---------", "", P2, "",
               "Chapter B", "---------", "", P3, "", "Part Two", "========", "Chapter C", "---------", "", P1),
        [(1, "Part One"), (2, "Chapter A"), (2, "Chapter B"), (1, "Part Two"), (2, "Chapter C")]),
    "Chinese titles, rules as wide as an editor draws them": (
        _lines("设计文档", "", P1, "", "总体设计", "========", "模块划分", "--------", "", P2, "",
               "接口设计", "--------", "", P3),
        [(1, "总体设计"), (2, "模块划分"), (2, "接口设计")]),
    "the file's title over its first section": (
        _lines("Project", "=======", "Install", "-------", "", P1, "", "Usage", "-----", "", P2),
        [(1, "Install"), (1, "Usage")]),
}

TAIL = ("", "接口设计", "--------", "", P3, "", "报文格式", "--------", "", P1)
GUARDS = {
    "a banner between two rules, then a section": (
        _lines("设计文档", "", P1, "", "========", "Normative references", "========", "Other references",
               "----------------", "", P2, *TAIL),
        [(1, "接口设计"), (1, "报文格式")]),
    "a sentence over a rule, then a line under another rule": (
        _lines("设计文档", "", P1, "", "本节说明安装步骤。", "------------------", "模块划分", "--------", "", P2, *TAIL),
        [(1, "接口设计"), (1, "报文格式")]),
}


@pytest.mark.parametrize("text,expected", list(BACK_TO_BACK.values()), ids=list(BACK_TO_BACK))
def test_underlined_title_under_a_titles_rule_in_text(text: str, expected: list[tuple[int, str]]) -> None:
    assert _titles(text, "note.txt") == expected


@pytest.mark.parametrize("text,expected", list(BACK_TO_BACK.values()), ids=list(BACK_TO_BACK))
def test_markdown_reads_the_same_pairs(text: str, expected: list[tuple[int, str]]) -> None:
    got = _titles(text, "note.md")
    assert [t for _, t in got if t != "Project"] == [t for _, t in expected]


@pytest.mark.parametrize("text,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_rules_over_no_title_stay_rules(text: str, expected: list[tuple[int, str]]) -> None:
    assert _titles(text, "note.txt") == expected
