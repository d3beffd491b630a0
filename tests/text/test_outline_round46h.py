"""Round 46h: saved web pages read as HTML. Where a page gives its headings h-tags (notes exported from an editor,
'<h3>1.2 传输方式</h3>'), an unnumbered <li> under them is a list's item, no sub-heading of its own: its writer tagged
the headings. A numbered <li> (a law's articles set as a list) and a page without h-tags are read as before. Chinese
typed with Latin marks ('…中的术语:', '…目录, 不以…') is prose when the page's article is told from its menus."""

from __future__ import annotations

import pytest

from reader.text.marklevels import listed_items
from reader.text.model import Block
from support import heading_texts, parse_document


def _page(body: str, title: str = "") -> bytes:
    head = f"<head><meta charset='utf-8'><title>{title}</title></head>" if title else ""
    return f"<html>{head}<body>{body}</body></html>".encode("utf-8")


def _notes(items: str) -> bytes:
    """Study notes as an editor exports them: numbered h-tag sections, nested lists under each."""
    return _page(
        "<h1>操作系统复习笔记</h1>"
        "<h2>1 进程管理</h2>"
        "<h3>1.1 进程与线程</h3>"
        "<p>进程是资源分配的单位，线程是调度的单位，同一进程的线程共享它的地址空间。</p>"
        f"<ul>{items}</ul>"
        "<h3>1.2 进程调度</h3>"
        "<p>调度程序从就绪队列中选出一个进程，把处理机分配给它，常见的算法有好几种。</p>"
        "<h2>2 内存管理</h2>"
        "<h3>2.1 分页存储</h3>"
        "<p>把逻辑地址空间分成大小相等的页，物理内存分成同样大小的页框，页表记下对应关系。</p>"
        "<h3>2.2 虚拟内存</h3>"
        "<p>程序只装入一部分就能运行，缺页时再由操作系统从外存调入所需的页面。</p>", "操作系统复习笔记")


_ITEMS = ("<li>线程的状态<ul><li>就绪：线程已经获得了除处理机以外的全部资源，只等调度程序选中它。</li>"
          "<li>阻塞：线程在等待某个事件发生，比如输入输出完成，期间不参与调度。</li></ul></li>"
          "<li>进程间通信<ul><li>管道：一种半双工的通信方式，数据只能单向流动，常用于父子进程。</li>"
          "<li>共享内存：多个进程映射同一块物理内存，速度最快，但需要自己做好同步。</li></ul></li>")
_SECTIONS = ["1进程管理", "1.1进程与线程", "1.2进程调度", "2内存管理", "2.1分页存储", "2.2虚拟内存"]


@pytest.mark.parametrize("items, expected", [
    (_ITEMS, _SECTIONS),  # '线程的状态', '进程间通信': items of the list, over items of their own
    ("<li>死锁的条件<ul><li>互斥：资源一次只能被一个进程占用，别的进程只能等它释放。</li>"
     "<li>不可剥夺：进程已获得的资源在用完之前，不能被其他进程强行夺走。</li></ul></li>"
     "<li>死锁的预防<ul><li>破坏请求和保持条件，进程在运行前一次申请它所需要的全部资源。</li></ul></li>", _SECTIONS),
])
def test_an_unnumbered_item_under_h_tags_is_no_sub_heading(items, expected):
    """d57_05: a network course's notes, each '<li>同步、异步传输</li>' over its own '<li>…：…。</li>' stood in the
    outline as a sub-heading of the h-tag section over it."""
    doc = parse_document(_notes(items), "notes.html")
    assert heading_texts(doc) == expected


def test_a_law_set_as_a_list_keeps_its_articles():
    """Guard: a page sets a law's articles in <li> under its chapters' h-tags: numbered, they stay headings."""
    articles = "".join(f"<li>第{n}条 {t}</li><li>{b}</li>" for n, t, b in (
        ("一", "目的", "为规范本会会员的管理，保障会员的合法权益，制定本办法。"),
        ("二", "适用范围", "本办法适用于本会全体会员，包括个人会员和单位会员。"),
        ("三", "入会条件", "拥护本会章程，有加入本会的意愿，在本行业内具有一定的影响。")))
    body = f"<h1>会员管理办法</h1><h2>第一章 总则</h2><ul>{articles}</ul><h2>第二章 附则</h2><p>本办法自发布之日起施行。</p>"
    texts = heading_texts(parse_document(_page(body, "会员管理办法"), "rules.html"))
    assert texts[:1] == ["第一章总则"] and "第二章附则" in texts
    assert [t for t in texts if t.startswith("第") and "条" in t[:4]] == ["第一条目的", "第二条适用范围", "第三条入会条件"]


