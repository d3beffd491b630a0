"""Seventh round of untuned genres: a table of crime names, a law's 沿革, RSS headlines, a bilingual speech."""

from __future__ import annotations

import pytest

from reader.text.furniture import furniture_line as _furniture
from support import outline

BODY = "为保证正确、统一执法，根据修订的有关规定，现对有关问题作出规定，各级机关在工作中应当遵照执行。"


def test_names_numbered_line_after_line_under_chapters_are_a_table_not_articles():
    lines = ["关于罪名的意见", BODY, "第一章　危害国家安全罪", "1．背叛国家罪（第102条）", "2．分裂国家罪（第103条第1款）",
             "3．叛逃罪（第109条）", "4．间谍罪（第110条）", "第二章　危害公共安全罪", "5．放火罪（第114条）",
             "6．决水罪（第114条）", "7．爆炸罪（第114条）", "第三章　妨害社会管理秩序罪", "第一节　扰乱公共秩序罪",
             "8．妨害公务罪（第277条）", "9．招摇撞骗罪（第279条）", "10．聚众斗殴罪（第292条）"]
    assert [(d, m) for d, m, _ in outline(lines, "关于罪名的意见")] == [
        (1, "第一章"), (1, "第二章"), (1, "第三章"), (2, "第一节")]


def test_articles_numbered_on_across_chapters_with_their_text_stay_articles():
    lines = ["关于审理案件的解释", BODY, "一、一般规定", "1．人民法院审理案件，应当以事实为根据。", BODY,
             "2．当事人对自己的主张，有责任提供证据。", BODY, "二、证据", "3．证据应当在法庭上出示。", BODY,
             "4．证人应当出庭作证。", BODY, "三、附则", "5．本解释自公布之日起施行。", BODY]
    assert [m for _, m, _ in outline(lines, "关于审理案件的解释") if m[0].isdigit()] == ["1．", "2．", "3．", "4．", "5．"]


def test_a_laws_history_is_a_section_and_its_entries_are_not():
    lines = ["國有財產法", "第 1 條", BODY, "第 2 條", BODY, "第 3 條", "本法自公布日施行。", "沿革",
             "1. 中華民國五十八年一月二十七日總統制定公布全文 77 條", "2. 中華民國六十年五月五日總統令修正公布",
             "3. 中華民國六十四年一月十七日總統令修正公布"]
    found = outline(lines, "國有財產法")
    assert (1, "", "沿革") in found and not [h for h in found if h[1].startswith(("1.", "2.", "3."))]


@pytest.mark.parametrize("text,furniture", [
    ("2024年5月6日 星期一", True),
    ("5月6日", True),
    ("责任编辑：王五", True),
    ("作者: 李四", True),
    ("本报记者 张三", True),
    ("点击查看更多", True),
    ("星展與恒地簽訂50億元可持續發展掛鈎貸款及社會責任貸款", False),  # a headline that mentions a duty
    ("警方擬6月15日起實施交通告票電子化　推出專屬網站及應用程式", False),  # a headline with a date in it
    ("國務院發布新一輪穩就業政策措施清單", False),
])
def test_a_date_stamp_or_byline_is_furniture_a_headline_mentioning_one_is_not(text, furniture):
    assert _furniture(text) is furniture


def test_headlines_of_a_news_feed_that_mention_dates_and_duties_are_headings():
    heads = ["星展與恒地簽訂50億元可持續發展掛鈎貸款及社會責任貸款", "警方擬6月15日起實施交通告票電子化　推出專屬網站",
             "勞工處詳細審視申訴專員公署調查報告", "香港迪士尼樂園周年期間限定活動展開"]
    lines = ["香港電台本地新聞", "本頁輯錄香港電台今日的本地新聞，每則新聞附有原文連結，供讀者參考。"]
    for head in heads:
        lines += [head, "運輸及物流局局長表示，警方計劃在今年開始實施有關措施，推出專屬網站及應用程式，方便市民。",
                  "原文連結：https://news.example.hk/item.htm"]
    assert [t for _, _, t in outline(lines, "香港電台本地新聞")] == heads


def test_the_chinese_lines_of_a_bilingual_speech_are_translations_not_headings():
    lines = ["乔布斯的演讲", "本文为演讲的中英对照文字稿，供读者学习参考，如有错漏欢迎指正。"]
    for english, chinese in [("I'm honored to be with you today for your commencement.", "今天能与你们一起参加毕业典礼，我很荣幸。"),
                             ("Of course,", "当然"), ("it was impossible to connect the dots.", "当时不可能把点连起来。"),
                             ("the film Toy Story,", "玩具总动员"), ("And is now the most successful studio.", "如今是最成功的工作室。"),
                             ("with over four thousand employees,", "员工"), ("We just released our finest creation,", "我们刚刚发布了最好的作品，"),
                             ("[applause]", "[掌声]")]:
        lines += [english, chinese]
    assert outline(lines, "乔布斯的演讲") == []


