"""Round 49l: programmes and talk lists. A conference programme lists each talk as its number, the speaker and a
colon before the title ('1 王晓明：图数据库在风控中的应用'), each over the speaker's profile and the abstract, and
counts again from 1 in each session ('第二场：…'); the profile's and abstract's labels recur under every talk and sit
inside it, never over the next session."""

from __future__ import annotations

import pytest

from support import parse_document

PROFILE = "王晓明，某大学计算机学院副教授，主要研究方向为图计算与数据库系统，发表论文三十余篇。"
ABSTRACT = "本报告介绍我们在风险控制场景中使用图数据库的经验，并讨论查询优化与存储设计的取舍。"


def _found(text: str) -> list[tuple[int, str, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def _talk(line: str) -> str:
    return f"{line}\n\n个人简介\n\n{PROFILE}\n\n报告摘要\n\n{ABSTRACT}"


def _programme(talks: list[str], sessions: list[str] | None = None, gap: str = "\n\n") -> str:
    parts = ["数据科学会议专场\n\n会场时间：6月2日全天\n\n演讲列表"]
    if sessions is not None:  # a keynote first, its speaker's profile and abstract under it
        parts.append("主旨报告（6月1日）\n\n" + _talk("赵敏：开放数据与可重复研究"))
    if sessions is None:
        parts.append(gap.join(_talk(t) for t in talks))
    else:
        for s, run in zip(sessions, talks):
            parts.append(s + "\n\n" + "\n\n".join(_talk(t) for t in run))
    return "\n\n".join(parts) + "\n"


ONE = ["1 王晓明：图数据库在风控中的应用", "2 李红：基于深度学习的文本分类方法",
       "3 张伟：An open source toolkit for survey data", "4 陈静：大规模日志分析的实践与思考"]


def test_numbered_talks_head_their_profiles() -> None:
    """rule: speakertalks keeps a run '1 姓名：题目', '2 …', each between blank lines, as numbered sections"""
    found = _found(_programme(ONE))
    talks = [(d, m, t) for d, m, t in found if m]
    assert [(m, t) for _, m, t in talks] == [(t.split(" ", 1)[0], t.split(" ", 1)[1]) for t in ONE]
    labels = [d for d, _, t in found if t in ("个人简介", "报告摘要")]
    assert len(labels) == 8 and all(d == talks[0][0] + 1 for d in labels)


def test_sessions_count_again_and_labels_stay_inside() -> None:
    """rule: each session counts its talks from 1; a talk's '个人简介' before '第二场' does not hold the session"""
    text = _programme([["1 王晓明：图数据库在风控中的应用", "2 李红：基于深度学习的文本分类方法",
                        "3 周强：移动端推荐系统的冷启动"],
                       ["1 张伟：An open source toolkit for survey data", "2 陈静：大规模日志分析的实践与思考",
                        "3 刘洋：时间序列预测的误差来源"]],
                      sessions=["第一场：数据系统（6月2日上午）", "第二场：统计方法（6月2日下午）"])
    found = _found(text)
    sessions = [d for d, _, t in found if t.startswith(("数据系统", "统计方法"))]
    talks = [(d, m) for d, m, t in found if m.isdigit()]
    assert len(talks) == 6 and [m for _, m in talks] == ["1", "2", "3", "1", "2", "3"]
    assert len(sessions) == 2 and sessions[0] == sessions[1] and all(d == sessions[0] + 1 for d, _ in talks)
    labels = [d for d, _, t in found if t in ("个人简介", "报告摘要")]
    assert labels[-12:] == [sessions[0] + 2] * 12  # the keynote's labels close before the first session


NEGATIVE = {
    # items one under another: a list of people and their duties, not talks
    "duties line by line": "项目分工\n\n1 王晓明：负责前端开发\n2 李红：负责后端接口\n3 张伟：负责测试与部署\n\n以上分工自即日起执行。\n",
    # a sentence after the colon: a numbered statement
    "sentences": "会议纪要\n\n1 王晓明：同意该方案，下周提交。\n\n会上讨论了细节。\n\n2 李红：建议推迟上线。\n\n"
                 "会上没有异议。\n\n3 张伟：负责联系供应商。\n\n散会。\n",
    # the same word before each colon: the parts of a form, not speakers
    "one label again": "填写说明\n\n1 目的：说明本表用途和范围\n\n正文一段说明文字，内容较长，用来说明表格。\n\n"
                       "2 目的：说明本表用途和范围\n\n正文一段说明文字，内容较长，用来说明表格。\n\n"
                       "3 目的：说明本表用途和范围\n\n正文一段说明文字，内容较长，用来说明表格。\n",
    # two talks are no run
    "two only": "讲座安排\n\n1 王晓明：图数据库在风控中的应用\n\n" + PROFILE + "\n\n2 李红：基于深度学习的文本分类方法\n\n"
                + PROFILE + "\n",
}


@pytest.mark.parametrize("name", list(NEGATIVE))
def test_lines_left_alone(name: str) -> None:
    """rule: speakertalks leaves lists, numbered sentences, repeated labels and short runs alone"""
    assert not [t for _, m, t in _found(NEGATIVE[name]) if m.isdigit() and "：" in t]


# A talk whose slides are titled in English, each over the speaker's Chinese words
SLIDE_BODY = ["這一段是講者在這張投影片上說的話，內容比較長，也有完整的句子。",
              "接下來我們看看這個部分是怎麼做出來的，中間遇到了不少麻煩。",
              "最後整理一下今天的重點，謝謝大家來聽這一場分享。"]


def _deck(titles: list[str], odd: str = "") -> str:
    parts = ["我的開源專案分享\n\n大家好，今天想跟大家分享我這半年做的一個小專案。"]
    parts += [f"{t}\n\n{SLIDE_BODY[k % 3]}" for k, t in enumerate(titles)]
    return "\n\n".join(parts) + odd + "\n"


def test_english_slide_titles_beside_found_ones() -> None:
    """rule: latinsiblings adds 'Issues' and a longer English title where three English titles are found already"""
    titles = ["Live Demo", "Architecture", "Data mining", "Face detection and Face recognition", "Workflow",
              "Issues", "How to learn anything in one Month", "The end"]
    text = _deck(titles[:5]) + "\nIssues\n\n1. Data source：資料來源不夠好\n2. 模型不夠準確\n\n" + \
        "How to learn anything in one Month\n\n" + SLIDE_BODY[0] + "\n\nThe end\n\n" + SLIDE_BODY[2] + "\n"
    found = [t for _, _, t in _found(text)]
    assert [t for t in found if t in titles] == titles


LATIN_NEGATIVE = {
    # English lines that are a quotation's, over English text
    "english over english": _deck(["Live Demo", "Architecture", "Workflow"],
                                  "\n\nStay hungry stay foolish\n\nThis is what he said at the end of the talk."),
    # a single English line where no slide is titled in English
    "no english titles found": "我的開源專案分享\n\n大家好，今天想跟大家分享。\n\n第一部分\n\n" + SLIDE_BODY[0] +
                               "\n\nThank you all\n\n" + SLIDE_BODY[1] + "\n",
}


@pytest.mark.parametrize("name", list(LATIN_NEGATIVE))
def test_english_lines_left_alone(name: str) -> None:
    """rule: latinsiblings leaves English lines over English text, and any where no English title is found"""
    found = [t for _, _, t in _found(LATIN_NEGATIVE[name])]
    assert not {"Stay hungry stay foolish", "Thank you all"} & set(found)
