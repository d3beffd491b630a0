"""Round 46t: a FAQ or an interview asks some of its questions in two ('报名费多少钱?可以退吗？', '你们怎么分工？有没有
固定的搭档？'), one question told in two short halves over one answer. Beside the bare questions that head the other
answers they head theirs too; on its own (a speech, an essay) such a line stays running text, and a turn of running
speech ('那么…？…？', '…？…呢？') stays out however many questions stand around it."""

from __future__ import annotations

import pytest

from support import outline

_ANSWER = "可以的，报名以后在个人页面就能看到，工作人员会在三个工作日内审核，审核通过后会有短信通知，请留意手机。"
_MORE = "具体的时间安排以学院网站的通知为准，如果有变化我们会第一时间在群里告诉大家，有问题也可以直接打电话咨询。"
_TALK = "我当年刚进实验室的时候，也是什么都不懂，每天跟着师兄做实验，一点一点摸索，慢慢才找到了自己的方向和节奏。"


def _faq(questions: list[str]) -> list[str]:
    lines = []
    for question in questions:
        lines += [question, _ANSWER]
    return lines


_BARE = ["报名需要带什么材料？", "什么时候公布结果？", "可以找别人代领证书吗？"]


@pytest.mark.parametrize("twice", [
    "报名费多少钱?可以退吗？",
    "你们是怎么分工的？有没有固定的搭档？",
    "宿舍可以用电饭锅吗？被发现了会怎么处理？",
    "How to apply？需要先注册账号吗？",
])
def test_a_question_asked_in_two_heads_its_answer_beside_bare_questions(twice):
    found = outline(_faq(_BARE[:2] + [twice] + _BARE[2:]))
    assert [t for _, _, t in found] == _BARE[:2] + [twice] + _BARE[2:]
    assert {d for d, _, _ in found} == {1}


@pytest.mark.parametrize("twice", [
    "那么报名费多少钱？可以退吗？",  # a turn that ties on to what was said
    "报名费多少钱？为什么不能退呢？",  # asked of the listener
    "报名费多少钱？可以退吗？能转给别人吗？",  # three at once: asked from the floor
])
def test_turns_of_speech_stay_out_among_bare_questions(twice):
    found = outline(_faq(_BARE[:2] + [twice] + _BARE[2:]))
    assert [t for _, _, t in found] == _BARE


def test_a_question_asked_in_two_alone_in_a_talk_is_no_title():
    lines = [_TALK, "我们为什么要做科研？做科研到底图什么？", _TALK, _MORE, "所以我想说的是，坚持下去。", _TALK]
    assert outline(lines) == []

