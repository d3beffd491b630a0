"""Scraped pages: a jobs page's records under their names, and a reposted news page's headline over its dateline.

The lines are real: the job pages f8_09 and h14_06 (two companies' forms of fields) and h14_01 (a team's jobs list),
and the Hong Kong news repost f8_08 (tests/data/corpus).
"""

from __future__ import annotations

import time

import pytest

from reader.text.model import Paragraph
from reader.text.explain import explain_outline
from reader.text.titlemarks import pictograph_titles
from reader.text.records import page_records
from support import DATA, outline, parse_document

LISTED_JOBS = (DATA / "corpus" / "docs" / "h14_01_job_rashomon_zhaopin.txt").read_text(encoding="utf-8")

FORM_JOBS = """人才招聘

前台接待
性别要求
女
年龄要求
20-25
薪金待遇
面议
详细要求
职位要求：
1、性格开朗，待人热情，身高1.60米以上，形象好，气质佳；
2、普通话流利，具有良好的语言表达能力和沟通应变能力；
平面设计师
性别要求
女
年龄要求
20-30
薪金待遇
3000-5000/月
详细要求
职位说明：
从事我司软件产品相关美术设计，包括企业Logo、Flash动画设计、图标设计、网页美工等
职位要求：
1、美术、平面设计相关专业，大专以上学历；
2、有扎实的美术功底、良好的创意思维和理解能力，能及时把握客户需求；
销售经理
性别要求
男女不限
年龄要求
20-25岁
薪金待遇
面议
详细要求
职位说明：
开拓市场，完成公司分配的销售任务；市场调研，挖掘客户潜在需求。
职位要求：
1、普通话标准，性格开朗，善于与人沟通，具有一定的亲和力；
2、有一定的客户资源优先；
"""

FORM_ITEMS = """加入我们

PHP工程师（高级）
工作地点
上海
工作性质
全职
月薪
15000-20000
工作经验
2年
学历
本科
招聘人数
1
岗位职责:
负责项目后台编码、设计
参与数据库设计，并根据开发规范独立完成编码和测试
按照项目进度、功能需求完成工作
能够对于项目需求提出合理性建议
编写技术文档
技能需求:
2年及以上PHP网站项目开发经验
精通PHP语言进行面向对象编程，具备系统分析、数据分析和独立设计能力
精通MVC架构，至少熟悉一种常用的PHP开发框架（yii框架最佳）
熟悉mySql、Apache、PHP配置，以及常见扩展
有一定的数据库优化经验
善于学习，抗压能力强
PHP工程师（初级)
工作地点
上海
工作性质
全职
月薪
6000-8000
工作经验
2年
学历
本科
招聘人数
2
岗位描述:
负责项目后台编码、设计
参与数据库设计，并根据开发规范完成编码和测试
按照项目进度、功能需求完成工作
能够对于项目需求提出合理性建议
编写技术文档
技能需求:
具备独立开发能力,1年及以上PHP项目开发经验
使用PHP进行面向对象编程，具备系统分析、数据分析和独立设计能力
精通MVC架构
熟悉mySql、Apache、PHP配置，以及常见扩展
善于学习，抗压能力强
"""

REPOST = """香港政府出爾反爾，繼續縮緊對新聞界的審查

2020-09-29 01:19 喜馬拉雅戰鷹團 Himalaya Hawk Squad 轉載自GNews

簡評：

中共最為恐懼的就是真相，他們把所有勇於報導真相的記者視為眼中釘，肉中刺，這也是他們對揭露真相的“爆料革命”極度恐懼的原因。

香港特首違背去年10月的承諾，支持警方只承認政府註冊記者

香港特首林鄭月娥支持警方一項頗具爭議的新決定，即只承認來自政府註冊新聞機構的記者。

根據周二公佈的新條例，警方將不再接受本地記者協會或本地媒體團體發出的記者證。

政府信息系統

林鄭月娥為警方辯護其界定新聞人士的標準，就是必須在政府新聞處的新聞與媒體資訊系統上註冊。

林又說，她的政府因一些網絡媒體投訴被禁止參加政府組織的活動，而於2017年9月擴大了系統。
"""


def _headings(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), "page.txt")
    return [(h.depth, h.title) for h in doc.headings]


