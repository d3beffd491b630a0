"""Titles under a book page's one chapter, and the pieces a book appends ('附一 …', '附录 …'): what the outline shows."""

from __future__ import annotations

from support import parse_document

_BOOK_PAGE = """第1章 什麼是以太坊
什麼是以太坊
「世界的計算機」，這是對以太坊平臺常見的一種描述，但這又意味著什麼呢？讓我們從計算機科學的角度來看一看它的含義。
與比特幣的比較
很多之前有一些密碼貨幣經驗的人會加入以太坊，特別是比特幣，以太坊與其他開放區塊鏈共享許多共同的元素。
以太坊的誕生
所有偉大的創新都解決了真正的問題，以太坊也不例外，它的創始人在二〇一三年底開始設想一種通用的區塊鏈。
以太坊開發的四個階段
以太坊的發展分為四個階段，每個主要階段都有代號，並在網絡升級時通過硬分叉來實現新的功能和改進。
"""


def test_titles_under_a_lone_chapter_are_shown():
    """d49_10: one '第1章' on a book's page, then its bare titles over paragraphs; before, the lone numbered unit hid
    every unnumbered title and the outline showed the chapter alone."""
    doc = parse_document(("目录页\n" + _BOOK_PAGE).encode("utf-8"))
    titles = [h.title for h in doc.headings]
    assert titles[-4:] == ["什麼是以太坊", "與比特幣的比較", "以太坊的誕生", "以太坊開發的四個階段"]


