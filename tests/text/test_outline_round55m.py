"""Round 55m: an essay's plain topic titles at a steady pace; the one the rules passed over in a long stretch."""

from __future__ import annotations

import pytest

from reader.text.candidate import Candidate
from reader.text.gapsiblings import add_gap_siblings
from support import paragraphs as _paragraphs

A = "每天早上去公园跑两圈，周末和朋友一起去爬山。"
B = "慢慢坚持下来，身体比以前好了很多，也睡得更香。"


def _topics(names: list[str], extra: dict[int, list[str]] | None = None) -> list[str]:
    """Each topic over two lines of body; `extra`: lines set in after the n-th topic's body."""
    lines: list[str] = []
    for n, name in enumerate(names):
        lines += [name, A, B] + (extra or {}).get(n, [])
    return lines


def _added(lines: list[str], kept: list[str], numbered: tuple[int, ...] = ()) -> list[str]:
    """The lines the pass adds beside the kept titles (`numbered`: lines a list's dropped number stands on)."""
    paragraphs = _paragraphs(lines)
    candidates = []
    for i, text in enumerate(lines):
        if text in kept or i in numbered:
            c = Candidate(i, None, "container", -1000)
            if i in numbered:
                c.match, c.accepted = object(), False  # type: ignore[assignment]
            candidates.append(c)
    before = {c.index for c in candidates if c.accepted}
    out = add_gap_siblings(candidates, paragraphs)
    return [lines[c.index] for c in out if c.accepted and c.index not in before]


_NAMES = ["唱歌", "健身", "羽毛球", "读书", "旅游", "练字"]


@pytest.mark.parametrize("lines, kept, want", [
    (_topics(_NAMES), [n for n in _NAMES if n != "读书"], ["读书"]),  # the long stretch between 羽毛球 and 旅游
    (_topics(_NAMES + ["总结："]), _NAMES, ["总结："]),  # as far after the last as they stand apart
    (_topics(["exit", "cd", "pwd", "fg", "ls"]), ["exit", "cd", "pwd", "ls"], ["fg"]),  # commands' names
    # left alone:
    (_topics(_NAMES), _NAMES, []),  # nothing passed over
    (_topics(_NAMES[:3] + _NAMES[4:]), _NAMES[:3] + _NAMES[4:], []),  # no line in the stretch is one
    (_topics(_NAMES, {2: ["跑步", "后来又慢慢开始练习游泳和骑车了。"]}),
     [n for n in _NAMES if n != "读书"], []),  # two short lines in the stretch: which one is the title?
    (_topics(_NAMES, {2: ["检查时间如下：", "产检周期", "每月一次检查的时间安排"]}), _NAMES, []),  # a cell after a lead-in
    (_topics(_NAMES, {2: ["可能竞品：在线文档", "这一段还要再写几句才算完。"]}),
     _NAMES, []),  # a colon inside: a field, no topic
    (_topics(_NAMES, {2: ["图 3 跑步路线", "这一段还要再写几句才算完。"]}), _NAMES, []),  # a figure's caption
    (_topics(_NAMES, {2: ["- 跑步", "这一段还要再写几句才算完。"]}), _NAMES, []),  # an item of a list
    (_topics(_NAMES, {2: ["    结果", "这一段还要再写几句才算完。"]}), _NAMES, []),  # set in among flush titles
    (_topics(_NAMES, {2: ["paul", "这一段还要再写几句才算完。"]}), _NAMES, []),  # ASCII among Chinese titles
    (_topics(_NAMES, {2: ["为什么要坚持？", "这一段还要再写几句才算完。"]}), _NAMES, []),  # a question
    (_topics(_NAMES[:3]), [n for n in _NAMES[:3] if n != "健身"], []),  # too few titles for a pace
])
def test_a_passed_over_topic_title_is_kept_beside_its_siblings(lines, kept, want):
    assert _added(lines, kept) == want


def test_a_stretch_holding_a_list_numbered_is_left_alone():
    """'读书' after a dropped '1.' in the stretch: the stretch holds a list, not only the title's body."""
    lines = _topics(_NAMES)
    assert _added(lines, [n for n in _NAMES if n != "读书"], numbered=(lines.index("读书") - 1,)) == []


def test_the_whole_outline_keeps_each_title_once():
    """End to end: with the pass in the outline, a run the rules found whole stays as it was, nothing doubled."""
    from support import outline

    assert outline(_topics(_NAMES)) == [(1, "", n) for n in _NAMES]


def test_titles_a_file_marks_take_no_plain_line_beside_them():
    """'## 二胡' and its siblings marked in Markdown: the writer marked each title, so a plain line is none."""
    from dataclasses import replace
    lines = _topics(_NAMES)
    kept = [n for n in _NAMES if n != "读书"]
    marked = [replace(p, heading_level=2) if p.text in kept else p for p in _paragraphs(lines)]
    candidates = [Candidate(i, None, "container", -1000) for i, text in enumerate(lines) if text in kept]
    assert len(add_gap_siblings(candidates, marked)) == len(kept)
    assert _added(lines, kept) == ["读书"]  # the same lines plain: the passed-over title is added
