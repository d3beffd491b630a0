"""Round 46h: saved web pages read as HTML. Where a page gives its headings h-tags (notes exported from an editor,
'<h3>1.2 传输方式</h3>'), an unnumbered <li> under them is a list's item, no sub-heading of its own: its writer tagged
the headings. A numbered <li> (a law's articles set as a list) and a page without h-tags are read as before."""

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
