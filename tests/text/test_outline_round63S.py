"""Round 63S: the lead and announcement passes' name helpers (reader.text.leads) on a fast path; outputs unchanged.

Each case compares the helper with the slow form it replaced (kept here as the reference) on titles and leads of the
shapes the passes read: bracketed asides, listed names, marks, digits, Latin words and underscores.
"""

from __future__ import annotations

import random

import pytest

from reader.text.leads import named_at, title_core, title_names

_SPLITS = "、，,/和与及&"
_NO_SPLITS = str.maketrans("", "", _SPLITS)


def _core_before(text: str) -> str:
    """title_core as it was: a loop over the characters."""
    out, depth = [], 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif not depth and (ch.isalnum() or ch in _SPLITS):
            out.append(ch)
    return "".join(out)


def _names_before(text: str) -> list[str]:
    """title_names as it was: every split asked of every title."""
    core = _core_before(text)
    parts = [core]
    for ch in _SPLITS:
        parts = [q for p in parts for q in p.split(ch)]
    return [p for p in {core.translate(_NO_SPLITS), *parts} if len(p) >= 2]


def _at_before(names: list[str], lead: str) -> int:
    return min((at for at in (lead.find(name) for name in names) if at >= 0), default=-1)


TITLES = [
    "乾元山（金光洞、银光洞）", "郧西县、十堰市市区", "武当山", "介绍：", "议题一：介绍", "1、一项。", "Q&A", "snake_case 名称",
    "第 2 部分 — 方法/结果", "（注）", "未闭合（括号", "多余）括号", "Ⅻ章 ①项 ²", "查询、统计分析和查询推理", "　全角空格　",
    "", "：", "a", "和", "Deep Learning (DL) 入门", "中英混排abc123，结束。", "——记者手记", "『引号』《书名》",
]


@pytest.mark.parametrize("text", TITLES)
def test_title_core_and_names_as_before(text):
    assert title_core(text) == _core_before(text)
    assert title_names(text) == _names_before(text)


def test_random_titles_as_before():
    rnd = random.Random(63)
    alphabet = "乾元山金光洞（）()、，,/和与及& _-aZ19①Ⅻ²：:。！\t\u3000·—《》"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert title_core(text) == _core_before(text), text
        assert sorted(title_names(text)) == sorted(_names_before(text)), text


@pytest.mark.parametrize("names, lead", [
    (["选课", "退课"], "本章介绍选课、退课和成绩查询"),
    (["退课", "选课"], "本章介绍选课、退课和成绩查询"),
    (["成绩"], "本章介绍选课、退课"),
    ([], "任何导语"),
    (["导语"], ""),
    (["课", "选课"], "选课退课"),
])
def test_named_at_as_before(names, lead):
    assert named_at(names, lead) == _at_before(names, lead)


@pytest.mark.parametrize("text, expected", [
    ("消防顧問：實測非科學　可看拿開火機是否繼續燃燒", True),
    ("产品：明确目标，茁壮成长", True),
    ("消防顧問:實測非科學", False),  # a half-width colon: no headline, before and after
    ("消防顧問實測非科學", False),
    ("", False),
    ("翻译：单致豪", True),  # a field by its shape: labelled_particular sets it aside
])
def test_headline_colon_without_a_colon_is_none(text, expected):
    from reader.text.headlines import headline_colon

    assert headline_colon(text) is expected