@pytest.mark.parametrize("text, names", [
    (FORM_JOBS, ["前台接待", "平面设计师", "销售经理"]),  # f8_09: names over a form's fields
    (LISTED_JOBS, ["后端工程师", "前端工程师", "iOS 工程师", "安桌工程师", "UI设计师", "视觉设计师", "产品经理",
                   "PR 公关高级经理",  # h14_01: names over '工作职责：' …
                   "商务渠道高级经理（北京）", "HR 人事经理（北京）"]),  # … and after the field closing every record
    (FORM_ITEMS, ["PHP工程师（高级）", "PHP工程师（初级)"]),  # h14_06: its items ('精通MVC架构') stay body
])
def test_a_jobs_page_is_navigated_by_its_jobs_names(text, names):
    assert _headings(text) == [(1, name) for name in names]


def test_the_fields_of_a_form_are_rows_not_parts():
    """'职位要求：' over 1、2、 is one more field of f8_09's form, like '性别要求' over '女'."""
    assert all(title != "职位要求" for _, title in _headings(FORM_JOBS))


def test_a_headline_over_its_dateline_is_the_title_not_a_heading():
    doc = parse_document(REPOST.encode("utf-8"), "page.txt")
    assert doc.title == "香港政府出爾反爾，繼續縮緊對新聞界的審查"
    assert [h.title for h in doc.headings if "政府" in h.title] == ["香港特首違背去年10月的承諾，支持警方只承認政府註冊記者",
                                                                   "政府信息系統"]


def test_a_news_comment_part_is_a_heading_by_its_name():
    """'簡評：' over the translator's comment, like '编者按：' over an editor's: a part of a news page by its name."""
    assert _headings(REPOST)[0] == (1, "簡評")



