"""A title a hard wrap cut in two: its first line fills the document's wrapped width, its tail is the next line."""

from __future__ import annotations

from collections.abc import Callable

from reader.text.lineshape import contents_name, ends_sentence, width
from reader.text.meta import genre_title, parse_meta_line, title_like
from reader.text.model import Block
from reader.text.runwidth import wrap_width
from reader.text.textlines import PerText, split_lines

_MIN_TITLE_WRAP = 16  # characters: a title line narrower than this fills no wrapped line
_WRAP_SLACK = 3  # characters a wrapped line may fall short of the width (or run past it: a Latin word)
_wrap_width: PerText[int | None] = PerText(lambda text: wrap_width(split_lines(text)))  # the file's wrap width,
# measured once while the same text is asked about (each title line asks again)


def wrapped_title(text: str, line: Block, below: Block, is_heading: Callable[[str], bool]) -> bool:
    """'学习贯彻…把强化正确政绩观' filling its line of an extract wrapped at 24 columns, '贯穿于人大工作全过程' the
    line right under it: one title cut by the wrap (`text`: the whole file, whose width is estimated only when a
    title fills its line)."""
    if below.line != line.line + 1 or width(line.text) < 2 * _MIN_TITLE_WRAP \
            or not title_like(below.text) or ends_sentence(below.text) or is_heading(below.text) \
            or genre_title(line.text) or contents_name(below.text) or line.text.startswith(below.text[:4]):
        return False  # '…2017年工作计划' ends as a whole title does; '目录' or the title again follow one
    wrap = _wrap_width(text)
    return wrap is not None and wrap - 2 * _WRAP_SLACK <= width(line.text) <= wrap + _WRAP_SLACK \
        and width(below.text) < wrap


_NARROW_TITLE_WRAP = 10  # characters: a title over three lines or more fills a column this narrow (a phone's PDF)
_TAIL_LINES = 5  # lines a title or a field's value may take at such a width


def _fills(text: str, wrap: int) -> bool:
    """A line cut by a narrow wrap falls short of it by a character at most (a wide one that did not fit)."""
    return wrap - _WRAP_SLACK <= width(text) <= wrap + _WRAP_SLACK


def _gap(blocks: list[Block], i: int) -> int:
    """Lines from `i` to the next: 1, or 2 in an extract double-spaced (a blank after every line); else none."""
    gap = blocks[i + 1].line - blocks[i].line
    return gap if gap <= 2 else 0


def _narrow_wrap(text: str, blocks: list[Block], i: int, below: int) -> int | None:
    """The narrow wrap the line `i` fills, with `below` lines at least after it; None when it fills none."""
    if i + below >= len(blocks) or width(blocks[i].text) < 2 * _NARROW_TITLE_WRAP:
        return None
    wrap = _wrap_width(text)
    return wrap if wrap is not None and _fills(blocks[i].text, wrap) else None


def title_tail(text: str, blocks: list[Block], i: int, is_heading: Callable[[str], bool]) -> int:
    """Lines under the title line `i` that a narrow wrap cut it into ('W的公法世界｜我们靠什么' / '去锻造未来法律职业
    共同体' / … / '考'): each but the last fills the width as the title line does; 0 when it is one line."""
    if i + 1 < len(blocks) and abs(width(blocks[i + 1].text) - width(blocks[i].text)) > 2 * _WRAP_SLACK:
        return 0  # the line under it cannot fill the width the title line fills: no wrap is measured (the whole
        # file's, 3% of cleaning a long text under its title)
    if (wrap := _narrow_wrap(text, blocks, i, 2)) is None:
        return 0
    k = i + 1
    while k < len(blocks) and k - i <= _TAIL_LINES and blocks[k].line - blocks[k - 1].line == _gap(blocks, i) \
            and not ends_sentence(blocks[k].text) and not is_heading(blocks[k].text) \
            and parse_meta_line(blocks[k].text) is None:
        if not _fills(blocks[k].text, wrap):  # the last line, however short ('考'): the whole reads as a title
            whole = "".join(b.text for b in blocks[i:k + 1])
            return k - i if k - i >= 2 and title_like(whole) else 0  # (two lines: `wrapped_title` decides)
        if not title_like(blocks[k].text):
            return 0
        k += 1
    return 0


def value_tail(text: str, blocks: list[Block], i: int) -> int:
    """Lines under a field's line `i` ('标题： 我们靠什么去锻造', filling a narrow wrap) that hold the rest of its
    value, up to the first short one; 0 when the line does not fill the width or no such lines follow."""
    if (wrap := _narrow_wrap(text, blocks, i, 1)) is None:
        return 0
    k = i + 1
    while k < len(blocks) and k - i <= _TAIL_LINES and blocks[k].line - blocks[k - 1].line == _gap(blocks, i) \
            and parse_meta_line(blocks[k].text) is None:
        if not _fills(blocks[k].text, wrap):
            return k - i
        k += 1
    return 0
