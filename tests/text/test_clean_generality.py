"""Cleaning rules that generalise beyond the samples (issue 9, classes 10 and 11), each on made-up minimal cases."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from support import cpu_seconds

_BODY = "本文研究社区图书角的建设与运营，分析了三个街道的做法，并提出改进服务的建议。"
_OPENING = "社区图书角建设是公共文化服务的重要内容，近年来各地进行了大量探索并取得了初步成效。"


def _clean(text: str, name: str = "a.txt"):
    return clean(decode_bytes(text.encode("utf-8"), name))


def _texts(text: str, name: str = "a.txt") -> list[str]:
    return [p.text for p in _clean(text, name).paragraphs]


@pytest.mark.parametrize(
    ("source", "name"),
    [
        (f"# 社区图书角调研\n\n## 摘要\n\n{_BODY}\n\n## 1 引言\n\n{_OPENING}\n", "a.md"),
        (f"# 社区图书角调研\n\n## 分享\n\n{_BODY}\n\n## 1 引言\n\n{_OPENING}\n", "a.md"),
        (f"<html><body><h1>社区图书角调研</h1><h2>摘要</h2><p>{_BODY}</p><h2>1 引言</h2><p>{_OPENING}</p>"
         "</body></html>", "a.html"),
        (f"社区图书角调研\n摘要\n{_BODY}\n1 引言\n{_OPENING}\n", "a.txt"),
        (f"社区图书角调研\n摘要：\n{_BODY}\n1 引言\n{_OPENING}\n", "a.txt"),
    ],
)
def test_a_heading_that_reads_like_a_widget_word_stays(source, name):
    texts = _texts(source, name)
    assert any(t.rstrip("：") in ("摘要", "分享") for t in texts)
    assert _BODY in texts


@pytest.mark.parametrize(
    "source",
    [
        f"社区图书角调研\n{_OPENING}\n摘要\n展开>>\n收起<<\n{_BODY}\n",  # a button among buttons
        f"社区图书角调研\n{_OPENING}\n{_BODY}\n摘要\n{_OPENING[:30]}\n",  # a button introducing a repeat
    ],
)
def test_an_abstract_button_on_a_document_site_goes(source):
    doc = _clean(source)
    assert "摘要" not in [p.text for p in doc.paragraphs]
    assert any(r.text == "摘要" for r in doc.removed)


# --- hard wraps at any width: what a real PDF extractor adds ------------------------------------------------------

_PROSE = ("开放式创新是一种新兴的创新模式，强调企业在创新过程中不仅依赖内部资源，还广泛利用外部资源，通过合作、技术引进"
          "和用户参与等方式提升创新能力，并有效降低研发成本和风险。")
_PROSE2 = ("在开放式创新模式下，企业不仅仅是技术的消费者，也是技术的提供者，可以通过技术授权、合作研发等方式，将内部的"
           "技术和创新成果输出到市场，从而实现技术价值的最大化。")
_PROSE3 = ("开放式创新不仅仅是技术层面的创新，更是一种管理模式的创新，它要求企业在创新管理中具备开放的心态和灵活的机制，"
           "能够有效地识别、吸收和整合外部的创新资源。")


def _wrap(text: str, chars: int, indent: int = 0) -> list[str]:
    """Hard-wrap at `chars` characters; a first line indented by `indent` characters holds that many fewer."""
    first = chars - indent
    return [text[:first]] + [text[k:k + chars] for k in range(first, len(text), chars)]


def _extract(chars: int, indent: int, stray_blank: bool = False, split_heading: bool = False,
             bullets: bool = False) -> tuple[str, list[str]]:
    """A PDF extract of three paragraphs under a numbered heading, and the paragraphs it must give back."""
    lines = ["1.2 开放式创新的概念"] if not split_heading else ["1.2", "", "开放式创新的概念"]
    first = _wrap(_PROSE, chars, indent)
    lines += first[:1] + ([""] if stray_blank else []) + first[1:]
    if bullets:
        lines += ["本研究的具体目标包括：", "• 分析开发过程，梳理其关键里程碑。", "• 提出最佳实践和建议。"]
    lines += _wrap(_PROSE2, chars, indent) + _wrap(_PROSE3, chars, indent)
    want = ["1.2 开放式创新的概念", _PROSE] + (["本研究的具体目标包括：", "• 分析开发过程，梳理其关键里程碑。",
                                                 "• 提出最佳实践和建议。"] if bullets else []) + [_PROSE2, _PROSE3]
    return "\n".join(lines), want


def _widths() -> list[int]:
    """Widths from 16 to 40 characters where no paragraph's last line is (nearly) full: such a line cannot be told
    from a wrap by its width alone, whatever the rule."""
    return [c for c in range(16, 41) if all(len(_wrap(p, c, 2)[-1]) < c - 2 and len(_wrap(p, c)[-1]) < c - 2
                                            for p in (_PROSE, _PROSE2, _PROSE3))]


@pytest.mark.parametrize("chars", _widths())
@pytest.mark.parametrize(
    "damage",
    [
        {"indent": 2},  # the extract dropped each paragraph's two-character indent
        {"indent": 0, "stray_blank": True},  # a blank line after a paragraph's first line
        {"indent": 0, "split_heading": True},  # '1.2' on one line, its title two lines later
        {"indent": 0, "bullets": True},  # list items after a full line ending in a colon
    ],
    ids=["lost-indent", "stray-blank", "split-heading", "bullets"],
)
def test_pdf_extract_damage_at_any_width_rejoins(chars, damage):
    source, want = _extract(chars, **damage)
    assert _texts("开放式创新研究\n" + source) == want


_MIXED = [
    "Apple Watch 是苹果公司于 2015 年推出的一款智能手表，迅速成为全球可穿戴设备市场的领导者。Apple Watch 集合了健康监测、"
    "通讯、支付等多种功能，旨在提供便捷、高效和个性化的用户体验 [1-3] 。",
    "苹果公司通过与医疗技术公司合作，引入了先进的健康监测技术，并与多方合作伙伴共同开发了专门针对运动爱好者的 Apple "
    "Watch Nike+ 系列 [1] 。此外，Apple Watch 的开放平台策略鼓励第三方开发者为其开发应用 [4] 。",
    "通过收集用户反馈和参与，苹果公司能够及时了解市场需求，并根据反馈进行产品改进和功能更新，从而保持产品的市场竞争力 "
    "[5-6] 。Apple Watch 的多功能性和高用户满意度推动了可穿戴设备市场的快速发展 [2-3] 。",
]


def _set_width(c: str) -> float:
    """How wide a PDF sets a character, in columns: a space is narrower than a Latin letter."""
    return 0.5 if c == " " else (1 if c.isascii() else 2)


def _proportional_wrap(text: str, chars: int, indent: int = 2) -> list[str]:
    """Wrap as a PDF does with a proportional font, the first line indented, Latin words kept whole."""
    out, cur, used, i = [], "", 2 * indent, 0
    while i < len(text):
        j = i + 1
        if text[i].isascii() and text[i].isalnum():
            while j < len(text) and text[j].isascii() and text[j].isalnum():
                j += 1
        piece = text[i:j]
        size = sum(map(_set_width, piece))
        if cur and used + size > 2 * chars and piece[0] not in "，。、；：！？）]":
            out.append(cur.strip())
            cur, used = "", 0
        cur, used, i = cur + piece, used + size, j
    return out + [cur.strip()]


def _mixed_widths() -> list:
    return [c for c in range(16, 41)
            if all(sum(map(_set_width, _proportional_wrap(p, c)[-1])) < 2 * c - 8 for p in _MIXED)]


@pytest.mark.parametrize("chars", _mixed_widths())
def test_mixed_latin_extract_with_lost_indents_rejoins(chars):
    lines = [line for p in _MIXED for line in _proportional_wrap(p, chars)]
    assert ["".join(t.split()) for t in _texts("标题行\n" + "\n".join(lines))] == ["".join(p.split()) for p in _MIXED]


# --- page numbers and running headers of real PDF extracts --------------------------------------------------------

def _pages(header: str, number: str, blank: bool, chapter_header_first: bool = True) -> tuple[str, list[str]]:
    """Three pages of hard-wrapped prose; each page number, then (after a blank line if `blank`) the running header."""
    paras = [_PROSE, _PROSE2, _PROSE3]
    lines = [header] if chapter_header_first else []
    lines.append("第1章 选题背景")
    for n, p in enumerate(paras, 1):
        lines += _wrap(p, 24)
        lines += [number.format(n=n, roman="I" * n)] + ([""] if blank else []) + [header]
    return "\n".join(lines), ["第1章 选题背景"] + paras


@pytest.mark.parametrize(
    ("number", "blank"),
    [("{n}", True), ("{roman}", False), ("{roman}", True), ("- {n} -", True)],
    ids=["arabic-blank", "roman", "roman-blank", "dashed-blank"],
)
def test_running_header_after_a_page_number_goes_even_across_a_blank_line(number, blank):
    source, want = _pages("第 1 章 选题背景", number, blank)
    doc = _clean(source)
    assert [p.text for p in doc.paragraphs] == want


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["请勿混淆 CTEX 套装与 ctex 宏包，后者是命令集，被主流的编译系统默认集成（详见", "前文的说明）。"], True),
        (["本研究将按照以下框架进行，首先梳理国内外关于开放式创新与", "可穿戴设备产品开发的研究。"], True),
        (["本研究将按照以下框架进行，首先梳理国内外关于开放式创新与", "第三章 研究内容"], False),
    ],
    ids=["open-bracket", "connective", "heading-follows"],
)
def test_a_line_stopping_where_no_sentence_can_stop_joins_the_next(lines, joined):
    from reader.text.clean import _is_heading
    from reader.text.rewrap import Line, rewrap

    body = [_PROSE[k:k + 40] for k in range(0, len(_PROSE), 40)] * 3  # fixes the wrap width at 40 characters
    got = rewrap([Line(t, n) for n, t in enumerate(body + ["。"] + lines, 1)], _is_heading)
    assert (got[-1][0] == "".join(lines)) is joined


@pytest.mark.parametrize(
    ("line", "ends"),
    [("提升了产品的市场竞争力 [7] .", True), ("提升了产品的市场竞争力.", True), ("由 Apple Inc.", False),
     ("见第 3.", False), ("提升了产品的市场竞争力", False)],
)
def test_an_ascii_full_stop_ends_a_chinese_sentence(line, ends):
    from reader.text.rewrap import ends_sentence

    assert ends_sentence(line) is ends


# --- whole saved web pages: the article among menus, share rows and related lists ---------------------------------

_ARTICLE = [
    "3月14日，市图书馆联合各街道启动社区图书角建设，首批二十个图书角已在社区服务中心开放，居民可以就近借阅图书。",
    "据介绍，每个图书角配备图书五百册以上，并由志愿者负责日常管理，图书每季度轮换一次，方便居民读到新书。",
    "市图书馆负责人表示，下一步将根据居民的借阅情况调整图书种类，并在更多小区推广这一做法。",
]


_RELATED = ("夏季防汛工作部署会召开，全市进入汛期", "多所学校启用新校区，秋季开学在即", "城区新增公交线路三条，市民出行更方便")


def _page(head: str, tail: str) -> str:
    links = lambda *names: "".join(f'<li><a href="/{n}">{n}</a></li>' for n in names)  # noqa: E731
    body = "".join(f"<p>{p}</p>" for p in _ARTICLE)
    return ("<html><head><title>社区图书角开放_本地新闻_某某网</title></head><body>"
            f"<div class='top'><ul>{links('首页', '时政', '国际', '评论', '文化', '科技', '教育', '体育')}</ul></div>"
            f"<h1>社区图书角开放</h1>{head}"
            f"<div class='tools'><a href='#'>微博</a><a href='#'>微信</a><a href='#'>QQ空间</a><span>转播到微博</span></div>"
            f"<div class='text'>{body}</div>{tail}"
            f"<div class='more'><h3>热点推荐</h3><ul>{links(*_RELATED)}</ul></div>"
            "<div>还没有评论，快来抢沙发吧！</div><div>关于我们 | 联系我们 | 广告服务</div></body></html>")


@pytest.mark.parametrize(
    ("head", "tail", "fields"),
    [
        ("<div>2024-03-15 09:30　来源：<a href='#'>某某日报</a></div>", "<div>[责任编辑：张三]</div>",
         {"date": "2024-03-15 09:30", "source": "某某日报", "editor": "张三"}),
        ("<div><span>发布时间：</span></div><div><span>2024-03-15 09:30</span></div><div><span>来源：</span></div>"
         "<div><a href='#'>某某日报客户端</a></div>", "<p>（责任编辑：张三）</p>",
         {"date": "2024-03-15 09:30", "source": "某某日报客户端", "editor": "张三"}),
        ("<div><span>某某日报</span> <span>2024年3月15日09:30</span></div>", "",
         {"date": "2024年3月15日09:30", "source": "某某日报"}),
    ],
    ids=["stamp-then-label", "labels-on-their-own-lines", "outlet-beside-stamp"],
)
def test_a_saved_page_gives_its_article_and_metadata(head, tail, fields):
    doc = _clean(_page(head, tail), "page.html")
    assert doc.title == "社区图书角开放"
    assert [p.text for p in doc.paragraphs] == _ARTICLE
    assert {k: getattr(doc, k) for k in fields} == fields


def test_a_page_without_a_clear_article_keeps_its_text():
    page = "<html><body><h1>通知</h1><p>明天上午停水。</p><ul><li><a href='/a'>返回列表</a></li></ul></body></html>"
    assert [p.text for p in _clean(page, "p.html").paragraphs] == ["明天上午停水。"]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("2017-03-10 09:58　来源：网易科学人", {"date": "2017-03-10 09:58", "source": "网易科学人"}),
        ("2017-03-10 09:58来源：网易科学人", {"date": "2017-03-10 09:58", "source": "网易科学人"}),
        ("第五届会议通过 来源：人大", None),
    ],
)
def test_a_date_stamp_before_the_labels_is_the_date(text, fields):
    from reader.text.meta import parse_meta_line

    assert parse_meta_line(text) == fields


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("TNW中文站 2016年10月14日07:17", ("2016年10月14日07:17", "TNW中文站")),
        ("2024-03-15 某某日报", ("2024-03-15", "某某日报")),
        ("1982年12月4日 第五届全国人民代表大会第五次会议通过", ("", "")),
        ("2024年3月15日 会议通过", ("", "")),
        ("据新华社2024年3月15日电，国务院常务会议审议通过", ("", "")),
    ],
)
def test_an_outlet_beside_a_date_stamp(text, found):
    from reader.text.meta import stamped_source

    assert stamped_source(text) == found


# --- scraped page text: labels and values on separate lines, a subtitle the page chrome repeats -------------------

_NEWS = "近日，自治区召开全区农业农村工作会议，总结过去一年工作，部署今年重点任务。会议强调，要抓好粮食生产和重要农产品供给。"


@pytest.mark.parametrize(
    ("header", "date", "source"),
    [
        ("发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n阅读量：", "2026-02-09 09:45:30", "宁夏日报客户端"),
        ("时间：\n2026-02-02 09:20\n来源：\n宁夏日报客户端", "2026-02-02 09:20", "宁夏日报客户端"),
        ("来源：\n宁夏日报客户端\n发布时间：\n2026-02-02", "2026-02-02", "宁夏日报客户端"),
        ("2026-02-02 09:20\n来源：宁夏日报客户端\n阅读量：\n1,234", "2026-02-02 09:20", "宁夏日报客户端"),
    ],
    ids=["counter-without-value", "time-label", "source-first", "counter-with-value"],
)
def test_labels_and_values_on_separate_lines_are_metadata_and_a_repeated_subtitle_stays_once(header, date, source):
    doc = _clean(f"全区农业农村工作会议召开\n部署今年重点任务\n{header}\n部署今年重点任务\n{_NEWS}\n")
    assert (doc.title, doc.date, doc.source) == ("全区农业农村工作会议召开", date, source)
    assert [p.text for p in doc.paragraphs] == ["部署今年重点任务", _NEWS]
    assert [r.reason for r in doc.removed if r.text == "部署今年重点任务"] == ["duplicate"]


# --- pdftotext -layout: indented first lines, hanging list items, form feeds at page tops -------------------------

def _layout(chars: int) -> tuple[str, list[str]]:
    """A '-layout' extract: a heading, an indented paragraph, bullets whose second lines hang deeper, a page break."""
    items = ["• 分析开发过程中的关键里程碑，梳理其创新点和合作伙伴的贡献以及各自承担的具体工作内容。",
             "• 评估开放式创新对技术创新、市场表现和用户满意度的影响，并与其他可穿戴设备进行比较。"]
    lines = ["3.2    研究目标", "      " + _wrap(_PROSE, chars, 3)[0]] + _wrap(_PROSE, chars, 3)[1:]
    for item in items:
        lines += ["      " + item[:chars - 3]] + ["        " + rest for rest in _wrap(item[chars - 3:], chars - 4)]
    lines += ["", "                    5", "\f                 第 3 章 研究内容", ""]
    lines += ["      " + _wrap(_PROSE2, chars, 3)[0]] + _wrap(_PROSE2, chars, 3)[1:]
    lines += ["", "                    6", "\f                 第 3 章 研究内容", ""]
    lines += ["      " + _wrap(_PROSE3, chars, 3)[0]] + _wrap(_PROSE3, chars, 3)[1:]
    return "\n".join(lines), ["3.2 研究目标", _PROSE, *items, _PROSE2, _PROSE3]


@pytest.mark.parametrize("chars", [24, 31, 38])
def test_a_layout_extract_keeps_list_items_whole_and_drops_its_page_furniture(chars):
    source, want = _layout(chars)
    got = _texts("开放式创新研究\n" + source)
    assert ["".join(t.split()) for t in got] == ["".join(t.split()) for t in want]


@pytest.mark.parametrize(
    "source",
    [
        "\f第 1 章 引言\n\n第 1 章 引言\n1.1 研究背景\n" + _PROSE,  # the header above a chapter's own heading
        "第一章 引言\n" + _PROSE + "\n\f第一章 引言\n" + _PROSE2 + "\n\f第一章 引言\n" + _PROSE3,  # form feeds only
    ],
    ids=["echoes-the-heading", "after-form-feeds"],
)
def test_a_running_header_at_a_form_feed_goes(source):
    texts = _texts(source)
    assert sum("".join(t.split()) in ("第1章引言", "第一章引言") for t in texts) <= 1
    assert not any("\f" in t for t in texts)


# --- linear time ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("page.html", lambda n: "<html><body>" + "".join(
            f"<p>{_PROSE}</p><ul><li><a href='/'>相关新闻{k}</a></li></ul><div>摘要</div><h2>摘要</h2>"
            for k in range(n)) + "</body></html>"),
        ("extract.txt", lambda n: "".join(
            "\n".join(_wrap(_PROSE, 23)) + f"\n\n{k}\n\n\f第 1 章 选题背景\n\n1.2\n\n开放式创新的概念\n" for k in range(n))),
    ],
    ids=["saved-page", "pdf-extract"],
)
def test_the_new_rules_grow_linearly(name, make):
    small, large = make(50), make(400)
    ratios = []
    for _ in range(3):  # a busy machine slows one measurement; backtracking slows every one
        ratios.append(cpu_seconds(lambda s: _clean(s, name), large) / max(cpu_seconds(lambda s: _clean(s, name), small), 1e-6))
        if ratios[-1] < 24:
            break
    assert min(ratios) < 24  # linear growth is 8, quadratic 64


@pytest.mark.parametrize("leader", ["." * 40, "…" * 20])
def test_a_contents_page_does_not_set_the_wrap_width_of_the_text_after_it(leader):
    """Contents lines run out to the page edge with dot leaders: as wide as the page, never wrapped text."""
    contents = [f"第{n}章 第{n}章的标题 {leader} {k * 7}" for k, n in enumerate("一二三四五六七八", 1)]
    prose = "为了规范上市和持续监管事宜，支持引导科技创新企业更好地发展，维护证券市场公开、公平、公正，保护投资者的合法权益。" * 3
    lines = [prose[k:k + 24] for k in range(0, len(prose), 24)]
    paragraphs = _texts("上市规则\n" + "\n".join(contents + ["第一章 总则"] + lines) + "\n")
    assert prose in paragraphs


def test_the_statements_of_a_code_block_keep_their_lines():
    """A tutorial's code between prose: two statements of equal length read like a wrapped pair (tut02 joined them)."""
    prose = "Python 中有一种以r或R开头的字符串，这种字符串被称为原始字符串，大家可以运行下面的代码，看看会输出什么。"
    code = ["s1 = '\\\\it \\\\is \\\\time \\\\to \\\\read \\\\now'", "s2 = r'\\\\it \\\\is \\\\time \\\\to \\\\read \\\\now'",
            "print(s1)", "print(s2)"]
    paragraphs = _texts("原始字符串\n\n" + prose + "\n\n" + "\n".join(code) + "\n\n" + prose + "\n")
    assert all(line in paragraphs for line in code)
