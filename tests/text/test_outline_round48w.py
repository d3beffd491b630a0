"""Round 48w: a contents list set with no blank line before the text ends where its first entry's number comes
back as far in as it stood, right after an entry of the list ('1. 简介' … '5. 附录' with sub-entries, then '1. 背景'):
the chapters begin there, so they are read as the outline even when their titles differ from the entries (a
translated or revised document); a list whose first number returns after a part's name, or deeper in, runs on
(rule: `contents._restarted`, in `contents_entries`)."""

from __future__ import annotations

import pytest

from support import parse_document

B1 = "本文介绍一种面向中小企业的数据同步方案，说明它要解决的问题、总体设计以及部署时需要注意的事项。"
B2 = "企业内部往往同时运行多套业务系统，各系统之间的数据需要定期核对，人工处理既慢又容易出错。"
B3 = "方案由采集端、传输通道和校验服务三部分组成，各部分可以独立升级，互不影响正常的业务运行。"
B4 = "采集端部署在业务系统所在的服务器上，按照配置的周期读取变更记录，并写入本地的缓冲队列。"
B5 = "校验服务每天凌晨比对两端的数据摘要，发现差异时生成报告，并通知相关负责人及时处理。"
B6 = "部署前应确认网络策略允许两端通信，并为每个节点分配独立的账号，便于日后审计和排查问题。"
B7 = "本方案已在三家企业试运行半年，同步延迟稳定在分钟级，人工核对的工作量明显减少。"

CONTENTS = ["数据同步方案说明", "目录", "1. 简介", "    1. 现状", "    2. 目标", "2. 设计", "    1. 采集端",
            "    2. 校验服务", "3. 部署", "4. 总结", "5. 附录"]
BODY = ["1. 背景", B1, "1.1 现状", B2, "1.2 目标", B3, "2. 总体设计", "2.1 采集端", B4, "2.2 校验服务", B5,
        "3. 部署事项", B6, "4. 总结", B7]
BODY_OUT = [(1, "1.背景"), (2, "1.1现状"), (2, "1.2目标"), (1, "2.总体设计"), (2, "2.1采集端"), (2, "2.2校验服务"),
            (1, "3.部署事项"), (1, "4.总结")]


def _headings(lines: list[str]) -> list[tuple[int, str]]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "t.txt")
    return [(h.depth, f"{h.marker}{h.title}".replace(" ", "")) for h in doc.headings]


def _numbered(lines: list[str]) -> list[tuple[int, str]]:
    return [h for h in _headings(lines) if h[1][:1].isdigit()]


CASES = {
    "a contents list running straight into '1. 背景'": (CONTENTS + BODY, BODY_OUT),
    "a spaced name over the list": (CONTENTS[:1] + ["目  录"] + CONTENTS[2:] + BODY, BODY_OUT),
    "a blank line after the list": (CONTENTS + [""] + BODY, BODY_OUT),
    "the first number again after a part's name, inside the list": (
        CONTENTS[:6] + ["第二部分 实施", "1. 准备", "2. 上线"] + CONTENTS[6:] + BODY, BODY_OUT),
    "the first number again deeper in, inside the list": (CONTENTS[:3] + ["    1. 概况"] + CONTENTS[3:] + BODY,
                                                          BODY_OUT),
}


@pytest.mark.parametrize("name", CASES)
def test_chapters_after_a_contents_list(name: str) -> None:
    lines, want = CASES[name]
    assert _numbered(lines) == want


UNCHANGED = {
    "the chapters repeat the entries' titles": CONTENTS + ["1. 简介", B1] + BODY[2:],
    "a list with no contents name": CONTENTS[:1] + CONTENTS[2:] + BODY,
    "a list of points under a name, prose after it": ["目录", "1. 简介", "2. 设计", "3. 部署", B1, B2, "1. 背景", B3],
}


@pytest.mark.parametrize("name", UNCHANGED)
def test_lists_that_read_as_before(name: str) -> None:
    with_rule = _headings(UNCHANGED[name])
    from reader.text import contents
    original = contents._restarted
    contents._restarted = lambda *args: False
    try:
        without = _headings(UNCHANGED[name])
    finally:
        contents._restarted = original
    assert with_rule == without


# Underlined titles (a Markdown or reStructuredText page copied as text) whose blank lines were lost: a rule as wide
# as the line over it, to a column or two, underlines that line even with text right above it
# (rule: `setexttitles._drawn_for`, in `_underlined`).

E1 = "The following documents contain provisions which constitute provisions of this specification."
E2 = "Each entry names the edition that applies; later amendments apply only where cited."
E3 = "Other texts give background and are not required to apply this specification."

SETEXT = ["Normative references", "====================", E1, "Published recommendations",
          "-------------------------", " * Recommendation A.100, Basic notation", E2, "Informative references",
          "----------------------", " * Report B.12, Design notes", E3]
SETEXT_OUT = [(1, "Publishedrecommendations"), (1, "Informativereferences")]  # (the first line: the title)


@pytest.mark.parametrize("lines", [SETEXT, [s.replace("-" * 22, "-" * 23) for s in SETEXT]],
                         ids=["rules as wide as their lines", "a rule one column long"])
def test_underlined_titles_with_no_blank_line_above(lines: list[str]) -> None:
    assert _headings(lines) == SETEXT_OUT


SETEXT_UNCHANGED = {
    "a bare '---' under the last line of each part": ["使用说明", "本节说明工具的基本用法。", "不解释", "---",
                                                      "限制", "请勿在生产环境直接运行。", "pass", "---", "结束"],
    "a rule far wider than the line over it": SETEXT[:3] + ["Published recommendations", "-" * 60] + SETEXT[5:7]
    + ["Informative references", "-" * 60] + SETEXT[9:],
    "a banner: a rule over the line too": ["====================", "Normative references", "====================",
                                           E1, "--------------------", "Informative references",
                                           "----------------------", E3],
}


@pytest.mark.parametrize("name", SETEXT_UNCHANGED)
def test_rules_that_underline_nothing(name: str) -> None:
    from reader.text import setexttitles
    with_rule = _headings(SETEXT_UNCHANGED[name])
    original = setexttitles._drawn_for
    setexttitles._drawn_for = lambda *args: False
    try:
        without = _headings(SETEXT_UNCHANGED[name])
    finally:
        setexttitles._drawn_for = original
    assert with_rule == without
