"""'1', '2', '3', '4' each alone and flush left between blank lines, counting up over prose: a talk's slide numbers or a
feature's numbered breaks, the text's own parts; a PDF's page numbers stand centred (set in), a table's cells packed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.markers import HeadingMatch
from reader.text.model import Block, Paragraph, line_gap

_NUMBER = re.compile(r"[1-9][0-9]{0,2}")  # '7', '23': no '01' (a list's or a date's figure), no year
_RUN_MIN = 4  # numbers one after another that show the count; three are too few against a list's stray figures


def _runs(numbers: list[tuple[int, int]]) -> set[int]:
    """The positions of the runs of `_RUN_MIN` or more numbers, each one more than the one before (position, number)."""
    out: set[int] = set()
    run: list[int] = []
    last = 0
    for at, n in numbers:
        if not run or n != last + 1:
            if len(run) >= _RUN_MIN:
                out.update(run)
            run = []
        run.append(at)
        last = n
    if len(run) >= _RUN_MIN:
        out.update(run)
    return out


def break_blocks(blocks: Sequence[Block], text: str) -> set[int]:
    """The blocks (by position) that are the numbered breaks of a text file (`text` its source): cleaning keeps them."""
    alone = [k for k in range(1, len(blocks) - 1) if _NUMBER.fullmatch(blocks[k].text)
             and blocks[k].line - blocks[k - 1].line >= 2 and blocks[k + 1].line - blocks[k].line >= 2
             and not _NUMBER.fullmatch(blocks[k + 1].text)]
    if len(alone) < _RUN_MIN:
        return set()
    lines = text.split("\n")  # (split only when the numbers are there)
    return _runs([(k, int(blocks[k].text)) for k in alone
                  if blocks[k].line <= len(lines) and lines[blocks[k].line - 1][:1] == blocks[k].text[:1]])  # flush left


def break_marks(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> dict[int, HeadingMatch]:
    """The paragraphs that are numbered breaks, each marked a part numbered by its figure alone."""
    numbers = []
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if (matches[i] is None and _NUMBER.fullmatch(text) and not p.indent and 0 < i < len(paragraphs) - 1
                and line_gap(paragraphs[i - 1], p) >= 2 and line_gap(p, paragraphs[i + 1]) >= 2
                and not _NUMBER.fullmatch(paragraphs[i + 1].text.strip())):
            numbers.append((i, int(text)))
    if len(numbers) < _RUN_MIN:
        return {}
    return {i: HeadingMatch("lone-cn", paragraphs[i].text.strip(), "", "", int(paragraphs[i].text), 1,
                            len(paragraphs[i].text.rstrip())) for i in sorted(_runs(numbers))}
