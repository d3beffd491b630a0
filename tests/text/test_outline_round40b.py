"""Round 40b: meeting records as teams keep them: a form's labels repeated under each date (one of them over a single
line), an English template's parts ('Agenda', 'Minute', 'Action points'), and a community's sessions dated in order
though a talk's title asks a question or two sessions share a day."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document


def _record(*sessions: tuple[str, str, str, str]) -> str:
    """A study group's record: each date over '讨论主题：' (a list or one line), '未解决的问题：', '布置任务：'."""
    out = ["运筹学习小组会议记录", ""]
    for date, topic, open_question, task in sessions:
        out += [date, "讨论主题：", topic, "未解决的问题：", open_question, "布置任务：", task, ""]
    return "\n".join(out) + "\n"


_SESSIONS = (
    ("2024年3月4日，图书馆研讨室", "(1)列生成算法\n(2)下周汇报安排", "无", "(1)阅读列生成章节\n(2)整理笔记并上传"),
    ("2024年3月11日，线上会议", "(1)对偶理论复习\n(2)代码框架搭建", "求解器许可证尚未申请", "(1)完成对偶理论小结\n(2)安装求解器"),
    ("2024年3月18日，图书馆研讨室", "(1)分支定界实现\n(2)论文选题讨论", "无", "(1)写出分支定界伪代码\n(2)提交选题"),
    ("2024年3月25日，线上会议", "(1)论文初稿讨论\n(2)实验数据整理", "实验数据缺少两周记录", "(1)补齐实验数据\n(2)修改初稿"),
)


def test_a_label_the_form_repeats_under_each_date_is_a_part_though_it_holds_one_line():
    """'未解决的问题：' over '无' between each '讨论主题：' and '布置任务：', which open lists: the same form's part; a
    label written once is not."""
    doc = parse_document(_record(*_SESSIONS).encode("utf-8"), "record.txt")
    texts = heading_texts(doc)
    assert texts.count("未解决的问题") == len(_SESSIONS)
    assert texts.count("讨论主题") == texts.count("布置任务") == len(_SESSIONS)
    once = _record(*_SESSIONS).replace("未解决的问题：", "补充说明：", 1).replace("未解决的问题：\n", "")
    once_texts = heading_texts(parse_document(once.encode("utf-8"), "record.txt"))  # one '补充说明：': the record's text
    assert "补充说明" not in once_texts and once_texts.count("讨论主题") == len(_SESSIONS)


_TEAM = """Team 7 - 12th Meeting

Information

Time: 2021/04/08

Location: Library 3F Room 2

Chairperson: Wei Zhang

------

Agenda

*The whole meeting is expected to take 90 minutes.*

- Review last week's tasks
- Plan the demo

------

Minute

Outcomes

演示版本下周三前完成，界面部分由两位同学负责，后端接口本周内冻结。

{review}

| 任务 | 负责人 | 完成度 |
| ---- | ------ | ------ |
| 登录页面 | 张伟 | 100% |

Action points

| 任务 | 负责人 | DDL |
| ---- | ------ | --- |
| 演示视频 | 李娜 | 4.14 |

------

Comments

这次会议进度符合预期，下次需要提前准备议程。
"""


@pytest.mark.parametrize("review", ["Last stage's action points review", "Action items review"])
def test_an_english_templates_parts_in_a_meeting_record_are_its_parts(review):
    """'Information', 'Agenda', 'Minute', 'Action points' set apart in a team's record (a Markdown template's, its '#'
    gone), though English or a table stands under them, not a Chinese paragraph; the same words in a course's notes
    (no meeting in its title) are no template's parts."""
    doc = parse_document(_TEAM.replace("{review}", review).encode("utf-8"), "team.txt")
    texts = heading_texts(doc)
    for part in ("Information", "Agenda", "Minute", "Outcomes", review.replace(" ", ""), "Actionpoints", "Comments"):
        assert part in texts
    notes = _TEAM.replace("{review}", review).replace("Team 7 - 12th Meeting", "数据结构课程笔记")
    assert "Agenda" not in heading_texts(parse_document(notes.encode("utf-8"), "notes.txt"))  # no meeting: text


