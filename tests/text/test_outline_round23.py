"""Lists numbered the Markdown way, a sidebar's contents, a page's list of duties, titles set alone in Markdown, a
talk's slides and a blog's reading time: what reads as a part and what does not."""

from __future__ import annotations

import pytest

from reader.text.document import load_document
from reader.text.markers import match_heading
from support import DATA, parse_document

_HANDBOOK = """GitLab 沟通手册
内部沟通
我们的沟通方式如下，请大家遵守。
1. 有时候异步沟通是比较好的选择，但是不是默认的沟通方式。
1. 回复电子邮件，即使什么都不用干。这样可以让其他人知道你收到了。
1. 详细的邮件转发规则请参考公司的文档。
1. 使用公共issue跟踪页面，来跟踪所有的事情。
公司工作流
下面是我们处理工作的方式。
1. 要干任何事前都要建立一个issue。
1. 提交工作项时比较合理的方法是提交最小的工作项。
1. 要有意识地优先考虑你的工作。
"""

_BILINGUAL = """闪电网络论文译文
1. Introduction
1. 引言
比特币区块链的交易吞吐量有限，每秒只能处理少量交易，难以支撑全球支付。
2. Hashed Timelock Contracts
2. 哈希时间锁定合约
哈希时间锁定合约让双方在不信任对方的情况下跨通道完成支付，到期未领取则退回。
3. Conclusion
3. 结论
闪电网络使比特币能够在链下完成大量小额支付，并保持链上结算的安全性。
"""


def test_every_item_numbered_one_is_a_list():
    """d42_08: a handbook's Markdown lists number every item '1.'; read as sections, six of them stood in the
    outline as headings, each a sentence (F1 0.40)."""
    doc = parse_document(_HANDBOOK.encode("utf-8"))
    assert not [h for h in doc.headings if h.marker.startswith("1")]


def test_a_heading_over_its_translation_is_no_list():
    """f6_02: a translated paper sets each heading in English over its Chinese, both numbered alike: two lines with
    one number are sections still."""
    doc = parse_document(_BILINGUAL.encode("utf-8"))
    assert "哈希时间锁定合约" in [h.title for h in doc.headings]


def _gitbook_page() -> str:
    chapters = ["什麼是以太坊", "以太坊基礎", "以太坊客戶端", "以太坊測試網", "密鑰，地址", "錢包", "交易", "智能合約",
                "開發工具，框架和庫", "Tokens", "去中心化應用", "Oracles"]
    sidebar = "\n".join(f"第{n}章 {name}" for n, name in enumerate(chapters, 1))
    return (f"第1章 什麼是以太坊 · GitBook\nIntroduction\n前言\n術語\n{sidebar}\nPublished with GitBook\n"
            "第1章 什麼是以太坊\n「世界的計算機」，這是對以太坊平臺的一種常見描述。\n"
            "從計算機科學的角度來說，以太坊是一臺確定性但實際上無界的狀態機，它有兩個基本功能：全局可訪問的單例狀態，"
            "和對狀態進行更改的虛擬機。\n"
            "從更實際的角度來說，以太坊是一個開源的、全球分散的計算基礎架構，執行稱為智能合約的程序。\n"
            "以太坊讓開發者能夠利用內建的經濟學功能構建強大的去中心化應用，同時減少或消除審查，第三方接口和交易對手風險。\n")


def test_a_sidebar_whose_entries_hold_commas_is_still_a_contents_list():
    """d49_10: a GitBook page lists every chapter in its sidebar; two titles with a comma ('第5章 密鑰，地址') and the
    page title above thinned the list below the share of entries a contents list needs, and all twelve chapters
    stood in the outline of a page that holds one."""
    doc = parse_document(_gitbook_page().encode("utf-8"))
    assert [h.title for h in doc.headings if h.marker.startswith("第")] == ["什麼是以太坊"]


_DUTIES = ["管理与训练学生", "巡视班级上课状况", "监督爱校劳作服务", "督导班级整洁与秩序", "执行课室秩序与整洁奖惩事宜",
           "维持校内纪律与秩序", "突击检查行动", "学生拾遗管理", "学生借换衣物管理", "学生仪容备案管理", "学生乘搭校车行为管理",
           "会晤家长", "举办专题讲座", "举办家长日", "举办全校大扫除活动", "举办教师节活动", "救护室管理", "班主任的编排与管理"]
