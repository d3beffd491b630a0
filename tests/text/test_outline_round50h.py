"""Round 50H: tutorials and manuals (a FAQ flattened one question and its answer a line)."""

from __future__ import annotations

import pytest

from support import parse_document

FAQ = ["Q：为什么我打不开程序？ A：请先安装运行库，再重新启动程序。",
       "Q：导入文件失败，怎么办？ A：请确认文件格式正确，详见 https://example.com/help 。",
       "Q：这个软件可以处理人声吗？ A：可以，但效果取决于录音的质量。",
       "Q：生成的结果和预期不同，这是为什么？ A：这是因为参数设置不同，请在设置页调整。"]
INTRO = "本程序用来整理音频工程文件，下面依次介绍它的安装方法和使用方法，以及使用时常见的问题。"


@pytest.mark.parametrize("lines, want", [
    # a FAQ flattened one question a line: each question heads its answer, under the part it stands in
    (["安装说明", INTRO, "使用方法", INTRO, "常见问题", *FAQ],
     ["安装说明", "使用方法", "常见问题"] + [q.split(" A：")[0] for q in FAQ]),
    # '问：…？答：…' in Chinese alike
    (["安装说明", INTRO, "使用方法", INTRO, "常见问题",
      "问：程序支持哪些系统？答：支持常见的桌面系统。", "问：程序收费吗？答：完全免费。", "问：在哪里反馈问题？答：在项目主页留言。"],
     ["安装说明", "使用方法", "常见问题", "问：程序支持哪些系统？", "问：程序收费吗？", "问：在哪里反馈问题？"]),
])
def test_a_flattened_faq_heads_each_answer_with_its_question(lines, want):
    doc = parse_document("\n".join(["软件使用手册", *lines]).encode("utf-8"), "manual.txt")
    assert [h.title for h in doc.headings] == want
    assert [h.depth for h in doc.headings][3:] == [2] * (len(want) - 3)


@pytest.mark.parametrize("lines", [
    # two exchanges quoted in a report are no FAQ
    ["安装说明", INTRO, "使用方法", INTRO, "用户反馈", *FAQ[:2], INTRO],
    # a question with no answer run in after it is a line of its own, for the other rules
    ["安装说明", INTRO, "使用方法", INTRO, "用户反馈", "Q：为什么我打不开程序？请先安装运行库。", "Q：导入失败怎么办？重新导入。",
     "Q：可以处理人声吗？可以。"],
])
def test_no_faq_without_three_answered_questions(lines):
    doc = parse_document("\n".join(["软件使用手册", *lines]).encode("utf-8"), "manual.txt")
    assert not any(h.title.startswith("Q：") for h in doc.headings)
