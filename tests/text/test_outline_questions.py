"""Headings asked as questions ('为什么要加入我们？') over their answer, and the questions of running speech that are not.

The lines are real: the posting f7_05, the README h12_02 (tests/data/corpus), the speeches cdt03 and f6_08, the
article h12_01 and the newsletter news_weekly_330.
"""

from __future__ import annotations

import time

import pytest

from reader.text.model import Paragraph
from reader.text.outline import parse_outline
from reader.text.questions import question_title
from support import DATA, parse_document

DOCS = DATA / "corpus" / "docs"
BODY = "加入我们并不意味着就是代码的维护，你可以选择下列一项或多项进行参与，我们会尽快回复。"


def _headings(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), "page.txt")
    return [(h.depth, h.title) for h in doc.headings]


@pytest.mark.parametrize("line", [
    "为什么要加入我们？", "我们要做些什么？", "怎样才能加入我们？",  # f7_05
    "当前在做什么？", "新任务如何产生？",  # h12_02
    "为什么要加入泛型？",  # h12_01
])
def test_a_bare_question_can_name_a_part(line):
    assert question_title(line)


@pytest.mark.parametrize("line", [
    "为什么这么说呢？",  # cdt03: asked of the listener, particle 呢
    "那么，我为何选择退学呢？",  # f6_08: a connective and a comma
    "我今天要做的事，是我真正想做的吗？",  # f6_08: runs over a comma
    "那么 P、Q 的类型什么时候才能确定呢？",  # h12_01
    "请问谁的生产力更高？",  # news_weekly_330
    "这里的故事说来话长。要想了解其中原因，需要先来了解一下什么是泛型？",  # h12_01: a sentence
    "为什么公开合法手续，会危及社会稳定呢？",  # cdt09
])
def test_a_question_of_running_speech_never_names_a_part(line):
    assert not question_title(line)


def test_questions_over_their_answers_are_the_parts_of_a_readme():
    text = (DOCS / "h12_02_readme_image2d_jiaru.txt").read_text(encoding="utf-8")
    titles = [t for _, t in _headings(text)]  # (its licence section, '开源协议', may follow them)
    assert titles[titles.index("当前在做什么？"):][:3] == ["当前在做什么？", "新任务如何产生？", "为什么要加入我们？"]


def test_questions_over_bulleted_lists_are_the_parts_of_a_posting():
    text = (DOCS / "f7_05_job_hejia_zhaomuling.txt").read_text(encoding="utf-8")
    titles = [t for _, t in _headings(text)]
    assert {"为什么要加入我们？", "我们要做些什么？", "怎样才能加入我们？"} <= set(titles)


def test_two_questions_each_over_body_make_an_outline():
    text = "\n\n".join(["加入我们", BODY, "当前在做什么？", BODY + "一", "新任务如何产生？", BODY + "二"])
    assert _headings(text) == [(1, "当前在做什么？"), (1, "新任务如何产生？")]


def test_rhetorical_questions_of_a_speech_are_not_headings():
    speech = ["在一个价值被剥离了的世界，在一个荒诞的世界，我们依然要反抗，而是为了人类共有的某种东西。",
              "为什么这么说呢？", BODY, "那么，我为何选择退学呢？", BODY + "一", "请问谁的生产力更高？", BODY + "二"]
    assert _headings("\n\n".join(["演讲", *speech])) == []


def test_the_same_question_said_twice_is_a_refrain_not_two_parts():
    text = "\n\n".join(["演讲", BODY, "我们应该怎么办？", BODY + "一", "我们应该怎么办？", BODY + "二"])
    assert _headings(text) == []


def test_one_question_and_one_plain_title_are_not_an_outline():
    # a lone question counts only among two or more plain titles: here it would make the second heading of two
    text = "\n\n".join(["加入我们", BODY, "项目简介", BODY + "一", "当前在做什么？", BODY + "二"])
    assert _headings(text) == []


# f7_05: the posting's labels over a bulleted and a numbered list, among its question headings
POSTING = ["盒加公益技术人才招募令", "为什么要加入我们？", "- 可以获得宝贵的创业经历", "- 可以获得充分的公益实践",
           "招聘岗位（收取人数仅为参考）：", "- Android 开发工程师（1名）", "- iOS开发工程师（1名）",
           "具体岗位要求：", "1. Android 开发工程师：", "- 能够熟练掌握Java开发语言", "- 熟练掌握Xcode开发工具",
           "2. iOS开发工程师：", "- 有自己的Mac电脑和已经配置好的iOS开发环境", "- 熟练掌握Xcode开发工具",
           "我们要做些什么？", "- 一个连接城市和乡村的“大屏幕”", "- 还有更多奇思妙想等着你的到来",
           "怎样才能加入我们？", "- 将简历发到邮箱并尽可能的附件上自己的作品"]


