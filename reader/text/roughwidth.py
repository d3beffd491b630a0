"""How far a PDF extract's measure of a wrapped line may be off from the line the page set.

Word and WPS set a little space between Chinese and a Latin word or a number ('2025 年 6 月，AI 搜索'); the extract
writes it as a space, one column, where it stood about half of one. Brackets and stops typed in ASCII inside Chinese
('(流量场)', '6.9 亿') count two columns, as the measure takes them for converted full-width marks, where the font
set them narrower. A full line mixing many of them measures past the document's width though it filled it.

A regulation's article ('第二十八条 答辩小组…进行评') opens with its label set off by a wide gap after a first-line
indent the default extract drops: its first line falls short of the width though the words run on below it.
A report's yes-or-no question answered on the line under it ('否') is no wrap, however full the question's line.
"""

from __future__ import annotations

from typing import Any, Sequence

from reader.text.lazyre import lazy
from reader.text.latinmeasure import latin_letters

_INDENT = 4  # a paragraph's first line, indented two Chinese characters, loses them in the extract
_GAP = lazy(r"(?:(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[\u4e00-\u9fff]))")
_WIDE_ASCII = lazy(r"[,.;:!?()*]")  # as lineshape's _ASCII_WIDE: counted two columns
_ARTICLE = lazy(r"[ \t\u3000]*第[一二三四五六七八九十百零〇0-9]{1,6}条[ \t\u3000]+")
_BODY = 12  # characters after the label: prose, not a heading's few words
_PROSE = lazy("[，、。；]")
_ANSWERS = frozenset({"是", "否", "无", "有", "适用", "不适用"})


def over_measure(text: str) -> int:
    """Columns a full line of prose mixing Chinese with Latin, numbers and ASCII marks may measure past the width it
    filled (a numbered list's '9.1.3 青（黄）饲料收获机', no prose, gets only what its Latin letters give)."""
    if _PROSE.search(text) is None:
        return latin_letters(text) // 8
    return latin_letters(text) // 8 + (len(_GAP.findall(text)) + len(_WIDE_ASCII.findall(text))) // 2


def label_cut(prev: str, nxt: str) -> int:
    """Columns an article's first line may fall short of the width though a word runs on from it ('…进行评' /
    '分和…'): the indent the extract dropped; 0 for any other line."""
    match = _ARTICLE.match(prev)
    if match is None or len(prev) - match.end() < _BODY or not "\u4e00" <= prev[-1] <= "\u9fff":
        return 0
    return _INDENT if "\u4e00" <= nxt[:1] <= "\u9fff" or nxt[:1].isdigit() else 0


def yes_no_answer(question: str, line: str) -> bool:
    """'否' under '九、 是否存在…的真实性、准确性和完整性': a yes-or-no question's answer on a line of its own (a
    listed company's report answers its template's questions so), never words a wrap cut off the question."""
    return line.strip() in _ANSWERS and "是否" in question


def shared_margin(lines: Sequence[Any]) -> int:
    """The indent nearly every line shares: it says nothing of where a line was cut."""
    if sum(ln.indented for ln in lines) < 0.8 * len(lines):
        return 0
    counts: dict[int, int] = {}
    for ln in lines:
        counts[ln.indent] = counts.get(ln.indent, 0) + 1
    return max(counts, key=lambda k: (counts[k], -k))
