"""Round 54M: a record kept session by session, some sessions with numbered items: a label the outline left at the
top beside the sessions is a part of the session it sits in (rule: `mixedsessions.nest_in_sessions`)."""

from __future__ import annotations

import pytest

from reader.text.outline import parse_outline
from support import spaced_paragraphs

# A record kept session by session, some sessions with numbered items: a label the outline left at the top beside the
# sessions ('议题：', '申报议题：') is a part of the session it sits in (rule: `mixedsessions.nest_in_sessions`).
def _lines(lines: list[str]) -> list[tuple[int, str]]:
    return [(h.depth, h.title) for h in parse_outline(spaced_paragraphs(lines), "")]


REVIEW = ["与会人：张三、李四、王五", "议题：", "1、新版本发布评审", "评审意见：通过，测试活动完整，历史特性和继承特性都进行了验证。",
          "发布团队：通过", "========="]
PLANS = ["1、下一版本的社区计划讨论——张三", "讨论了下一版本的计划，确定了时间点和负责人，会后同步到邮件列表。",
         "2、软件包仓库规则讨论——李四", "讨论了仓库的命名规则和分支策略，意见基本一致，会后整理成文档。", "========="]
FILED = ["1.新版本的发布计划", "申报议题：", "1. 数据库社区加入本社区，版本包细节讨论——王五",
         "描述：我们在上次会议上讨论过同样的事情，这次确认细节。", "问：对版本的具体要求是什么？", "========="]

SESSIONS = {
    "labels beside dated sessions go under them": (
        ["2023/12/20 版本发布评审"] + REVIEW + ["2023/11/8"] + PLANS + ["2023/10/18 议题申报"] + FILED,
        [(1, "2023/12/20 版本发布评审"), (2, "议题"), (3, "新版本发布评审"), (1, "2023/11/8"), (2, "下一版本的社区计划讨论——张三"),
         (2, "软件包仓库规则讨论——李四"), (1, "2023/10/18 议题申报"), (2, "新版本的发布计划"), (2, "申报议题")],
    ),
    "a title that took in a count's later item stays where it stands": (
        ["20240723-工作安排", "与会人员：张三 李四", "会议内容：", "1. 之前工作总结", "2. 之后工作安排：", "移植", "- 张三：内核",
         "- 李四：文档", "3. 具体工作记录", "", "整理仓库结构后重新运行，修改文档中的错误，补充遗漏的说明。",
         "20240717-问题讨论", "与会人员：张三 李四", "会议内容：", "1. 问题描述", "2. 尝试解决", "3. 具体工作记录", "",
         "讨论了复现过程中遇到的问题，确定了下一步的解决思路和分工。",
         "20240708-进度同步", "与会人员：张三 李四", "会议内容：", "1. 进度概述", "2. 后续安排", "3. 具体工作记录", "",
         "同步了各自的进度，确认下周完成初版，并约定下次会议时间。"],
        [(1, "20240723-工作安排"), (2, "之前工作总结"), (2, "之后工作安排"), (1, "移植"), (2, "具体工作记录"),
         (1, "20240717-问题讨论"), (2, "问题描述"), (2, "尝试解决"), (2, "具体工作记录"), (1, "20240708-进度同步"),
         (2, "进度概述"), (2, "后续安排"), (2, "具体工作记录")],  # each session's items as the first's (round 59M)
    ),
}


@pytest.mark.parametrize("lines, want", SESSIONS.values(), ids=SESSIONS.keys())
def test_labels_sit_in_their_session(lines, want):
    assert _lines(lines) == want


SESSIONS_FLAT = {  # records the rule leaves as they stand
    "two sessions only: no record kept over months": (
        ["2023/12/20 版本发布评审"] + REVIEW + ["2023/10/18 议题申报"] + FILED,
    ),
    "dates out of order: no sessions, only dates": (
        ["2023/12/20 版本发布评审"] + REVIEW + ["2023/10/18 议题申报"] + FILED + ["2023/11/8"] + PLANS,
    ),
}


@pytest.mark.parametrize("lines", [v[0] for v in SESSIONS_FLAT.values()], ids=SESSIONS_FLAT.keys())
def test_records_left_as_they_stand(lines):
    from reader.text import outline as module
    kept = _lines(lines)
    saved = module.nest_in_sessions
    module.nest_in_sessions = lambda candidates, sessions: None
    try:
        assert _lines(lines) == kept  # the rule changes nothing here
    finally:
        module.nest_in_sessions = saved
