"""Documentation and tutorial pages saved whole: permalink marks, code blocks and link-citing sentences are article."""

from __future__ import annotations

from support import parse_document

_PROSE = ("<p>本文介绍如何在项目中使用类型工具库，它让类型检查更加严格，同时减少重复的类型声明，"
          "适合中大型项目在日常开发中使用。</p>")
_CODE = "<pre><code>import { A, O } from 'ts-toolbelt'\ntype merged = O.Merge&lt;{ name: string }, { age?: number }&gt;\n" \
        "console.log(merged)\nexport default merged\n</code></pre>"


def _page(body: str) -> bytes:
    nav = "".join(f'<li><a href="/p/{n}.html">2022年0{n}月</a></li>' for n in range(1, 10))
    return (f'<html><head><meta charset="utf-8"><title>类型工具 | 每日时报</title></head><body>'
            f'<nav class="navbar"><ul>{nav}</ul></nav><aside class="sidebar"><ul>{nav}</ul></aside>'
            f'<main class="page"><div class="content">{body}</div></main>'
            f'<footer>Copyright 2024</footer></body></html>').encode("utf-8")


def _section(title: str, *parts: str) -> str:
    slug = title.replace(" ", "-")
    return f'<h2 id="{slug}"><a href="#{slug}" class="header-anchor">#</a> {title}</h2>' + "".join(parts)


def test_a_headings_permalink_mark_is_not_part_of_its_title():
    doc = parse_document(_page(_section("安装", _PROSE) + _section("使用", _PROSE)), "page.html")
    assert [h.title for h in doc.headings] == ["安装", "使用"]


def test_a_tutorial_ending_in_code_keeps_its_last_sections():
    doc = parse_document(_page(_PROSE + _PROSE + _section("示例 - 合并类型", _CODE) + _section("示例 - 导出", _CODE)),
                         "page.html")
    assert [h.title for h in doc.headings] == ["示例 - 合并类型", "示例 - 导出"]
    assert "O.Merge" in doc.text and "2022年01月" not in doc.text


def test_a_sentence_that_cites_a_link_is_prose_not_a_menu():
    cited = ('<p>[新闻] 24 号分享的 vue-function-api 已被 <a href="https://github.com/vuejs/vue-function-api">'
             'VueJS 官方收录了</a>，这篇文章也对 RFC 做了一次汇总：<a href="https://dev.to/stefan/vuejs-is-dead-long-live-'
             'vuejs-1g7f">https://dev.to/stefan/vuejs-is-dead-long-live-vuejs-1g7f</a></p>')
    doc = parse_document(_page(cited + _PROSE + _PROSE), "page.html")
    assert "官方收录了" in doc.text


def test_a_server_page_templates_code_is_not_its_text():
    # flourishzhang/official-website's work.php: PHP inside attributes ('<img src="<?php echo $m["url"];?>/b.png">')
    page = ('<?php require ("pc/head.php");?>\n<div class="box"><img src="<?php echo $webmsg["assetsurl"];?>/img/b.png">'
            '</div>\n<div class="job"><h4>UI设计师</h4>\n<p>负责公司产品的界面设计，参与产品需求讨论，输出高质量的设计方案。</p>\n'
            '<h4>PHP工程师</h4><p>负责网站后台的开发与维护，<?= $note ?>参与系统架构设计，编写技术文档。</p></div>\n'
            '<?php require ("pc/foot.php");?>')
    doc = parse_document(page.encode("utf-8"), "work.php")
    assert "/img/b.png" not in doc.title + doc.text and "$note" not in doc.text
    assert [h.title for h in doc.headings] == ["UI设计师", "PHP工程师"]


def _news(body: str, title: str = "保监会也就股市开会了 或与险资权益类配置相关") -> bytes:
    related = "".join(f'<li><a href="/15/0704/{n}.html">证监会又出五大招救市千亿资金输血市场{n}</a></li>' for n in range(12))
    return (f'<html><head><meta charset="utf-8"><title>{title}_网易财经</title></head><body>'
            f'<div class="crumbs"><a href="/">网易首页</a> &gt; 财经频道 &gt; 正文</div><div class="post">'
            f'<h1>{title.replace(" ", "")}</h1><div class="info">2015-07-04 15:31:53 来源: 第一财经日报(上海)</div>'
            f'{body}</div><div class="related"><h3>重点推荐</h3><ul>{related}</ul></div>'
            f'<div class="hot"><p>会赚钱的客户端：</p><p>网易携手华泰证券</p><p>推出打新神器</p></div></body></html>'
            ).encode("utf-8")


