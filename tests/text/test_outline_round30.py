"""Numbers of another kind after the sections ('1-1 首页' naming screens) interrupt no section."""

from __future__ import annotations

from reader.text.document import load_document
from support import DATA, parse_document

_BODY = "本文档描述平台的功能需求，供开发、测试与验收各方共同使用，并作为后续变更的依据。"


def _spec(screens: str) -> bytes:
    parts = ["1. 引言", "1.1 目的", _BODY, "1.2 范围", _BODY, "2. 总体描述", "2.1 项目前景", _BODY, "2.2 用户特征",
             _BODY, "3. 详细需求", "3.1 对外接口", _BODY, screens, _BODY, "3.2 功能需求", _BODY]
    return ("需求规格说明\n\n" + "\n\n".join(parts) + "\n").encode("utf-8")


def test_a_screens_number_after_the_sections_interrupts_none():
    """d77_04: '1-1 首页' under 3.1 named a screen; it was read as a subsection of 1, so sections 2 and 3 were set
    aside as rows of a table inside section 1."""
    doc = parse_document(_spec("1-1 首页\n\n1-2 登录"))
    assert [h.marker.strip() for h in doc.headings if h.depth == 1] == ["1.", "2.", "3."]


def test_a_subsection_in_the_sections_own_form_still_does():
    """Guard: '1 长度' and '2 宽度' rows inside section 3, then '3.2': the rows are no top-level sections."""
    doc = parse_document(_spec("1 长度\n\n2 宽度").replace("3.2 功能".encode(), "3.3 功能".encode()))
    markers = [h.marker.strip() for h in doc.headings]
    assert "1" not in markers and "2" not in markers and "3.3" in markers


def _guide(first: str) -> bytes:
    fields = ["事项名称：企业退休人员档案关系接收", "事项类别：社会保障类",
              "实施依据：\n《关于转发劳动和社会保障部等部门关于企业退休人员社会化管理工作意见的通知》（中办发〔2003〕16号）",
              "实施机关：槐荫区张庄路街道办事处", "法定期限：1个工作日", "办件类型：即办件", "申请材料：\n身份证原件、复印件",
              "收费标准：不收费"]
    numbers = "一二三四五六七八" if first == "一、" else "12345678"
    return ("企业退休人员档案关系接收\n" + "\n".join(n + first[-1] + f for n, f in zip(numbers, fields)) + "\n").encode()


def test_a_guides_top_level_fields_are_its_parts():
    """f24_05: a service guide numbers its parts 一、 to 二十二、, each a label with its value ('八、法定期限：1个工作日');
    they were read as a notice's form fields and the outline was empty."""
    doc = parse_document(_guide("一、"))
    assert [h.marker.strip() for h in doc.headings][:3] == ["一、", "二、", "三、"]


def test_fields_numbered_as_points_stay_a_form():
    """Guard (h15_05): a notice's '1、采购项目名称：…' particulars, numbered as points, are still a form's fields."""
    doc = parse_document(_guide("1、"))
    assert [h.marker.strip() for h in doc.headings] == []


def test_a_chapter_titled_by_a_question_is_no_reference():
    """d83_03: '第二章为什么会出现…' asks a question; '为' after 第X章 otherwise says what the chapter is ('第二章为本文
    的重点'), a sentence that cites it."""
    from reader.text.markers import match_heading
    found = [match_heading(t) for t in ("第二章为什么会出现Android屏幕适配问题", "第三节為何要重構", "第二章为本文的重点")]
    assert [(m.marker, m.title) if m else None for m in found] == [
        ("第二章", "为什么会出现Android屏幕适配问题"), ("第三节", "為何要重構"), None]


_ANSWER = "起初，我通过下载模型自行生成图像，并探索了不同参数对结果的影响，后来在课程项目中系统地比较了几种方法。"


def _interview(questions: list[str]) -> bytes:
    parts = [f"{n}.{q}\n{_ANSWER}\n{_ANSWER}" for n, q in enumerate(questions, 1)]
    return ("访谈\n\n" + "\n\n".join(parts) + "\n").encode("utf-8")


