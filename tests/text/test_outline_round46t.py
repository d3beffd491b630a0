"""Round 46t: a FAQ or an interview asks some of its questions in two ('报名费多少钱?可以退吗？', '你们怎么分工？有没有
固定的搭档？'), one question told in two short halves over one answer. Beside the bare questions that head the other
answers they head theirs too; on its own (a speech, an essay) such a line stays running text, and a turn of running
speech ('那么…？…？', '…？…呢？') stays out however many questions stand around it. An interview set in parts asks
with 'Q:' as with '问：', its questions under their part's title; and a question pressed with 究竟 or 到底 is the
speaker's own, no title, as is one turning on with '至于…？' or '倘若…？'."""

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


# An interview set in parts, each under its own title, asks with 'Q:' as with '问：': the questions belong to the
# part whose title stands over them, not beside it.

_SAID = "刚开始的时候确实很难，很多代码都看不懂，只能一边读文档一边问社区里的前辈，慢慢地才摸清了整个项目的结构。"


def _parts(asker: str) -> list[str]:
    return ["项目简介", _SAID, "从业务走向开源", _SAID,
            f"{asker}为什么会想参与到这个开源项目里来？", "A:" + _SAID, f"{asker}这个过程中最难的是什么？", "A:" + _SAID,
            "给新人的建议", _SAID,
            f"{asker}刚入门的同学应该从哪里开始？", "A:" + _SAID, f"{asker}怎样才能让自己的提交被接受？", "A:" + _SAID]


@pytest.mark.parametrize("asker", ["Q:", "Q：", "Q1："])
def test_q_questions_nest_under_the_part_they_are_asked_in(asker):
    found = outline(_parts(asker))
    assert [d for d, _, _ in found] == [1, 1, 2, 2, 1, 2, 2]



# A question pressed with 究竟 or 到底 ('我们究竟要解决什么问题？') is the speaker's own, asked of the listener on the
# way to the answer: no title, however bare; a plain question over its answer beside plain titles still heads it.

_TOLD = "这个项目最早是几个同学在课余时间做起来的，当时谁也没有想到它会被这么多人用，后来我们才开始认真地对待它。"


@pytest.mark.parametrize("pressed", ["我们究竟要解决什么问题？", "到底谁在用这个工具?", "我們究竟要解決什麼問題？"])
def test_a_pressed_question_is_no_title(pressed):
    lines = ["项目的由来", _TOLD, _MORE, pressed, _TOLD, "后来的发展", _TOLD, _MORE]
    assert [t for _, _, t in outline(lines)] == ["项目的由来", "后来的发展"]


def test_a_plain_question_among_titles_still_heads_its_answer():
    lines = ["项目的由来", _TOLD, _MORE, "我们要解决什么问题？", _TOLD, "后来的发展", _TOLD, _MORE]
    assert [t for _, _, t in outline(lines)] == ["项目的由来", "我们要解决什么问题？", "后来的发展"]


# '至于…？', '倘若…？' turn to the next point or suppose, as '那么…？' and '如果…？' do: running speech, no title.

@pytest.mark.parametrize("turn", ["至于报名费怎么交？", "至於報名費怎麼交？", "倘若去掉这一步会怎样？", "具体而言我们改了什么？"])
def test_a_question_opening_with_a_turn_of_speech_is_no_title(turn):
    found = outline(_faq(_BARE[:2] + [turn] + _BARE[2:]))
    assert [t for _, _, t in found] == _BARE
