"""A law issued by the notice that titles the page, ... : what reads as a part and what does not."""

from __future__ import annotations

from reader.text.document import load_document
from support import DATA, parse_document

_ISSUED = """某州人民政府办公室关于印发《某州政务数据资源管理暂行办法》的通知
【法宝引证码】 CLI.12.4792728
原文链接：https://www.pkulaw.com/lar/f06f932a9e36c48114c6518ada114f88.html
某府办发〔2021〕21号
各县（市）人民政府、州级各部门，各有关单位：
　　现将《某州政务数据资源管理暂行办法》印发你们，请认真遵照执行。
某州人民政府办公室
2021年10月11日
　　某州政务数据资源管理暂行办法
第一章　总则
第一条　为规范政务数据资源管理，推进政务信息系统互联互通和政务数据归集、共享、应用，制定本办法。
第二条　本州行政区域内政务数据资源的采集、归集、存储、提供、共享、应用及其管理活动，适用本办法。
第二章　职责分工
第三条　州人民政府加强对政务数据资源管理工作的组织领导，统筹协调政务数据资源管理中的重大问题。
"""

_CHARTER_PAGE = """台灣語文學會
首頁
學會簡介
學術活動
最新消息
台灣語文學會組織章程
第一章　總則
第一條　本會會名定為台灣語文學會，英文名為Taiwan Languages and Literature Society。
第二條　本會以從事臺灣語文的研究和教育為宗旨。
第二章　會員
第三條　凡贊同本會宗旨，從事臺灣語文研究或教育者，得申請為本會會員。
"""


def test_the_law_a_notice_issues_is_the_documents_title_again():
    """d56_02: the page is the notice that issues the 暂行办法, and the measure's own name over its chapters is that
    title again, no part holding them: its chapters are the outline's top level (depth 0.00 before)."""
    doc = parse_document(_ISSUED.encode("utf-8"))
    assert "某州政务数据资源管理暂行办法" not in [h.title for h in doc.headings]
    assert [h.depth for h in doc.headings if h.marker.startswith("第") and h.marker.endswith("章")] == [1, 1]


def test_a_charter_named_on_a_societys_page_holds_its_chapters():
    """d17_01: a society's page shows its charter under the site's name; the charter's name is a part of the page."""
    doc = parse_document(_CHARTER_PAGE.encode("utf-8"))
    charter = [h for h in doc.headings if h.title == "台灣語文學會組織章程"]
    assert charter and charter[0].depth == 1
    assert {h.depth for h in doc.headings if h.marker.startswith("第") and h.marker.endswith("章")} == {2}


_WELCOME_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>欢迎辞</title></head><body>
<h1>欢迎辞</h1>
<h2>尊敬的领导、同仁：</h2>
<p>金秋十月，丹桂飘香。在这美好的季节里，我们迎来了第三届医学装备论坛的召开，我谨代表组委会向各位的到来表示热烈的欢迎！</p>
<p>本届论坛以“创新驱动，协同发展”为主题，汇聚了来自全国各地的专家学者和行业同仁，共同探讨医学装备的发展方向。</p>
<p>最后，预祝本届论坛取得圆满成功！</p>
</body></html>
"""

_THESIS_END = """# 论文

## 结论

本文设计并实现了一个社团活动管理系统，满足了学生社团在活动发布、报名和统计方面的需求。

## 致谢

