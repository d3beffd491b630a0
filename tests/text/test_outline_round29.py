"""A rule line ('---') the writer typed between parts: no dropped image, and a title right under it stands apart;
the titles of a record kept session by session nest under their session's date."""

from __future__ import annotations

from reader.text.lineshape import rule_line
from support import parse_document

_BODY = "经过一定时间的讨论，小组最终确定选择第三个备选题目，同时考虑加一些对数据库性能监控的页面。"


def _doc(text: str) -> bytes:
    return text.encode("utf-8")


def _sessions(between: str) -> bytes:
    parts = []
    for day, topic in (("20190304", "确定备选题目"), ("20190305", "本周任务分配"), ("20190311", "讨论需求文档")):
        parts += [f"{day}会议纪要", "到会情况", _BODY, topic, _BODY, _BODY]
    return _doc("软件工程实验课程会议纪要\n\n" + "\n\n".join(parts).replace(
        "\n\n20190305", between + "20190305").replace("\n\n20190311", between + "20190311") + "\n")


def test_rule_lines_are_told_from_text():
    assert [rule_line(t) for t in ("---", "* * *", "————", "___", "======", "- -")] == [True] * 5 + [False]
    assert [rule_line(t) for t in ("--- 完 ---", "-*-", "｜---｜", "")] == [False] * 4


def test_a_title_after_rules_is_no_caption():
    """d72_09: three '---' lines before each session's date widened the gap, and the dates were read as the
    captions of dropped images: only the first session was found."""
    doc = parse_document(_sessions("\n\n---\n---\n---\n\n"))
    assert [h.title for h in doc.headings if h.depth == 1] == ["20190304会议纪要", "20190305会议纪要",
                                                                "20190311会议纪要"]


def test_rules_indented_as_every_line_of_the_text_are_rules():
    """The same record with every line indented by two full-width spaces (as Chinese text is typed): '　　---' is a rule
    still, so the sessions after them are no captions (the outline kept only the first session)."""
    assert rule_line("\u3000\u3000---") and rule_line("  * * *")
    indented = "\n".join("\u3000\u3000" + line if line else line
                         for line in _sessions("\n\n---\n---\n---\n\n").decode("utf-8").split("\n"))
    doc = parse_document(indented.encode("utf-8"))
    assert [h.title.strip() for h in doc.headings if h.depth == 1] == ["20190304会议纪要", "20190305会议纪要",
                                                                        "20190311会议纪要"]


def test_the_same_gap_without_rules_is_a_caption():
    """Guard: blank lines alone as wide as those rules still say an image was dropped there, unless the line after
    them dates a session (dates in order, round 35): out of order, they date no sessions."""
    shuffled = _sessions("\n\n\n\n\n\n").decode("utf-8").replace("20190311", "20190301")
    assert "20190305会议纪要" not in [h.title for h in parse_document(_doc(shuffled)).headings]
    assert "20190305会议纪要" in [h.title for h in parse_document(_sessions("\n\n\n\n\n\n")).headings]


def test_a_sessions_titles_nest_under_it():
    """d72_09: '到会情况' recurred and nested, but '确定备选题目' after it fell back to the top level."""
    doc = parse_document(_sessions("\n\n---\n\n"))
    assert [(h.depth, h.title) for h in doc.headings][:4] == [
        (1, "20190304会议纪要"), (2, "到会情况"), (2, "确定备选题目"), (1, "20190305会议纪要")]


def test_titles_before_the_first_session_keep_the_outline_flat():
    """Guard (d67_01): a record whose first meeting is not one of its counted sessions ('第二次会议记录' on) has
    titles of its own before them: nesting only the later sessions' titles would set alike parts apart."""
    parts = ["参与人员", _BODY, "会议议题", _BODY, "第二次会议记录", _BODY, "核心功能", _BODY, "其他功能", _BODY,
             "第三次会议记录", _BODY, "可行性分析", _BODY]
    doc = parse_document(_doc("项目会议记录\n\n" + "\n\n".join(parts) + "\n"))
    assert [(h.depth, h.title) for h in doc.headings][3:5] == [(1, "核心功能"), (1, "其他功能")]


def test_a_title_right_under_a_rule_stands_apart():
    """d61_08: a title under a '---' rule, with another title above the rule, was no title: nothing above it was
    body."""
    text = "\n\n".join(["实验室常见问题", "入门", "这里介绍新同学入门需要知道的事情，包括选课、办公位和组会安排等内容。",
                       "科研方式", "---", "选题", _BODY, "论文写作", _BODY])
    doc = parse_document(_doc(text + "\n"))
    assert "选题" in [h.title for h in doc.headings]