def test_numbered_questions_over_their_answers_head_them():
    """d62_06: '1.你在 AI课程学习或项目中，是否接触过…？' over its answer, four times: long, with commas, they read as a
    list of sentences and the interview had no outline."""
    doc = parse_document(_interview([
        "你在 AI课程学习或项目中，是否接触过与艺术、文化或创意生成相关的模型(如 GAN、Diffusion模型)?可以简单介绍一下吗?",
        "如果你要为一个“广彩纹样生成”项目构建AI模型，你会首先考虑哪种技术路线?训练数据从哪里来，可能会遇到什么技术挑战?",
        "从技术原理出发，你如何看待AI“学习”广彩纹样后生成新图案这一过程?你认为在这个过程中，人类的“创作”体现在哪里?",
        "很多人争论 AI 生成物是否算“作品”，从你的专业知识看，它的“独创性”应该如何衡量。"]))
    assert [h.marker.strip() for h in doc.headings] == ["1.", "2.", "3.", "4."]


def test_numbered_sentences_over_paragraphs_stay_a_list():
    """Guard: the same items as statements, over the same paragraphs, are still a list's sentences."""
    doc = parse_document(_interview([
        "你在 AI课程学习或项目中，接触过与艺术、文化或创意生成相关的模型(如 GAN、Diffusion模型)，可以简单介绍一下。",
        "如果你要为一个“广彩纹样生成”项目构建AI模型，你会首先考虑技术路线，训练数据从哪里来，会遇到技术挑战。",
        "从技术原理出发，你会看到AI“学习”广彩纹样后生成新图案这一过程，人类的“创作”体现在其中。",
        "很多人争论 AI 生成物是否算“作品”，从你的专业知识看，它的“独创性”应该如何衡量。"]))
    assert doc.headings == () or [h.marker for h in doc.headings] == []


def test_a_records_labelled_parts_over_bullets_are_no_form():
    """d62_08: '1. 決定開會時間：' over '- …' points, '2. 主題：…' with its topics on the line: the labels held items
    of their own, yet the run read as a notice's form fields and the record had no outline."""
    text = ("第4次會議記錄 2022/03/04\n\n1. 決定開會時間：\n- 和老師：每週(一)16:20～17:00\n- 組內：每週(五)中午\n"
            "2. 主題：(1)保單查詢機器人 (2)國考科目報考組合分析機器人\n3. 負責的圖\n- 白皓云：Use case diagram\n"
            "- 廖暄毓：Activity diagram\n4. 統整：白皓云\n")
    doc = parse_document(text.encode("utf-8"))
    assert [h.marker.strip() for h in doc.headings] == ["1.", "2.", "3.", "4."]


def _notice(addressees: str) -> bytes:
    points = ["一、时间安排 2021年1月23日起，每周一至周日8:00-22:00开放，师生凭校园卡进入，遵守防疫规定。",
              "二、强化自习教室管理 自习教室由后勤保障部负责管理，每日消毒两次，做好记录，保持通风。",
              "三、相关部门职责 后勤保障部负责保洁和消毒，保卫处负责安全巡查，学生处负责宣传引导。"]
    return ("关于寒假期间自习室正常开放的通知\n" + addressees + "根据学校常态化疫情防控和网格化管理的要求，现将有关事项通知"
            "如下：\n" + "\n".join(points) + "\n渭南师范学院院长办公室\n2021年12月30日\n").encode("utf-8")


def test_a_notices_points_after_its_addressees_are_its_parts():
    """f21_03, d33_12, d65_10: '各单位：' over '一、时间安排 2021年1月23日起，…': the points of a notice run on into
    their text, and read as a list of sentences, the notice had no outline; the gold counts each."""
    doc = parse_document(_notice("各单位：\n"))
    assert [h.marker.strip() for h in doc.headings] == ["一、", "二、", "三、"]


def test_the_same_points_greeting_hearers_stay_sentences():
    """Guard: '各位来宾：' greets a speech's hearers, no notice's addressees; the points stay a list."""
    doc = parse_document(_notice("各位来宾：\n"))
    assert [h.marker.strip() for h in doc.headings] == []


def test_a_typed_tables_rows_are_no_titles():
    """d62_09: a weekly record's tables typed without their outer pipes ('负责人 | 项目简述' over '------|--------'),
    a cell's text wrapped onto lines of its own: rows and wrapped lines read as titles under each date."""
    doc = load_document(DATA / "corpus" / "docs" / "d62_09_zhou_lihui_jiyao_ruanjianbu.txt")
    titles = [h.title for h in doc.headings]
    assert "负责人 | 项目简述" not in titles and "M60A修改了一些BUG，交由广州处理" not in titles
    assert titles[:3] == ["2019.10.11", "2019.09.25", "2019.09.18"]  # each week under its date, the first too