def test_records_are_found_in_linear_time():
    """Pages of n records (a form of fields and values; labels over items closed by the same field): twice the page,
    not four times the work."""
    def page(n: int, form: bool) -> list[Paragraph]:
        fields = ("性别要求", "女", "年龄要求", "20-25") if form else ("工作职责：", "负责系统后台研发", "职位要求：",
                                                                      "熟悉Linux系统", "待遇： 15-25K")
        lines = [line for k in range(n) for line in (f"岗位{k}号工程师",) + fields]
        return [Paragraph(text, i + 1, 0) for i, text in enumerate(lines)]

    def seconds(paragraphs: list[Paragraph]) -> float:
        start = time.thread_time()
        assert len(page_records(paragraphs).titles) in (len(paragraphs) // 5, len(paragraphs) // 6)
        return time.thread_time() - start

    for form in (True, False):
        small, large = page(4000, form), page(16000, form)
        assert min(seconds(large) for _ in range(3)) < 12 * min(seconds(small) for _ in range(3))


def test_explain_names_the_records_and_the_form_fields():
    doc = parse_document(FORM_JOBS.encode("utf-8"), "page.txt")
    report = "\n".join(explain_outline(doc.paragraphs, doc.title))
    assert "names of records, each over the fields the page repeats: lines 3, 14, 27" in report
    assert "fields of a form, one row each: lines 4, 6, 8, 9, 10, 11, 15" in report


README_PARTS = """中文RSS订阅源精选

📋 项目简介

本项目收集和整理了优质的中文RSS订阅源，方便使用Reeder等RSS阅读器的用户快速导入和订阅。

📚 内容分类

科技
- 个人技术博客：阮一峰、酷壳、云风等知名技术博主
- 开发者社区：掘金、开源中国、HelloGitHub

*注：可在作品或作者页面的URL中找到对应的ID*

🔧 关于RSSHub

部分订阅源使用RSSHub生成，这是一个开源的万物皆可RSS的项目。如果官方实例不可用，可以：
- 使用公共镜像站点
- 自行部署RSSHub实例

详见：https://docs.rsshub.app/

📝 贡献

欢迎提交Issue或Pull Request推荐更多优质中文RSS订阅源！
"""


def test_parts_each_opened_by_a_pictograph_of_their_own_are_headings():
    """h14_02: '🔧 关于RSSHub' under a note, '📝 贡献' under a link line, found by the README's own form."""
    titles = [title for _, title in _headings(README_PARTS)]
    assert {"📚 内容分类", "🔧 关于RSSHub", "📝 贡献"} <= set(titles)


@pytest.mark.parametrize("lines", [
    ["🌈 ‣ 林洋能源：预中标约2.78亿元南方电网采购项目 | 第3篇", "🌈 ‣ 中电电机：公司控股股东变更为高地资源 | 第4篇",
     "🌈 ‣ 每周一书：马岩松《光之隧道》 | 第51篇"],  # f8_06: one pictograph marks every item of a feed
    ["👉🏻詳情按此：「大埔宏福苑援助基金」", "👉🏻詳情按此：香港紅十字會", "👉🏻詳情按此：安靈舍"],  # hk03: links
])
def test_a_pictograph_the_page_repeats_marks_items_not_parts(lines):
    body = "本项目收集了优质的中文订阅源，方便大家按类别订阅。"
    texts = ["📋 项目简介", body, "📚 内容分类", body, "🚀 使用方法", body] + lines
    paragraphs = [Paragraph(text, i + 1, 0) for i, text in enumerate(texts)]
    assert pictograph_titles(paragraphs) == {0, 2, 4}


def test_a_menus_entries_each_with_a_pictograph_of_their_own_are_no_parts():
    """d51_09: a fan site's menu ('⭐首页', '📺人物专访', '🎭喜人阵容', …) line after line had every entry a heading."""
    texts = ["⭐首页", "📺人物专访", "🎭喜人阵容", "🎬精彩片段", "🎤幕后花絮", "牛爷爷使用指南：关于外星人的一切"]
    assert pictograph_titles([Paragraph(text, i + 1, 0) for i, text in enumerate(texts)]) == set()


def test_a_list_numbered_with_commas_is_items_not_titles():
    # f9_06: a jobs page's requirements numbered '1，2，3，' with the number and a full-width comma
    lines = ["运维工程师", "岗位要求", "1，2年以上Linux/unix/Freebsd系统管理/维护/优化的经验（centos6.5必须）",
             "2，熟悉apache/nginx+php+mysql架构，熟练运用各种相关技术", "3，熟悉git/svn 版本控制搭建，熟悉jenkins持续集成发布的优先",
             "4，熟悉TCP/IP协议，熟悉基本网络设备的配置和管理", "5，熟悉shell/perl/script等脚本语言",
             "6，熟悉自动化运维流程, 及自动化脚本编写", "7，熟悉系统安全性设计,web项目的整体设计与部署,具有系统性能优化经验",
             "8，有维护大/中型web/wap站点工作经验优先考虑", "9，精通网络/系统安全，以及精通系统备份者优先考虑"]
    assert not [t for _, _, t in outline(lines, "运维工程师") if t[:1].isdigit()]


def test_a_pages_attachment_list_at_its_end_is_no_annex():
    # h14_05: a school notice page, its attachment widget after the signature
    body = ("各处室（馆）：为深入推进“四风”纠治工作，努力营造风清气正的良好工作环境，近期校纪检监察室对我校工作纪律情况"
            "进行了专项督查，现督查情况通报如下。")
    lines = ["关于三月份对我校各处室（馆）工作纪律督查情况的通报", "系统管理员2018-11-20 13:20:15", body, "附件",
             "省委党校干部教育学院常德学区人员名单", "2018-11-20来自教务处"]
    assert outline(lines, lines[0]) == []
    annex = lines[:4] + ["一、总体要求", body, "二、工作安排", body]  # an annex with its own text is one
    assert [t for _, _, t in outline(annex, lines[0])][:1] == ["附件"]


def test_a_symbol_that_opens_a_feeds_items_marks_items_not_titles():
    # f8_06 (a garss digest): '🌈 ‣' opens every item, most of them long headlines with commas
    items = ["🌈 ‣ 韩国务安国际机场跑道将关闭至2025年1月1日5时 | 第6篇", "🌈 ‣ 中核科技：拟购买中核西仪71.965%股权，股票停牌 | 第8篇",
             "🌈 ‣ 官方通报北大附小海口学校食堂老鼠乱窜：警告，罚款5万 | 第14篇", "🌈 ‣ 海军四川舰正式出坞 | 第15篇",
             "🌈 ‣ 河南省出台20项举措促进高校毕业生就业创业，涉及多项补贴 | 第16篇", "🌈 ‣ 债转股 | 第24篇",
             "🌈 ‣ 韩国消防：事故客机上除2人幸存以外，其余人员全部遇难 | 第19篇"]
    found = [t for _, _, t in outline(["每日简报", *items], "每日简报")]
    assert not [t for t in found if t.startswith("🌈")]


def test_a_symbol_that_opens_short_titles_still_marks_titles():
    body = "新疆的问题不是一天形成的，外界的关注和报道，对于身处其中的人来说，是非常重要的支持，也是一种记录。"
    lines = ["讲座整理", body, "➤用高科技围成的牢笼", body, "➤再教育营内的不人道待遇", body, "➤外人的关注是有用的", body]
    found = [t for _, _, t in outline(lines, "讲座整理")]
    assert found == [lines[2][1:], lines[4][1:], lines[6][1:]]  # the mark heads each title and is no part of it
