"""Round 58N: a hard-wrapped text keeps a lettered list's items apart: 'f) 负责…' nearly filling the column over
'g) 负责…' is two items, as the unwrapped text has them (a wrap's cut puts the next letter of the list at a line's
start almost never). Items out of step ('a)' over 'c)'), letters of two cases, a sentence cut before a letter
that is no next item, and lines that end on a comma still join as before."""

from __future__ import annotations

import pytest

from support import parse_document

_P = ("本岗位面向社会公开招聘，工作地点在北京市朝阳区，入职后将参加为期两周的岗前培训，培训期间待遇与正式员工相同，"
      "考核合格后正式上岗，具体安排以人事部门的通知为准。")


def _wrapped(text: str, chars: int = 24) -> list[str]:
    """A Chinese line cut every `chars` characters, as a PDF extract of it is."""
    return [text[k:k + chars] for k in range(0, len(text), chars)]


def _paragraphs(items: list[str]) -> list[str]:
    """The cleaned paragraphs of a wrapped page: a title, prose, a label and the items, each wrapped at 24."""
    lines = ["项目助理招聘启事"] + _wrapped(_P) + ["工作描述："] + [p for item in items for p in _wrapped(item)] \
        + _wrapped(_P)
    doc = parse_document("\n".join(lines).encode("utf-8"), name="job.txt")
    return [p.text for p in doc.paragraphs]


_F = "f) 负责办公室日常事务接待、来访客人接待工作"
_G = "g) 负责名片印制、报纸杂志订阁、收发和公务信函"
_B = "b) 办公室固定资产的清点、登记、维护以及报修"


@pytest.mark.parametrize("items", [
    [_F, _G],
    [_B, "c) 收发快递、信函"],
    [_B.replace(")", "）"), "c）收发快递、信函"],
    ["B) 办公室固定资产的清点、登记、维护以及报修", "C) 收发快递、信函"],
])
def test_lettered_items_stay_apart(items):
    got = _paragraphs(items)
    assert items[0] in got and any(p.startswith(items[1]) for p in got)


@pytest.mark.parametrize("first, second", [
    (_B, "d) 收发快递、信函"),  # out of step: no next item
    (_B, "C) 收发快递、信函"),  # another case
    ("b) 办公室固定资产的清点、登记、维护以及报修，", "c) 收发快递、信函"),  # cut on a comma: goes on
])
def test_other_lines_join_as_before(first, second):
    got = _paragraphs([first, second])
    assert any(p.startswith((first + second, f"{first} {second}")) for p in got)