def test_table_lines_end_at_the_blank_line():
    """The rows run from the header over the '---|---' row to the blank line; a pipe in running text is no table."""
    from reader.text.lineshape import table_lines
    lines = ["纪要", "负责人 | 项目", "---|---", "甲 | 调试", "续行", "", "结论", "a | b 之间", "不是表格"]
    assert table_lines(lines) == {2, 3, 4, 5}
    assert table_lines(["甲 | 乙", "丙 | 丁"]) == set()


_TALK = ("我今天想介绍一下最近搭建的一个个人金融情报系统，它把每天的宏观数据和新闻整理成一张可以追溯的图谱。",
         "整个页面采用三栏布局，中间是最重要的主工作区，左右两侧分别放摘要和资讯，方便对照着看。")


def _script(marks: str) -> bytes:
    parts = []
    for time, name in (("00:00 - 00:30", "开场"), ("00:30 - 01:10", "顶部与整体结构"), ("01:10 - 01:55", "左侧栏")):
        parts += [f"{marks}{time} {name}{marks}", *_TALK]
    return ("FinGraph：个人金融情报图谱\n\n" + _TALK[1] + "\n\n" + "\n\n".join(parts) + "\n").encode("utf-8")


def test_a_talks_parts_named_after_their_times_are_titles():
    """d58_03: '00:30 - 01:10 顶部与整体结构' over its paragraphs read as a time stamp, its colons as a clause's: a
    video script's parts were no titles."""
    doc = parse_document(_script(""))
    assert [h.title for h in doc.headings] == ["00:00 - 00:30 开场", "00:30 - 01:10 顶部与整体结构", "01:10 - 01:55 左侧栏"]


def test_markdown_bold_typed_into_a_text_file_is_cleaned_away():
    """d54_05, d58_03: '**00:30 - 01:10 顶部与整体结构**' is Markdown's bold in a text file: the reader shows the words,
    and the line is the title it marks."""
    doc = parse_document(_script("**"))
    assert doc.paragraphs[1].text == "00:00 - 00:30 开场"
    assert len(doc.headings) == 3


def test_a_stamp_is_still_furniture():
    """Guard: a bare time or a time over a weekday stays a stamp; only a span of time naming a part is a title."""
    from reader.text.furniture import furniture_line
    assert [furniture_line(t) for t in ("12:30", "2024-05-06 星期一", "09:00 - 09:25", "00:30 - 01:10 顶部结构")] \
        == [True, True, True, False]


def test_a_part_numbered_again_by_mistake_stays_a_part():
    """d50_08: '五、恢复' then '五、CSI插件' then '六、S3插件': the writer numbered two parts alike; the second was
    dropped as out of sequence."""
    body = "Velero 可以对集群资源和持久卷做备份，本节给出操作步骤和注意事项，供运维人员参考执行。"
    parts = ["一、简介", body, "二、架构", body, "三、备份", body, "五、恢复", body, "五、CSI插件", body, "六、S3插件", body]
    doc = parse_document(("Velero调研报告\n\n" + "\n\n".join(parts) + "\n").encode("utf-8"))
    assert [h.title for h in doc.headings][-3:] == ["恢复", "CSI插件", "S3插件"]


def test_an_item_numbered_again_is_still_out_of_sequence():
    """Guard: a run-in item numbered like the one before ('二、完善制度。…') is no part numbered by mistake."""
    body = "各单位要按照要求认真落实，确保各项工作有序推进，并及时报送进展情况和存在的问题。"
    parts = ["一、加强领导", body, "二、明确责任", body, "二、完善制度。" + body, "三、强化监督", body]
    doc = parse_document(("关于做好有关工作的通知\n\n" + "\n\n".join(parts) + "\n").encode("utf-8"))
    assert [h.title for h in doc.headings] == ["加强领导", "明确责任", "强化监督"]


