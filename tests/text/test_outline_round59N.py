"""Round 59N: an interview's questions answered in a word. In a text whose questions head their answers (three or
more), a question set as they are ('- 团队里如果有同学没跟上进度怎么办？' over '干不完请奶茶；', or '有遇到哪些问题，
是怎么解决的呢？' over '当然，我们遇到了一些挑战。例如：') is one more of the session. Questions under a lead-in,
set otherwise than the session's, before the session's first question, or in a text with fewer than three, and named
turns ('《中国企业家》：怎么理解？'), are left alone."""

from __future__ import annotations

import pytest

from support import parse_document

_A = "我们按个人意愿和个人能力分配任务，每周开一次例会检查进度，遇到困难的同学由组长和其他组员一起帮忙解决。"


def _outline(text: str) -> list[str]:
    """The headings' texts of the text saved as a .txt file."""
    doc = parse_document(text.encode("utf-8"), name="interview.txt")
    return [h.marker + h.title for h in doc.headings]


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


_BULLETED = _blocks("采访", "- 你们是怎么合理地具体分配组员里的工作的？有什么有效的方法吗？", "  " + _A,
                    "- 你们在编码的过程中是聚在一起码还是各自分开码？", "  " + _A,
                    "- 团队里如果有同学没跟上进度怎么办？", "  干不完请奶茶；",
                    "- ui和美工方面有什么比较好的素材来源吗？", "  （网上找素材呀！",
                    "- 有什么提高整体编码效率的方法吗？", "  " + _A)
_PLAIN = _blocks("代码高亮插件：学生开发者的开源故事", _A, "能够向大家介绍一下你们做的这款插件吗？", _A,
                 "请问你们是如何拆解这个完成这个插件的？", _A,
                 "有遇到哪些问题，是怎么解决的呢？", "当然，我们开发中遇到了一些挑战。例如：",
                 "1. 在前端配置过程中无法导入多种样式的CSS文件，我们采用了CSS in JS的方案。\n"
                 "2. 在实现明暗模式切换时预览框没有同步切换，我们改写了样式的挂载方式。",
                 "现在对于开源社区，有什么新的理解？", _A)


@pytest.mark.parametrize("text, question", [
    (_BULLETED, "团队里如果有同学没跟上进度怎么办？"),
    (_BULLETED, "ui和美工方面有什么比较好的素材来源吗？"),
    (_PLAIN, "有遇到哪些问题，是怎么解决的呢？"),
])
def test_a_question_answered_briefly_is_one_of_the_session(text, question):
    found = _outline(text)
    assert question in [h.lstrip("- ") for h in found]


@pytest.mark.parametrize("text, question", [
    # two questions heading answers make no session: the third, answered in a word, stays text
    (_blocks("采访", "你们在编码的过程中是聚在一起码还是各自分开码？", _A, "有什么提高整体编码效率的方法吗？", _A,
             "团队里如果有同学没跟上进度怎么办？", "干不完请奶茶；", _A), "团队里如果有同学没跟上进度怎么办？"),
    # a question under a lead-in is an item of the lead-in's list
    (_blocks("采访", "你们在编码的过程中是聚在一起码还是各自分开码？", _A, "有什么提高整体编码效率的方法吗？", _A,
             "你们有使用哪些前后端框架吗？", _A, "可以考虑以下几个问题：", "团队里如果有同学没跟上进度怎么办？",
             "干不完请奶茶；"), "团队里如果有同学没跟上进度怎么办？"),
    # a bulleted question among bare ones is set otherwise than the session's
    (_blocks("采访", "你们在编码的过程中是聚在一起码还是各自分开码？", _A, "有什么提高整体编码效率的方法吗？", _A,
             "你们有使用哪些前后端框架吗？", _A, "- 团队里如果有同学没跟上进度怎么办？", "干不完请奶茶；"),
     "团队里如果有同学没跟上进度怎么办？"),
    # before the session's first question: an essay's question over its answer ('因为一个真相。')
    (_blocks("读博为什么越来越难", "为什么面对读博大家都那么悲观？", "因为一个真相。", "你们在编码的过程中是聚在一起码还是各自分开码？",
             _A, "有什么提高整体编码效率的方法吗？", _A, "你们有使用哪些前后端框架吗？", _A),
     "为什么面对读博大家都那么悲观？"),
    # a named turn is the interview's turns' to judge
    (_blocks("采访", "你们在编码的过程中是聚在一起码还是各自分开码？", _A, "记者：怎么理解？", "还可以；",
             "有什么提高整体编码效率的方法吗？", _A, "你们有使用哪些前后端框架吗？", _A), "记者：怎么理解？"),
    # a question with a sentence before it is a turn of speech
    (_blocks("采访", "你们在编码的过程中是聚在一起码还是各自分开码？", _A, "有什么提高整体编码效率的方法吗？", _A,
             "你们有使用哪些前后端框架吗？", _A, "那倒是不错。那价格方面呢？", "还可以；"), "那倒是不错。那价格方面呢？"),
])
def test_questions_outside_a_session_stay_text(text, question):
    assert question not in [h.lstrip("- ") for h in _outline(text)]