_TALKS = """网络自由小聚 活动纪录

本篇将历次讲者愿意公开的讲题资讯整理于此，方便初次参与的朋友了解过去讨论过的议题。

2023.12.21 政府、平台与公民：谁才是个资保护的真心人?

比起防范骇客，我们比较容易做到的，是关心自己的网路自由和数位人权。

多数使用者不会阅读平台的隐私权政策就打勾同意，业者又该如何回应执法单位的调资料要求？

2023.10.19 数位韧性

灾害发生时，通讯网路如何维持运作，是这次讨论的重点。

民间版白皮书提出了几项具体建议，大家也补充了各自的经验。

2023.09.27 被窃听的输入法

研究单位发现多款输入法的加密并不完善，第三方可以从中间拦截。

即使讯息本身加密，输入的内容还是可能外泄。

2023.08.23 放映会 + 映后座谈

放映结束后，大家讨论了平台演算法如何影响我们的注意力。

主持人整理了几个问题，留待下次继续讨论。

2023.08.23 会前讨论

当天下午先确认了放映场地、器材与分工，并准备了讨论用的连结。

志工们也试播了影片，确认字幕与音量都没有问题。

2023.07.04 国际会议会后分享会

几位参与国际会议的朋友分享了亚太与全球数位人权的新趋势。

会后大家交流了各自团体明年的工作重点。

"""


def test_dated_sessions_keep_a_talk_that_asks_and_two_sessions_of_one_day():
    """'2023.12.21 …：谁才是…真心人?' newest of sessions dated in order: a talk's title asks, it is no sentence; and
    '2023.08.23' twice (the screening and the talk before it) is a day with two sessions, not a broken order."""
    texts = heading_texts(parse_document(_TALKS.encode("utf-8"), "talks.txt"))
    assert "2023.12.21政府、平台与公民：谁才是个资保护的真心人?" in texts
    assert "2023.08.23放映会+映后座谈" in texts and "2023.08.23会前讨论" in texts


_TEAM_PARTS = """2022/10/05 會議記錄
前端：
1.完成登入頁面的排版，並與設計稿對齊
2.新增歌曲清單頁面
後端：
1.串接登入API並回傳錯誤訊息
2.整理資料庫欄位
UI：
1.重新設計首頁的色彩配置
2.準備海報初稿
待確認事項：
1.下次開會的時間
2.期中報告的分工
"""


def test_a_teams_label_in_capitals_is_a_part_beside_its_chinese_labels():
    """'UI：' over its list among '前端：', '後端：': the record's part for that team, named in Latin letters."""
    texts = heading_texts(parse_document(_TEAM_PARTS.encode("utf-8"), "record.txt"))
    assert [t for t in texts if t in ("前端", "後端", "UI", "待確認事項")] == ["前端", "後端", "UI", "待確認事項"]


_BRIEF = """读书会理事会2024年3月简报

主要议题

本月理事会于三月十二日在线上召开，七位理事全部出席，会议由理事长主持。

读书会年度书单👤ou_5c1e0d2a9b8f47e6a3d1c2b4e5f60718

- 提议：每位理事推荐三本书，由会员投票选出年度书单。
- 下一步计划：三月底前完成投票。

春季分享会场地预算👤ou_0a9b8c7d6e5f40312233445566778899

- 分享会场地报价两家，差价在两千元以内；
- 理事会同意选择交通更方便的一家。

会员群管理规则👤ou_5c1e0d2a9b8f47e6a3d1c2b4e5f60718

- 群内不得发布广告，违者移出；
- 每月整理一次群内推荐的书目。
"""


def test_a_topic_owned_by_a_mention_is_a_title_under_the_records_agenda():
    """'读书会年度书单👤ou_5c1e…' (a Feishu export's unresolved mention of the topic's owner) over its bullets: a topic,
    and '主要议题' above the topics of a board's brief holds them."""
    doc = parse_document(_BRIEF.encode("utf-8"), "brief.txt")
    shown = [(h.depth, h.title.split("👤")[0]) for h in doc.headings]
    assert shown == [(1, "主要议题"), (2, "读书会年度书单"), (2, "春季分享会场地预算"), (2, "会员群管理规则")]
