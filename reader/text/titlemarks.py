"""Titles a page marks with a sign of its own ('📚 内容分类', '▌Google：…'), and signs that mark a list's items instead.

A README, a WeChat or CSDN post sets a pictograph or a bar before each sub-head; a page repeating one sign line after
line over running text marks its list's items with it. Each test looks at a line's first characters: linear time.
"""

from __future__ import annotations

from collections.abc import Callable, Set as AbstractSet

from reader.text.furniture import furniture_line
from reader.text.lazyre import lazy
from reader.text.lineshape import BARS
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.openings import opens_none
from reader.text.questions import CJK, INSIDE, LABEL_MAX, bullet_line


_PICTOGRAPH = lazy("[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\U0001F3FB-\U0001F3FF]?")  # '📚', '⚠️', '👉🏻'
_PICTOGRAPH_TITLE_MAX = 20
_PICTOGRAPH_TITLES_MIN = 3


def pictograph_titles(paragraphs: list[Paragraph], opening: AbstractSet[str] | None = None) -> set[int]:
    """'📋 项目简介', '📚 内容分类', '🚀 使用方法': a README or a post that opens each of its parts with a pictograph of its
    own heads them so, while a pictograph the page repeats line after line ('🌈 ‣ …', '👉🏻詳情按此：') marks the items
    of a list. Short named lines, each pictograph once, three or more of them (`opening`: what lines open with)."""
    if opening is not None and not any(_PICTOGRAPH.match(c) for c in opening):
        return set()
    by_mark: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        if len(p.text) > 4 * _PICTOGRAPH_TITLE_MAX:
            continue  # cheap: most paragraphs are running text
        m = _PICTOGRAPH.match(text := p.text.strip())
        if m is not None:
            by_mark.setdefault(m.group()[0], []).append(i)
    titles = []
    marked = {i for lines in by_mark.values() for i in lines}
    for mark, lines in by_mark.items():
        if lines[0] - 1 in marked or lines[0] + 1 in marked:
            continue  # '📺人物专访' over '🎭喜人阵容' over '🎬精彩片段': a menu's entries, line after line
        text = paragraphs[lines[0]].text.strip()
        name = text[len(_PICTOGRAPH.match(text).group()):].strip()
        if (len(lines) == 1 and 2 <= len(name) <= _PICTOGRAPH_TITLE_MAX and CJK.search(name) is not None
                and not any(ch in INSIDE + "？?" for ch in name) and not bullet_line(name) and not furniture_line(name)):
            titles.append(lines[0])
    return set(titles) if len(titles) >= _PICTOGRAPH_TITLES_MIN else set()


BLOCK_MARKS = BARS + "■◼◆◇●★☆▶►➤"  # a bar or block a web editor sets before each of its sub-heads
_MARKED_TITLE_MAX = 50
_MARKED_TITLES_MIN = 3
_MARKED_PAIR = 2  # a short story's two '■ 小学招生' sub-heads, named without a label's colon


def marked_titles(paragraphs: list[Paragraph], is_body: Callable[[str], bool],
                  opening: AbstractSet[str] | None = None) -> set[int]:
    """'▌Google：从 Mobile First 到 AI First' over its story, three times or more, and the bar before no sentence: the
    page's own form of sub-head (a CSDN or WeChat editor's); a short story's two named ones ('■ 小学招生') too, while
    two labels ('■ 报名时间：5月7日') are particulars. A mark that also opens running text marks a list."""
    if opens_none(opening, BLOCK_MARKS):
        return set()
    by_mark: dict[str, list[int]] = {}
    spoiled: set[str] = set()
    labelled: set[str] = set()  # marks one of whose lines is a label: two of them are no pair of sub-heads
    for i, p in enumerate(paragraphs):
        text = p.text.lstrip()
        if not text or text[0] not in BLOCK_MARKS:
            continue
        name = text[1:].strip()
        label = name.partition("：")[0] if "：" in name[:LABEL_MAX] else ""
        if (len(name) > _MARKED_TITLE_MAX or name[-1:] in "。！？!?…" or name.count("，") > 1
                or name[-1:] in "；;" and not label or i + 1 >= len(paragraphs)):
            spoiled.add(text[0])  # ('◆学制：五年制大专；三年制中专；' names its part, then says it)
        elif CJK.search(name) is not None and (is_body(after := paragraphs[i + 1].text) or name[-1:] in "：:"
                                                   or label and (match_heading(after) is not None
                                                                 or after.lstrip()[:1] == text[0])):
            by_mark.setdefault(text[0], []).append(i)  # '◆专业亮点：' over its '1.…' list, as over a paragraph; '◆学制：
            # 五年制' says all it holds
            if label or name[-1:] in "：:":
                labelled.add(text[0])
        elif not label:
            spoiled.add(text[0])
    return {i for mark, lines in by_mark.items() if mark not in spoiled and (
        len(lines) >= _MARKED_TITLES_MIN or len(lines) == _MARKED_PAIR and mark not in labelled) for i in lines}


def item_marks(paragraphs: list[Paragraph], is_body: Callable[[str], bool],
               opening: AbstractSet[str] | None = None) -> set[str]:
    """Symbols that open three lines or more, most of them running text: they mark a list's items ('🌈 ‣ 债转股 | 第24篇'
    among its longer neighbours), where a symbol opening short lines only marks titles ('➤外人的关注是有用的')."""
    if opening is not None and not any(map(_item_mark, opening)):
        return set()
    seen: dict[str, list[int]] = {}
    for p in paragraphs:
        text = p.text.strip()
        if _item_mark(text[:1]):
            counts = seen.setdefault(text[0], [0, 0])
            counts[0] += 1
            counts[1] += bool(is_body(text))
    return {mark for mark, (n, body) in seen.items() if n >= 3 and 2 * body > n}


def _item_mark(first: str) -> bool:
    """A line's first character may mark an item: a symbol, not a letter, a digit, Chinese or an opening bracket or
    quote ('「开源之道」对话' quotes a name in corner brackets, as '“零门槛”' does in curly quotes)."""
    return bool(first) and not first.isalnum() and not CJK.match(first) and first not in "（([【《“\"'「『〈〔‘"