def test_a_command_under_a_step_is_no_sub_title():
    """d44_04: 'docker pull registry' under '1. 下载镜像Docker Registry', its name echoed below, read as a term
    heading a part: it broke the steps' count, and 2.–9. dropped out of sequence."""
    doc = load_document(DATA / "corpus" / "docs" / "d44_04_xuexi_biji_docker_jingxiang.txt")
    assert "docker pull registry" not in [h.title for h in doc.headings]
    assert [h.marker.strip() for h in doc.headings if h.marker][:4] == ["1.", "2.", "3.", "4."]


def test_numbered_questions_over_answer_labels_head_their_parts():
    """d80_05: a council's reply, 'Q1：就「…」，資料治理委員會…？…' over 'A1：' and the answer: the questions ask in the
    middle and run on, and were read as a list of sentences."""
    answer = "本府為督導管理、提升話務服務品質及增進公共利益，經審查後同意備查，並將持續檢討相關作業流程。"
    parts = []
    for n, q in enumerate(("就「1999 案語音辨識評估專案」，委員會僅在 6 月有同意備查？是否先行採購", "在台北通的綁定上，"
                           "過去有 43 項公共服務綁定，就議員說法，是否有違法疑慮？請說明", "整體上，北市府儘管有大數據中心，"
                           "但會議紀錄並未公開？市府如何回應"), 1):
        parts += [f"Q{n}：{q}", f"A{n}：", answer, answer]
    doc = parse_document(("臺北市政府回覆\n\n" + "\n".join(parts) + "\n").encode("utf-8"))
    assert [h.marker.strip() for h in doc.headings] == ["Q1：", "Q2：", "Q3："]


_NOTE = "一个优秀的主管，在表现出丰富的冒险精神的同时，还兼备缜密的思维，能把团队带向正确的方向。"


def test_titles_inside_chapters_of_reading_notes_nest_under_them():
    """d77_09, d68_06: reading notes of a book, '第一章 …' over unnumbered titles each over its notes: with the
    chapters numbered, the titles were dropped; they are the notes' sections, the last chapter's too."""
    parts = []
    for chapter, titles in (("第一章 从优秀员工到主管", ("时刻控制自己的坏情绪", "选择合适的人")),
                            ("第二章 把自己放入团队", ("说到做到，让员工信任你", "付出真实的情感")),
                            ("第三章 目标分解和落实", ("把目标分解到每一个人", "及时检查执行情况"))):
        parts.append(chapter)
        for title in titles:
            parts += [title, _NOTE, _NOTE]
    doc = parse_document(("《第一次当主管》\n" + "\n".join(parts) + "\n").encode("utf-8"))
    assert [(h.depth, h.title) for h in doc.headings][:3] == [
        (1, "从优秀员工到主管"), (2, "时刻控制自己的坏情绪"), (2, "选择合适的人")]
    assert [(h.depth, h.title) for h in doc.headings][-2:] == [(2, "把目标分解到每一个人"), (2, "及时检查执行情况")]


def test_a_part_after_a_laws_last_chapter_stays_at_the_top():
    """Guard (d23_05): '组织机构' after a charter's 附则, whose chapters hold articles and no titles, is no title of
    the last chapter."""
    article = "本会接受业务主管单位和社团登记管理机关的业务指导和监督管理，依照章程开展活动。"
    parts = ["第一章 总则", f"第一条 {article}", f"第二条 {article}", "第二章 附则", f"第三条 {article}",
             f"第四条 {article}", "组织机构", _NOTE, _NOTE]
    doc = parse_document(("镇海区信息技术协会章程\n" + "\n".join(parts) + "\n").encode("utf-8"))
    assert [(h.depth, h.title) for h in doc.headings if not h.marker] in ([(1, "组织机构")], [])


def _steps(titles: tuple[str, ...]) -> bytes:
    text = "开发人员只需对接口的正确性负责，提交后由持续集成每天检查并自动部署到测试环境，供测试人员验证。"
    parts = []
    for n, step in zip("一二三", ("需求评审", "接口开发", "联调测试")):
        parts.append(f"第{n}步 {step}")
        for title in titles:
            parts += [title.replace("X", step), text, text]
    return ("项目开发流程规范\n" + "\n".join(parts) + "\n").encode("utf-8")