def test_slash_framed_titles_are_headings():
    """d70_05: a WeChat story's '/开营仪式/' parts, framed by slashes as others frame them by '▼'."""
    text = "\n\n".join(["微光育行 Day1", "/开营仪式/", _BODY, _BODY, "/学科教育/", _BODY, "/答疑坊 & 心灵交流/", _BODY])
    doc = parse_document(_doc(text + "\n"))
    assert [h.title for h in doc.headings] == ["/开营仪式/", "/学科教育/", "/答疑坊 & 心灵交流/"]


def test_slashed_comments_are_no_titles():
    """Guard: '/*这里是注释*/' twice in a lesson's code frames nothing."""
    text = "\n\n".join(["C语言入门", "Hello World程序", _BODY, "/*这里是无意义的注释*/", _BODY, "/*这里是无意义的注释*/",
                       _BODY])
    doc = parse_document(_doc(text + "\n"))
    assert all("注释" not in h.title for h in doc.headings)


def _pdf_pages(foot: str) -> bytes:
    pages = []
    for n in range(3, 8):
        pages.append(f"RoboGame 2022\n\n{n}. 第{n}部分\n\n{_BODY}\n\n" + foot.format(n=n))
    return _doc("比赛规则手册\n\n" + "\n\n".join(pages) + "\n")


def test_a_pdf_pages_foot_marks_its_break():
    """d83_04: '4   © 2022 机器人俱乐部' closing each page is furniture, and the running head over the next page goes
    with it; before, both stayed in the text and every page's head was a heading."""
    doc = parse_document(_pdf_pages("{n}   © 2022 机器人俱乐部"))
    assert "俱乐部" not in doc.text and "RoboGame" not in doc.text.split("\n", 2)[-1]
    assert [h.title for h in doc.headings] == [f"第{n}部分" for n in range(3, 8)]


def test_words_beside_numbers_out_of_order_stay():
    """Guard: a table's '实施方案  3', '实施方案  1' rows do not count up: no page's foot."""
    doc = parse_document(_doc("\n\n".join(["方案汇总", _BODY, "实施方案  3", "实施方案  1", "实施方案  2", _BODY]) + "\n"))
    assert doc.text.count("实施方案") == 3


def _manual(first: str) -> bytes:
    contents = ["目录", "1介绍 3", "1.1 版本 3", "2 安装与连接 4", "2.1 连接设备 4", "3 批次管理 6", "3.1 新建批次 6",
                "4 数据窗口 9", "4.1 设备状态 9"]
    body = [first, "1.1 版本", _BODY, "2 安装与连接", _BODY, "2.1 连接设备", _BODY, "3 批次管理", "3.1 新建批次", _BODY,
            "4 数据窗口", "4.1 设备状态", _BODY]
    return _doc("发酵技术云服务系统操作手册\n" + "\n".join(contents) + "\n" + "\n".join(body) + "\n")


def test_a_contents_list_opens_no_sections_of_the_body():
    """d82_01: the sections' lines in the contents list stood over their contents subsections, so the body's own
    '2 安装与连接' were taken for repeats and dropped, and every subsection stood on top."""
    doc = parse_document(_manual("1 介绍"))
    assert [(h.depth, h.marker) for h in doc.headings] == [
        (1, "1"), (2, "1.1"), (1, "2"), (2, "2.1"), (1, "3"), (2, "3.1"), (1, "4"), (2, "4.1")]


def test_a_first_section_written_tight_joins_the_spaced_count():
    """d82_01: '1介绍' lost its space where '2 安装与连接' kept it: the count started at 2 and was read as no count."""
    doc = parse_document(_manual("1介绍"))
    assert [h.marker for h in doc.headings if h.depth == 1] == ["1", "2", "3", "4"]


def _weekly_log() -> bytes:
    weeks = []
    for day in ("2024年1月18日", "2024年1月11日", "2024年1月4日", "2023年12月27日"):
        weeks.append(f"时间: {day}\n地点：腾讯会议\n会议主题：小程序开发进度汇报\n- 标题栏字体增大\n- 周期状态设置标识进行高亮")
    return _doc("会议记录\n\n" + "\n\n----\n\n".join(weeks) + "\n")


def test_a_logs_record_dates_stay_in_its_text():
    """d75_05: each week's '时间: 2024年1月18日' was taken for the document's date and removed, and the second week's
    place and topic for a repeated header: the reader lost the first weeks' dates."""
    doc = parse_document(_weekly_log())
    assert all(day in doc.text for day in ("2024年1月18日", "2024年1月11日", "2024年1月4日"))
    assert doc.text.count("地点：腾讯会议") == 4 and doc.date == ""