_ACTIVITIES = [("周会", "为学生提供正课以外具教化功能的精神训练，助学生建立正确的思想与人生观。"),
               ("爱校劳作服务", "培养学生注意环境卫生的道德意识和爱校精神，也教育学生从中学会负起责任。"),
               ("班级干部培训", "让学生干部认识和执行职务时须肩负的责任与精神，加强他们共同维护校园环境的意识。"),
               ("家长日", "旨在让家长与学校取得密切联系，以达到相辅相成之教育宏效。")]


def _office_page() -> str:
    duties = "".join(f"<li>{d}</li>" for d in _DUTIES)
    rows = "".join(f"<tr><td>{name}</td><td>{what}</td></tr>" for name, what in _ACTIVITIES)
    return ("<html><head><title>训导处</title></head><body>"
            "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/x'>行政单位</a></li></ul>"
            "<div class='page-content'>"
            "<div class='row'><h2>训导处 Disciplinary Department</h2><p>训导处职责：<br>"
            "（一）训导<br>训导处时刻关注及指导学生的品德行为，鼓励向上，改正偏差，建立正确的是非观念与良好的生活习惯。<br>"
            "（二）辅导<br>为促进学生身心正常发展，培养健全人格思想，还助学生处理与解决在学习和生活上遇到的困难。</p></div>"
            f"<div class='row'><h2>训导处主要业务</h2><ol>{duties}</ol></div>"
            f"<div class='row'><h2>全年主要活动</h2><table>{rows}</table></div>"
            "</div></body></html>")


def test_a_pages_list_of_short_duties_is_part_of_its_text():
    """d22_07: a school office's page lists its duties in an <ol> between two sections; each short item cost the
    article as a menu's line would, the text was cut to its last section, and the outline lost the two above."""
    doc = parse_document(_office_page().encode("utf-8"), "office.html")
    assert "训导处主要业务" in [h.title for h in doc.headings]
    assert any(p.text.startswith("训导处时刻关注") for p in doc.paragraphs)


def test_a_laws_articles_set_in_list_items_stay_articles():
    """d21_04: an alumni association's charter sets each article in an <li>: those are its articles still."""
    articles = ["本會名稱為明道中學校友會（以下簡稱本會）。", "本會為依法設立，非以營利為目的之社會團體。",
                "本會以台中市行政區域為組織區域。", "本會會址設於台中市，並得報經主管機關核准設分支機構。"]
    items = "".join(f"<li>第　{n}　條　{text}</li>" for n, text in zip("一二三四", articles))
    page = (f"<html><body><h1>校友會章程</h1><ul><h4>第一章　總則</h4>{items}<h4>第二章　會員</h4>"
            "<li>第　五　條　凡本校畢業之校友，贊同本會宗旨，填具入會申請書，經理事會通過者，為本會會員。</li>"
            "</ul></body></html>")
    doc = parse_document(page.encode("utf-8"), "charter.html")
    assert ["".join(h.marker.split()) for h in doc.headings][1:3] == ["第一條", "第二條"]


_LAYER2_MD = """# Layer2

layer2层链下扩容方案调研
摘要
基于区块链的去中心化加密货币近年来得到了广泛的关注和部署，然而在区块链和加密货币世界中，事务处理扩展是一个难以解决的问题。
一 研究背景
目前，ethereum 大约每秒处理15个事务，而 Visa 每秒处理大约45,000个事务，网络拥堵时交易费用随之上涨。
二 解决方案
2.1 侧链
2.1.1 侧链的结构
侧链是与主链并行运行的独立区块链，通过双向锚定与主链交换资产，拥有自己的共识机制和区块参数。
2.1.2侧链的特点
侧链通常包含替代的验证器选择和共识机制，应用程序的交易可能更适合在侧链上执行而不是在主链上执行。
"""


def test_a_markdown_title_set_alone_over_its_text_without_a_blank_line():
    """d50_10: a report written in an editor that shows every line break sets '2.1.2侧链的特点' right over its text;
    read as one paragraph with it, the title was lost in the text (Markdown F1 0.14)."""
    doc = parse_document(_LAYER2_MD.encode("utf-8"), "layer2.md")
    titles = [h.title for h in doc.headings]
    assert "侧链的结构" in titles and "侧链的特点" in titles


