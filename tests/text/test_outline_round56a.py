"""Round 56A (issue #9, news): an event report heads each talk's notes with the talk's title and its speaker on one
line ('Title, Speaker Name, Affiliation'; '题目  姓名  单位'); two such talks or more are the report's parts."""

from __future__ import annotations

import pytest

from reader.text.talkbylines import talk_byline
from support import outline

NOTE = "讲者介绍了项目的来历和目前的进展，并回答了现场同学关于贡献流程和社区协作方式的几个问题。"
MORE = "活动最后，主办方感谢了各位嘉宾和志愿者的支持，并预告了下一期沙龙的时间和报名方式。"


@pytest.mark.parametrize("talks", [
    ["开源编译器的社区治理   王小明（小明）   计算机学院研究生|项目维护者", "从零开始写一个操作系统  李华  操作系统兴趣小组负责人"],
    ["Scalable Vector Extensions in Practice, Alice Smith, Example University",
     "Open Hardware for Secure Boot, Bob Jones-Lee, Example Labs and Carol White, Example Labs",
     "Lessons from Porting Linux to New Cores, Dan Brown"],
])
def test_talk_lines_with_their_speaker_head_the_report(talks: list[str]) -> None:
    lines = ["技术沙龙回顾", MORE]
    for talk in talks:
        lines += [talk, NOTE, NOTE]
    assert [t for _, _, t in outline(lines, "技术沙龙回顾")] == talks


@pytest.mark.parametrize("text", [
    "江苏锦绣铝业有限公司\t戴祖军",  # a table's row, its cells parted by a tab
    "数据类型   数量   用途",  # a table's header
    "(72)发明人 王一哲   向飞   焦龙",  # names, no affiliation
    "5.1 提交多版本支持的oEEP        刘恺",  # a task and its owner: no affiliation
    "Fay Chang, Jeffrey Dean, Sanjay Ghemawat, Wilson C. Hsieh",  # a paper's authors
    "[13]Chaohui Wang, Miao Xie, Sourav S. Bhowmick, \"A study of graphs\"",  # a reference
    "Save Jobs, Address Automation",  # a slogan
    "We thank the anonymous reviewers, David Nagle, and our shepherd, for their feedback.",  # a sentence
    "巡回路线为T = (1,2,3)   编码为  G = (1,1,1)",  # a formula
])
def test_lines_that_are_no_talk(text: str) -> None:
    assert not talk_byline(text)


def test_one_talk_line_alone_or_a_programme_of_rows_is_no_outline() -> None:
    one = ["沙龙回顾", MORE, "开源编译器的社区治理  王小明  计算机学院研究生", NOTE, NOTE]
    assert outline(one, "沙龙回顾") == []
    rows = ["沙龙议程", MORE, "开源编译器的社区治理  王小明  计算机学院研究生", "从零开始写一个操作系统  李华  兴趣小组负责人",
            "嵌入式系统的安全启动  张伟  网络空间安全学院", MORE]
    assert outline(rows, "沙龙议程") == []
