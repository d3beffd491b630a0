"""Round 58D: on a page that asks its parts ('你会优先学习的工具有那些？'), a label over a list right under a question
('值得优先学习的内容：' over '- …') opens that question's answer: it leads into the answer's list and heads no section
of its own. A label over a list further down an answer, after its running text ('学习资源：'), stays a part as before,
and so do the questions themselves."""

from __future__ import annotations

import pytest

from support import parse_document

ANSWER = "这个问题要看你的具体情况，不同的人会有不同的答案，我们在课上也讨论过很多次，下面说一说我们自己的经验。"
ITEMS = ("多去使用键盘，少使用鼠标，这一目标可以通过快捷键实现。", "学好编辑器，作为程序员你大部分时间都在编辑文件。",
         "学习怎样去自动化工作流程中的重复任务。")


def _outline(text: str) -> list[str]:
    return [h.title for h in parse_document(text.encode("utf-8"), name="doc.txt").headings]


def _page(question: str, label: str, bullet: str = "- ") -> str:
    items = "".join(f"{bullet}{x}\n" for x in ITEMS)
    return (f"课程问答\n\n学习操作系统相关内容有什么推荐？\n\n{ANSWER}\n\n学习资源：\n\n{items}\n{question}\n\n{label}\n\n"
            f"{items}\n你使用那些浏览器插件？\n\n{ANSWER}\n\n为什么要学习命令行？\n\n{ANSWER}\n")


@pytest.mark.parametrize("question, label", [
    ("你会优先学习的工具有那些？", "值得优先学习的内容："),
    ("你会优先学习的工具有那些?", "值得优先学习的内容:"),
    ("你最常用的工具有哪些？", "值得优先学习的内容："),
    ("你們會優先學習哪些工具？", "值得優先學習的內容："),
])
def test_a_label_opening_an_answer_is_no_section(question, label):
    got = _outline(_page(question, label))
    assert label.rstrip("：:") not in got
    assert question in got and "你使用那些浏览器插件？" in got


@pytest.mark.parametrize("bullet", ["- ", "* ", "• "])
def test_the_answer_list_bullets_alike(bullet):
    assert "值得优先学习的内容" not in _outline(_page("你会优先学习的工具有那些？", "值得优先学习的内容：", bullet))


def test_a_label_after_the_answer_text_stays():
    got = _outline(_page("你会优先学习的工具有那些？", "值得优先学习的内容："))
    assert "学习资源" in got and "学习操作系统相关内容有什么推荐？" in got


def test_a_label_under_a_statement_stays():
    text = _page("你会优先学习的工具有那些？", "值得优先学习的内容：").replace(
        "你会优先学习的工具有那些？\n\n", f"你会优先学习的工具有那些？\n\n{ANSWER}\n\n")
    assert "值得优先学习的内容" in _outline(text)
