"""Titles that go on after every numbered part: after a labelled series ('引子 1：…') or after the appended pieces
that close a book's numbered chapters."""

from __future__ import annotations

from support import parse_document

_BODY = "这一段是正文，讲清楚了这一部分要说的事情，并且给出了具体的例子和数据，读者可以据此理解作者的想法。"


def _post(*titles: str) -> bytes:
    return ("Routa 桌面版发布\n\n" + "".join(f"{t}\n\n{_BODY}\n\n{_BODY}\n\n" for t in titles)).encode("utf-8")


def test_titles_after_a_labelled_series_are_parts():
    """d48_12: '引子 1：…' and '引子 2：…', then the post's own sections with a colon; before, the two labelled
    parts hid every title after them."""
    doc = parse_document(_post("引子 1：从 Agent Team 到 Kanban", "引子 2：自身长出来的工程",
                               "Harness 前置：Kanban 作为任务协议", "多 Agent 协作：沿着泳道接力",
                               "总结：为什么它更像一套工作台"))
    assert [h.title for h in doc.headings][-3:] == ["Harness 前置：Kanban 作为任务协议", "多 Agent 协作：沿着泳道接力",
                                                     "总结：为什么它更像一套工作台"]
    assert {h.depth for h in doc.headings} == {1}


def test_titles_after_appended_pieces_are_parts():
    """d64_07: a book's 一、…三、, its '附一 …' and '附二 …', then more pieces by title: they stand beside the rest."""
    text = ("读《给青年的十二封信》\n\n" + "".join(f"{t}\n\n{_BODY}\n\n" for t in (
        "一、谈读书", "二、谈动", "三、谈静", "附一 无言之美", "附二 悼夏孟刚", "谈理想的青年", "谈谦虚")))
    doc = parse_document(text.encode("utf-8"))
    titles = [h.title for h in doc.headings]
    assert titles[-2:] == ["谈理想的青年", "谈谦虚"]
    assert [h.depth for h in doc.headings if h.title in ("谈理想的青年", "谈谦虚")] == [1, 1]


def test_titles_after_a_plain_last_part_stay_text():
    """Guard: '二、部门设置' then department names over their fields: no label, no appended piece closes the parts,
    so the names are not raised beside them."""
    text = ("工作职责与部门设置\n一、工作职责\n" + _BODY + "\n二、部门设置\n" + _BODY + "\n"
            "公共服务部\n副主任：周欣，负责本部门的日常工作。\n" + _BODY + "\n资源建设部\n副主任：刘慧，负责文献资源的建设。\n"
            + _BODY + "\n")
    doc = parse_document(text.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["工作职责", "部门设置"]


def test_a_numbered_section_whose_page_linked_its_text_stays():
    """d23_06: '二、招生流程（点击查看具体流程）' was dropped as a link's label, and the outline lost the section."""
    text = ("招生简章\n一、学院简介\n" + _BODY + "\n二、招生流程（点击查看具体流程）\n三、入学考试\n" + _BODY + "\n")
    doc = parse_document(text.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["学院简介", "招生流程（点击查看具体流程）", "入学考试"]


_TOPICS = ("戶籍資料外洩", "數位韌性", "被竊聽的輸入法", "AI 法不法", "零信任網路", "認知作戰", "資料信託", "數位中介服務法")
_ITEMS = ("- 風險：評估對於個人 / 組織 / 社會的危害", "- 第三方開發與應用者資料的不透明", "- 是否與人類互動",
          "- 建立相關係人的責任")


def _notes() -> str:
    """Monthly meetings, each a dated title over a label and a bullet list of what was said."""
    return "網路自由小聚 活動與討論紀錄\n\n" + "".join(
        f"2023.{12 - n:02d}.16 {topic}\n{topic}的討論\n" + "\n".join(_ITEMS) + "\n\n" for n, topic in enumerate(_TOPICS))


def test_a_notes_bullet_items_are_no_feed_stories():
    """d71_03: dated meeting titles read as a digest's headlines, and the notes' bullet items one after another as a
    box of story links, each shown as a title; a Markdown list's items are no links to stories."""
    doc = parse_document(_notes().encode("utf-8"))
    titles = [h.title for h in doc.headings]
    assert not set(titles) & {item[2:] for item in _ITEMS}
    assert "2023.09.16 AI 法不法" in titles


_MINUTES = """软件工程实验课程会议纪要

会议时间

|时间|地点|主题|
|---|---|---|
|16：00-18：10|线上|确定项目内容|

到会情况

|王嘉凯|叶俊晨|王宁|记录人|
|---|---|---|---|
|✔|✔|✔|王嘉凯|

确定备选题目

经过讨论，小组提出了三个备选题目，分别是校园二手交易平台、社团活动管理系统和实验室预约系统，下周确定最终题目。

任务分配

每位组员在周五前完成一份需求调研，由王嘉凯汇总后提交给助教审阅，并在下次会议上讨论修改意见。
"""


def test_titles_next_to_a_markdown_table_are_titles():
    """d72_09: a record's '到会情况' over its table and '确定备选题目' under one: a table's rows end a block as a
    paragraph does, and before, a title beside a table was read as a line of it."""
    doc = parse_document(_MINUTES.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["会议时间", "到会情况", "确定备选题目", "任务分配"]


_DOTTED_NOTES = """Python 学习笔记

print模板
•初始变量:运算需要的初始值
•运算部分:根据算法实现
•结果输出:print()输出结果

def定义函数
•函数是一组代码的集合，用于表达一个功能
•def所定义的函数在程序中未经调用不能直接执行
•参数:调用时传入的值

死循环的使用
•死循环并非一无是处，C语言中死循环是单片机编程的普遍用法
•用 break 语句退出循环
•not计算布尔值的反

字典的遍历
•for key in dictionaryName 遍历字典的键，再取出对应的值
•del dictionaryName[key] 删除一个键值对
"""


def test_titles_between_dotted_items_are_titles():
    """d57_07: course notes whose points are marked '•' with no space, each title over its points; a '•' item ends a
    block as a '- ' item does, and before, every title after the first was missed."""
    doc = parse_document(_DOTTED_NOTES.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["print模板", "def定义函数", "死循环的使用", "字典的遍历"]


def test_a_list_dot_before_a_title_is_no_part_of_it():
    """d73_09: news items headed '·计算机…' keep the dot in the text, and the outline shows their titles without it,
    as it shows '- …' items' titles."""
    body = "会议期间，专家组听取了专业负责人的汇报，查阅了教学档案，并与师生进行了座谈，对专业建设给予了肯定。"
    text = "重要成果\n·专业接受工程教育认证专家考查\n" + body + "\n·水下机器人目标抓取大赛获佳绩\n" + body + "\n"
    doc = parse_document(text.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["专业接受工程教育认证专家考查", "水下机器人目标抓取大赛获佳绩"]
