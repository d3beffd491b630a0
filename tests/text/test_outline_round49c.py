"""Round 49c: news features and interviews. An interviewer's question heads its answer even when it ends in 呢, as
long as it is put to the interviewee ('你们…呢？') or names the next topic and nothing else ('软件呢？'), beside
bare questions that head the other parts; a question with no one addressed or a sentence before it stays speech."""

from __future__ import annotations

import pytest

from support import parse_document

ANSWER = "我们当时先做了一个很小的原型，然后每周和社区的维护者交流一次，根据反馈不断修改，前后花了大约三个月的时间才完成。"


def _interview(*questions: str) -> str:
    asked = ["能介绍一下你们的项目吗？", "项目最难的部分是什么？", *questions]
    return "校园开发者访谈\n\n" + "".join(f"{q}\n\n{ANSWER}\n\n" for q in asked)


def _found(text: str) -> list[str]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [h.title for h in doc.headings]


BASE = ["能介绍一下你们的项目吗？", "项目最难的部分是什么？"]
CASES = {
    # rule: questions._unparticled reads a 呢 question put to the interviewee as a bare one
    "put to the interviewee, with a clause break": (
        _interview("对于低年级的同学，你们会怎么鼓励他们参与进来呢？"),
        BASE + ["对于低年级的同学，你们会怎么鼓励他们参与进来呢？"]),
    "put to 您, asked in two": (
        _interview("您平时怎么安排时间？又是怎么坚持下来的呢？"), BASE + ["您平时怎么安排时间？又是怎么坚持下来的呢？"]),
    "a bare follow-up naming the next topic": (_interview("软件呢？"), BASE + ["软件呢？"]),
    # negative cases: the particle still marks a turn of speech
    "no one addressed: a reader asks himself": (
        _interview("面对这样的局面，我们该怎么办呢？"), BASE),
    "a sentence before the question": (_interview("隔天就到吗？那倒不错。那价格方面呢？"), BASE),
    "a connective ties it to what came before": (_interview("那么你们后来又是怎么做的呢？"), BASE),
}


@pytest.mark.parametrize("name", CASES)
def test_outline_round49c(name: str) -> None:
    text, want = CASES[name]
    assert _found(text) == want


def test_particle_alone_is_no_heading_without_bare_questions() -> None:
    """With no bare question heading a part, a lone 呢 question put to you is a speaker's turn, no heading."""
    text = (f"一次分享会的记录\n\n{ANSWER}\n\n你们觉得这是为什么呢？\n\n{ANSWER}\n\n")
    assert "你们觉得这是为什么呢？" not in _found(text)