def test_a_sentence_cut_at_its_number_goes_on_in_markdown():
    """A short line with a comma over a long one ('从数据上可以看到，入职 6' / '个月以上的…') is one sentence."""
    source = ("# 讲话\n\n从数据上可以看到，入职 6\n个月以上的同事和入职两三个月的同事，战斗力是不一样的，对产品、对服务的理解需要时间。\n")
    doc = parse_document(source.encode("utf-8"), "talk.md")
    assert any(p.text.startswith("从数据上可以看到，入职 6个月") for p in doc.paragraphs)


def test_a_talks_slides_are_its_parts_and_a_pager_is_not():
    """d54_04: a talk written slide by slide ('第3页：核心矛盾') had its slides as unnumbered titles, the page number in
    the title; a list page's pager ('第一页<<上一页下一页>>尾页') is no part."""
    slides = [("封面", "大家好，我汇报的题目是《低标注预算下面向医学图像的主动学习》，下面用十二分钟介绍这项工作。"),
              ("核心矛盾", "标注成本高而模型需要大量标注，这是医学图像分析里最现实的矛盾，也是我们研究的出发点。"),
              ("创新策略", "我们提出渐进式联合分布对齐的选择策略，先保证多样性，再逐步引入不确定性，兼顾两者的优点。")]
    talk = "演讲稿（12分钟版）\n\n" + "".join(f"第{n}页：{name}\n\n{text}\n\n" for n, (name, text) in enumerate(slides, 1))
    doc = parse_document(talk.encode("utf-8"))
    assert [(h.marker, h.title) for h in doc.headings] == [("第1页", "封面"), ("第2页", "核心矛盾"), ("第3页", "创新策略")]
    assert match_heading("第一页<<上一页下一页>>尾页") is None


@pytest.mark.parametrize("line", ["字数统计: 2.2k 字 | 阅读时长 ≈ 7 分钟", "1k 字 10 分钟", "约 5935 字 · 15 分钟阅读"])
def test_a_blogs_count_of_words_and_minutes_is_page_furniture(line):
    """d54_08, d54_12: a year-end review saved from a blog keeps its theme's count of words and minutes under the
    title; it stood in the outline as the first title."""
    page = (f"2024 年终总结\n{line}\n阅读\n今年读了二十多本书，其中印象最深的是关于城市与记忆的几本，下面挑几本简单说说。\n"
            "被动收入\n今年开始认真经营自己的小项目，虽然收入不多，但第一次有了不依赖工资的进账，心里踏实了不少。\n")
    doc = parse_document(page.encode("utf-8"))
    assert all("分钟" not in p.text for p in doc.paragraphs)
    assert any(r.text.strip() == line for r in doc.removed)


def test_a_section_titled_with_a_colon_over_its_subsections():
    """d53_12: a design document's '4. 子系统1：用户与社团管理子系统' over 4.1 and 4.2 was no section, so its
    subsections had no parent and a step '4. 系统更新数据库' further down took its place."""
    parts = []
    for n, name in enumerate(["文档说明", "系统概述", "系统总体设计"], 1):
        parts += [f"{n}. {name}", f"{n}.1 编写目的", "本文档描述社团管理系统的设计，供开发和测试人员参考使用。"]
    for n, name in [(4, "子系统1：用户与社团管理子系统"), (5, "子系统2：招新与成员子系统")]:
        parts += [f"{n}. {name}", f"{n}.1 子系统概述", "这个子系统负责用户注册、登录以及社团的创建和管理等功能。",
                  f"{n}.2 功能描述", "学生用户可以通过用户名和密码注册账号，注册时进行用户名唯一性校验。"]
    doc = parse_document(("社团管理系统详细设计\n" + "\n".join(parts) + "\n").encode("utf-8"))
    tops = [(h.marker, h.title) for h in doc.headings if h.depth == 1]
    assert ("4.", "子系统1：用户与社团管理子系统") in tops and ("5.", "子系统2：招新与成员子系统") in tops