def test_two_numbered_units_still_keep_their_titles_out():
    """Guard: a notice's 一、 and 二、 with plain lines after each keep those lines as text (a list of two parts is no
    lone chapter)."""
    text = ("关于做好年终工作的通知\n各单位：\n为做好年终各项工作，现将有关事项通知如下，请各单位认真贯彻落实。\n"
            "一、做好总结\n各单位要在月底前完成年度工作总结，并报送办公室汇总，逾期未报的将予以通报。\n年度总结\n"
            "总结内容应包括年度目标完成情况、存在的问题和下一年度的工作打算，字数不少于两千字。\n二、做好安全\n"
            "各单位要加强节日期间的安全检查，落实值班制度，确保不发生安全事故，发现问题及时报告。\n值班安排\n"
            "值班人员名单于节前三天报办公室备案，值班期间不得擅离岗位，手机须保持二十四小时畅通。\n")
    doc = parse_document(text.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["做好总结", "做好安全"]


_BOOK_NOTES = """读《给青年的十二封信》

一、谈读书

作者劝青年多读书，读书要有选择，要读有价值的书，不要只读课本，也不要为了考试而读书，这样才能真正受益。

二、谈动

作者认为青年人应当多活动，情感要有发泄的途径，否则就会郁积成病，运动和游戏都是很好的发泄方式。

三、谈静

静是一种修养，能在繁忙中保持内心的安静，才能真正看清楚周围的事物，也才能从生活中得到乐趣。

附一 无言之美

这一篇讲艺术中含蓄的美，作者举了许多诗歌和绘画的例子，说明言有尽而意无穷才是最高的境界。

附二 悼夏孟刚

这是作者为一位早逝的学生写的悼文，文中谈到了人生的意义，以及如何面对挫折和痛苦的问题。

附录 再谈青年与恋爱结婚

这一篇是作者后来补写的，谈青年人应当怎样看待恋爱和婚姻，态度比前面的书信更加从容和宽厚。
"""


def test_appended_pieces_of_a_book_are_parts():
    """d64_07: '附一 无言之美', '附二 悼夏孟刚' and '附录 再谈…' after the twelve letters are the book's appended pieces,
    each a part holding its text; before, they were missed, '附一' numbering nothing the outline knew."""
    doc = parse_document(_BOOK_NOTES.encode("utf-8"))
    assert [(h.title, h.depth) for h in doc.headings][-3:] == [
        ("附一 无言之美", 1), ("附二 悼夏孟刚", 1), ("附录 再谈青年与恋爱结婚", 1)]


def test_attached_codes_listed_one_after_another_are_no_parts():
    """f20_07: '附一：…二维码' right over '附二：…二维码': a list of what the notice attaches, not its parts."""
    text = ("关于做好校区疫情防控工作的通知\n一、做好信息填报\n全体师生每天须按时完成健康信息填报，如有异常情况应立即报告所在学院。\n"
            "二、做好出入管理\n师生出入校区须出示健康码和行程码，校外人员未经批准一律不得进入校区。\n"
            "附一：温江区疫情防控信息填报平台二维码\n附二：天府健康通二维码\n附三：四川健康码的网上申报流程\n"
            "打开微信，点击右下角的我，再点支付，然后选择城市服务，进入后按照提示一步一步完成申报即可。\n")
    doc = parse_document(text.encode("utf-8"))
    assert not any(h.title.startswith("附") for h in doc.headings)


def _record(dates: list[str]) -> str:
    """A team's record of meetings kept over weeks, each opened by its date."""
    body = []
    for n, date in enumerate(dates):
        body += [date, "与会人员：吴竞邦 杨雅棋 张弈帆", f"本次讨论了第{n + 1}阶段的移植进度，大家各自汇报了遇到的问题和解决办法。",
                 "会后每人整理自己的工作记录，下次会议前上传到仓库，并在群里通知其他同学查看。"]
    return "会议纪要\n" + "\n".join(body) + "\n"


def test_meetings_opened_by_compact_dates_are_its_parts():
    """d67_02: '20240723-工作安排' (the date written without separators) opens each meeting as '2024/07/23' does."""
    dates = ["20240723-工作安排", "20240717-问题讨论", "20240708-工作进度同步"]
    doc = parse_document(_record(dates).encode("utf-8"))
    assert [h.title for h in doc.headings if h.title[:1].isdigit()] == dates


def test_meetings_dated_with_their_place_are_its_parts():
    """d67_03: '2024年6月21日，管理学院919': the comma sets off where the group met, not a chronicle's sentence."""
    dates = ["2024年6月21日，管理学院919", "2024年6月25日，线上腾讯会议", "2024年6月28日，线上腾讯会议"]
    doc = parse_document(_record(dates).encode("utf-8"))
    assert [h.title for h in doc.headings] == dates


def test_a_chronicle_of_dated_sentences_has_no_sessions():
    """Guard: '2019年3月5日，…' opening a sentence long enough to be the entry itself is a chronicle's line."""
    dates = ["2019年3月5日，学校召开全体教职工大会部署新学期工作", "2019年4月2日，学校举办春季运动会",
             "2019年5月8日，学校组织师生参观科技馆"]
    doc = parse_document(_record(dates).encode("utf-8"))
    assert not any(h.title.startswith("2019年") for h in doc.headings)


_NOTES = """马克思主义基本原理学习笔记
一、矛盾的分类
1. 对抗性矛盾
矛盾双方根本利益对立，需要用斗争的方式来解决，这种矛盾在一定条件下可以转化。
2. 非对抗性矛盾是指根本利益一致基础上的矛盾，一般采取批评与自我批评的方法来解决，在一定条件下也会转化
二、矛盾的地位
主要矛盾和次要矛盾、矛盾的主要方面和次要方面，是矛盾发展不平衡性的两种表现。
"""


def test_points_half_of_them_titled_are_a_list():
    """d18_02: '1. 对抗性矛盾' over a paragraph reads as a title, '2. 非对抗性矛盾是指…' as the sentence it is: points
    half of them titled are a list (58 such runs in dev, 10% of them gold; 44 held out, 11%), not sections."""
    doc = parse_document(_NOTES.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["一、", "二、"]


_MANUAL = """ThssDB 用户手册
一、启动
本系统分为服务端和客户端两部分，使用前请先安装好 Java 运行环境，并在项目根目录下完成编译。
1. 运行 Server：src/main/java/cn/edu/thssdb/server/ThssDB.java
2. 运行 Client：src/main/java/cn/edu/thssdb/client/Client.java
启动客户端以后，在命令行中输入用户名和密码即可连接到服务端，连接成功后会显示欢迎信息。
二、连接与断开
客户端使用 connect 命令连接服务端，使用 disconnect 命令断开连接，断开后会话中的临时数据会被清除。
"""


def test_two_noted_points_line_after_line_are_a_list():
    """d53_04: '1. 运行 Server：…' right over '2. 运行 Client：…', then the text goes on: two steps noted line after
    line, not two sections; before, a list needed three such items."""
    doc = parse_document(_MANUAL.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["一、", "二、"]


_STANDARD_PAGE = """4. 混凝土结构耐久性检测与评估 — 查规范
目次
1. 总则
2. 术语
3. 基本规定
4. 混凝土结构耐久性检测与评估
5. 钢结构耐久性检测与评估
6. 防腐蚀措施监测与评估
4.1 腐蚀介质及工程情况的调查
4.1.1 腐蚀介质调查内容宜包括潮汐、温度、湿度、pH值、水污染情况和大气中的腐蚀性介质等。
4.1.2 工程情况的调查内容除应包括第3.0.2条规定的内容外，还应包括结构所处的环境条件。
4.2 氯盐引起钢筋锈蚀劣化耐久性检测
4.2.1 氯盐引起钢筋锈蚀劣化外观检测应包括混凝土表面的原始缺陷和钢筋锈蚀引起的裂缝。
4.2.2 氯盐引起钢筋锈蚀劣化耐久性检测方法应符合附录C的有关规定。
"""


def test_sections_after_a_dropped_sidebar_list_stay():
    """d69_07: a standard's page lists its chapters '1. 总则' … '6. …' down the sidebar (a list, dropped), then its
    own 4.1 and 4.2: their numbers name section 4, so they are not lost with the list's '6.' above them."""
    doc = parse_document(_STANDARD_PAGE.encode("utf-8"))
    assert [h.marker for h in doc.headings if h.marker.count(".") == 1 and h.marker[0] == "4"] == ["4.1", "4.2"]


_REVIEW = """个人年终总结
四、2020总结
1、关键词
今年的关键词是成长和沉淀，工作上从一个执行者慢慢变成了一个能独立负责项目的人。
2、学习和成长
今年系统地学习了浏览器原理和工程化方面的知识，也补上了数据结构和算法方面的短板。
3、具体总结
3.1 文章写作总结
今年一共写了二十多篇文章，涉及前端工程化、性能优化和可视化等方向，其中几篇被平台推荐。
3.2 专利4篇
今年和同事一起申请了四篇专利，其中两篇已经进入实质审查阶段，另外两篇还在撰写之中。
3.3 比赛和活动
1、技术双月刊
技术双月刊入选三篇，九到十月入选一篇，十一到十二月入选两篇。
2、团队内技术双月
使用图形库做了一个小工具，在团队里做了一次分享，反馈还不错。
3.4 分享4次
今年在公司内外一共做了四次技术分享，主题都和前端性能相关，每次都准备了完整的演示。
3.5 技术影响力建设
运营了团队的公众号，全年发布文章五十多篇，关注人数比去年翻了一番，也带动了团队的写作氛围。
"""


def test_decimal_sections_go_on_after_a_list_inside_one_of_them():
    """f21_04: the list '1、技术双月刊' under 3.3 restarts the count of '3、具体总结' above; 3.4 and 3.5 say which
    sections they follow, so they go on from 3.3 instead of being dropped as out of sequence."""
    doc = parse_document(_REVIEW.encode("utf-8"))
    assert [h.marker for h in doc.headings if h.marker.startswith("3.")] == ["3.1", "3.2", "3.3", "3.4", "3.5"]


_ESSAY = """芯片战争及其应对
本文有三项内容比较重要，恰好也是此书涉及不多的部分：
1、美国半导体产业与美国政府系统之间的关系，尤其是国防部在产业早期扮演的角色。
2、1980年代美日半导体贸易战中，美日双方的应对及其对产业格局的长远影响。
3、美国当前针对中国大陆的半导体产业政策的真实动机与可能走向。
在大陆半导体产业起步与发展的过程中，产业政策与市场之间的关系一直是讨论的焦点。
一、半导体产业的最初兴起受惠于美国的国防投入
半导体产业在美国兴起的最初二十年里，最大的买家是美国军方和航天部门。
二、日本的追赶与日美半导体贸易战
1、日本的追赶
日本企业从引进技术开始，用了不到二十年就在存储芯片上赶上了美国企业。
2、日美半导体贸易战
美国先后发起多轮调查，最终迫使日本签署了半导体协议。
三、纵向分工与水平分工
半导体产业发展史是一个不断分工、提高效率的历史，东亚在其中先后承接了产业转移。
"""


def test_a_list_under_a_part_leaves_the_parts_open():
    """d48_09: the introduction's points '1、…' to '3、…' stand above 一、; the list '1、日本的追赶' under 二、 is a new
    list inside it, not the introduction's count starting again, so 三、 still follows 二、."""
    doc = parse_document(_ESSAY.encode("utf-8"))
    assert [h.marker for h in doc.headings if h.depth == 1] == ["一、", "二、", "三、"]


def test_bare_sections_counted_from_nought_are_sections():
    """d64_04: a commentary's standards '0 法制与自由' … '3 鼓励中立平台', each over its paragraph: a count that starts
    at 0 numbers the sections as one from 1 does."""
    parts = ["法制与自由", "鼓励自传播", "鼓励交互性", "鼓励中立平台"]
    body = "新闻立法应当顺应互联网传播的规律，既保护言论的自由，也为平台和用户划出清楚的责任边界，让各方都有章可循。"
    text = "新闻立法的几条标准\n" + "".join(f"{n} {title}\n{body}\n" for n, title in enumerate(parts))
    doc = parse_document(text.encode("utf-8"))
    assert [h.title for h in doc.headings] == parts


_PAPER = """数学建模论文
5.1 问题一模型的建立与求解
5.1.1 求解思路
本问采用数值积分法，先把连续的投放过程离散化，再逐段计算烟幕对目标的遮蔽时间，最后求和。
5.1.2 模型的求解
按上述思路编写程序求解，步长取零点零一秒，结果与解析解的误差小于百分之一，满足精度要求。
5.2.2 基于改进粒子群的寻优引擎
在问题二中，投放时刻和起爆延时共同决定遮蔽效果，因此采用改进的粒子群算法在可行域内寻优。
5.2.3 最优策略的求解结果
算法在两百代以内收敛，得到的最优投放策略使有效遮蔽时间比初始方案延长了将近一倍。
"""


def test_a_decimal_run_whose_first_members_were_lost_still_counts():
    """d57_05 / d49_02: 5.2 and 5.2.1 are missing from the extract, so '5.2.2' follows '5.1.2'; the '5.2.3' after it
    shows the count going on, so 5.2.2 opens it rather than being dropped out of sequence."""
    doc = parse_document(_PAPER.encode("utf-8"))
    assert [h.marker for h in doc.headings if h.marker.startswith("5.2")] == ["5.2.2", "5.2.3"]
