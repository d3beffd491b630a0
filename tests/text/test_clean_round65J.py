"""Unwrapping PDF extracts (session 65J): a book's long running head (its name beside the author's web address)
that opens the document and one later page, and a paragraph's first line an extractor set in by its position on the
page (28 or 32 spaces, more columns than the page has left). Both kept a wrapped paragraph split: the head stood
between the two halves of a word the page break cut ('…设计模' / '式种的…'), and the deep first line measured wider
than any wrapped line ('　　面向…而是低' / '耦合…').

Each case is made up and minimal; each loss case fails without its rule. The leave-alone cases pass before and after.
"""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes

_PROSE = ("我们在设计系统的时候，总是希望模块之间的依赖尽量少一些，这样修改一处不会牵动全局。读书的过程也是如此，"
          "第一遍看不懂并不要紧，隔一段时间再读，往往会有新的体会。写程序的人常说，代码是写给人看的，顺便能在机器上运行。"
          "好的文档能让后来的人少走弯路，坏的文档却会把人引向歧途。每一次重构都是一次重新理解需求的机会，不应当被轻视。"
          "测试用例写得越早，发现问题的代价就越小，这是许多团队在实践中总结出来的经验。") * 3
_HEAD = "软件设计随笔－模块与依赖的二十三个问题解析 http://www.example.edu.cn/blog/writer"


def _wrap(text: str, width: int, first: int | None = None) -> list[str]:
    out = []
    while text:
        n = first if first and not out else width
        out.append(text[:n])
        text = text[n:]
    return out


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in clean(decode_bytes(text.encode("utf-8"), "book.txt")).paragraphs]


def _paged(head: str, second_head: str, cut: int = 3) -> tuple[str, str]:
    """Two pages of one paragraph wrapped at 38 characters, each closed by its footer; the page break cuts a word."""
    body = _PROSE[:150] + "。" + _PROSE[40:200] + "。"
    lines = _wrap(body, 38)
    text = "\n".join([head, ""] + lines[:cut] + ["", "    第 1 页 共 2 页    writer", "", second_head, ""]
                     + lines[cut:] + ["", "第 2 页 共 2 页    writer"]) + "\n"
    return text, body


def test_long_running_head_on_two_pages_goes_and_the_paragraph_runs_on():
    text, body = _paged(_HEAD, _HEAD)
    paragraphs = _paragraphs(text)
    assert body in paragraphs
    assert not any(p.startswith("软件设计随笔") and "example" in p for p in paragraphs[1:])


@pytest.mark.parametrize("second", [
    "第二章 模块之间的依赖关系与它们在大型系统中的演变过程以及应对办法的总结",  # a long page top of its own
])
def test_a_long_page_top_unlike_the_opening_stays(second):
    text, _ = _paged(_HEAD, second)
    assert any(p.startswith(second[:12]) for p in _paragraphs(text))


def test_a_long_opening_sentence_repeated_at_a_page_top_stays():
    opening = "本书收录了作者多年来在软件设计方面的随笔，按照主题分为若干部分，供读者参考。"
    text, _ = _paged(opening, opening)
    assert sum(p.startswith("本书收录了作者") for p in _paragraphs(text)) >= 1


def _deep(deep: int, indented: tuple[int, ...] = (2, 4), title: str = "") -> tuple[str, list[str]]:
    """Six paragraphs wrapped at 38 characters, first lines two characters short; some set in by `deep` spaces."""
    lines, bodies = ["设计的体会"], []
    for i in range(6):
        body = _PROSE[i * 23:i * 23 + 200] + "。"
        bodies.append(body)
        wrapped = _wrap(body, 38, 36)
        wrapped[0] = (" " * deep if i in indented else "  ") + wrapped[0]
        lines += wrapped
        if title and i == 2:
            lines.append(" " * deep + title)
    return "\n\n".join(lines) + "\n", bodies


@pytest.mark.parametrize("deep", [28, 32])
def test_a_first_line_set_in_deeper_than_the_page_joins_its_paragraph(deep):
    text, bodies = _deep(deep)
    paragraphs = _paragraphs(text)
    assert bodies[2] in paragraphs and bodies[4] in paragraphs


@pytest.mark.parametrize("deep", [2, 4])
def test_a_usual_indent_still_joins(deep):
    text, bodies = _deep(deep)
    paragraphs = _paragraphs(text)
    assert bodies[2] in paragraphs and bodies[4] in paragraphs


def test_a_centred_title_set_in_deep_stays_apart():
    text, bodies = _deep(28, title="第二部分　体会")
    paragraphs = _paragraphs(text)
    assert "第二部分　体会" in paragraphs and bodies[1] in paragraphs


def _two_pages(second_margin: str, lines_on_first: int = 7) -> tuple[str, str]:
    """One long paragraph over two pages wrapped at 38 characters; the second page's lines all set in by a margin."""
    body = _PROSE[:560] + "。"
    lines = _wrap(body, 38)
    first, second = lines[:lines_on_first], [second_margin + ln for ln in lines[lines_on_first:]]
    text = "\n".join(["  " + first[0]] + first[1:] + ["", "第 4 页 共 9 页", ""] + second
                     + ["", "第 5 页 共 9 页"]) + "\n"
    return text, body


def test_a_page_set_in_by_its_own_margin_runs_on():
    text, body = _two_pages("  ")
    assert body in _paragraphs(text)


def test_a_page_set_flush_still_runs_on():
    text, body = _two_pages("")
    assert body in _paragraphs(text)


def test_indented_first_lines_on_a_page_still_start_paragraphs():
    bodies = [_PROSE[k * 40:k * 40 + 120] + "。" for k in range(4)]
    lines = []
    for body in bodies:
        wrapped = _wrap(body, 38, 36)
        lines += ["  " + wrapped[0]] + wrapped[1:]
    text = "\n".join(lines + ["", "第 4 页 共 9 页", ""] + ["  " + ln for ln in lines] + ["", "第 5 页 共 9 页"]) + "\n"
    paragraphs = _paragraphs(text)
    assert all(body in paragraphs for body in bodies)


_LATIN = "个方面）更加重要的是Visual CMCS（Visual C_minus Compiler System）的设"  # 69 of 76 columns


def test_an_open_line_full_of_latin_words_runs_on():
    lines = _wrap(_PROSE[:152], 38) + [_LATIN] + _wrap("计和开发，" + _PROSE[152:300] + "。", 38)
    lines += _wrap(_PROSE[300:450] + "。", 38)
    text = "\n".join(["  " + lines[0]] + lines[1:]) + "\n"
    paragraphs = _paragraphs(text)
    assert any(_LATIN + "计和开发" in p for p in paragraphs)


def test_a_short_latin_line_that_ends_a_title_stays():
    lines = ["  " + ln for ln in _wrap(_PROSE[:150] + "。", 38)[:1]] + _wrap(_PROSE[:150] + "。", 38)[1:]
    lines += ["Visual CMCS 使用说明", "  " + _PROSE[200:240]] + _wrap(_PROSE[240:350] + "。", 38)
    paragraphs = _paragraphs("\n".join(lines) + "\n")
    assert "Visual CMCS 使用说明" in paragraphs