def test_a_two_sentence_brief_under_the_pages_headline_is_its_article():
    # cx-extractor-python's RawHtml/70.html (NetEase): 77 characters of body, under the 80 an unheaded page needs
    body = ("<p>第一财经记者从保监会相关人士处确认，今天下午保监会也就股市相关问题召开会议，具体内容尚未透露。</p>"
            "<p>不过，近日关于险资护盘传言不断，会议或与险资权益类配置有关。</p>")
    doc = parse_document(_news(body), "70.html")
    assert "具体内容尚未透露" in doc.text and "险资权益类配置有关" in doc.text
    assert "证监会又出五大招" not in doc.text and "网易携手华泰证券" not in doc.text


def test_a_galleries_data_box_is_not_text():
    # RawHtml/5.html: the picture gallery's items wait in a <textarea> for a script; 17,703 characters of mark-up
    gallery = '<textarea class="hidden">' + ('&lt;li&gt; &lt;a href="#p=9S55N0B8" hidefocus="true"&gt;&lt;/a&gt; '
                                             '&lt;p&gt;华为手机发布会现场，观众众多，气氛热烈。&lt;/p&gt;') * 40 + "</textarea>"
    body = "<p>6月18日，笔者参加了京东618的手机战况发布会。让笔者感到吃惊的是，华为旗下的荣耀手机竟然力压小米夺得销量冠军。</p>" * 3
    doc = parse_document(_news(body + gallery, "任正非有哪四把榔头？"), "5.html")
    assert "hidefocus" not in doc.text and "京东618的手机战况发布会" in doc.text


def test_a_web_pages_blocks_after_a_gap_in_its_markup_are_not_image_captions():
    # lxc512157407/qiyi's Us.php: each job a <dl>, its name a <dt> some source lines below the last job's items; in a
    # text file such a gap is where an image was dropped, in a page it is only mark-up
    jobs = [("销售经理", ["帮助业务经理处理订单的相关内容。", "解答客户的提问。", "跟进订单。"]),
            ("文案策划（2名）", ["协助公司各类宣传策划方案的设计和撰写；", "负责宣传推广文案及宣传资料文案的撰写；"]),
            ("机械技术员（4名）", ["协助工程师完成车间机器的维修。", "制作机械手治具，产品治具。"])]
    body = ""
    for name, duties in jobs:
        items = "".join(f"\n          <b></b>{n}、{d}<br>" for n, d in enumerate(duties, 1))
        body += (f'\n    <dl>\n      <dt>{name}</dt>\n      <dd>\n        <strong>工作职责：</strong>\n        <span>{items}'
                 f'\n        </span>\n        <strong>任职要求：</strong>\n        <span>\n          <b></b>1、大专以上，20-35岁，'
                 f'有经验者优先。<br>\n          <b></b>2、公司提供免费食宿，薪资面议。<br>\n        </span>\n      </dd>\n    </dl>')
    page = f'<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>公司简介</title></head>\n<body>\n<div class="join">{body}\n</div>\n</body></html>'
    doc = parse_document(page.encode("utf-8"), "Us.html")
    assert [h.title for h in doc.headings] == [name for name, _ in jobs]


def test_a_list_pages_first_story_is_not_its_dateline():
    # iwork-2021/iw03-youneta's newsList.md (a whole page saved under a Markdown name): the column's title, then the
    # stories, each its title with its date run on; the first one was read as the page's date stamp
    stories = ["人事系统：博士后新进上线2021-07-05", "OA系统优化2021-07-01", "研究生系统：学位数据上报申请上线2021-07-01",
               "科研管理系统：项目结题与结转上线2021-06-15"]
    items = "".join(f'<li><a href="/n/{n}.htm">{s[:-10]}</a><span>{s[-10:]}</span></li>' for n, s in enumerate(stories))
    page = ('\n<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>信息化动态</title>\n</head>\n<body>\n'
            f'<div class="crumb">当前位置：<a href="/">首页</a>信息化动态</div>\n<h2>信息化动态</h2>\n<ul>{items}</ul>\n'
            '<div>每页 14 记录 总共 126 记录</div>\n</body></html>')
    doc = parse_document(page.encode("utf-8"), "newsList.md")
    assert doc.title == "信息化动态" and not doc.date
    assert [h.title for h in doc.headings] == stories