@pytest.mark.parametrize("blocks, kind, expected", [
    ([Block("物理层", 1, 2), Block("编码方式", 2, 0, "item"), Block("数据链路层", 3, 2)], "html", [False, True, False]),
    ([Block("物理层", 1, 2), Block("1. 编码方式", 2, 0, "item"), Block("数据链路层", 3, 2)], "html", [False, False, False]),
    ([Block("网络笔记", 1, 1), Block("编码方式", 2, 0, "item")], "html", [False, False]),  # one h-tag: the headline
    ([Block("物理层", 1, 2), Block("编码方式", 2, 0, "item"), Block("数据链路层", 3, 2)], "text", [False, False, False]),
    ([Block("1. 编码方式", 1, 0, "item")], "markdown", [True]),  # a Markdown item is one, numbered or not
])
def test_listed_items(blocks, kind, expected):
    assert listed_items(blocks, kind) == expected


_MENU = "".join(f"<li><a href='/{k}.html'>{name}</a></li>" for k, name in enumerate(
    ("首页", "快速入门", "安装指南", "配置参考", "常见问题", "更新日志", "下载", "社区论坛", "联系我们")))
_SIDEBAR = "".join(f"<li><a href='/t/{k}.html'>{name}</a></li>" for k, name in enumerate(
    ("上一篇: 安装与卸载", "下一篇: 命令行参数", "本页源码", "快速搜索", "术语表索引", "版本说明")))


def _manual(sections: list[tuple[str, str, list[str]]]) -> bytes:
    """A translated manual's page: a menu, the headline, h2 sections, a sidebar of links."""
    body = "".join(f"<h2>{name}</h2><p>{lead}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
                   for name, lead, items in sections)
    return _page(f"<div class='nav'><ul>{_MENU}</ul></div><div class='document'><h1>术语和定义</h1>{body}</div>"
                 f"<div class='related'><ul>{_SIDEBAR}</ul></div>", "术语和定义 — 配置手册 2.0 文档")


_LATIN_TYPED = [  # sentences in Chinese set with Latin punctuation, as a translator or a programmer types them
    ("模块说明", "本手册中的模块，是指可以单独安装、单独升级的一组文件，它们共同完成一项功能。每个模块都有自己的名称和版本号，"
     "安装程序据此判断模块之间的依赖关系，并在升级时按照先后顺序处理，避免出现版本不一致的情况。", ["模块;", "接口;", "插件."]),
    ("术语来源", "本手册中使用了定义在配置规范第三部分中的下列术语:", ["配置项;", "默认值."]),
    ("路径约定", "下列路径都相对于安装目录, 不以斜杠开头, 写法如下:", ["配置目录;", "日志目录."]),
    ("编码约定", "所有文本文件都按UTF-8保存, 行尾使用换行符, 不用回车:", ["源文件;", "模板文件."]),
    ("版本约定", "版本号由主版本, 次版本和修订号组成, 之间用点号分隔:", ["主版本;", "修订号."]),
]


def test_chinese_typed_with_latin_marks_is_the_article():
    """d53_01: a standard's translated pages type '…中使用了定义在…中的术语:' with a Latin colon; read as no prose,
    the article shrank to the one section written with Chinese marks, the others' <h2> went out as chrome."""
    doc = parse_document(_manual(_LATIN_TYPED), "terms.html")
    assert heading_texts(doc) == ["模块说明", "术语来源", "路径约定", "编码约定", "版本约定"]


@pytest.mark.parametrize("text, prose", [
    ("本手册中使用了定义在配置规范第三部分中的下列术语:", True),
    ("下列路径都相对于安装目录, 不以斜杠开头, 写法如下", True),
    ("上一篇: 安装与卸载", False),  # short: a link's label, no sentence
    ("Copyright 2019, The Docs Team. All rights reserved.", False),  # no Chinese: the site's footer
    ("配置手册第三版第二章第四节附录索引目录", False),  # no mark at all: a label
    ("2024-03-15 09:30　来源：某某日报客户端新闻中心 v2.0版", False),  # a clock's and a version's marks end no clause
])
def test_latin_marked_chinese_scores_as_prose(text, prose):
    from reader.text.region import _score

    assert (_score(Block(text, 1)) > 0) is prose