def test_labels_over_lists_are_parts_of_a_page_that_asks_its_parts():
    titles = [t for _, t in _headings("\n\n".join(["招募令", *POSTING]))]
    assert {"招聘岗位（收取人数仅为参考）", "具体岗位要求"} <= set(titles)


def test_numbered_items_that_head_their_own_bullets_stay_headings_under_a_label():
    headings = _headings("\n\n".join(["招募令", *POSTING]))
    at = [t for _, t in headings].index("具体岗位要求")
    assert headings[at + 1:at + 3] == [(headings[at][0] + 1, "Android 开发工程师"),
                                       (headings[at][0] + 1, "iOS开发工程师")]


def test_the_last_bullet_above_a_label_is_not_its_group_title():
    titles = [t for _, t in _headings("\n\n".join(["招募令", *POSTING]))]
    assert not [t for t in titles if t.startswith("-")]


@pytest.mark.parametrize("lead", [
    "流有如下状态:",  # tech_rfc7540_ch5
    "Java 的 I/O 大概可以分成以下几类：",  # tut03_csnotes_java_io
])
def test_a_notes_page_that_asks_nothing_keeps_its_colons_over_bullets_as_text(lead):
    body = ["HTTP/2 连接上的流有自己的生命周期，客户端和服务端都可以打开流，并在收到帧时改变流的状态。",
            lead, "- idle", "- open", "- closed", "可能的转换如下:", "- 发送 HEADERS 帧", "- 接收 RST_STREAM 帧"]
    assert _headings("\n\n".join(["流的状态", *body])) == []


# h12_03: each group's title over an apply link the page repeats, then its labels without a colon over numbered lists
GROUPS = ["📌 地图打点组", "立即申请", "负责内容", "1. 负责标记地图点位及校对，收集点位相关信息等；",
          "🎨 美术组", "立即申请", "负责内容", "1. 负责地图相关项目界面交互和 UI 设计。",
          "2. 负责包括但不限于 logo、字形设计、海报、H5、网页、banner、icon 等内容的设计制作；",
          "🧭 追踪组", "立即申请", "负责内容", "1. 负责位置追踪插件基于 C++的维护和算法改进；",
          "2. 负责位置追踪插件的网页端或移动端移植；", "以上职责满足其一即可", "要求", "1. 具有 OpenCV 的相关项目经历",
          "2. 了解常用的目标匹配算法",
          "🌎 国际化组", "立即申请", "负责内容", "1. 负责地图相关软件，网站，文档的文本内容的本地化工作（包括翻译及校对支持）；",
          "要求", "1. 具备有中英（或其他外语）互译能力；"]


def test_group_titles_over_a_repeated_button_hold_their_labels():
    headings = _headings("\n\n".join(["加入我们", *GROUPS]))
    assert [(d, t) for d, t in headings if t in ("📌 地图打点组", "🎨 美术组", "🧭 追踪组", "🌎 国际化组")] == [
        (1, "📌 地图打点组"), (1, "🎨 美术组"), (1, "🧭 追踪组"), (1, "🌎 国际化组")]
    assert (2, "负责内容") in headings and "立即申请" not in [t for _, t in headings]


def test_a_label_the_page_uses_is_a_label_under_a_line_of_text_too():
    headings = _headings("\n\n".join(["加入我们", *GROUPS]))
    at = [t for _, t in headings].index("🧭 追踪组")
    assert headings[at:at + 3] == [(1, "🧭 追踪组"), (2, "负责内容"), (2, "要求")]


def test_a_note_above_a_later_label_is_no_group_title():
    assert "以上职责满足其一即可" not in [t for _, t in _headings("\n\n".join(["加入我们", *GROUPS]))]


def _page(n: int) -> list[Paragraph]:
    """n parts asked as questions, each over bullets, a label over bullets and a numbered list under a label."""
    lines = ["招募令"]
    for k in range(n):
        lines += [f"为什么要加入第{k}组？", "- 可以获得宝贵的创业经历", f"招聘岗位{k}（仅为参考）：", "- 开发工程师（1名）",
                  "具体岗位要求：", "1. 开发工程师：", "- 熟练掌握开发语言", "立即申请", "负责内容", "1. 负责开发。"]
    return [Paragraph(text, i + 1, 0) for i, text in enumerate(lines)]


def test_the_page_rules_grow_linearly():
    def best(paragraphs) -> float:
        times = []
        for _ in range(3):
            start = time.thread_time()
            parse_outline(paragraphs, "招募令")
            times.append(time.thread_time() - start)
        return min(times)

    small, large = _page(100), _page(800)
    assert best(large) < 24 * max(best(small), 1e-4)  # linear is 8, quadratic 64