def test_a_speech_title_after_a_short_translated_closing_line_is_a_heading():
    # h12_04: a page of speeches, each English line over its Chinese one; one speech ends 'Thank you all very much.' /
    # '非常感谢各位。', a finished sentence of the speech though short, and the next speech's title follows it
    lines = ["演讲", "本页收录几篇毕业典礼演讲的中英对照文字稿，供读者学习参考。"]
    heads = ["乔布斯在斯坦福大学毕业典礼上的演讲", "东京大学入学典礼 演讲 上野千鹤子"]
    for head in heads:
        lines.append(head)
        for english, chinese in [("I am honored to be with you today at your commencement.", "今天，我很荣幸和大家在一起。"),
                                 ("The first story is about connecting the dots.", "第一个故事是关于如何把生命中的点点滴滴串连起来。"),
                                 ("Stay hungry, stay foolish.", "保持饥饿，保持愚蠢。"),
                                 ("Thank you all very much.", "非常感谢各位。")]:
            lines += [english, chinese]
    assert [t for _, _, t in outline(lines, "演讲")] == heads


# f9_09, a CSRC 准则 of 1999 (its clauses cut after their first clause)
_CLAUSES = ["一、根据《中华人民共和国证券法》、《中华人民共和国公司法》的有关规定，制定本准则。",
            "二、法律意见书是发行人向中国证券监督管理委员会申请公开发行股票的必备文件之一。",
            "三、律师应当严格履行法定职责，对发行人股票发行、上市的合法性发表法律意见。",
            "四、律师应当对出具法律意见书所依据的事实和材料进行核查和验证。",
            "五、法律意见书不仅表述结论性意见，而且应当说明上述结论性意见的依据。"]


def test_a_rules_untitled_clauses_under_its_part_are_its_articles():
    found = outline(["第一部分  基本要求", *_CLAUSES], "公开发行股票公司信息披露的内容与格式准则第六号")
    assert [(d, m) for d, m, _ in found] == [(1, "第一部分"), (2, "一、"), (2, "二、"), (2, "三、"), (2, "四、"), (2, "五、")]


def test_a_reports_untitled_list_under_its_part_stays_a_list():
    lines = ["第一部分　过去五年的工作", BODY, "一、经济运行保持平稳；", "二、改革开放不断深化；", "三、民生保障持续加强。", BODY]
    assert [m for _, m, _ in outline(lines, "政府工作报告")] == ["第一部分"]


def test_roman_and_capital_numerals_are_levels_of_their_own():
    lines = ["工作计划", BODY, "壹、计划缘起", BODY, "一、背景", BODY, "二、目的", BODY, "貳、执行方式", BODY, "一、人力", BODY,
             "參、预期效益", BODY]
    assert [(d, m) for d, m, _ in outline(lines, "工作计划")] == [
        (1, "壹、"), (2, "一、"), (2, "二、"), (1, "貳、"), (2, "一、"), (1, "參、")]
    lines = ["会议议程", BODY, "I. 提交文件", BODY, "II. 质询", "1. 关于公共交通", BODY, "2. 关于房屋供应", BODY,
             "III. 法案", BODY, "IV. 议员议案", BODY]
    assert [(d, m) for d, m, _ in outline(lines, "会议议程")] == [
        (1, "I."), (1, "II."), (2, "1."), (2, "2."), (1, "III."), (1, "IV.")]


def test_stems_and_dotted_numerals_nest_as_levels():
    lines = ["申请须知", BODY, "一.申请资格", "甲、个人", BODY, "乙、团体", BODY, "二.申请程序", "〔一〕提出申请", BODY,
             "〔二〕审查", BODY]
    assert [(d, m) for d, m, _ in outline(lines, "申请须知")] == [
        (1, "一."), (2, "甲、"), (2, "乙、"), (1, "二."), (2, "〔一〕"), (2, "〔二〕")]


def test_an_essays_numeral_a_space_and_its_title_is_a_section():
    # the anthology form: '一　…' over its text ('一 年来…' in a sentence is no section)
    lines = ["论学习", BODY, "一　学习的目的是发展的", BODY, "一 年来全市新建学校二十所，学生人数增加。", BODY,
             "二　怎样学习", BODY, "三　学习与工作", BODY]
    assert [(d, m, t) for d, m, t in outline(lines, "论学习")] == [
        (1, "一", "学习的目的是发展的"), (1, "二", "怎样学习"), (1, "三", "学习与工作")]


def test_a_note_that_shows_code_is_no_page_of_records():
    # h17_01 (Spring notes): each part's steps under the same labels ('添加依赖', '编写配置') read like a jobs page's
    # records, each title a record's name; a jobs page shows no code
    code = ["context = new ClassPathXmlApplicationContext(\"beans.xml\");", "user = context.getBean(User.class);",
            "userService.save(user);"]
    lines = ["Spring 基础", BODY]
    for name in ("IoC 容器入门", "AOP 入门", "事务管理入门"):
        lines += [name, "添加依赖", "在 pom.xml 中加入 spring-context 依赖，版本与项目一致。", "编写配置", *code, BODY]
    assert "添加依赖" in [t for _, _, t in outline(lines, "Spring 基础")]
