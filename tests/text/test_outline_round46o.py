"""Round 46o: a sentence a dash breaks off after a clause ('…这么多年，…我都做过——') runs on into the next line:
no title. A title quoted in corner brackets ('「开源之道」对话') opens with a quote, no list item's mark."""

from __future__ import annotations

import pytest

from support import outline


# A sentence with a clause break that a dash breaks off ('…这么多年，…我都做过——') goes on in the next line: the
# speaker's or writer's words running on, no title; a one-clause title ending in a dash stays.

_TALK = "那时候我们几个人挤在一间小办公室里，每天讨论到深夜，谁也说不清楚明天会怎么样，可是大家都很兴奋。"


def _talk(line: str) -> list[str]:
    return ["从报社到网站", "起步", _TALK, line, _TALK, "转型", _TALK, "回望", _TALK]


@pytest.mark.parametrize("line", [
    "你别看我做了这么多年，报纸杂志电台电视我都做过——",
    "再说了，这里还有你一直想学的本事呢——",
])
def test_a_sentence_broken_off_by_a_dash_is_no_title(line):
    got = [t for _, _, t in outline(_talk(line))]
    assert "起步" in got and "转型" in got, got
    assert line not in got, got


def test_a_one_clause_title_ending_in_a_dash_stays():
    got = [t for _, _, t in outline(_talk("如何把一份报纸办成网站——"))]
    assert "如何把一份报纸办成网站——" in got, got


# '「开源之道」对话' opens with a corner bracket that quotes a name, as '“零门槛”' opens with a curly quote: no list
# item's mark, however many paragraphs open with a quotation in corner brackets too ('「读万卷书」，这句话…').

_QUOTED = ["「读万卷书，行万里路」，这句话小时候听得太多，真正明白它的意思却是在工作好几年以后，那时才知道脚下的路有多远。",
           "「慢慢来，比较快」，带我入行的师傅总这样说，当时觉得是安慰人的话，后来一次次返工才懂得其中的分量和道理。",
           "「做一件事就要把它做完」，这是今年给自己定下的规矩，说起来容易，坚持下来却比想象中难得多，也有意思得多。"]


@pytest.mark.parametrize("marks", [("「", "」"), ("『", "』")])
def test_titles_quoted_in_corner_brackets_are_no_list_items(marks):
    left, right = marks
    first, second = f"{left}开源之道{right}读书会", f"{left}开源之法{right}对话"
    said = [q.replace("「", left).replace("」", right) for q in _QUOTED]
    lines = ["二〇二四年度总结", "引子", said[0], "翻译与写作", said[1], first, said[2], "线下活动", said[0], second, said[1],
             "明年计划", said[2]]
    got = [t for _, _, t in outline(lines)]
    assert first in got and second in got, got
    assert not any(t.startswith(left + "读万卷书") for t in got), got


def test_a_symbol_opening_sentences_still_marks_items():
    lines = ["二〇二四年度总结", "引子", _QUOTED[0], "翻译与写作", _QUOTED[1], "▪ 开源之道读书会", _QUOTED[2],
             "▪ 今年读完了十二本书，比去年多了一倍，其中一半是借来的。", "▪ 组织了四次线下交流，每次都有新朋友来。",
             "▪ 明年还想再多读几本关于社区治理的书，最好能写些笔记。", "明年计划", _QUOTED[2]]
    got = [t for _, _, t in outline(lines)]
    assert "▪ 开源之道读书会" not in got and "开源之道读书会" not in got, got