def test_a_name_the_page_sets_after_each_list_is_a_label_of_each_group():
    # h12_03: '技术栈' after the duties of a group, over a line of names (no list), in group after group
    groups = ["💻 前端开发组", "立即申请", "负责内容", "1. 参与地图主页 Web 端和后台前端开发工作。", "2. 参与地图组件库的开发。",
              "技术栈", "TypeScript Vue3/2 React Next.js Deck.GL Leaflet Quasar",
              "🛠 后端开发组", "立即申请", "负责内容", "1. 负责地图点位管理系统的开发。",
              "技术栈", "Java Rust PostgreSQL SpringBoot Docker Redis",
              "🖥 客户端开发组", "立即申请", "负责内容", "1. 负责地图客户端 (Windows) 的开发。",
              "(急缺) shader 大佬：求求 shader 大佬带带我们~", "技术栈", "C# C C++ Unity Qt"]
    headings = _headings("\n\n".join(["加入我们", *groups]))
    assert [d for d, t in headings if t == "技术栈"] == [2, 2, 2]


ANSWER = ("价格机制是市场机制的核心。党的十八大以来，价格改革持续深化，绝大多数商品和服务价格已由市场形成，"
          "政府定价范围大幅缩减。同时也要看到，价格治理还存在一些短板。")
ASKED = ["《意见》出台的背景是什么？", "在完善价格调控机制方面，《意见》提出了哪些举措？", "下一步将如何抓好《意见》贯彻落实？"]
TRANSCRIPT = "国家发展改革委有关负责人就《关于完善价格治理机制的意见》答记者问"


@pytest.mark.parametrize("title, ask, answer, expected", [
    (TRANSCRIPT, "问：", "答：", [f"问：{q}" for q in ASKED]),  # the transcript form of gov.cn's 答记者问
    (TRANSCRIPT, "记者：", "答：", [f"记者：{q}" for q in ASKED]),  # '记者：' asks; it is no byline over a story
    (TRANSCRIPT, "", "", ASKED),  # bold questions over their answers, long, 《》 and commas and all
    ("财政部有关负责人就《办法》接受专访", "问：", "答：", [f"问：{q}" for q in ASKED]),
    ("关于某区城市更新工作的调研报告", "问：", "答：", [f"问：{q}" for q in ASKED]),  # answers at length: an interview
    ("关于某区城市更新工作的调研报告", "", "", []),  # a long bare question in a report is a sentence of it
])
def test_the_questions_of_an_interview_are_its_parts(title, ask, answer, expected):
    lines = [title, "近日，国家发展改革委有关负责人接受采访，就《意见》出台的背景和主要内容回答了记者提问。"]
    for q in ASKED:
        lines += [ask + q, answer + ANSWER]
    assert [t for _, t in _headings("\n\n".join(lines) + "\n")] == expected


def test_an_answer_that_opens_a_list_is_an_interviews_and_a_question_from_the_floor_heads_nothing():
    """f14_05 (司法部's page, its title the site's name): '答：…主要包括：' over '一是…'; f14_01: a question from the
    floor asks three things at once."""
    lines = ["中华人民共和国司法部", "问：为什么要制定这个《条例》？", "答：" + ANSWER, "问：《条例》主要规定了哪些制度措施？",
             "答：为确保飞行安全，《条例》规定了一系列制度措施，主要包括：", "一是加强管理。" + ANSWER, "二是规范空域。" + ANSWER,
             "问：涉及本案的问题是否可以询问？或是只能询问概括性问题？请问该如何操作？", "答：" + ANSWER]
    assert [t for _, t in _headings("\n\n".join(lines) + "\n")] == [
        "问：为什么要制定这个《条例》？", "问：《条例》主要规定了哪些制度措施？"]


def test_a_record_of_questioning_quoted_in_a_brief_heads_nothing():
    """cdt05: an appeal quotes the police record ('问：她那天穿的衣着有印象吗？' / '答：浅色长裙子。'); short answers."""
    lines = ["上诉状", "上诉请求", "一、依法撤销一审判决。", "二、依法改判支持上诉人一审全部诉讼请求。", "上诉事实和理由",
             "一、一审判决认定事实错误", "询问笔录记载：", "问：她那天穿的衣着有印象吗？", "答：浅色长裙子。",
             "问：能描述一下她的体貌特征？", "答：圆脸，身高1.60米，中等身材，长发散着。", "二、一审判决违反法定程序"]
    got = _headings("\n\n".join(lines) + "\n")
    assert not any(t.startswith("问") for _, t in got)