def test_titles_inside_counted_steps_are_kept():
    """d84_05, d81_01: a process guide's '第一步 …' each over unnumbered titles and their text: with the steps
    numbered, the titles inside them were dropped."""
    doc = parse_document(_steps(("X的准备工作", "X的注意事项")))
    assert [(h.depth, h.title) for h in doc.headings][:3] == [(1, "需求评审"), (2, "需求评审的准备工作"),
                                                              (2, "需求评审的注意事项")]


def test_questions_between_counted_points_stay_out():
    """Guard (d32_11): a talk's '第一个问题，…' points with questions it asks between them ('…劳动力不充沛么？'):
    those are no titles of the points."""
    doc = parse_document(_steps(("难道X不重要么？", "X发现问题了么？")))
    assert [h.title for h in doc.headings] == ["需求评审", "接口开发", "联调测试"]


def test_unnumbered_titles_that_outnumber_the_numbered_lines_stand():
    """d76_06: a defence speech titled '一、选题背景', then '国内外相关研究情况', '研究内容', … unnumbered, one '1、'
    inside: the two numbered lines hid the nine titles."""
    text = "倒排索引是一种以关键字为中心的索引结构，它记录每个关键字出现在哪些文档中，便于快速检索。"
    parts = ["一、选题背景", text, "国内外相关研究情况", text, "研究内容", text, "1、倒排索引", text,
             "关键字位置索引", text, "同态加密", text, "对称加密", text, "实践难点", text, "总结", text]
    doc = parse_document(("演讲稿\n" + "\n".join(parts) + "\n").encode("utf-8"))
    titles = [h.title for h in doc.headings]
    assert {"国内外相关研究情况", "同态加密", "总结"} <= set(titles)


def test_a_few_unnumbered_lines_beside_numbered_sections_stay_out():
    """Guard: two short unnumbered lines beside four numbered sections are no outline of their own."""
    text = "倒排索引是一种以关键字为中心的索引结构，它记录每个关键字出现在哪些文档中，便于快速检索。"
    parts = ["一、选题背景", text, "国内外相关研究情况", text, "二、研究内容", text, "三、研究思路", text,
             "实践难点", text, "四、总结", text]
    doc = parse_document(("演讲稿\n" + "\n".join(parts) + "\n").encode("utf-8"))
    assert [h.title for h in doc.headings] == ["选题背景", "研究内容", "研究思路", "总结"]


def test_a_figures_or_tables_caption_is_no_title():
    """d47_02, d68_06, d83_03: '图 3.4 全冒险处理机制的流水CPU', '表1‐3　我国目前征收的税种', '图-4' between paragraphs
    read as titles; they name a picture or a table."""
    text = "本次实验与之前的单元实验层层推进，在单周期CPU的基础上加入流水线，并处理数据冒险和控制冒险。"
    parts = ["实验原理", text, "图 3.4 全冒险处理机制的流水CPU", text, "总体方案设计", text, "表1‐3　我国目前征收的税种",
             text, "图-4", text, "实验总结", text]
    doc = parse_document(("MIPS CPU 课程设计报告\n\n" + "\n\n".join(parts) + "\n").encode("utf-8"))
    assert [h.title for h in doc.headings] == ["实验原理", "总体方案设计", "实验总结"]


def test_a_title_right_under_a_step_over_its_points_starts_it():
    """d84_05: '第一步 接口设计' then '数据库设计' over '- 开发人员 依据需求说明…' points: the title right under the
    step's line had nothing above it to set it apart and was missed."""
    point = "- 开发人员依据需求说明设计系统原型和数据库语句，并提交字段设计清单，完成设计后进行评审并由项目经理批准"
    text = "开发人员只需对接口的正确性负责，提交后由持续集成每天检查并自动部署到测试环境，供测试人员验证。"
    parts = []
    for n, step, title in (("一", "接口设计", "数据库设计"), ("二", "接口开发", "移动端接口开发"),
                           ("三", "联调测试", "逻辑测试")):
        parts += [f"第{n}步 {step}", "", title, point, point, "", f"{step}的注意事项", text, text, ""]
    doc = parse_document(("项目开发流程规范\n\n" + text + "\n\n" + "\n".join(parts) + "\n").encode("utf-8"))
    assert [(h.depth, h.title) for h in doc.headings][3:6] == [(1, "接口开发"), (2, "移动端接口开发"),
                                                              (2, "接口开发的注意事项")]