def test_a_logs_dated_labels_head_its_records():
    """d75_05: the date lines, labelled '时间:', open each week's record in order: they are its sessions."""
    doc = parse_document(_weekly_log())
    assert [h.title for h in doc.headings if h.depth == 1] == [
        "时间: 2024年1月18日", "时间: 2024年1月11日", "时间: 2024年1月4日", "时间: 2023年12月27日"]


def test_one_dated_label_is_still_the_documents_date():
    """Guard: a notice's single '时间：2024年1月18日' under its title is the document's date, as before."""
    doc = parse_document(_doc("关于召开项目例会的通知\n时间：2024年1月18日\n\n" + _BODY + "\n\n" + _BODY + "\n"))
    assert doc.date == "2024年1月18日" and "时间：" not in doc.text


def test_a_count_goes_on_after_an_items_own_list():
    """d82_05: '12. 股权转让，吸收入伙，退出' after item 11's own '1.'–'2.' list was out of sequence: its title, with
    commas, did not read as a heading on its own, though the count had run from 1 to 11."""
    parts = [f"{n}. 第{n}项约定\n{_BODY}" for n in range(1, 12)]
    parts.append("1. 创始人有义务对项目内容保密。\n2. 创始人参与本项目期间不得从事竞争业务。")
    parts.append("12. 股权转让，吸收入伙，退出\n1. 成熟期内的股权转让视为重大事项。\n2. 创始人可以主动退出本项目。")
    parts.append(f"13. 本约定的生效、修改\n{_BODY}")
    doc = parse_document(_doc("项目创业约定\n" + "\n".join(parts) + "\n"))
    assert [h.marker.rstrip(".") for h in doc.headings][-2:] == ["12", "13"]


def test_a_figures_caption_over_its_credit_is_no_story():
    """d32_08: '图 2 上海轨道交通网络图' over '来源：…' three times read as a feed's headlines over their bylines."""
    parts = ["引言", _BODY]
    for n, name in ((1, "伦敦城市地铁地图"), (2, "上海轨道交通网络图"), (3, "火车时刻表")):
        parts += [_BODY, f"图 {n} {name}", f"来源：http://example.org/map{n}.htm"]
    parts += ["可视化方法", _BODY, "时空轨迹", _BODY]
    doc = parse_document(_doc("交通可视化\n\n" + "\n\n".join(parts) + "\n"))
    assert not [h.title for h in doc.headings if h.title.startswith("图")]


def test_a_boxs_fences_frame_a_title():
    """f26a/f28_08: a VuePress page kept as text, its boxes fenced ':::tip' … ':::': a title over a box's opening
    fence, or right inside one, stands apart as a title over a paragraph does."""
    text = "\n\n".join(["新生指南", _BODY, "报到须知", _BODY, "校园卡办理", ":::tip", "丢失补办", _BODY, ":::", "军训安排", _BODY])
    doc = parse_document(_doc(text + "\n"))
    assert [h.title for h in doc.headings] == ["报到须知", "校园卡办理", "丢失补办", "军训安排"]


def test_a_short_title_between_blank_lines_is_not_wrapped_prose():
    """d85_01: in a PDF extract whose lines mostly run on, a full line cut at its width, a blank line, then '运行环境'
    alone between blank lines: the title was glued to the paragraph above as the rest of its sentence."""
    wide = "本工具获取地址在这里并且说明了下载方法以及注册方式，用户可以自行申请下载所需要的清单数据与示例"
    lines = ["MEIC 工具操作手册", "", wide, "文件以及各项配置说明和注意事项。本工具要求用户设定的模拟范围处于清单覆盖范围内", wide, "",
             "运行环境", "", wide, "文件以及各项配置说明和注意事项。"]
    doc = parse_document(_doc("\n".join(lines) + "\n"))
    assert any(p.text == "运行环境" for p in doc.paragraphs)


def test_a_title_before_any_text_is_no_caption():
    """d66_05/d71_07: the first section's title under the document's title and a wide gap (a cover picture, or
    an extract's blank lines) was read as the caption of a dropped image: no text stood above it yet."""
    text = "\n\n".join(["气象大数据大赛通知", "SMDA大赛", "\n\n报名组队", _BODY, "创意提交", _BODY,
                       "评审规则", _BODY])
    doc = parse_document(_doc(text + "\n"))
    assert [h.title for h in doc.headings][-3:] == ["报名组队", "创意提交", "评审规则"]
