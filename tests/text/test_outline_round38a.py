"""Round 38a: a talk's questions from the floor. '提问：…？' over the speaker's answer ('王磊：其实…') in the part a talk
names 'Q&A' head that part's sections; a record's particulars ('主席：…', '记录：…') are labels with short values, and
a question ('提问：…？') is none, so a staff meeting's '关于组织：…' over its question and answer is a title."""

from __future__ import annotations

import pytest

from reader.text.meetings import particulars
from reader.text.speeches import floor_questions
from support import heading_texts, parse_document, paragraphs

_TALK = "今天我想和大家聊一聊分布式数据库在互联网业务里的实践，包括我们这几年踩过的坑，以及我们对未来的一些判断和思考。"
_ANSWER = "王磊：其实这个问题要看业务的特点，如果写入非常集中，就需要在应用层先做一次削峰，再交给数据库去处理，这样会稳定很多。"


def _talk(questions: list[str], session: str = "Q&A") -> str:
    parts = ["分布式数据库的模式与反模式", _TALK, "存储系统的痛点", _TALK.replace("今天", "首先"),
             "扩展模型", _TALK.replace("今天", "其次"), "我的分享就到这里，谢谢大家。", session]
    for question in questions:
        parts += [question, _ANSWER]
    return "\n\n".join(parts) + "\n"


_ASKED = ["提问：您好，我想问一下秒杀这种场景，什么样的数据库设计比较合适？",
          "提问：您好，历史数据应该怎么清理，如果后面还要拿来分析的话。",
          "提问：你们当时为什么没有选择直接基于 MySQL 来做？"]


def test_the_questions_from_the_floor_head_the_parts_of_a_q_and_a():
    doc = parse_document(_talk(_ASKED).encode("utf-8"), "talk.txt")
    depths = {h.title.replace(" ", ""): h.depth for h in doc.headings}
    assert "Q&A" in depths
    for question in _ASKED:
        assert depths.get(question.replace(" ", "")) == depths["Q&A"] + 1, heading_texts(doc)


@pytest.mark.parametrize("session, questions, found", [
    ("Q&A", _ASKED, {8, 10, 12}),
    ("现场问答", ["Q:可以讲讲虚拟化方面的支持吗？", "Q：现在这个项目是什么状态？"], {8, 10}),
    ("讨论", _ASKED, set()),  # no part named for questions: a listener's turns, not its sections
    ("Q&A", _ASKED[:1], set()),  # one question alone
])
def test_floor_questions_need_a_part_named_for_them(session, questions, found):
    lines = _talk(questions, session).split("\n\n")
    assert floor_questions(paragraphs([line.strip() for line in lines]), set()) == found


def test_unanswered_questions_in_a_row_are_no_sections():
    lines = ["Q&A", *_ASKED, _ANSWER]
    assert floor_questions(paragraphs(lines), set()) == set()


_MEETING = ["关于组织：提效不是运动式的",
            "提问：除了最近的组织优化，接下来我们还有什么措施？",
            "李斌：提效是必须长期做的一件事，不是运动式的。关键业务要增加资源投入，每个部门的目标感要更强。"]


def test_a_question_is_no_particular():
    """The run of lines with a colon breaks at the question; a record's particulars, short values all, stay one."""
    assert particulars(paragraphs(_MEETING)) == set()
    record = ["时间：2024年6月21日", "地点：管理学院919", "主持：张伟", "记录：李娜"]
    assert particulars(paragraphs(record)) == {0, 1, 2, 3}


def test_a_staff_meetings_headlines_over_question_and_answer_are_titles():
    """'关于组织：…' over '提问：…？' and the speaker's '李斌：…': three lines with a colon in a row, yet a talk's parts."""
    intro = "以下是李斌当天讲话和员工问答的主要内容，经整理后发布，部分内容有删节，供大家参考。"
    parts = [intro]
    for topic, question in [("关于组织：提效不是运动式的", "除了最近的组织优化，接下来我们还有什么措施？"),
                            ("关于竞争：放弃很多幻想", "今年以来市场竞争急剧加强，我们怎么看？"),
                            ("关于战略：长期主义不是借口", "长期投入和短期执行怎么平衡？")]:
        parts += [topic, "提问：" + question, _MEETING[2], intro.replace("以下是", "这一段是")]
    doc = parse_document(("\n\n".join(parts) + "\n").encode("utf-8"), "speech.txt")
    assert heading_texts(doc) == ["关于组织：提效不是运动式的", "关于竞争：放弃很多幻想", "关于战略：长期主义不是借口"]


@pytest.mark.parametrize("alert", ["[!TIP]", "[!Note]", "> [!IMPORTANT]", "[!Warning]"])
def test_a_call_outs_label_under_a_title_stands_between_it_and_its_text(alert):
    """'集合的概念' over '[!TIP]' over its text: GitHub's call-out, its '>' gone, leaves its label on a line of its own."""
    body = "当我们用数学语言来描述世界时，首先要把我们感兴趣的对象拿出来，放在一起组成一个整体，这就是集合。"
    parts = ["高等数学讲义"]
    for name in ["集合的概念", "集合之间的关系", "集合之间的运算", "映射的定义"]:
        parts += [name, alert, body, body.replace("首先", "然后")]
    doc = parse_document(("\n\n".join(parts) + "\n").encode("utf-8"), "notes.txt")
    assert heading_texts(doc) == ["集合的概念", "集合之间的关系", "集合之间的运算", "映射的定义"]
