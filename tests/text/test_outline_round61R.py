"""Round 61R: cleaning on pages nobody tuned on (issue 9): a forum's anti-copy noise, its counters, a reading-time notice
with a full stop's comma, a headline over its subtitle and stamp, a PDF page's labelled foot beside a
name, a converter's '## Page 3' and a long running header."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from reader.text.jammer import jammed, strip_jammer
from support import cpu_seconds

_POST = ["观网风闻里有一篇文章，质疑汽车大屏的必要性。", "必须说，质疑有道理，但抓错重点了。",
         "传统汽车的仪表板很简单，速度表、转速表、油量表、水温表。"]
_NOISE = [". {* t6 p8 g2 v; y3 p\" M* f# H# _7 Q( }- F3 j* e5", "7 Z, X# ]+ f+ h8 N6 l6 |4 _",
          "' F4 m8 S$ x6 r! ^", "& \\7 ^3 d7 M( R"]
_BODY = "本文研究社区图书角的建设与运营，分析了三个街道的做法，并提出改进服务的建议。"
_MORE = "社区图书角建设是公共文化服务的重要内容，近年来各地进行了大量探索并取得了初步成效。"


def _clean(text: str, name: str = "a.txt"):
    return clean(decode_bytes(text.encode("utf-8"), name))


def _texts(text: str, name: str = "a.txt") -> list[str]:
    return [p.text for p in _clean(text, name).paragraphs]


# --- a forum's anti-copy noise -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "lines",
    [
        [_POST[0], _NOISE[0], _POST[1], _NOISE[1], _POST[2], _NOISE[2]],  # noise on lines of its own
        [_POST[0] + _NOISE[3], _POST[1] + _NOISE[2], _POST[2] + _NOISE[1]],  # glued after each sentence
        [_NOISE[1] + _POST[0], "", _NOISE[2] + _POST[1], "", _NOISE[0] + _POST[2]],  # and before it
    ],
)
def test_a_boards_noise_goes_and_the_post_stays(lines):
    texts = _texts("\n".join(lines) + "\n")
    assert texts == _POST


@pytest.mark.parametrize(
    "line",
    [
        "for (i = 0 ; i < n ; i ++ ) { a [ i ] = b ; }",  # code: no letter-and-sign pairs
        "00 1a 2b 3c 4d 5e 6f 7a 8b 9c",  # a hex dump: no signs
        "A, B, C, D, E, F",  # options: one kind of sign
        "x1 = y2 + z3 ; w4 = v5",  # code with numbered names
        "1 2 3 4 5 6 7 8 9 10 11 12",
    ],
)
def test_code_and_lists_of_short_tokens_are_no_noise(line):
    assert strip_jammer(line) == (line, [])
    assert not jammed([line] * 5)


def test_a_saved_posts_jammer_font_goes():
    page = ("<html><body><div class=\"t_f\">" + "".join(
        f"<font size=\"4\">{line}</font><font class=\"jammer\">{noise}</font><br />"
        for line, noise in zip(_POST, ["0 T0 W- g2 v4 c", "3 ~$ Q( K9 d) g6 `' Y", "5 D: r8 A) p( n; y5 W"]))
        + "</div></body></html>")
    assert _texts(page, "a.html") == _POST


def test_one_noise_like_line_stays():
    text = "\n".join([_POST[0], "if (a) { b; } // c! d? e.", _POST[1]]) + "\n"
    assert "if (a) { b; } // c! d? e." in "\n".join(_texts(text))


def test_noise_stripping_is_linear():
    small = ("ab " * 2_000 + "汉") * 10
    big = small * 10
    strip_jammer(small)
    assert cpu_seconds(strip_jammer, big) < 30 * max(cpu_seconds(strip_jammer, small), 1e-4)


# --- a forum's counters, a reading-time notice --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "chrome",
    ["查看: 8901|回复: 67", "回复：12 ｜ 查看：523",
     "全文共3452字，阅读大约需要8分钟", "全文约8000字，读完约需16分钟，建议收藏细读。", "本文共计58626个字，预计阅读时长234.5分钟。"],
)
def test_a_forums_counters_and_a_reading_time_notice_go(chrome):
    texts = _texts(f"社区图书角调研\n{chrome}\n{_BODY}\n{_MORE}\n")
    assert chrome not in texts
    assert _BODY in texts and _MORE in texts


@pytest.mark.parametrize(
    "line",
    ["全文共3000字，我们用了10分钟讨论了这个问题并达成共识。", "会议历时120分钟，审议了5个字号文件。", "查看", "回复"],
)
def test_prose_about_words_and_minutes_and_bare_words_stay(line):
    assert line in _texts(f"社区图书角调研\n{_BODY}\n{line}\n{_MORE}\n")


# --- the headline ---------------------------------------------------------------------------------------------------

def test_a_headline_with_commas_over_its_subtitle_and_stamp_is_the_title():
    doc = _clean("【回眸2014】这一年，我们关注过的那些事儿\n——武汉大学新闻网点击率盘点\n"
                 f"发布时间：2014-12-29 11:10　来源：武汉大学报\n{_BODY}\n{_MORE}\n")
    assert doc.title == "【回眸2014】这一年，我们关注过的那些事儿"
    assert doc.date.startswith("2014-12-29") and doc.source == "武汉大学报"


def test_a_sentence_over_a_dash_line_without_a_stamp_is_no_title():
    doc = _clean(f"这一年，我们在社区里关注过许多事情，也做了很多\n——以及更多\n{_BODY}\n{_MORE}\n")
    assert doc.title != "这一年，我们在社区里关注过许多事情，也做了很多"


# --- a PDF extract's page furniture ---------------------------------------------------------------------------------

_HEADER = "设计模式精解－GoF 23 种设计模式解析附 C++实现源码 http://www.mscenter.edu.cn/blog/k_eckel"
_PAGES = [_BODY, _MORE, "开放式创新是一种新兴的创新模式，强调企业在创新过程中不仅依赖内部资源。",
          "在开放式创新模式下，企业不仅仅是技术的消费者，也是技术的提供者。"]


def _pdf(footer: str, marks: bool = True) -> str:
    lines: list[str] = []
    for n, text in enumerate(_PAGES, 1):
        lines += ([f"## Page {n}", ""] if marks else []) + [_HEADER, "", text, "", footer.format(n=n), ""]
    return "\n".join(lines)


@pytest.mark.parametrize("footer", ["    第 {n} 页 共 105 页    k_eckel", "《数据库系统概论》试卷第 {n} 页 共 5 页",
                                    "第 {n} 页 共 20 页 MODIS 数据格式"])
def test_a_labelled_page_foot_a_page_mark_and_a_long_running_header_go(footer):
    texts = _texts(_pdf(footer))
    assert texts == _PAGES


def test_a_long_line_opening_two_pages_only_stays():
    text = "\n".join([_HEADER, _BODY, "第 1 页 共 2 页 k_eckel", _HEADER, _MORE, "第 2 页 共 2 页 k_eckel"]) + "\n"
    assert _HEADER in "\n".join(_texts(text))


def test_a_page_reference_in_prose_stays():
    lines = ["社区图书角调研", "详见第 3 页表格说明", _BODY, "详见第 5 页表格说明", _MORE, "详见第 2 页表格说明"]
    texts = _texts("\n\n".join(lines) + "\n")
    assert "详见第 3 页表格说明" in texts and "详见第 2 页表格说明" in texts
