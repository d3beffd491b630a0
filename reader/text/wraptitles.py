"""A title a hard wrap cut in two: its first line fills the document's wrapped width, its tail is the next line."""

from __future__ import annotations

from collections.abc import Callable

from reader.text.lineshape import contents_name, ends_sentence, width
from reader.text.meta import genre_title, title_like
from reader.text.model import Block
from reader.text.rewrap import wrap_width

_MIN_TITLE_WRAP = 16  # characters: a title line narrower than this fills no wrapped line
_WRAP_SLACK = 3  # characters a wrapped line may fall short of the width (or run past it: a Latin word)


def wrapped_title(text: str, line: Block, below: Block, is_heading: Callable[[str], bool]) -> bool:
    """'学习贯彻…把强化正确政绩观' filling its line of an extract wrapped at 24 columns, '贯穿于人大工作全过程' the
    line right under it: one title cut by the wrap (`text`: the whole file, whose width is estimated only when a
    title fills its line)."""
    if below.line != line.line + 1 or width(line.text) < 2 * _MIN_TITLE_WRAP \
            or not title_like(below.text) or ends_sentence(below.text) or is_heading(below.text) \
            or genre_title(line.text) or contents_name(below.text) or line.text.startswith(below.text[:4]):
        return False  # '…2017年工作计划' ends as a whole title does; '目录' or the title again follow one
    wrap = wrap_width(text.split("\n"))
    return wrap is not None and wrap - 2 * _WRAP_SLACK <= width(line.text) <= wrap + _WRAP_SLACK \
        and width(below.text) < wrap
