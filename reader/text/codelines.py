"""A Markdown note's code blocks as the file sets them: which lines open a block, the blank lines inside one, and
how the reading pane lays each line out (apart from the prose, its lines close together, as in the file)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reader.text.model import Block, Paragraph

OPENS = 1  # Paragraph.code of a block's first line; 2 + n: a later line, n blank lines of the block above it
_FENCE_MARKS = ("```", "~~~")


class CodeLine(NamedTuple):
    """How one line of a code block stands: the pane spaces it from the prose and keeps the block's blank lines."""

    opens: bool  # the block's first line: space above it, after the prose
    blank_above: int  # blank lines of the block right above it (shown as empty lines' height, not as text)
    closes: bool  # the block's last line: the prose's spacing below it


def code_kinds(blocks: Sequence[Block], lines: Sequence[str]) -> list[int]:
    """Paragraph.code for each block: a fence's line between two lines of code ends one block and opens the next;
    blank lines between them are the block's own (each source line looked at once: the blocks go down the file)."""
    kinds: list[int] = []
    above = 0  # the source line of the code line before, 0: the block before was prose
    for b in blocks:
        if b.role != "code":
            kinds.append(0)
            above = 0
            continue
        between = lines[above:b.line - 1] if above and b.line > above else ()
        if not above or b.line <= above or any(ln.strip().startswith(_FENCE_MARKS) for ln in between):
            kinds.append(OPENS)
        else:
            kinds.append(2 + sum(not ln.strip() for ln in between))
        above = b.line
    return kinds


def code_lines(paragraphs: Sequence[Paragraph]) -> dict[int, CodeLine]:
    """The code paragraphs by index, with where each stands in its block."""
    out: dict[int, CodeLine] = {}
    count = len(paragraphs)
    for i, p in enumerate(paragraphs):
        if p.code:
            closes = i + 1 >= count or paragraphs[i + 1].code in (0, OPENS)
            out[i] = CodeLine(p.code == OPENS, max(0, p.code - 2), closes)
    return out
