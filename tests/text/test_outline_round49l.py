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
