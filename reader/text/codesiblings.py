"""A tutorial's titled code blocks: '获取所有虚拟机' over its code, then '分页获取虚拟机' over its own. A title with
nothing but code between it and the title before shows another example beside that one, not a part of it; only a
title that carries the one before as its first words ('thread' / 'thread例子1') is its part. Each paragraph between
two titles is read once: linear time."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.codeblocks import code_edge, set_in_code
from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.punctuation import label_name
from reader.text.writermarks import writer_marked

_CJK = lazy("[\u3400-\u9fff]")
_ASIDE = lazy(r"#|//|/\*|<!--|[\"'“]")  # where a comment or a string opens
_CODE_MARKS = frozenset("{}[];=<>")
_CALL = lazy(r"\w\(")  # 'get_vms(' calls; 'Code of Conduct (COC)' glosses in words
_LATIN_SHARE = 0.8  # a line of code is written in ASCII, its Chinese in a comment or a string at most


def _code(paragraphs: Sequence[Paragraph], k: int) -> bool:
    """'vms = vm_api.get_vms({})}', '    } // 遍历': a paragraph of code, by the marks and the script it is written in."""
    text = paragraphs[k].text.strip()
    if not text:
        return True
    if "://" in text:  # a link alone, or a line that gives one ('线上链接：https://…'), is no code; code may hold one
        text = " ".join(word for word in text.split() if "://" not in word)
        return bool(text) and (code_edge(text) or _latin_code(text))
    if code_edge(text) or set_in_code(paragraphs, k):
        return True
    return _latin_code(text)


def _latin_code(text: str) -> bool:
    """'i2c.writeto(addr, bytes([0xf3]))': written in ASCII with code's marks, Chinese only in a comment or string."""
    ascii_share = sum(ch.isascii() for ch in text) / len(text)
    if ascii_share < _LATIN_SHARE or (_CODE_MARKS.isdisjoint(text) and _CALL.search(text) is None):
        return False
    aside = _ASIDE.search(text)  # Chinese in code stands in a comment or a string only
    return _CJK.search(text, 0, aside.start() if aside else len(text)) is None


def _carries(top: str, name: str) -> bool:
    """'thread例子1' carries 'thread' as its first words; 'threading' is another word."""
    if not top or len(name) <= len(top) or not name.startswith(top):
        return False
    return not (top[-1].isascii() and top[-1].isalnum() and name[len(top)].isascii() and name[len(top)].isalnum())


def lift_code_siblings(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """An unnumbered title right under the unnumbered title before it, with only code between them (at least one
    paragraph), goes beside that title: two examples in a row, each with its code."""
    last = -1  # the accepted candidate before
    for n, c in enumerate(candidates):
        if not c.accepted:
            continue
        if last >= 0 and c.parent == last and not c.numbered() and not candidates[last].numbered() \
                and not writer_marked(paragraphs[c.index]):  # a Markdown or HTML heading's level is the writer's
            top = candidates[last]
            between = range(top.index + 1, c.index)
            if len(between) and all(_code(paragraphs, k) for k in between) and not _carries(
                    label_name(paragraphs[top.index].text), label_name(paragraphs[c.index].text)):
                c.parent = top.parent
        last = n