感谢我的指导老师在论文写作过程中给予的悉心指导和帮助。
"""


def test_a_speechs_salutation_set_as_a_heading_titles_nothing():
    """d58_09: a welcome speech's page marks '尊敬的领导、同仁：' up as <h2>; it addresses the hearers and heads no part
    (HTML F1 0 before: the outline's one entry)."""
    doc = parse_document(_WELCOME_PAGE.encode("utf-8"), name="huanyingci.html")
    assert not doc.headings


def test_thanks_marked_as_a_heading_stay_a_part():
    """'## 致谢' opens with 致 as '致各位来宾：' does, but thanks: a thesis's last part."""
    doc = parse_document(_THESIS_END.encode("utf-8"), name="lunwen.md")
    assert "致谢" in [h.title for h in doc.headings]


_SLIDES = """演讲稿
第 1 页｜封面（约 0.5 分钟）
大家好，今天我想和大家聊一聊怎样驾驭 AI 编程，也介绍一下我们团队这半年的实践。
第 2 页｜什么是 Harness？（约 1.5 分钟）
Harness 原本是马具的意思，放在 AI 编程里，指的是包在模型外面的那一整套约束、工具和反馈。
第 3 页｜三大痛点（约 2 分钟）
第一个痛点是上下文丢失，第二个是改动失控，第三个是验证缺位，下面逐一展开。
第 4 页｜我们的专属 Harness · 双层嵌套运转模型（约 2.5 分钟）
外层负责规划和验收，内层负责写代码和跑测试，两层之间通过任务清单交接。
"""


def test_a_slides_question_title_with_its_time_is_a_slide():
    """d58_01: a talk's script numbers its slides '第 N 页｜…（约 N 分钟）'; a title asking a question before its time,
    or long only by its time, was no slide, and the script lost two of its parts."""
    doc = parse_document(_SLIDES.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["第 1 页", "第 2 页", "第 3 页", "第 4 页"]
    assert doc.headings[1].title.startswith("什么是 Harness？")


_LECTURE = """C语言第二课
欢迎大家来到今天的课程，今天我们在C语言程序的学习中迈出第一步，动手写出第一个程序。
Hello World程序
首先，我们来动手实现一下Hello world程序，代码如下：
#include<stdio.h>
int main(){
printf("Hello world\\n");
return 0;
}
写好以后按下编译运行，就能在窗口里看到程序输出的一行字了，这就是我们的第一个程序。
C语言程序基本框架
#include<stdio.h>
函数返回值类型 main(命令行参数){
函数体
}
C语言写成的程序是由若干个（至少一个）函数组成的，main函数是程序开始执行的地方。
A+B程序
下面我们写一个读入两个整数并输出它们之和的程序，代码如下：
int a, b;
scanf("%d%d", &a, &b);
printf("%d\\n", a + b);
"""


def test_a_line_opening_braces_and_the_line_inside_are_code():
    """d58_02: a lecture shows a program's frame in words ('函数返回值类型 main(命令行参数){' over '函数体' and '}');
    both lines stood in the outline as titles."""
    titles = [h.title for h in parse_document(_LECTURE.encode("utf-8")).headings]
    assert "Hello World程序" in titles
    assert not [t for t in titles if "函数" in t]


_CHAPTER_NOTES = """Java核心技术第五章笔记
本章讨论继承，也就是利用已经存在的类构造新的类，继承已存在的类就是复用这些类的方法和域。
类，超类和子类
定义新的类Manager，重用Employee中的代码，并在此基础上添加新的方法和域。
1.继承层次
由一个公共超类派生出来的所有类的集合被称为继承层次，从某个特定的类到其祖先的路径被称为继承链。
2.多态
一个对象变量可以指示多种实际类型的现象被称为多态，在运行时能够自动选择调用哪个方法的现象称为动态绑定。
3.动态绑定
虚拟机预先为每个类创建了一个方法表，其中列出了所有方法的签名和实际调用的方法，调用时直接查表。
Object类
Object类是Java中所有类的始祖，在Java中每个类都是由它扩展而来的，下面介绍它的几个方法。
1.equals方法
Object类中的equals方法用于检测一个对象是否等于另外一个对象，即判断两个对象是否具有相同的引用。
2.hashCode方法
散列码是由对象导出的一个整型值，散列码是没有规律的，两个不同的对象的散列码基本上不会相同。
"""


def test_unnumbered_titles_each_opening_a_numbered_run_hold_it():
    """d44_10: '类，超类和子类' and 'Object类' each stand over a paragraph and then their own '1.'–'3.': parts holding
    their sections, though neither stands right over its '1.' (depth 0.00 when another line stopped counting)."""
    doc = parse_document(_CHAPTER_NOTES.encode("utf-8"))
    depths = {h.title: h.depth for h in doc.headings}
    assert depths.get("类，超类和子类") == 1 and depths.get("Object类") == 1
    assert depths.get("继承层次") == 2 and depths.get("equals方法") == 2



def test_a_papers_keywords_over_its_first_section_are_no_part():
    """d38_11: '关键词：开源、行为数据、…' stands right over '1、背景', and a line over a '1' names a part: it is the
    report's field, and took the top level from its sections (depth 0.88 → 0.11 until it was known)."""
    doc = load_document(DATA / "corpus" / "docs" / "d38_11_baogao_github_2019_shuzi_nianbao.txt")
    assert not [h for h in doc.headings if h.title.startswith("关键词")]
    assert [h.depth for h in doc.headings if h.marker in ("1、", "2、", "3、", "4、")] == [1, 1, 1, 1]


_MOCK_LESSON = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>等差数列的前n项和</title></head><body>
<h1>等差数列的前n项和</h1>
<p>尊敬的各位评委老师，各位同学，大家好，我是第十四号选手，今天我模拟讲课的题目是等差数列的前n项和公式。</p>
<p>上课, 同学们好, 请坐.⭐</p>
<p>我们首先来回顾一下，等差数列的通项公式是什么呢？有很多同学已经抢答了，是的，就是首项加上项数减一倍的公差。</p>
<p>而当n是奇数的时候，我们对它进行首尾配对，就只能得到若干组首尾之和。</p>
<p>, 剩下中间的一项无法和其他项配对</p>
<p>整理一下计算得到的结果也是一样的，这样我们就用首尾配对的方法求出了从1加到n的和，不论n是奇数还是偶数。</p>
</body></html>
"""


def test_a_sentence_marked_with_a_star_or_cut_at_its_comma_is_no_title():
    """d58_05: a mock lecture's page drops its formulas, leaving '上课, 同学们好, 请坐.⭐' (a sentence, its star after the
    stop) and ', 剩下中间的一项无法和其他项配对' (the rest of one) on lines of their own; both stood as titles."""
    doc = parse_document(_MOCK_LESSON.encode("utf-8"), name="jiangke.html")
    assert not doc.headings


_PAPER = """Rust 内核开题报告
4 研究现状
4.1 国外研究现状
国外对操作系统安全的研究起步较早，已经形成了比较完整的理论体系和大量的工程实践成果。
4.2 国内研究现状
4.2.1 Linux 系统的安全问题
1. Linux系统访问控制。Linux系统主流发行版本的访问控制属于自主访问控制，任何一个活动主体都可以改变权限。
2. Linux系统管理。Linux系统中用户可以分为两类，一类是普通用户，另一类是管理员用户，管理员权限过大。
3. Linux系统日志。Linux系统中的日志功能的设计不是以系统安全为目标，而是以内核调试为目的。
4.2.2 RTOS 的未来
（1）系统级。指RTOS运行在一个小型的计算机系统中完成实时的控制作用，这个领域竞争最为激烈。
（2）板级。传统的RTOS的主要市场，其应用将主要集中在航空航天、电话电信等设备上。
5 总结
本文梳理了国内外的研究现状，并指出了用 Rust 重写内核模块的意义和可行的技术路线。
"""


def test_points_running_on_into_their_text_under_a_decimal_section_are_items():
    """d40_01: under '4.2.1 …' a paper numbers its points '1. Linux系统日志。Linux系统中…', each running on into its
    text: items, not sections (17 stood in the outline). In the corpus none of 70 such points was a heading."""
    doc = parse_document(_PAPER.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["4", "4.1", "4.2", "4.2.1", "4.2.2", "5"]


_RELEASE_NOTES = """SkyWalking 8.2 中的新特性
Apache SkyWalking 是一个可观测性平台，亦是一个应用性能管理系统，本文介绍 8.2 版本的几项新功能。
背景
SkyWalking 是一个观测平台和 APM 工具，它可以收集、分析、聚合和可视化来自服务和云原生基础设施的数据。
浏览器端监控
在 8.2.0 版本中，SkyWalking 将它的监控边界拓展到了浏览器端，提供页面性能、错误日志等数据。

![监控展示图2][func_2]

按标签查询trace
在 SkyWalking 的 Span 数据模型中，已经有了许多被索引的重要字段，这次新增了按标签查询的能力。
"""


def test_a_title_under_a_markdown_picture_is_found():
    """d59_06: a release note saved as text keeps its pictures as '![监控展示图2][func_2]'; the title right under one
    had no paragraph above it and was missed."""
    titles = [h.title for h in parse_document(_RELEASE_NOTES.encode("utf-8")).headings]
    assert titles == ["背景", "浏览器端监控", "按标签查询trace"]


def _languages() -> str:
    parts = ["现代编程语言概览", "本文介绍几门流行的现代编程语言，说明它们各自的主要特点和流行程度，供选型时参考。"]
    for name in ("Rust 语言", "Go 语言", "Java 语言", "Python 语言"):
        parts += [name, f"{name} 是一门被广泛使用的编程语言，拥有活跃的社区和丰富的第三方库，适合多种场景。",
                  "主要特点", f"{name} 的设计兼顾了性能与开发效率，语法清晰，工具链完善，学习曲线相对平缓。",
                  "流行度", f"根据近几年的开发者调查，{name} 的使用人数持续增长，在招聘市场上的需求也在增加。"]
    parts += ["应用领域", "下面按领域列出常用的语言，同一门语言可能出现在多个领域中，读者可以按需查阅。"]
    for name in ("Go 语言", "Python 语言"):
        parts += [name, f"在云原生和数据处理领域，{name} 都有大量成熟的项目，很多知名的开源软件都用它写成。"]
    return "\n".join(parts) + "\n"


def test_a_recurring_title_nests_under_names_that_recur_less():
    """f20_02: each language's part holds '主要特点' and '流行度', and a later part names two languages again; the
    names recurring too had kept '主要特点' from nesting under its language (all at one level)."""
    doc = parse_document(_languages().encode("utf-8"))
    depths = [(h.title, h.depth) for h in doc.headings]
    assert depths[:4] == [("Rust 语言", 1), ("主要特点", 2), ("流行度", 2), ("Go 语言", 1)]



def test_labels_that_follow_each_other_stay_siblings():
    """f9_06: a page of postings sets '岗位职责：' more often than '任职要求：', which follows it each time; the rarer
    label is its sibling, not a title it nests under."""
    doc = load_document(DATA / "corpus" / "docs" / "f9_06_job_mingyi_zhudao.txt")
    labels = {h.depth for h in doc.headings if h.title.startswith(("岗位职责", "任职要求"))}
    assert labels == {1}



def test_a_storys_printed_source_is_no_title():
    """d37_05: '《光明日报》（ 2022年02月13日 02版）' under a story gives the paper, the day and the page: no title (F1 0
    on a story with none)."""
    doc = load_document(DATA / "corpus" / "docs" / "d37_05_xinwen_wangye_xiji_tudou.txt")
    assert not [h for h in doc.headings if "光明日报" in h.title]


def test_a_breadcrumbs_arrow_in_either_bracket_points_on():
    """d52_07: '頭條要聞 〉' is a page's breadcrumb, its arrow a CJK angle bracket; '读〈论语〉' closes one."""
    from reader.text.furniture import furniture_line

    assert furniture_line("頭條要聞 〉") and not furniture_line("读〈论语〉")


_THESIS_CHAPTERS = """Linux服务器监控告警系统的设计与实现
第四章 系统实现
本章按照系统设计中的模块划分，依次介绍数据采集、数据存储与处理和前端可视化三个模块的实现。
第五章 总结与展望
1. 早期的技术选型。技术选型在毕业设计的准备阶段极为重要，需要根据实际场景选取最为合适的解决方案。
2. 前期的需求分析。需求分析是毕业设计前期一个极为重要的步骤，必须明确系统的整体功能和性能要求。
3. 中期的系统设计。系统设计是系统实现的前置步骤，该阶段先对系统整体架构进行了剖析，明确了模块划分。
"""


def test_points_running_on_into_their_text_under_a_chapter_are_items():
    """d60_02: a thesis sums up its work under '第五章 总结与展望' in points that run on into their text ('1. 早期的
    技术选型。技术选型在…'): items of the chapter, as under a decimal section."""
    doc = parse_document(_THESIS_CHAPTERS.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["第四章", "第五章"]


_MISMATCHED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>第八届陕西城市经济文化发展高峰论坛举办</title></head>
<body><h1 class="xx-tit">第八届陕西城市经济文化发展高峰论坛举办</h1>
<h2 class="xx-tit">聚智聚力为全面深化改革建言献策
</h1>
<p>12月21日，第八届陕西城市经济文化发展高峰论坛在西安举办，专家学者、企业代表共150余人出席。</p>
<p>本次论坛以“聚智聚力为全面深化改革建言献策”为主题，与会代表围绕城市经济文化发展作了交流发言。</p>
</body></html>
"""


def test_a_heading_closed_by_another_levels_end_tag_ends_there():
    """d55_09: a page opens '<h2>' and closes it with '</h1>'; a browser ends the heading there, and the story's
    paragraphs after it are no headings (four stood in the outline)."""
    doc = parse_document(_MISMATCHED.encode("utf-8"), name="luntan.html")
    assert not [h for h in doc.headings if "12月21日" in h.title or "本次论坛" in h.title]


_POST = """Twinkle AI 一週年生日趴：從線上連結到實體共創
Twinkle AI 在 2026 年初迎來了具備指標意義的一週年，社群夥伴們第一次在台北聚在一起，回顧這一年的成果。
社群起源與轉型
社群起源於 2025 年 1 月 2 日，最初以 Llama Taiwan 的名義成立，後來逐步轉型為一個開放的中文模型社群。
超乎預期的熱情：從 40 到 70 的連結
這次聚會原本預計約 40 人參加，沒想到現場來了將近 70 位夥伴，大家從下午一路聊到晚上才依依不捨地散場。
"""

_CREDITED = """Apache软件基金会庆祝成立22周年
翻译：单致豪
Apache软件基金会今天宣布成立22周年，基金会管理着三百多个开源项目，由数千名志愿者共同维护。
关于Apache软件基金会
Apache软件基金会成立于1999年，是全球最大的开源基金会之一，为开源项目提供法律、财务和组织上的支持。
"""


def test_a_posts_subhead_with_a_colon_beside_a_plain_one_makes_two():
    """d59_02: a post's two subheads, one plain and one a phrase over a phrase at a colon ('超乎預期的熱情：從 40 到
    70 的連結'), make its outline; a translator's credit ('翻译：单致豪') beside one subhead makes none."""
    post = [h.title for h in parse_document(_POST.encode("utf-8")).headings]
    assert post == ["社群起源與轉型", "超乎預期的熱情：從 40 到 70 的連結"]
    assert not parse_document(_CREDITED.encode("utf-8")).headings


_SPEC = """个人博客系统需求规格说明书
本文档说明个人博客系统的功能需求，供开发和测试人员参考，内容包括项目背景、系统接口和非功能需求。
博客园地址：

https://www.cnblogs.com/example/p/15000001.html

《需求规格说明书》的Git链接 :

https://github.com/example/blog-system

用例图链接：

https://github.com/example/blog-system/blob/main/docs/srs.md

1 项目背景
本系统面向个人博主，提供文章发布、分类管理、标签管理和评论管理等功能，采用前后端分离的架构实现。
2 系统接口
2.1 首页接口
- 根据时间获取博客并分页显示
- 获取n个分类
- 获取n个标签
2.2 登录接口
- 根据用户密码查询用户
- 登录成功后写入session
"""


def test_labels_over_their_links_make_no_feed():
    """d53_03: '博客园地址：' over its address, three times, read as a feed's headlines over their links, and a feed's
    outline took each bullet for a story (F1 0.42); a label ending in a colon introduces its link."""
    doc = parse_document(_SPEC.encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["1", "2", "2.1", "2.2"]


_COURSE_TASK = """计算机组成原理课程设计任务书
本课程设计要求学生设计并实现一个支持基本指令集的单周期处理器，并在开发板上完成验证。
设计任务：
1. 设计单周期数据通路和控制器。
2. 编写测试程序验证各条指令。
设计要求：
1. 使用硬件描述语言完成设计。
2. 提交设计报告和演示视频。
具体要求如下：
1. 报告不少于五千字。
2. 演示视频不超过五分钟。
"""


def test_a_line_leading_into_its_list_is_no_label():
    """d47_02: '具体要求如下:' over a list leads into it, where '设计任务：' names its part; in the corpus 250 lines
    ending so are no headings and 2 are."""
    titles = [h.title for h in parse_document(_COURSE_TASK.encode("utf-8")).headings]
    assert "设计任务" in titles and "设计要求" in titles
    assert not [t for t in titles if "如下" in t]


_RULES_PAGE = ("GitHub 成員守則\n成員\u200b\n適用身份範圍\u200b\n所有成員\n內容\u200b\n"
               "不要輕易使用具危險性的操作，例如 Force Push 或刪除分支，操作前請先與管理員確認。\n"
               "管理員與擁有者\u200b\n適用身份範圍\u200b\n組織擁有者與儲存庫管理員\n內容\u200b\n"
               "確保自己帳號的安全性，避免被盜用，並定期檢查儲存庫的權限設定與成員名單。\n")


def test_zero_width_spaces_are_taken_out_of_the_text():
    """d61_04: a documentation site ends each title with a zero-width space ('成員\\u200b'); invisible, it kept the
    titles from being read as titles and would stay in every title and search."""
    doc = parse_document(_RULES_PAGE.encode("utf-8"))
    assert "\u200b" not in doc.text
    assert [h.title for h in doc.headings][:1] == ["成員"]


def test_a_title_joins_a_recurring_group_only_when_every_title_before_it_is_in_it():
    """'流行度' always follows '主要特点' and joins its group; a title that also follows one outside it stays out."""
    from reader.text.recurring import _followers

    before = {"流行度": {"主要特点"}, "Python 语言": {"流行度", "应用领域"}, "应用领域": {"附录", "前言"},
              "结语": {"主要特点", "附录"}}
    assert _followers({"主要特点"}, before) == {"主要特点", "流行度"}
