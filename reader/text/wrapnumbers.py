"""A hard wrap that cuts a date or a time leaves its last digits alone on a line: the rest of a byline, no page."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.model import Block

# '拉取时间： 2021-01-26 00:14:' over '53', '发布于 2021-01-' over '26': a date or time broken off at its separator; a
# page number never continues the digits the line above ends in ('…2019.' closing a reference stays a sentence's end)
_CUT = lazy(r"\d{1,4}[:：\-]$")
_REST = lazy(r"\d{1,2}")


def cut_number(above: Block, block: Block) -> bool:
    """'53' right under a line ending '00:14:': the seconds a wrap put on a line of their own, the byline's text."""
    return block.line == above.line + 1 and bool(_REST.fullmatch(block.text.strip())) \
        and bool(_CUT.search(above.text.rstrip()))