def test_english_titles_in_sentence_case_head_a_talks_parts():
    """d41_07: a talk sets its parts apart in English ('Live Demo', 'Data mining', 'API server'); only the ones with
    every word capitalised were found, so half the talk's parts were missing. A command stays none."""
    parts = [("Live Demo", "給我幾秒鐘把 App 開起來，刷臉就可以取得 contributions 跟 followers 等數據。"),
             ("Data mining", "辨識的第一步，先取得數據。我們要取得 github 上使用者的頭像和貢獻，整理成資料集。"),
             ("API server", "後端用一個簡單的伺服器提供辨識的介面，前端把拍到的臉送過來，伺服器回傳使用者的 ID。"),
             ("pip install flask", "安裝好以後就可以啟動伺服器，接下來我們看看前端是怎麼做的，以及遇到了哪些問題。")]
    talk = "用刷臉認出開源大大\n\nHi 各位好，今天想跟大家分享我怎麼做出一個刷臉就能認出開源大大的 App。\n\n" + "".join(f"{name}\n\n{text}\n\n" for name, text in parts)
    titles = [h.title for h in parse_document(talk.encode("utf-8")).headings]
    assert titles[:3] == ["Live Demo", "Data mining", "API server"] and "pip install flask" not in titles


_TURNS = [("如果把经济危机当作一堂教育课，你认为我们应该学习到什么？", "放老实点。人在苦难中才更像一个人，遭了殃，才会乖一点。"),
          ("事实上，人们都在探讨挽救经济危机的良方，于此，你有何建议？", "我一点拿不出建议。战争爆发，军人昂然，经济危机，经济学家出场。"),
          ("你近期去过一趟土耳其，面对不同文明的浸染，有何感悟？", "国穷民富，每天五次拜神，街上的人看起来从容得多，这是我最深的印象。")]


def test_an_interview_naming_each_speaker_alone_has_the_questions_as_parts():
    """d55_01: an interview names each speaker on a line of their own ('陈燕妮', then her question, '陈丹青', then his
    answer); the names stood in the outline as its titles and the questions were lost (F1 0)."""
    text = "对话陈丹青\n\n" + "".join(f"陈燕妮\n{q}\n陈丹青\n{a}\n" for q, a in _TURNS)
    doc = parse_document(text.encode("utf-8"))
    assert [h.title for h in doc.headings] == [q for q, _ in _TURNS]



def test_counted_steps_after_a_list_of_points_are_parts():
    """d55_04: a tutorial's '第一步：安装 pku3b' came right after a list of four points, was read as inside its last
    item, and was dropped with it."""
    text = ("用 AI 管理课程通知\n\n结合起来，我们可以让 Claude 自动：\n\n1. 调用 pku3b 获取通知\n2. 解析和分类通知\n"
            "3. 创建文件夹、移动文件\n4. 生成 Markdown 报告\n\n"
            "第一步：安装 pku3b\n\n在 Windows 上打开 PowerShell，运行官方提供的安装脚本，几秒钟就能装好。\n\n"
            "第二步：安装 Claude Code\n\n按照官网的说明安装命令行工具，并用自己的账号登录，然后检查版本号是否正确。\n\n"
            "第三步：配置\n\n把课程网站的账号写进配置文件，再让 Claude 读取通知，生成每周的汇总报告。\n")
    steps = [h.marker for h in parse_document(text.encode("utf-8")).headings if h.marker.startswith("第")]
    assert steps == ["第一步", "第二步", "第三步"]


@pytest.mark.parametrize("line, marker", [("第三步：调节参数，观察奇迹", "第三步"), ("第一件事，就是要把基础打牢", None)])
def test_a_counted_part_named_after_a_colon_may_hold_a_comma(line, marker):
    """d55_05: '第三步：调节参数，观察奇迹' was read as a sentence for its comma; after a colon the step is named, and
    '第一件事，就是要…' still opens a sentence."""
    m = match_heading(line)
    assert (m.marker if m else None) == marker


def test_a_government_pages_footer_links_are_no_titles():
    """d55_08: a press release saved from a bureau's site ends in its footer links ('关于我们', '法律声明', '联系我们',
    '站点地图'); two of them stood in the outline of a release that has no parts."""
    text = ("昌平区举办迎新春书法作品展\n发布日期：2019-01-10\n"
            "1月7日上午，由昌平区文化委、区文联主办的迎新春书法作品展在昌平区图书馆开幕，展出作品一百余幅。\n"
            "本次展出的书法作品形式多样，有甲骨文、篆书、隶书、楷书、行书和草书，展现了昌平书法爱好者的创作水平。\n"
            "关于我们\n法律声明\n联系我们\n站点地图\n邮政编码：100022 联系电话：010-65158249\n")
    doc = parse_document(text.encode("utf-8"))
    assert not doc.headings
    assert "站点地图" in [r.text.strip() for r in doc.removed]


def test_a_chapter_line_run_on_into_its_first_article_is_cut():
    """d56_02: a legal database's export joins each chapter to its first article ('第一章　总则　　第一条\u2002\u3000为规范…',
    an en space after the article's number); the chapters were lost and their first articles with them."""
    text = ("阿坝州政务数据资源管理暂行办法\n"
            "\u3000第一章\u3000总则\u3000\u3000第一条\u2002\u3000为规范政务数据资源管理，推进政务数据共享开放，制定本办法。\n"
            "\u3000\u3000第二条\u2002\u3000阿坝州行政区域内政务数据资源的采集、归集、存储、共享和开放，适用本办法。\n"
            "\u3000第二章\u3000规划建设\u3000\u3000第三条\u2002\u3000州数据资源主管部门应当编制全州政务数据资源规划。\n"
            "\u3000\u3000第四条\u2002\u3000政务部门应当按照规划建设本部门的政务信息系统。\n")
    doc = parse_document(text.encode("utf-8"))
    got = [("".join(h.marker.split()), h.depth) for h in doc.headings]
    assert got == [("第一章", 1), ("第一条", 2), ("第二条", 2), ("第二章", 1), ("第三条", 2), ("第四条", 2)]


def test_the_page_title_again_with_its_sites_name_is_no_part():
    """d55_06: a read-later app saved a feature under its page title '「白色石油」的宿命轮回 | 智氪-36氪' and set the title
    again over the text with a shorter site name; it stood in the outline as the feature's first part."""
    body = "从“有锂走遍天下”到“逃离锂矿”，不过短短两年时间，锂价从每吨六十万元跌到了十万元以下，行业进入了新一轮调整。"
    text = (f"「白色石油」的宿命轮回 | 智氪-36氪\n\nRead Original\n\n「白色石油」的宿命轮回 | 智氪\n\n{body}\n\n"
            f"碳酸锂价格回归成本线\n\n{body}\n\n锂矿双雄跨界造车\n\n{body}\n")
    titles = [h.title for h in parse_document(text.encode("utf-8")).headings]
    assert "「白色石油」的宿命轮回 | 智氪" not in titles and "碳酸锂价格回归成本线" in titles


def test_a_title_between_two_numbered_lists():
    """d57_12: 'Library说明' stands between the numbered list that ends the part above and its own list; a title was
    found after a bulleted list but not after a numbered one."""
    text = ("利用APT实现的路由XRouter\n\n什么是APT\n\nAPT是一种处理注解的工具，确切的说它是javac的一个工具，用来在编译时扫描和"
            "处理注解。\n\nXRouter的实现\n\n1.  通过执行编译操作，利用APT在编译期将Activity的信息写入Json文件\n"
            "2.  编写gradle插件，执行相关task读取本地的Json文件\n3.  使用说明\n\nLibrary说明\n\n"
            "1.  xrouter-annotation，定义路由所需要的相关注解\n2.  xrouter-compiler，包含自定义注解处理器\n"
            "3.  xrouter-api，定义路由的基础实现\n\n为什么annotation与compiler要分离\n\n"
            "processor只在编译期有用，对于运行期时，processor是完全没有用的，所以把它们分成两个库。\n")
    titles = [h.title for h in parse_document(text.encode("utf-8")).headings]
    assert "Library说明" in titles


def test_a_title_over_items_marked_with_a_dot():
    """d57_07: study notes set each topic ('分支语句') over items marked '•' with no space after the dot; those were
    not read as a list under a title, and an item itself is never a title. A row of dots between a page's widgets
    ('◆ ◆') opens nothing."""
    doc = load_document(DATA / "corpus" / "docs" / "d57_07_xuexi_biji_python3.txt")
    titles = [h.title for h in doc.headings]
    assert {"分支语句", "列表类型及其操作", "for循环"} <= set(titles)
    assert not [t for t in titles if t.startswith("•")]
    page = load_document(DATA / "corpus" / "docs" / "f16_05_wangye_wangxinban_zhineng_shehui.txt")  # its footer
    assert "学习强国" not in [h.title for h in page.headings]
